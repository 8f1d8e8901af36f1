/// A dated event a briefing mentions: the date, the sentence, where it is, and the topics it names.
public struct Event: Sendable, Hashable {
    public var date: EventDate
    public var sentence: String
    /// Position of the briefing in `Site.articles`.
    public var article: Int
    /// Anchor of the paragraph (`p-3`), so the event links to its place in the briefing.
    public var paragraph: String
    /// Source line of the paragraph in the briefing's body.
    public var line: Int
    /// Slugs of the topics the sentence mentions, in vocabulary order.
    public var topics: [String]
    /// Unique and stable across builds: `<slug>-p-3-1`.
    public var id: String
}

/// The event timeline: every dated sentence of every briefing's prose paragraphs.
public enum Events {
    /// Events of all briefings, newest first; ties keep briefing order (newest first), then reading order.
    public static func extract(_ site: Site, documents: [RenderedMarkdown]) -> [Event] {
        let mentions = TopicMentions(site.topics)
        let perBriefing = parallelMap(Array(documents.indices)) { i in
            extract(documents[i].prose.dated, article: i, slug: site.articles[i].slug, mentions: mentions)
        }
        let events = perBriefing.flatMap { $0 }
        // A stable sort on the date alone keeps briefing and reading order for equal dates.
        return events.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date > b.element.date : a.offset < b.offset
        }.map(\.element)
    }

    /// Events of one briefing's dated sentences, in reading order.
    public static func extract(_ dated: [ProseFacts.DatedSentence], article: Int, slug: String, mentions: TopicMentions) -> [Event] {
        dated.map { d in
            Event(date: d.date, sentence: d.sentence, article: article, paragraph: d.paragraph, line: d.line,
                  topics: mentions.topics(in: d.sentence), id: "\(slug)-\(d.paragraph)-\(d.ordinal)")
        }
    }

    /// Events that mention `slug` or one of its descendants.
    public static func about(_ slug: String, _ events: [Event], index: SiteIndex) -> [Event] {
        var wanted: Set<String> = [slug]
        var queue = [slug]
        while let next = queue.popLast() {
            for child in index.children[next] ?? [] where wanted.insert(child).inserted { queue.append(child) }
        }
        return events.filter { !wanted.isDisjoint(with: $0.topics) }
    }
}
