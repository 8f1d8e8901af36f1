import Testing
@testable import SiteGen

/// Related briefings: earlier briefings only, most shared topics first, then the latest; the bounded
/// merge picks what ranking every earlier candidate would.
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
            for list in lists { for j in list where j > i { shared[j, default: 0] += 1 } }
            let expected = shared.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(5).map(\.key)
            #expect(Related.find(i, in: site, index: index) == expected, "briefing \(i)")
        }
        // The oldest briefing has nothing earlier to relate to.
        #expect(Related.find(site.articles.count - 1, in: site, index: index).isEmpty)
    }

    /// Publishing a briefing changes no older briefing's related list: it is newer than all of them.
    @Test func aNewBriefingLeavesOlderRelatedListsAsTheyWere() {
        func site(_ n: Int) -> Site {
            let articles = (0..<n).map { k in
                Article(path: "content/articles/a\(k).md", slug: "a\(k)", title: "A \(k)",
                        date: PublishDate(year: 2026 - k / 12, month: 12 - k % 12, day: 1), topics: ["asean", "china"], body: "")
            }
            let topics = ["asean", "china"].map { Topic(slug: $0, name: $0, kind: .theme) }
            return Site(config: SiteConfig(title: "T", baseURL: "https://x.org/"), topics: topics, articles: articles, themeFiles: [])
        }
        // The same 40 briefings, with and without a newest one before them (so positions move by one).
        let without = site(40)
        var with = without
        with.articles.insert(Article(path: "content/articles/new.md", slug: "new", title: "New", date: PublishDate(year: 2027, month: 1, day: 1),
                                     topics: ["asean", "china"], body: ""), at: 0)
        let (a, b) = (SiteIndex(without), SiteIndex(with))
        for i in without.articles.indices {
            #expect(Related.find(i, in: without, index: a).map { $0 + 1 } == Related.find(i + 1, in: with, index: b))
        }
        #expect(Related.find(0, in: with, index: b) == [1, 2, 3, 4, 5])
    }
}
