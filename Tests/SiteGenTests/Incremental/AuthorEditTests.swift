import Foundation
import Testing
@testable import SiteGen

/// The author half of the front-matter edit (`AuthorEdit`): new authors are put in the briefing's
/// byline, structured data, citations and cards, on the pages of the authors it gains or loses and in
/// the author index's counts, and the site is then byte for byte what a clean build makes.
@Suite struct AuthorEditTests {
    let edits = BodyEditTests()
    typealias Workspace = IncrementalBuildTests.Workspace
    typealias SeededGenerator = IncrementalPropertyTests.SeededGenerator

    static let names = ["Amina Qureshi", "Bilal Khan", "Sara Ahmed"]

    /// The archive of `TopicEditTests`: 90 briefings, each by one of `names`.
    func archive(name: String = #function) throws -> Workspace {
        try TopicEditTests().archive(name: "authors-" + name)
    }

    /// Sets the `authors:` line of archive briefing `n`.
    func setAuthors(_ w: Workspace, _ n: Int, _ authors: [String]) throws {
        try IncrementalPropertyTests.rewriteLines(w.article(String(format: "archive-%03d.md", n))) {
            $0.hasPrefix("authors:") ? "authors: [\(authors.map { "\"\($0)\"" }.joined(separator: ", "))]" : String($0)
        }
    }

    @Test func authorEditsInARowArePutInPlaceAndEqualCleanBuilds() throws {
        let w = try archive()
        var g = SeededGenerator(state: 5)
        var inPlace = 0
        var declined: [String] = []
        for step in 0..<16 {
            // Any briefing: the newest are in feeds, which name authors too.
            let n = Int.random(in: 0..<90, using: &g)
            let authors = Array(Self.names.shuffled(using: &g).prefix(Int.random(in: 1...2, using: &g)))
            try setAuthors(w, n, authors)
            let result = try edits.buildMatchingClean(w, "step \(step): archive \(n) by \(authors)")
            if result.cache.authorsEdited == 1 { inPlace += 1 } else if let why = result.cache.editDeclined { declined.append(why) }
        }
        // Authors drawn the same as before leave the site as it is; any other draw is put in place.
        #expect(inPlace >= 10, "only \(inPlace) of 16 in place: \(declined)")
        #expect(declined.isEmpty, "\(declined)")
    }

    @Test func anAuthorEditRewritesTheBylineTheAuthorPagesAndTheIndex() throws {
        let w = try archive()
        let before = TestPaths.tree(w.output)
        let text = try String(contentsOfFile: w.article("archive-004.md"), encoding: .utf8)
        let old = try #require(Self.names.first { text.contains("\"\($0)\"") })
        let added = try #require(Self.names.first { $0 != old })
        try setAuthors(w, 4, [added])
        let result = try edits.buildMatchingClean(w, "swap author")
        #expect(result.cache.authorsEdited == 1, "\(result.cache.editDeclined ?? "")")
        let changed = edits.changed(w, since: before)
        for page in ["articles/archive-004/index.html", "authors/index.html", "authors/\(Slug.make(old))/index.html",
                     "authors/\(Slug.make(added))/index.html"] {
            #expect(changed.contains(page), "\(page) not in \(changed.sorted())")
        }
        #expect(result.cache.filesWritten == changed.count)
        let page = try String(contentsOfFile: w.output + "/articles/archive-004/index.html", encoding: .utf8)
        #expect(page.contains("<p class=\"byline\">By <a href=\"/portal/authors/\(Slug.make(added))/\">\(added)</a></p>"))
    }

    @Test func theFeedsCarryingABriefingGetItsNewAuthors() throws {
        let w = try archive()
        for (n, authors) in [(89, Self.names), (89, [Self.names[1]]), (87, Array(Self.names.suffix(2))), (89, Self.names.reversed())] {
            let before = TestPaths.tree(w.output)
            try setAuthors(w, n, authors)
            let result = try edits.buildMatchingClean(w, "archive \(n) by \(authors)")
            #expect(result.cache.authorsEdited == 1, "\(result.cache.editDeclined ?? "")")
            let changed = edits.changed(w, since: before)
            #expect(changed.isSuperset(of: ["feed.xml", "feed.json"]), "\(changed.sorted())")
        }
    }

    @Test func namesWithQuotesAndAmpersandsAreEscapedAsAFullBuildEscapesThem() throws {
        let w = try archive()
        let name = "Ayesha O'Neil & \"Sons\" <Research>"
        let quoted = name.replacingOccurrences(of: "\"", with: "\\\"")
        try setAuthors(w, 5, [quoted])
        #expect(try edits.buildMatchingClean(w, "a new author").cache.authorsEdited == 1)
        try setAuthors(w, 88, [quoted])
        #expect(try edits.buildMatchingClean(w, "her second briefing").cache.authorsEdited == 1)
        // An old briefing and the newest, whose feed entries name the author too.
        for n in [7, 89] {
            try setAuthors(w, n, [Self.names[0], quoted])
            #expect(try edits.buildMatchingClean(w, "archive \(n)").cache.authorsEdited == 1)
        }
    }

    @Test func titleEditsAfterAuthorEditsFindTheCardOnItsNewAuthorsPage() throws {
        let w = try archive()
        try setAuthors(w, 8, Self.names)
        _ = try edits.buildMatchingClean(w, "every author")
        try IncrementalPropertyTests.rewriteLines(w.article("archive-008.md")) {
            $0.hasPrefix("title:") ? "title: \"Renamed by all three\"" : String($0)
        }
        let result = try edits.buildMatchingClean(w, "retitle")
        #expect(result.cache.titlesEdited == 1, "\(result.cache.editDeclined ?? "")")
        try setAuthors(w, 8, [Self.names[2]])
        _ = try edits.buildMatchingClean(w, "one author again")
    }

    @Test func aNewAuthorGetsAPageInPlaceWhereAFullBuildSortsIt() throws {
        let w = try archive()
        // First and last in the index and the sitemap, and two at once.
        for (n, authors) in [(2, ["Aaron Abbasi"]), (40, ["Zoya Zaidi", Self.names[1]]), (89, ["Hina Baig", "Omar Sethi"])] {
            let before = TestPaths.tree(w.output)
            try setAuthors(w, n, authors)
            let result = try edits.buildMatchingClean(w, "archive \(n) by \(authors)")
            #expect(result.cache.authorsEdited == 1, "\(result.cache.editDeclined ?? "")")
            let made = Set(TestPaths.tree(w.output).keys).subtracting(before.keys)
            let expected = Set(authors.filter { !Self.names.contains($0) }.map { "authors/\(Slug.make($0))/index.html" })
            #expect(made == expected, "\(made.sorted())")
            let (clean, _) = try w.cleanBuild()
            #expect(result.pageCount == clean.pageCount)
        }
        let again = try build(edits.options(w))
        #expect(again.cache.upToDate)
        // The rows the pages were given serve later edits: a title shown on a new author's page.
        try IncrementalPropertyTests.rewriteLines(w.article("archive-040.md")) { $0.hasPrefix("title:") ? "title: \"Renamed\"" : String($0) }
        #expect(try edits.buildMatchingClean(w, "retitle").cache.titlesEdited == 1)
        try setAuthors(w, 40, [Self.names[1]])
        #expect(try edits.buildMatchingClean(w, "the new author goes again").cache.authorsEdited == 1)
        try Self.expectRecordedAsAFullBuild(w, edits)
    }

    @Test func noBylineOrMoreAuthorsThanTheTableHoldsIsAFullBuild() throws {
        let w = try archive()
        try setAuthors(w, 2, [])
        #expect(try edits.buildDeclined(w, "no author").cache.editDeclined?.contains("byline") == true)
        try setAuthors(w, 2, [Self.names[0]])
        _ = try edits.buildDeclined(w, "a byline again")
        try setAuthors(w, 3, (1...8).map { "Author \($0)" })
        #expect(try edits.buildDeclined(w, "eight authors").cache.editDeclined?.contains("more authors") == true)
    }

    @Test func anAuthorLosingTheirLastBriefingLosesTheirPageInPlace() throws {
        let w = try archive()
        try setAuthors(w, 2, ["Nadia Farooq"])
        #expect(try edits.buildMatchingClean(w, "a new author").cache.authorsEdited == 1)
        let page = "authors/nadia-farooq/index.html"
        #expect(TestPaths.tree(w.output)[page] != nil)
        // A name put right: the misspelt one had this briefing alone.
        try setAuthors(w, 2, [Self.names[0]])
        let result = try edits.buildMatchingClean(w, "last briefing")
        #expect(result.cache.authorsEdited == 1, "\(result.cache.editDeclined ?? "")")
        let (clean, tree) = try w.cleanBuild()
        #expect(tree[page] == nil)
        #expect(!FileManager.default.fileExists(atPath: w.output + "/authors/nadia-farooq"), "the page's folder went too")
        #expect(result.pageCount == clean.pageCount)
        let again = try build(edits.options(w))
        #expect(again.cache.upToDate && again.pageCount == clean.pageCount)
        // The base the edit left serves the next edit, and the name coming back gets its page in the old row.
        try edits.append(w.article("archive-002.md"), "\nA closing line.\n")
        #expect(try edits.buildMatchingClean(w, "body edit after").cache.bodiesEdited == 1)
        try setAuthors(w, 2, ["Nadia Farooq"])
        let back = try edits.buildMatchingClean(w, "back again")
        #expect(back.cache.authorsEdited == 1, "\(back.cache.editDeclined ?? "")")
        try setAuthors(w, 2, [Self.names[1]])
        #expect(try edits.buildMatchingClean(w, "gone again").cache.authorsEdited == 1)
        try Self.expectRecordedAsAFullBuild(w, edits)
    }

    @Test func anAuthorPageABriefingLinksToStaysUntilAFullBuildReportsTheLink() throws {
        let w = try archive()
        try setAuthors(w, 2, ["Nadia Farooq"])
        try edits.append(w.article("archive-010.md"), "\nSee [her briefings](/portal/authors/nadia-farooq/).\n")
        let first = try edits.buildDeclined(w, "a new author and a link to her page")
        #expect(first.wrote, "\(first.diagnostics)")
        try setAuthors(w, 2, [Self.names[0]])
        // Put in place, the edit would leave a link to nowhere that the full build reports.
        let result = try build(edits.options(w))
        let (clean, _) = try w.cleanBuild()
        #expect(!result.wrote && result.cache.authorsEdited == 0)
        #expect(result.diagnostics == clean.diagnostics)
        #expect(result.diagnostics.contains { $0.severity == .error && $0.path == "content/articles/archive-010.md" })
        #expect(FileManager.default.fileExists(atPath: w.output + "/authors/nadia-farooq/index.html"), "the last output stays")
    }

    @Test func anotherSpellingOfTheNameAnAuthorsPageShowsIsAFullBuild() throws {
        let w = try archive()
        // The page of an author shows the name as the newest of their briefings spells it: archive 5's.
        try setAuthors(w, 5, ["Zara Shah"])
        try setAuthors(w, 3, ["ZARA SHAH"])
        _ = try edits.buildDeclined(w, "a new author")
        try setAuthors(w, 5, ["ZARA SHAH"])
        #expect(try edits.buildDeclined(w, "respelt").cache.editDeclined?.contains("another spelling") == true)
        // An older briefing's authors do not change the name shown: changing them is put in place.
        try setAuthors(w, 3, ["ZARA SHAH", Self.names[0]])
        #expect(try edits.buildMatchingClean(w, "older spelling").cache.authorsEdited == 1)
    }

    @Test func authorsWithTheTopicsOrABioAreAFullBuild() throws {
        let w = try archive()
        try setAuthors(w, 7, Self.names)
        try TopicEditTests().setTopics(w, 7, ["sco"])
        #expect(try edits.buildDeclined(w, "authors and topics").cache.editDeclined?.contains("besides") == true)
        try IncrementalPropertyTests.rewriteLines(w.article("archive-009.md")) {
            $0.hasPrefix("authors:") ? "authors: [\"\(Self.names[1])\"]\nauthor_bio: \"Writes on trade.\"" : String($0)
        }
        _ = try edits.buildDeclined(w, "a bio")
        try setAuthors(w, 9, [Self.names[2]])
        #expect(try edits.buildDeclined(w, "authors of a briefing with a bio").cache.editDeclined?.contains("author_bio") == true)
    }

    /// The pages the edit base records as showing each briefing's card or title, and the feed entries
    /// carrying it, by briefing path.
    static func recordedShownOn(_ w: Workspace, _ options: BuildOptions) throws -> [String: Set<String>] {
        let manifest = try #require(options.manifest)
        let base = try #require(EditBase.read(manifest + ".edit"))
        let (_, entriesAt) = try #require(base.changes(BuildStamp.scan(root: w.site)))
        let rows = try #require(base.rowsByPath())
        let paths = Dictionary(rows.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        let entries = try #require(base.entries(at: Set(0..<200), entriesAt: entriesAt))
        let feeds = base.feeds.map(\.path)
        return Dictionary(entries.values.map { entry in
            (entry.path, Set(entry.shownOn.compactMap { paths[$0] } + entry.feeds.map { "\(feeds[$0.feed]) entry \($0.entry)" }))
        }, uniquingKeysWith: { a, _ in a })
    }

    /// Checks that the base records the pages and feed entries showing each briefing as a full build
    /// records them; `extraAllowed` names pages it may also record (a later edit looks there in vain).
    static func expectRecordedAsAFullBuild(_ w: Workspace, _ edits: BodyEditTests,
                                           extraAllowed: (String) -> Bool = { _ in false }) throws {
        let patched = try recordedShownOn(w, edits.options(w))
        var full = edits.options(w)
        full.clean = true
        _ = try build(full)
        for (path, shown) in try recordedShownOn(w, full) where patched[path] != shown {
            let (missing, extra) = (shown.subtracting(patched[path] ?? []), (patched[path] ?? []).subtracting(shown))
            guard !missing.isEmpty || !extra.allSatisfy(extraAllowed) else { continue }
            Issue.record("\(path): the edit's base lacks \(missing.sorted()) and has \(extra.sorted())")
        }
    }

    @Test func theBaseRecordsTheCardsAnEditMovedAsAFullBuildWould() throws {
        let w = try archive()
        // Archive 12 joins every author's page, then leaves two of them.
        try setAuthors(w, 12, Self.names)
        #expect(try edits.buildMatchingClean(w, "join").cache.authorsEdited == 1)
        try setAuthors(w, 12, [Self.names[1]])
        #expect(try edits.buildMatchingClean(w, "leave").cache.authorsEdited == 1)
        try Self.expectRecordedAsAFullBuild(w, edits)
    }

    @Test func theBaseKnowsWhichAuthorPagesTheBriefingsLinkTo() {
        let routes = Routes(SiteConfig(title: "T", baseURL: "https://x.org/portal/"))
        let bodies = ["[a](/portal/authors/amina/) and [b](../../authors/bilal/#latest)", "[c](https://elsewhere.org/authors/x/)",
                      "[d](../other/) [e](/portal/authors/) [f](authors/sara/)"]
        let found = EditBase.linkedAuthorPages(bodies.map { Markdown.render($0) },
                                               pages: ["articles/one/index.html", "articles/two/index.html", "articles/three/index.html"],
                                               routes: routes)
        // A page relative to the briefing's own folder is not an author's; the index is in the authors' folder.
        #expect(found == ["authors/amina/index.html", "authors/bilal/index.html", "authors/index.html"])
    }

    @Test func theAuthorTableKeepsEachBriefingsAuthorsInOrder() throws {
        for indexes in [[], [0], [3, 1], [65_534, 0, 7], Array(0..<7)] {
            let (low, high) = EditBase.packed16(indexes)
            #expect(EditBase.unpacked16(low, high, vocabularySize: 65_535) == indexes)
        }
        let (low, high) = EditBase.packed16([4])
        #expect(EditBase.unpacked16(low, high, vocabularySize: 4) == nil)
    }
}
