/// What the timelines report about the site.
public enum Timeline {
    /// One warning per undated briefing: the timeline lists it apart, under "Undated".
    public static func warnings(_ site: Site, index: SiteIndex) -> [Diagnostic] {
        index.undated.map { i in
            let a = site.articles[i]
            return .warning(a.path, line: a.keyLines["title"] ?? 1,
                            "briefing has no date, so the timeline lists it under \"Undated\"; add `date: YYYY-MM-DD` to its front matter")
        }
    }
}
