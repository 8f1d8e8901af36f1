/// The topic lookups of `SiteIndex`: topics by slug, each topic's children, and the briefings each
/// topic lists with its descendants'. Made from the topics of each briefing alone, so a topic edit
/// (`TopicEdit`) makes the same lists from what the edit base records as the build made from the site.
public struct TopicIndex: Sendable {
    /// Topics by slug.
    public let topicsBySlug: [String: Topic]
    /// Child topic slugs of each topic, by name.
    public let children: [String: [String]]
    /// Articles tagged with a topic or any of its descendants, newest first.
    public private(set) var articlesByTopic: [String: [Int]]

    /// Indexes `topics` and the topic slugs of each briefing, in the site's order (newest first).
    public init(topics: [Topic], articleTopics: some Sequence<[String]>) {
        var bySlug: [String: Topic] = [:]
        for t in topics { bySlug[t.slug] = t }
        topicsBySlug = bySlug
        var kids: [String: [String]] = [:]
        for t in topics.sorted(by: { $0.name < $1.name }) { if let p = t.parent { kids[p, default: []].append(t.slug) } }
        children = kids
        var byTopic: [String: [Int]] = [:]
        for (i, slugs) in articleTopics.enumerated() {
            for slug in TopicIndex.tagged(slugs, topicsBySlug: bySlug).sorted() { byTopic[slug, default: []].append(i) }
        }
        articlesByTopic = byTopic
    }

    /// The index once the briefing at `position`, listed under the topics `was`, is listed under
    /// `tagged` instead (each as `tagged(_:topicsBySlug:)` gives them): what indexing the site again
    /// would make, for one briefing's lists rather than every briefing's.
    public func moving(_ position: Int, from was: Set<String>, to tagged: Set<String>) -> TopicIndex {
        var copy = self
        for slug in was.subtracting(tagged) {
            copy.articlesByTopic[slug]?.removeAll { $0 == position }
            if copy.articlesByTopic[slug]?.isEmpty == true { copy.articlesByTopic[slug] = nil }
        }
        for slug in tagged.subtracting(was) {
            var list = copy.articlesByTopic[slug] ?? []
            var (low, high) = (0, list.count)
            while low < high {
                let mid = (low + high) / 2
                if list[mid] < position { low = mid + 1 } else { high = mid }
            }
            list.insert(position, at: low)
            copy.articlesByTopic[slug] = list
        }
        return copy
    }

    /// The index once every briefing's position is `position(old)`, an order-keeping renumbering but
    /// for one briefing (`MoveEdit`): the same lists, each sorted again, without tagging every briefing anew.
    func renumbered(_ position: (Int) -> Int) -> TopicIndex {
        var copy = self
        for (slug, list) in articlesByTopic { copy.articlesByTopic[slug] = list.map(position).sorted() }
        return copy
    }

    /// The topics a briefing tagged with `slugs` is listed under: each of them and its ancestors.
    public static func tagged(_ slugs: [String], topicsBySlug: [String: Topic]) -> Set<String> {
        var tagged: Set<String> = []
        for topic in slugs {
            var current: String? = topic
            while let slug = current, tagged.insert(slug).inserted { current = topicsBySlug[slug]?.parent }
        }
        return tagged
    }
}
