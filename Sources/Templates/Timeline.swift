/// A briefing as one line of a timeline: its date and title.
public struct TimelineItem: Sendable, Hashable {
    public var title: String
    public var href: String
    public var dateISO: String?
    public var dateText: String?

    /// Creates an item.
    public init(title: String, href: String, dateISO: String?, dateText: String?) {
        self.title = title
        self.href = href
        self.dateISO = dateISO
        self.dateText = dateText
    }
}

/// A year of the timeline with its months, newest first.
public struct TimelineYear: Sendable, Hashable {
    public var year: Int
    /// The year's own page.
    public var href: String
    public var months: [(name: String, id: String, items: [TimelineItem])]
    public var count: Int { months.reduce(0) { $0 + $1.items.count } }

    /// Creates a year.
    public init(year: Int, href: String, months: [(name: String, id: String, items: [TimelineItem])]) {
        self.year = year
        self.href = href
        self.months = months
    }

    public static func == (a: TimelineYear, b: TimelineYear) -> Bool {
        a.year == b.year && a.href == b.href && a.months.map(\.id) == b.months.map(\.id) && a.months.map(\.items) == b.months.map(\.items)
    }

    public func hash(into h: inout Hasher) { h.combine(year) }
}

/// "1 briefing", "3 briefings".
public func briefingCount(_ n: Int) -> String { n == 1 ? "1 briefing" : "\(n) briefings" }

/// Jump links to sections of the page, with their counts.
public func jumpLinks(_ links: [(text: String, id: String, count: Int)], label: String) -> HTML {
    guard links.count > 1 else { return .empty }
    return """
    <nav aria-label="\(label)">
    <ul class="jump-links">
    \(HTML.each(links) { "<li><a href=\"#\($0.id)\">\($0.text)</a> <span class=\"count\">(\($0.count))</span></li>\n" })</ul>
    </nav>

    """
}

/// `/timeline/`: every briefing by year and month, newest first, with undated briefings apart.
public func timelinePage(years: [TimelineYear], undated: [TimelineItem], eventsHref: String) -> HTML {
    let total = years.reduce(0) { $0 + $1.count } + undated.count
    let jump = jumpLinks(years.map { (String($0.year), "y-\($0.year)", $0.count) }
                         + (undated.isEmpty ? [] : [("Undated", "undated", undated.count)]), label: "Years")
    let sections = HTML.each(years) { y in
        """
        <section class="timeline-year" aria-labelledby="y-\(y.year)">
        <h2 id="y-\(y.year)"><a href="\(y.href)">\(String(y.year))</a> <span class="count">\(briefingCount(y.count))</span></h2>
        \(HTML.each(y.months) { m in "<h3 id=\"\(m.id)\">\(m.name)</h3>\n\(timelineList(m.items))" })</section>

        """
    }
    let apart: HTML = undated.isEmpty ? .empty : """
        <section class="timeline-year" aria-labelledby="undated">
        <h2 id="undated">Undated <span class="count">\(briefingCount(undated.count))</span></h2>
        \(timelineList(undated))</section>

        """
    let empty: HTML = total == 0 ? "<p class=\"empty\">No briefings yet.</p>\n" : .empty
    return """
    <h1>Timeline</h1>
    <p class="lede">Every briefing by date of publication, newest first: \(briefingCount(total)). See also the <a href="\(eventsHref)">events the briefings mention</a>.</p>
    \(jump)\(empty)\(sections)\(apart)
    """
}

/// Briefings as dated lines.
public func timelineList(_ items: [TimelineItem]) -> HTML {
    """
    <ol class="timeline-list">
    \(HTML.each(items) { i -> HTML in
        let date: HTML = i.dateISO.map { "<time datetime=\"\($0)\">\(i.dateText ?? $0)</time>" } ?? "<span>Undated</span>"
        return "<li>\(date) <a href=\"\(i.href)\">\(i.title)</a></li>\n"
    })</ol>

    """
}

/// `/timeline/<year>/`: the year's briefings as cards under their months, with links to the neighbouring years.
public func timelineYearPage(year: Int, timelineHref: String, months: [(name: String, id: String, cards: [ArticleCard])],
                             newer: LinkItem?, older: LinkItem?) -> HTML {
    let count = months.reduce(0) { $0 + $1.cards.count }
    let neighbours: HTML = newer == nil && older == nil ? .empty : """
        <nav class="pagination" aria-label="Years">
        <ul>
        \(newer.map { "<li><a href=\"\($0.href)\" rel=\"next\">Newer: \($0.text)</a></li>\n" as HTML } ?? .empty)\(older.map { "<li><a href=\"\($0.href)\" rel=\"prev\">Older: \($0.text)</a></li>\n" as HTML } ?? .empty)</ul>
        </nav>

        """
    return """
    <h1>Briefings of \(String(year))</h1>
    <p class="lede">\(briefingCount(count)), newest first. <a href="\(timelineHref)">The whole timeline</a>.</p>
    \(jumpLinks(months.map { ($0.name, $0.id, $0.cards.count) }, label: "Months"))\(HTML.each(months) { m in
        """
        <section class="timeline-year" aria-labelledby="\(m.id)">
        <h2 id="\(m.id)">\(m.name)</h2>
        \(articleList(m.cards, headingLevel: 3))</section>

        """
    })\(neighbours)
    """
}
