/// Topics that appear together in briefings, ranked by how often.
public enum TopicRelations {
    /// Up to `limit` topics tagged together with `slug` (its own ancestors and descendants left out),
    /// most shared briefings first, then by name.
    public static func related(to slug: String, site: Site, index: SiteIndex, limit: Int = 8) -> [(slug: String, count: Int)] {
        related(to: slug, topicsOf: { site.articles[$0].topics }, index: index.topics, limit: limit)
    }

    /// `related` where `topicsOf` gives the topic slugs of the briefing at a position.
    static func related(to slug: String, topicsOf: (Int) -> [String], index: TopicIndex, limit: Int = 8) -> [(slug: String, count: Int)] {
        var family: Set<String> = [slug]
        var up = index.topicsBySlug[slug]?.parent
        while let p = up, family.insert(p).inserted { up = index.topicsBySlug[p]?.parent }
        var queue = [slug]
        while let next = queue.popLast() {
            for child in index.children[next] ?? [] where family.insert(child).inserted { queue.append(child) }
        }
        var counts: [String: Int] = [:]
        for i in index.articlesByTopic[slug] ?? [] {
            // A briefing names a topic once however often it lists it. Its few topics are compared
            // in place: a set made for each briefing was half of this walk's time.
            let topics = topicsOf(i)
            for (k, other) in topics.enumerated() where !topics[..<k].contains(other) && !family.contains(other)
                && index.topicsBySlug[other] != nil {
                counts[other, default: 0] += 1
            }
        }
        let name = { (s: String) in index.topicsBySlug[s]?.name ?? s }
        return counts.sorted { ($1.value, name($0.key)) < ($0.value, name($1.key)) }.prefix(limit).map { ($0.key, $0.value) }
    }
}
