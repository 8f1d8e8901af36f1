import Foundation
import Testing
@testable import SiteGen

/// The topic half of the edit fast path (`TopicEdit`): new topics are put in the briefing's page and
/// cards, the listings of the topics it joins or leaves, the topic counts, related topics and related
/// briefings, and the site is then byte for byte what a clean build makes.
@Suite struct TopicEditTests {
    let edits = BodyEditTests()
    typealias Workspace = IncrementalBuildTests.Workspace
    typealias SeededGenerator = IncrementalPropertyTests.SeededGenerator

    static let vocabulary = ["russia", "trade", "sco", "regional-bodies"]

    /// The fixture site with `count` more briefings, 2001 onwards, of one or two topics, five a page:
    /// its topics have more briefings than a feed carries, so most briefings are in none.
    func archive(_ count: Int = 90, seed: UInt64 = 7, name: String = #function) throws -> Workspace {
        let w = try Workspace(name)
        func author(_ g: inout SeededGenerator) -> [String] { [AuthorEditTests.names.randomElement(using: &g)!] }
        func date(_ n: Int, _ g: inout SeededGenerator) -> String { "\(2001 + n / 6)-\(String(format: "%02d", n % 6 * 2 + 1))-1\(n % 9)" }
        try Self.writeArchive(w, count: count, seed: seed, authors: author, date: date)
        _ = try build(BodyEditTests().options(w))
        return w
    }

    /// Writes `count` archive briefings (`archive-000.md` on) into `w`, five a page, each of one or two
    /// topics, by `authors` and dated `date(n)`, both drawing from the seeded generator.
    static func writeArchive(_ w: Workspace, count: Int, seed: UInt64, authors: (inout SeededGenerator) -> [String],
                             date: (Int, inout SeededGenerator) -> String) throws {
        var g = SeededGenerator(state: seed)
        let config = w.site + "/content/site.yml"
        let text = try String(contentsOfFile: config, encoding: .utf8)
        try FileIOTestSupport.write(config, text.replacingOccurrences(of: "per_page: 2", with: "per_page: 5"))
        for n in 0..<count {
            let topics = Array(vocabulary.shuffled(using: &g).prefix(Int.random(in: 1...2, using: &g)))
            let names = authors(&g)
            let body = (0..<Int.random(in: 1...3, using: &g)).map { _ in IncrementalPropertyTests.sentence(&g) }.joined(separator: "\n\n")
            let title = IncrementalPropertyTests.sentence(&g).prefix(30).replacingOccurrences(of: "\"", with: "")
            try FileIOTestSupport.write(w.article(String(format: "archive-%03d.md", n)), """
                ---
                title: "Archive \(n): \(title)"
                date: \(date(n, &g))
                authors: [\(names.map { "\"\($0)\"" }.joined(separator: ", "))]
                topics: [\(topics.joined(separator: ", "))]
                summary: "Summary of archive briefing \(n)."
                ---

                \(body)

                """)
        }
    }

    /// Sets the `topics:` line of archive briefing `n`.
    func setTopics(_ w: Workspace, _ n: Int, _ topics: [String]) throws {
        let path = w.article(String(format: "archive-%03d.md", n))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasPrefix("topics:") ? "topics: [\(topics.joined(separator: ", "))]" : String($0)
        }
        try edits.replace(path, lines.joined(separator: "\n"))
    }

    @Test func topicEditsInARowArePutInPlaceAndEqualCleanBuilds() throws {
        let w = try archive()
        var g = SeededGenerator(state: 11)
        var inPlace = 0
        var declined: [String] = []
        for step in 0..<24 {
            // Any briefing: the newest are in feeds, whose topics' windows take them in or let them go.
            let n = Int.random(in: 0..<90, using: &g)
            let topics = Array(Self.vocabulary.shuffled(using: &g).prefix(Int.random(in: 1...3, using: &g)))
            try setTopics(w, n, topics)
            let result = try edits.buildMatchingClean(w, "step \(step): archive \(n) to \(topics)")
            // Topics drawn the same as before leave the site as it is.
            if result.cache.topicsEdited == 1 { inPlace += 1 } else if let why = result.cache.editDeclined { declined.append(why) }
        }
        // A topic whose pages change in number gets a page made or taken away: every edit is in place.
        #expect(inPlace >= 18, "only \(inPlace) of 24 in place: \(declined)")
        #expect(declined.isEmpty, "\(declined)")
    }

    /// Related lists hold only earlier briefings, so the second-oldest briefing can relate only to the
    /// oldest: the oldest's topics make its list appear and go, in place.
    @Test func aRelatedListThatAppearsOrGoesIsPutInPlace() throws {
        let w = try archive()
        let page = w.output + "/articles/archive-001/index.html"
        func showsRelated() throws -> Bool {
            try String(contentsOfFile: page, encoding: .utf8).contains("<section class=\"related\" aria-labelledby=\"related-title\">")
        }
        try setTopics(w, 1, ["russia"])
        _ = try edits.buildMatchingClean(w, "archive 1 to russia")
        for (topics, shown) in [(["trade"], false), (["trade", "russia"], true), (["sco"], false), (["russia"], true)] {
            try setTopics(w, 0, topics)
            let result = try edits.buildMatchingClean(w, "archive 0 to \(topics)")
            #expect(result.cache.topicsEdited == 1, "\(topics): \(result.cache.editDeclined ?? "")")
            #expect(try showsRelated() == shown, "\(topics)")
        }
        // The oldest briefing has nothing earlier to show.
        #expect(try !String(contentsOfFile: w.output + "/articles/archive-000/index.html", encoding: .utf8).contains("class=\"related\""))
    }

    /// How many briefings topic `slug`'s listing shows, counted on its pages in the output.
    func listed(_ w: Workspace, _ slug: String) throws -> (briefings: Int, pages: Int) {
        var (count, page) = (0, 1)
        while true {
            let path = w.output + "/topics/\(slug)/" + (page == 1 ? "" : "page/\(page)/") + "index.html"
            guard let bytes = FileManager.default.contents(atPath: path) else { return (count, page - 1) }
            count += try #require(CardRuns.list(in: Array(bytes))).cards.count
            page += 1
        }
    }

    /// The archive briefings whose `topics:` line holds `slug` (`holding`) or not, with their topics.
    func briefings(_ w: Workspace, holding: Bool, _ slug: String) throws -> [(n: Int, topics: [String])] {
        try (0..<90).compactMap { n in
            let text = try String(contentsOfFile: w.article(String(format: "archive-%03d.md", n)), encoding: .utf8)
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("topics:") })
            let topics = line.dropFirst("topics: [".count).dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return topics.contains(slug) == holding ? (n, topics) : nil
        }
    }

    @Test func aTopicEditThatChangesATopicsNumberOfPagesMakesOrTakesAwayAPage() throws {
        let w = try archive()
        let slug = "trade"
        // Briefings join the topic one by one until a page fills; the next one makes a page.
        var joining = try briefings(w, holding: false, slug).filter { $0.topics.count < 3 }.makeIterator()
        var made = false
        while !made, let next = joining.next() {
            let (count, pageCount) = try listed(w, slug)
            try setTopics(w, next.n, next.topics + [slug])
            let result = try edits.buildMatchingClean(w, "archive \(next.n) joins \(slug)")
            #expect(result.cache.topicsEdited == 1, "\(result.cache.editDeclined ?? "")")
            let now = try listed(w, slug)
            #expect(now.briefings == count + 1)
            if count % 5 == 0 {
                #expect(now.pages == pageCount + 1)
                let page = try String(contentsOfFile: w.output + "/topics/\(slug)/index.html", encoding: .utf8)
                #expect(page.contains("<p class=\"page-count\">Page 1 of \(pageCount + 1)</p>"))
                // The new page's card is where a later edit looks for it.
                let last = try #require(briefings(w, holding: true, slug).first)
                try IncrementalPropertyTests.rewriteLines(w.article(String(format: "archive-%03d.md", last.n))) {
                    $0.hasPrefix("title:") ? "title: \"Oldest of its topic, renamed\"" : String($0)
                }
                #expect(try edits.buildMatchingClean(w, "retitle").cache.titlesEdited == 1)
                made = true
            }
        }
        #expect(made, "no page was made")
        // Then briefings leave it until the last page holds one card; the next one to leave takes it away.
        var leaving = try briefings(w, holding: true, slug).filter { $0.topics.count > 1 }.makeIterator()
        var takenAway = false
        while !takenAway, let next = leaving.next() {
            let (count, pageCount) = try listed(w, slug)
            try setTopics(w, next.n, next.topics.filter { $0 != slug })
            let result = try edits.buildMatchingClean(w, "archive \(next.n) leaves \(slug)")
            #expect(result.cache.topicsEdited == 1, "\(result.cache.editDeclined ?? "")")
            if count % 5 == 1 {
                #expect(try listed(w, slug).pages == pageCount - 1)
                takenAway = true
            }
        }
        #expect(takenAway, "no page was taken away")
        try AuthorEditTests.expectRecordedAsAFullBuild(w, edits) { $0.hasPrefix("topics/") && $0.hasSuffix("/index.html") && !$0.contains("/page/") }
    }

    @Test func aTopicEditMovesTheCardsOfEveryLaterPageAndCountsAgain() throws {
        let w = try archive()
        let before = TestPaths.tree(w.output)
        // Archive 3 (2001) is among the oldest of its topics: every page of a topic it joins moves.
        let path = w.article("archive-003.md")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let old = try #require(text.split(separator: "\n").first { $0.hasPrefix("topics:") })
        let joined = Self.vocabulary.filter { !old.contains($0) && $0 != "regional-bodies" }
        try setTopics(w, 3, [String(old.dropFirst(9).dropLast())] + joined.prefix(1))
        let result = try edits.buildMatchingClean(w, "join")
        #expect(result.cache.topicsEdited == 1, "\(result.cache.editDeclined ?? "") \(old) \(joined)")
        let changed = edits.changed(w, since: before)
        #expect(changed.contains("articles/archive-003/index.html"))
        #expect(changed.contains("topics/index.html"), "\(changed.sorted())")
        #expect(changed.contains { $0.hasPrefix("topics/\(joined[0])/page/") }, "\(changed.sorted())")
        #expect(result.cache.filesWritten == changed.count)
    }

    @Test func titleAndBodyEditsAfterTopicEditsFindEveryPlaceTheBaseRecords() throws {
        let w = try archive()
        try setTopics(w, 10, ["russia", "trade"])
        try setTopics(w, 10, ["sco"])
        _ = try edits.buildMatchingClean(w, "topics")
        // Every briefing whose card moved or whose related list changed is retitled in turn.
        for n in [9, 10, 11, 12, 20, 30] {
            try IncrementalPropertyTests.rewriteLines(w.article(String(format: "archive-%03d.md", n))) {
                $0.hasPrefix("title:") ? "title: \"Renamed \(n) & more\"" : String($0)
            }
            let result = try edits.buildMatchingClean(w, "retitle \(n)")
            #expect(result.cache.titlesEdited == 1, "\(n): \(result.cache.editDeclined ?? "")")
        }
        try setTopics(w, 11, ["regional-bodies"])
        try edits.append(w.article("archive-040.md"), "\nOne more plain sentence.\n")
        let both = try edits.buildMatchingClean(w, "topics and another body")
        #expect(both.cache.topicsEdited == 1 && both.cache.bodiesEdited == 2, "\(both.cache.editDeclined ?? "")")
    }

    @Test func theBaseRecordsTheCardsATopicEditMovedAsAFullBuildWould() throws {
        let w = try archive()
        // Archive 3 joins a topic and leaves it again: its card moves onto that topic's pages and off.
        let text = try String(contentsOfFile: w.article("archive-003.md"), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("topics:") })
        let old = line.dropFirst(9).dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let joined = try #require(Self.vocabulary.first { !old.contains($0) && $0 != "regional-bodies" })
        try setTopics(w, 3, old + [joined])
        #expect(try edits.buildMatchingClean(w, "join").cache.topicsEdited == 1)
        try setTopics(w, 3, old)
        #expect(try edits.buildMatchingClean(w, "leave").cache.topicsEdited == 1)
        // A topic's first page also shows its events' briefings by title: a card leaving it is left recorded there.
        try AuthorEditTests.expectRecordedAsAFullBuild(w, edits) { $0.hasPrefix("topics/") && $0.hasSuffix("/index.html") && !$0.contains("/page/") }
    }

    @Test func anUnknownTopicIsReportedByAFullBuild() throws {
        let w = try archive()
        try setTopics(w, 5, ["russia", "nowhere"])
        let result = try build(edits.options(w))
        #expect(!result.wrote && result.cache.topicsEdited == 0)
        #expect(result.diagnostics.map(\.message).contains { $0.contains("unknown topic \"nowhere\"") })
    }

    @Test func aBriefingLeftWithoutTopicsIsAFullBuild() throws {
        let w = try archive()
        try setTopics(w, 5, [])
        #expect(try edits.buildDeclined(w, "no topic").cache.editDeclined?.contains("or none") == true)
    }

    @Test func topicsWithTheTitleAreAFullBuild() throws {
        let w = try archive()
        try setTopics(w, 6, ["trade"])
        try IncrementalPropertyTests.rewriteLines(w.article("archive-006.md")) { $0.hasPrefix("title:") ? "title: \"Both\"" : String($0) }
        #expect(try edits.buildDeclined(w, "topics and title").cache.editDeclined?.contains("title") == true)
    }

    @Test func theFeedsOfTheTopicsABriefingJoinsOrLeavesTakeItInOrLetItGo() throws {
        let w = try archive()
        // Archive 89 made the newest of the site: the feeds it joins or leaves change their own `<updated>`.
        try IncrementalPropertyTests.rewriteLines(w.article("archive-089.md")) { $0.hasPrefix("date:") ? "date: 2030-01-02" : String($0) }
        _ = try edits.buildDeclined(w, "newest")
        // The newest briefings are in the site's feeds and their topics': each joins and leaves topics there.
        var inPlace = 0
        for (n, topics) in [(89, ["russia", "trade", "sco"]), (89, ["regional-bodies"]), (86, ["trade", "russia"]), (80, ["sco"]),
                            (89, ["trade"]), (75, ["russia", "sco"])] {
            let before = TestPaths.tree(w.output)
            try setTopics(w, n, topics)
            let result = try edits.buildMatchingClean(w, "archive \(n) to \(topics)")
            #expect(result.cache.topicsEdited == 1, "\(result.cache.editDeclined ?? "")")
            guard result.cache.topicsEdited == 1 else { continue }
            inPlace += 1
            #expect(edits.changed(w, since: before).contains { $0.hasPrefix("topics/") && $0.hasSuffix("/feed.xml") })
            // A later body edit finds the briefing's entries where the base now records them.
            try edits.append(w.article(String(format: "archive-%03d.md", n)), "\nA sentence added after the topics.\n")
            #expect(try edits.buildMatchingClean(w, "body of \(n)").cache.bodiesEdited == 1)
        }
        #expect(inPlace == 6, "\(inPlace) of 6 in place")
        // The base records the feed entries that moved as a full build would.
        // A topic's first page also shows its events' briefings by title: a card leaving it is left recorded there.
        try AuthorEditTests.expectRecordedAsAFullBuild(w, edits) { $0.hasPrefix("topics/") && $0.hasSuffix("/index.html") && !$0.contains("/page/") }
    }

    @Test func aTopicGainingItsFirstBriefingOrLosingItsLastIsPutInPlace() throws {
        let w = try archive()
        // Two topics no briefing has yet: one sorts first among the home page's chips, one under a parent.
        let topics = w.site + "/content/topics.yml"
        try FileIOTestSupport.write(topics, try String(contentsOfFile: topics, encoding: .utf8) + """
            - slug: afghanistan
              name: Afghanistan
              kind: country
            - slug: saarc
              name: South Asian Association for Regional Cooperation
              acronym: SAARC
              kind: body
              parent: regional-bodies

            """)
        _ = try edits.buildDeclined(w, "a new vocabulary")
        let home = "/index.html"
        for (n, topics, what) in [(4, ["afghanistan", "trade"], "first of afghanistan"), (9, ["saarc", "trade"], "first of saarc"),
                                  (89, ["afghanistan", "russia"], "second of afghanistan, the newest briefing"),
                                  (4, ["russia"], "afghanistan loses one"), (9, ["trade"], "last of saarc"),
                                  (89, ["russia"], "last of afghanistan")] {
            try setTopics(w, n, topics)
            let result = try edits.buildMatchingClean(w, "archive \(n) to \(topics): \(what)")
            #expect(result.cache.topicsEdited == 1, "\(what): \(result.cache.editDeclined ?? "")")
            if what == "first of afghanistan" {
                // The topic's feed, which carried nothing, is recorded now: a body edit finds its entry there.
                try edits.append(w.article("archive-004.md"), "\nA sentence for the first briefing of its topic.\n")
                #expect(try edits.buildMatchingClean(w, "body of archive 4").cache.bodiesEdited == 1)
                #expect(try String(contentsOfFile: w.output + "/topics/afghanistan/feed.xml", encoding: .utf8)
                    .contains("A sentence for the first briefing of its topic."))
            }
        }
        let page = try String(contentsOfFile: w.output + home, encoding: .utf8)
        #expect(!page.contains("/topics/afghanistan/"), "no briefing, no chip")
        try AuthorEditTests.expectRecordedAsAFullBuild(w, edits) { $0.hasPrefix("topics/") && $0.hasSuffix("/index.html") && !$0.contains("/page/") }
    }

    @Test func theIndexMovedForOneBriefingEqualsTheIndexMadeAgain() throws {
        // SCO and SAARC sit under regional bodies: moving a briefing into SCO moves it under both.
        let topics = [Topic(slug: "regional-bodies", name: "Regional bodies", kind: .theme),
                      Topic(slug: "sco", name: "SCO", kind: .theme, parent: "regional-bodies"),
                      Topic(slug: "saarc", name: "SAARC", kind: .theme, parent: "regional-bodies"),
                      Topic(slug: "russia", name: "Russia", kind: .theme), Topic(slug: "trade", name: "Trade", kind: .theme)]
        var g = SeededGenerator(state: 3)
        var lists = (0..<40).map { _ in Array(topics.map(\.slug).shuffled(using: &g).prefix(Int.random(in: 1...2, using: &g))) }
        for _ in 0..<30 {
            let before = TopicIndex(topics: topics, articleTopics: lists)
            let p = Int.random(in: 0..<lists.count, using: &g)
            let new = Array(topics.map(\.slug).shuffled(using: &g).prefix(Int.random(in: 1...3, using: &g)))
            let moved = before.moving(p, from: TopicIndex.tagged(lists[p], topicsBySlug: before.topicsBySlug),
                                      to: TopicIndex.tagged(new, topicsBySlug: before.topicsBySlug))
            lists[p] = new
            #expect(moved.articlesByTopic == TopicIndex(topics: topics, articleTopics: lists).articlesByTopic, "\(p) to \(new)")
        }
    }

    @Test func theTopicTableKeepsEachBriefingsTopicsInOrder() throws {
        for indexes in [[], [0], [3, 1], [254, 0, 7], Array(0..<15)] {
            let (low, high) = EditBase.packed(indexes)
            #expect(EditBase.unpacked(low, high, vocabularySize: 255) == indexes)
        }
        let (low, high) = EditBase.packed([4])
        #expect(EditBase.unpacked(low, high, vocabularySize: 4) == nil)
    }
}
