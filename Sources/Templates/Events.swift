/// A dated event as listed: its date, the sentence, and the briefing paragraph it comes from.
public struct EventItem: Sendable, Hashable {
    public var dateISO: String
    public var dateText: String
    public var sentence: String
    public var sourceTitle: String
    /// The briefing paragraph (`/articles/x/#p-3`).
    public var sourceHref: String
    public var topics: [LinkItem]

    /// Creates an item.
    public init(dateISO: String, dateText: String, sentence: String, sourceTitle: String,
                sourceHref: String, topics: [LinkItem]) {
        self.dateISO = dateISO
        self.dateText = dateText
        self.sentence = sentence
        self.sourceTitle = sourceTitle
        self.sourceHref = sourceHref
        self.topics = topics
    }
}

/// Events as a list, newest first.
public func eventList(_ items: [EventItem]) -> HTML {
    guard !items.isEmpty else { return "<p class=\"empty\">No dated events yet.</p>\n" }
    return """
    <ol class="events">
    \(HTML.each(items) { e -> HTML in
        let topics: HTML = e.topics.isEmpty ? .empty : " · \(inlineLinks(e.topics))"
        // A span shows both ends; the text already says "2001–2017", the datetime gives the start.
        return """
        <li class="event">
        <p class="event-date"><time datetime="\(e.dateISO)">\(e.dateText)</time></p>
        <p class="event-text">\(e.sentence)</p>
        <p class="event-source">From <a href="\(e.sourceHref)">\(e.sourceTitle)</a>\(topics)</p>
        </li>

        """
    })</ol>

    """
}

/// `/timeline/events/`: the chronology of every event the briefings mention, by year.
public func eventsPage(years: [(year: Int, items: [EventItem])], timelineHref: String, jsonHref: String) -> HTML {
    let total = years.reduce(0) { $0 + $1.items.count }
    return """
    <h1>Events</h1>
    <p class="lede">\(total == 1 ? "One dated event" : "\(total) dated events") mentioned in the briefings, newest first. Each links to the paragraph it comes from. See also the <a href="\(timelineHref)">timeline of briefings</a> and the <a href="\(jsonHref)">events as TimelineJS data</a>.</p>
    \(jumpLinks(years.map { (String($0.year), "e-\($0.year)", $0.items.count) }, label: "Years"))\(years.isEmpty ? eventList([]) : .empty)\(HTML.each(years) { y in
        """
        <section class="timeline-year" aria-labelledby="e-\(y.year)">
        <h2 id="e-\(y.year)">\(String(y.year))</h2>
        \(eventList(y.items))</section>

        """
    })
    """
}
