import Testing
@testable import SiteGen

/// Related briefings: most shared topics first, then newest; the bounded merge picks what ranking
/// every candidate would.
@Suite struct RelatedTests {
    @Test(arguments: [1, 2, 3])
    func theMergePicksWhatRankingEveryCandidatePicks(seed: UInt64) {
        var rng = IncrementalPropertyTests.SeededGenerator(state: seed)
        let slugs = ["asean", "russia", "china", "sco", "eco", "oic"]
        let topics = slugs.map { Topic(slug: $0, name: $0, kind: .theme) }
        let articles = (0..<300).map { n in
            Article(path: "content/articles/a\(n).md", slug: "a\(n)", title: "A \(n)",
                    date: PublishDate(year: 2000 + Int(rng.next() % 26), month: 1 + Int(rng.next() % 12), day: 1 + Int(rng.next() % 28)),
                    topics: Array(Set((0..<(1 + Int(rng.next() % 3))).map { _ in slugs[Int(rng.next() % 6)] })).sorted(), body: "")
        }
        let site = Site(config: SiteConfig(title: "T", baseURL: "https://x.org/"), topics: topics, articles: articles, themeFiles: [])
        let index = SiteIndex(site)
        for i in site.articles.indices {
            let lists = site.articles[i].topics.compactMap { index.articlesByTopic[$0] }
            var shared: [Int: Int] = [:]
            for list in lists { for j in list where j != i { shared[j, default: 0] += 1 } }
            let expected = shared.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(5).map(\.key)
            #expect(Related.find(i, in: site, index: index) == expected, "briefing \(i)")
        }
    }
}
