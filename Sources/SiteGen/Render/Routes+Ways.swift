/// Routes of the portal's ways in: events, glossary, and their machine-readable forms.
extension Routes {
    /// The chronology of events mentioned in briefings.
    public var events: String { basePath + "timeline/events/" }
    /// The events in TimelineJS3's JSON format.
    public var timelineJSON: String { basePath + "timeline.json" }
    /// The acronyms.
    public var glossary: String { basePath + "glossary/" }
    /// Where Pagefind's bundle is served from.
    public var searchBundle: String { basePath + "pagefind/" }
    /// A glossary entry.
    public func glossary(anchor: String) -> String { glossary + "#" + anchor }
    /// A paragraph of a briefing.
    public func paragraph(_ slug: String, _ id: String) -> String { article(slug) + "#" + id }
}
