import Foundation
import Testing
@testable import SiteGen

/// Date edits that move a briefing (`MoveEdit`): past others in the site's order, or into another
/// month or year. Its card moves in every list, the cards between move by one, its old and new
/// neighbours and the related lists that walked past either place change, and the site is then
/// byte for byte what a clean build makes, with a base that records what a full build records.
@Suite struct MoveEditTests {
    let edits = BodyEditTests()
    typealias Workspace = IncrementalBuildTests.Workspace
    typealias SeededGenerator = IncrementalPropertyTests.SeededGenerator

    /// The fixture site with `count` more briefings, 2001 onwards, four months a year and about six
    /// briefings a month (some on the same day), five a page: the oldest are in no feed.
    func archive(_ count: Int = 120, name: String = #function) throws -> Workspace {
        let w = try Workspace(name)
        func authors(_ g: inout SeededGenerator) -> [String] { Array(AuthorEditTests.names.shuffled(using: &g).prefix(Int.random(in: 1...2, using: &g))) }
        func date(_ n: Int, _ g: inout SeededGenerator) -> String {
            Self.day(year: 2001 + n / 24, month: n % 4 * 3 + 1, day: 10 + Int.random(in: 0...8, using: &g))
        }
        try TopicEditTests.writeArchive(w, count: count, seed: 5, authors: authors, date: date)
        _ = try build(edits.options(w))
        return w
    }

    static func day(year: Int, month: Int, day: Int) -> String {
        "\(year)-\(String(format: "%02d", month))-\(String(format: "%02d", day))"
    }

    /// Sets the `date:` line of archive briefing `n`.
    func setDate(_ w: Workspace, _ n: Int, _ date: String) throws {
        try IncrementalPropertyTests.rewriteLines(w.article(String(format: "archive-%03d.md", n))) {
            $0.hasPrefix("date:") ? "date: \(date)" : String($0)
        }
    }

    @Test func datesThatMoveBriefingsArePutInPlaceAndEqualCleanBuilds() throws {
        let w = try archive()
        var g = SeededGenerator(state: 13)
        var (moved, declined) = (0, [String]())
        for step in 0..<24 {
            // The three oldest years: outside every feed's window and the home page.
            let n = Int.random(in: 0..<48, using: &g)
            let date = Self.day(year: 2001 + Int.random(in: 0...2, using: &g), month: Int.random(in: 1...12, using: &g),
                                day: Int.random(in: 10...18, using: &g))
            try setDate(w, n, date)
            let result = try edits.buildMatchingClean(w, "step \(step): archive \(n) to \(date)")
            if result.cache.briefingsMoved == 1 { moved += 1 } else if let why = result.cache.editDeclined { declined.append(why) }
        }
        // Any month of those years, empty or not.
        #expect(moved == 24, "only \(moved) of 24 moved in place: \(declined)")
        // Each check ends with a full build: the order first, then the rows each entry records.
        try expectOrderRecordedAsAFullBuild(w)
        try AuthorEditTests.expectRecordedAsAFullBuild(w, edits)
    }

    @Test func aMoveWithinItsMonthAndOneToAnotherYearRewriteOnlyThePagesBetween() throws {
        let w = try archive()
        // Archive 30 (July 2002) moves a day past its month's neighbours, then to April 2001.
        let before = TestPaths.tree(w.output)
        try setDate(w, 30, "2002-07-19")
        let within = try expectMoved(w, "within the month")
        let changed = edits.changed(w, since: before)
        #expect(changed.contains("timeline/2002/index.html") && changed.contains("timeline/index.html"), "\(changed.sorted())")
        #expect(!changed.contains("timeline/2001/index.html") && !changed.contains("articles/index.html"), "\(changed.sorted())")
        #expect(within.cache.filesWritten == changed.count)
        let again = TestPaths.tree(w.output)
        try setDate(w, 30, "2001-04-10")
        try expectMoved(w, "another year")
        let moved = edits.changed(w, since: again)
        for path in ["timeline/2001/index.html", "timeline/2002/index.html", "timeline/index.html", "sitemap.xml",
                     "articles/archive-030/index.html"] {
            #expect(moved.contains(path), "\(path) not rewritten: \(moved.sorted())")
        }
        let timeline = try String(contentsOfFile: w.output + "/timeline/2001/index.html", encoding: .utf8)
        #expect(timeline.contains("/articles/archive-030/\""))
        // Every later edit finds the places the move recorded: its title on the pages it moved to.
        let old = try title(w, 30)
        try edits.replaceField(w, "archive-030.md", "title", from: old, to: "\"Archive 30 retitled after its move\"")
        let retitled = try edits.buildMatchingClean(w, "title after the move")
        #expect(retitled.cache.titlesEdited == 1, "\(retitled.cache.editDeclined ?? "")")
    }

    @Test func aMoveBesideOtherBriefingsEditsIsPutInPlace() throws {
        let w = try archive()
        // Archive 40 (January 2002) moves to October, past archive 35, whose title changes in the same build, and archive 38, whose body does.
        let old = try title(w, 35)
        try edits.replaceField(w, "archive-035.md", "title", from: old, to: "\"Archive 35 renamed beside a move\"")
        try edits.append(w.article("archive-038.md"), "\nOne more plain sentence.\n")
        try setDate(w, 40, "2002-10-09")
        let result = try edits.buildMatchingClean(w, "a move, a title and a body")
        #expect(result.cache.briefingsMoved == 1 && result.cache.titlesEdited == 1 && result.cache.bodiesEdited == 3,
                "\(result.cache.editDeclined ?? "")")
        try expectOrderRecordedAsAFullBuild(w)
        try AuthorEditTests.expectRecordedAsAFullBuild(w, edits)
    }

    @Test(arguments: [
        ("into a year with no briefing", "1999-04-12", "moves to a year with no briefing yet"),
    ])
    func aMoveThePagesCannotTakeIsAFullBuild(_ kind: String, _ date: String, _ reason: String) throws {
        let w = try archive()
        try setDate(w, 30, date)
        try expectDeclined(w, kind, because: reason)
    }

    @Test func movesAmongTheNewestReorderTheFeedsAndTheHomePage() throws {
        let w = try archive()
        // Archive 119 (October 2005) passes the other October briefings onto the home page (the fixture's
        // three, then it), in every feed's window; then it leaves the home page again, still in the feeds.
        let original = try date(w, 119)
        for (date, what) in [("2005-10-28", "onto the home page"), ("2005-07-09", "off the home page"), (original, "back")] {
            let before = TestPaths.tree(w.output)
            try setDate(w, 119, date)
            try expectMoved(w, what)
            let changed = edits.changed(w, since: before)
            #expect(changed.contains("feed.xml") && changed.contains("feed.json"), "\(what): \(changed.sorted())")
            #expect(changed.contains("index.html") == (what != "back"), "\(what): \(changed.sorted())")
        }
        // Archive 30 (July 2002) comes into every window it can and leaves again: its entries are made
        // from its file, and the entries past the windows' ends let go, then made again from theirs.
        for (date, what) in [("2023-01-01", "into the feeds"), ("2002-07-13", "out of the feeds")] {
            try setDate(w, 30, date)
            try expectMoved(w, what)
        }
        try expectOrderRecordedAsAFullBuild(w)
        try AuthorEditTests.expectRecordedAsAFullBuild(w, edits)
    }

    /// The `date:` value of archive briefing `n`.
    func date(_ w: Workspace, _ n: Int) throws -> String {
        let text = try String(contentsOfFile: w.article(String(format: "archive-%03d.md", n)), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("date: ") })
        return String(line.dropFirst(6))
    }

    @Test func aMonthIsMadeForItsFirstBriefingAndGoesWithItsLast() throws {
        let w = try archive()
        // February 2002 has no briefing: archive 30 makes it, on the year page and the timeline, and takes it away again.
        try setDate(w, 30, "2002-02-12")
        try expectMoved(w, "into an empty month")
        let year = try String(contentsOfFile: w.output + "/timeline/2002/index.html", encoding: .utf8)
        #expect(year.contains("aria-labelledby=\"m-02\"") && year.contains("href=\"#m-02\""))
        try setDate(w, 30, "2002-07-13")
        try expectMoved(w, "out of it again")
        // January 2001 holds archive 0, 4, 8, 12, 16 and 20: all leave it, the last taking the month away.
        for (k, n) in [0, 4, 8, 12, 16, 20].enumerated() {
            try setDate(w, n, "2001-04-0\(k + 1)")
            try expectMoved(w, "archive \(n) out of January 2001")
        }
        try expectOrderRecordedAsAFullBuild(w)
    }

    @Test func eventsStayInPlaceUnlessTheMoveReordersThem() throws {
        let w = try archive()
        // Archive 30 (July 2002) and 31 (October 2002) both mention an event of 8 July 2025.
        for n in [30, 31] {
            try edits.append(w.article(String(format: "archive-%03d.md", n)), "\nOn 8 July 2025 the SCO met in Islamabad.\n")
        }
        _ = try build(edits.options(w))
        let events = try String(contentsOfFile: w.output + "/timeline/events/index.html", encoding: .utf8)
        #expect(events.contains("/articles/archive-030/#") && events.contains("/articles/archive-031/#"))
        // To April it passes no briefing with an event of that date: the events keep their order.
        try setDate(w, 30, "2002-04-09")
        try expectMoved(w, "a move that keeps the events' order")
        // Past archive 31, its event would come before 31's.
        try setDate(w, 30, "2002-11-20")
        try expectDeclined(w, "a move past an event of the same date", because: "has the date of an event of archive-031")
    }

    @Test func anAuthorPageListsABriefingOnceForEachOfItsNames() throws {
        let w = try archive()
        // Archive 28 names Bilal Khan twice, so his page lists it twice; archive 30 moves on that page.
        let authors = AuthorEditTests()
        try authors.setAuthors(w, 28, ["Bilal Khan", "Bilal Khan"])
        try authors.setAuthors(w, 30, ["Bilal Khan"])
        _ = try build(edits.options(w))
        try setDate(w, 30, "2002-04-08")
        try expectMoved(w, "past a briefing listed twice")
        try setDate(w, 28, "2002-10-08")
        try expectDeclined(w, "a briefing listed twice", because: "names the author of bilal-khan twice")
    }

    @Test func aYearMadeOrLeftEmptyIsAFullBuild() throws {
        let w = try archive()
        // The full build makes the year 2000 for archive 0 alone; moving it back would leave the year empty.
        try setDate(w, 0, "2000-06-10")
        try expectDeclined(w, "a new year", because: "a year with no briefing yet")
        try setDate(w, 0, "2001-01-12")
        try expectDeclined(w, "the year left empty", because: "leaves a year with no other briefing")
    }

    @Test func theIndexRenumberedForAMoveEqualsTheIndexMadeAgain() {
        let topics = [Topic(slug: "regional-bodies", name: "Regional bodies", kind: .theme),
                      Topic(slug: "sco", name: "SCO", kind: .theme, parent: "regional-bodies"),
                      Topic(slug: "russia", name: "Russia", kind: .theme), Topic(slug: "trade", name: "Trade", kind: .theme)]
        var g = SeededGenerator(state: 9)
        var lists = (0..<40).map { _ in Array(topics.map(\.slug).shuffled(using: &g).prefix(Int.random(in: 1...2, using: &g))) }
        for _ in 0..<30 {
            let (from, to) = (Int.random(in: 0..<lists.count, using: &g), Int.random(in: 0..<lists.count, using: &g))
            let moved = TopicIndex(topics: topics, articleTopics: lists).renumbered { MoveEdit.position($0, from: from, to: to) }
            lists = MoveEdit.reorder(lists, from: from, to: to)
            #expect(moved.articlesByTopic == TopicIndex(topics: topics, articleTopics: lists).articlesByTopic, "\(from) to \(to)")
        }
    }

    /// Builds, expecting the move to be put in place and the site to be what a clean build makes.
    @discardableResult
    func expectMoved(_ w: Workspace, _ what: String) throws -> BuildResult {
        let result = try edits.buildMatchingClean(w, what)
        #expect(result.cache.briefingsMoved == 1, "\(what): \(result.cache.editDeclined ?? "")")
        return result
    }

    /// Builds, expecting a full build for `reason`.
    func expectDeclined(_ w: Workspace, _ what: String, because reason: String) throws {
        let result = try edits.buildDeclined(w, what)
        #expect(result.cache.editDeclined?.contains(reason) == true, "\(what): \(result.cache.editDeclined ?? "")")
    }

    /// The quoted title of archive briefing `n`, as its front matter writes it.
    func title(_ w: Workspace, _ n: Int) throws -> String {
        let text = try String(contentsOfFile: w.article(String(format: "archive-%03d.md", n)), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("title: ") })
        return String(line.dropFirst(7))
    }

    /// Checks that the base records the order a full build records: instants, topics, related reach,
    /// slugs and authors by position, and every entry but where it stands; then builds in full.
    func expectOrderRecordedAsAFullBuild(_ w: Workspace) throws {
        let patched = try recordedOrder(w, edits.options(w))
        var full = edits.options(w)
        full.clean = true
        _ = try build(full)
        let made = try recordedOrder(w, full)
        #expect(patched.epochs == made.epochs)
        #expect(patched.slugs == made.slugs)
        #expect(patched.topics == made.topics)
        #expect(patched.reach == made.reach)
        #expect(patched.authors == made.authors)
        for (path, entry) in made.entries where patched.entries[path] != entry {
            Issue.record("\(path): the edit's entry is \(String(describing: patched.entries[path])), a full build's \(entry)")
        }
    }

    typealias Order = (epochs: [Int], slugs: [String], topics: [[String]], reach: [Int], authors: [[String]], entries: [String: EditBase.Entry])

    func recordedOrder(_ w: Workspace, _ options: BuildOptions) throws -> Order {
        let manifest = try #require(options.manifest)
        let base = try #require(EditBase.read(manifest + ".edit"))
        let (_, entriesAt) = try #require(base.changes(BuildStamp.scan(root: w.site)))
        let table = try #require(base.topicTable())
        var entries: [String: EditBase.Entry] = [:]
        let recorded = try #require(base.entries(at: Set(table.slugs.indices), entriesAt: entriesAt))
        for var entry in recorded.values {
            entry.at = 0..<0
            entry.shownOn = []
            entries[entry.path] = entry
        }
        let epochs = try #require(base.epochList())
        let authors = try #require(base.authorTable())
        return (epochs, table.slugs, table.topics, table.reach, authors.authors, entries)
    }
}
