import Templates

/// "Cite this briefing" references in APA, MLA and Chicago style, from the front matter alone.
enum Citations {
    /// The three citations of a dated briefing; none for an undated draft.
    static func make(_ a: Article, ctx: RenderContext) -> [ArticlePageView.Citation] {
        make(a, url: ctx.routes.absolute(ctx.routes.article(a.slug)), config: ctx.site.config)
    }

    /// `make` for the briefing at the absolute address `url` (an edit has no render context).
    static func make(_ a: Article, url: String, config: SiteConfig) -> [ArticlePageView.Citation] {
        guard let d = a.date else { return [] }
        let site = config.title
        let month = PublishDate.monthNames[d.month - 1]
        let names = a.authors.isEmpty ? [config.defaultAuthor ?? site] : a.authors
        let apaAuthors = list(names.map(apaName), lastJoin: ", & ")
        let mlaAuthors = names.count > 2 ? invert(names[0]) + ", et al." : list([invert(names[0])] + names.dropFirst(), lastJoin: ", and ")
        let chicagoAuthors = list([invert(names[0])] + names.dropFirst(), lastJoin: ", and ")
        let title = withStop(a.title)
        return [
            .init(style: "APA", text: "\(apaAuthors) (\(d.year), \(month) \(d.day)). \(title) \(site). \(url)"),
            .init(style: "MLA", text: "\(mlaAuthors). “\(title)” \(site), \(d.day) \(mlaMonth(d.month)) \(d.year), \(url)."),
            .init(style: "Chicago", text: "\(chicagoAuthors). “\(title)” \(site), \(month) \(d.day), \(d.year). \(url)."),
        ]
    }

    /// The title as a citation gives it: ending in a full stop, unless it ends in one or a question mark.
    static func withStop(_ title: String) -> String {
        title.hasSuffix(".") || title.hasSuffix("?") ? title : title + "."
    }

    /// "Shaheen Khan" → "Khan, S."; single names and organisations stay as they are.
    static func apaName(_ name: String) -> String {
        let parts = name.split(separator: " ").filter { !isHonorific($0) }
        guard parts.count > 1, let last = parts.last else { return name }
        let initials = parts.dropLast().compactMap { $0.first.map { "\($0)." } }.joined(separator: " ")
        return "\(last), \(initials)"
    }

    /// "Shaheen Khan" → "Khan, Shaheen".
    static func invert(_ name: String) -> String {
        let parts = name.split(separator: " ").filter { !isHonorific($0) }
        guard parts.count > 1, let last = parts.last else { return name }
        return "\(last), \(parts.dropLast().joined(separator: " "))"
    }

    private static func isHonorific(_ word: Substring) -> Bool {
        // A switch over the substring: building the list and a String for each word was most of
        // the citations' cost, three styles on each of 10,000 pages.
        switch word {
        case "Dr", "Dr.", "Prof", "Prof.", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "H.E.": true
        default: false
        }
    }

    private static func list(_ names: [String], lastJoin: String) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + lastJoin + names.last!
    }

    private static func mlaMonth(_ m: Int) -> String {
        ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."][m - 1]
    }
}
