import Testing
@testable import SiteGen

/// The "Related topics" of a topic page: topics tagged together with it, counted once per briefing.
@Suite struct TopicRelationsTests {
    static let topics = [Topic(slug: "regional-bodies", name: "Regional bodies", kind: .theme),
                         Topic(slug: "sco", name: "SCO", kind: .theme, parent: "regional-bodies"),
                         Topic(slug: "china", name: "China", kind: .country),
                         Topic(slug: "russia", name: "Russia", kind: .country),
                         Topic(slug: "trade", name: "Trade", kind: .theme)]

    func related(_ slug: String, _ tags: [[String]], limit: Int = 8) -> [String] {
        let index = TopicIndex(topics: Self.topics, articleTopics: tags)
        return TopicRelations.related(to: slug, topicsOf: { tags[$0] }, index: index, limit: limit).map { "\($0.slug) \($0.count)" }
    }

    @Test func aTopicListedTwiceCountsOnceAndItsFamilyIsLeftOut() {
        let tags = [["sco", "china", "china"], ["sco", "russia", "regional-bodies"], ["sco", "china", "trade"], ["trade", "russia"]]
        #expect(related("sco", tags) == ["china 2", "russia 1", "trade 1"])
        #expect(related("regional-bodies", tags) == ["china 2", "russia 1", "trade 1"], "its child's briefings are its own")
        #expect(related("china", tags) == ["sco 2", "trade 1"], "tags as written: a child topic does not bring its parent")
        #expect(related("china", tags, limit: 1) == ["sco 2"])
    }
}
