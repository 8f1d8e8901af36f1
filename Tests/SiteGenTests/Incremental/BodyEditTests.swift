import Foundation
import Testing
@testable import SiteGen
import Templates

/// The edit fast path (`BodyEdit`): an edit of a briefing's body alone rewrites that body in its page
/// and feeds, and the site is then byte for byte what a clean build makes; anything more is a full build.
@Suite struct BodyEditTests {
    typealias Workspace = IncrementalBuildTests.Workspace

    /// Options whose base records the fixture's files however fresh they are.
    func options(_ w: Workspace) -> BuildOptions { w.optionsRecordingFreshFiles() }

    /// A fresh workspace after its first build, which the edit under test then follows.
    func built() throws -> Workspace {
        let w = try Workspace()
        _ = try build(options(w))
        return w
    }

    /// Replaces a file through a new inode, so its identity changes whatever the clock's resolution.
    func replace(_ path: String, _ text: String) throws {
        try FileIOTestSupport.write(path + ".new", text)
        #expect(rename(path + ".new", path) == 0)
    }

    func append(_ path: String, _ text: String) throws {
        try replace(path, try String(contentsOfFile: path, encoding: .utf8) + text)
    }

    /// Replaces the front matter line `field: old` of briefing `name` with `field: new`.
    func replaceField(_ w: Workspace, _ name: String, _ field: String, from old: String, to new: String) throws {
        let path = w.article(name)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\n\(field): \(old)\n"), "\(name) has no \(field) \(old)")
        try replace(path, text.replacingOccurrences(of: "\n\(field): \(old)\n", with: "\n\(field): \(new)\n"))
    }

    /// Every output file whose bytes differ from `before`.
    func changed(_ w: Workspace, since before: [String: [UInt8]]) -> Set<String> {
        Set(TestPaths.tree(w.output).filter { before[$0.key] != $0.value }.keys)
    }

    /// Builds incrementally and checks the output, problems and outcome against a clean build.
    @discardableResult
    func buildMatchingClean(_ w: Workspace, _ what: String) throws -> BuildResult {
        let result = try build(options(w))
        let (clean, tree) = try w.cleanBuild()
        #expect(result.wrote && clean.wrote, "\(what)")
        #expect(result.diagnostics == clean.diagnostics, "\(what)")
        let ours = TestPaths.tree(w.output)
        #expect(ours.keys.sorted() == tree.keys.sorted(), "\(what): different files")
        for (path, bytes) in tree where ours[path] != bytes { Issue.record("\(what): \(path) differs from a clean build") }
        return result
    }

    /// Builds incrementally, expecting the edit path to decline, and checks problems and output against a clean build.
    @discardableResult
    func buildDeclined(_ w: Workspace, _ what: String) throws -> BuildResult {
        let result = try build(options(w))
        #expect(result.cache.bodiesEdited == 0 && result.cache.editDeclined != nil, "\(what)")
        let (clean, tree) = try w.cleanBuild()
        #expect(result.diagnostics == clean.diagnostics, "\(what)")
        if clean.wrote { #expect(TestPaths.tree(w.output) == tree, "\(what)") }
        return result
    }

    @Test func aBodyEditIsPutInPlaceInItsPageAndEveryFeed() throws {
        let w = try built()
        let before = TestPaths.tree(w.output)
        // Quotes, an ampersand and a dash: escaped differently in the page, the Atom feeds and the JSON feed.
        try append(w.article("trade-corridors.md"), "\nTalks on \"routes\" & *ports* went on — Gwadar to Kashgar.\n")
        let result = try buildMatchingClean(w, "body edit")
        #expect(result.cache.bodiesEdited == 1, "\(result.cache)")
        #expect(result.cache.markdownRendered == 1)
        let changed = self.changed(w, since: before)
        #expect(changed == ["articles/trade-corridors/index.html", "feed.json", "feed.xml", "topics/russia/feed.xml",
                            "topics/trade/feed.xml"], "\(changed.sorted())")
        #expect(result.cache.filesWritten == 5)
    }

    @Test func editsInARowARevertAndAFullBuildBetweenThemStayEqualToCleanBuilds() throws {
        let w = try built()
        let path = w.article("trade-corridors.md")
        let original = try String(contentsOfFile: path, encoding: .utf8)
        for n in 1...3 {
            try append(path, "\nEdit number \(n) of the closing paragraph.\n")
            let edited = try buildMatchingClean(w, "edit \(n)")
            #expect(edited.cache.bodiesEdited == 1, "\(edited.cache.editDeclined ?? "")")
        }
        let upToDate = try build(options(w))
        #expect(upToDate.cache.upToDate, "the edit recorded its stamp")
        try replace(path, original)
        #expect(try buildMatchingClean(w, "revert").cache.bodiesEdited == 1)
        try append(w.article("russia-2021.md"), "\n## A new section\n\nWith a heading, so a full build.\n")
        #expect(try buildMatchingClean(w, "full build between").cache.bodiesEdited == 0)
        try append(path, "\nOne more closing line.\n")
        #expect(try buildMatchingClean(w, "edit after the full build").cache.bodiesEdited == 1)
    }

    @Test(arguments: [
        ("heading", "\n## Outlook\n\nRoutes matter.\n"),
        ("dated sentence", "\nIn March 2024 the corridor talks resumed in Tashkent.\n"),
        ("link", "\nSee [the Russia briefing](/articles/russia-2021/).\n"),
        ("acronym definition", "\nThe Economic Cooperation Organization (ECO) met too.\n"),
        ("front matter", ""),
    ])
    func anEditThatChangesWhatOtherPagesReadIsAFullBuild(_ kind: String, _ added: String) throws {
        let w = try built()
        let path = w.article("trade-corridors.md")
        if added.isEmpty {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            // Topics or authors alone are put in place (`FrontMatterEdit`); both together are not.
            try replace(path, text.replacingOccurrences(of: "topics: [trade, russia]", with: "topics: [russia, trade]")
                .replacingOccurrences(of: "authors: [\"Bilal Khan\", \"Amina Qureshi\"]", with: "authors: [\"Amina Qureshi\"]"))
        } else {
            try append(path, added)
        }
        try buildDeclined(w, kind)
    }

    @Test func aPageAnotherLinkPointsIntoIsNotPatched() throws {
        // The SCO briefing links to its own `#security`: its ids are read by the link check.
        let w = try built()
        try append(w.article("sco-membership.md"), "\nA closing remark.\n")
        #expect(try buildMatchingClean(w, "anchored page").cache.bodiesEdited == 0)
    }

    @Test func aPageChangedInTheOutputIsBuiltAgainNotPatched() throws {
        let w = try built()
        try replace(w.output + "/articles/trade-corridors/index.html", "<p>changed by hand</p>\n")
        try append(w.article("trade-corridors.md"), "\nA closing remark.\n")
        #expect(try buildMatchingClean(w, "page changed by hand").cache.bodiesEdited == 0)
    }

    @Test func aFullBuildRemovesTheBaseBeforeItWritesAndRecordsANewOne() throws {
        let w = try built()
        let base = w.manifest + ".edit"
        let recorded = try #require(EditBase.read(base))
        let (changed, entriesAt) = try #require(recorded.changes(BuildStamp.scan(root: w.site)))
        #expect(changed.isEmpty)
        #expect(recorded.entry("content/articles/trade-corridors.md", entriesAt: entriesAt) != nil)
        #expect(recorded.entry("content/articles/sco-membership.md", entriesAt: entriesAt) == nil, "a link points into it")
        #expect(recorded.entry("content/articles/undated-draft.md", entriesAt: entriesAt) == nil, "a draft has no page")
        // A failing full build changes nothing, so the base still describes the output.
        let path = w.article("trade-corridors.md")
        let original = try String(contentsOfFile: path, encoding: .utf8)
        try append(path, "\nSee [nothing](/articles/missing/).\n")
        #expect(try !build(options(w)).wrote)
        #expect(EditBase.read(base) != nil)
        try replace(path, original)
        // With search on no base is kept: Pagefind indexes the whole site, so an edit is a full build.
        var searching = options(w)
        searching.search = true
        try append(w.article("russia-2021.md"), "\nMore.\n")
        _ = try build(searching)
        #expect(EditBase.read(base) == nil)
    }
}

/// The byte work of `BodyEdit`: each splice gives what rendering the whole file again gives.
@Suite struct BodySlotsTests {
    @Test func aPageSlotHoldsExactlyTheBodyAfterItsOpening() throws {
        let page = Array("<h1>t</h1>\n<div class=\"briefing-body\">\n<p>old</p>\n</div>\n<p>after</p>".utf8)
        let slot = BodySlot(start: 39, length: "<p>old</p>\n".utf8.count)
        let (bytes, next) = try #require(BodySlots.splicePage(page, slot: slot, body: "<p>newer</p>\n"))
        #expect(String(decoding: bytes, as: UTF8.self) == "<h1>t</h1>\n<div class=\"briefing-body\">\n<p>newer</p>\n</div>\n<p>after</p>")
        #expect(next.length == "<p>newer</p>\n".utf8.count)
        #expect(BodySlots.splicePage(page, slot: BodySlot(start: 3, length: 2), body: "x") == nil, "a slot not after the opening")
    }

    @Test func aJSONFeedItemSplicedEqualsTheFeedSerialisedAgain() throws {
        func feed(_ bodies: [String]) -> [UInt8] {
            Array(jsonText(["items": bodies.map { ["content_html": $0, "title": "T \"q\""] }]).utf8)
        }
        let old = ["<p>first</p>", "<p>second \"two\" / \\ é\n</p>"]
        let new = "<p>third\t\"3\" </script> ü</p>\n"
        #expect(BodySlots.spliceJSON(feed(old), entry: 1, html: new) == feed([old[0], new]))
        #expect(BodySlots.spliceJSON(feed(old), entry: 0, html: new) == feed([new, old[1]]))
        #expect(BodySlots.spliceJSON(feed(old), entry: 2, html: new) == nil)
    }

    @Test func anAtomEntrySplicedEqualsTheFeedRenderedAgain() throws {
        func feed(_ bodies: [String]) -> [UInt8] {
            let entries = bodies.enumerated().map { n, body in
                FeedEntry(title: "T\(n) <b>", url: "https://x.test/\(n)/", updated: "2024-01-01T00:00:00Z",
                          published: "2024-01-01T00:00:00Z", authors: ["A & B"], summary: "S", categories: ["c"], contentHTML: body)
            }
            return Array(atomFeed(title: "F", subtitle: "S", feedURL: "https://x.test/feed.xml", siteURL: "https://x.test/",
                                  updated: "2024-01-01T00:00:00Z", defaultAuthor: "D", entries: entries).rendered.utf8)
        }
        let old = ["<p>first</p>", "<p>second &amp; 'two'</p>"]
        let new = "<p>third <em>\"3\"</em></p>\n"
        #expect(BodySlots.spliceAtom(feed(old), entry: 1, html: new) == feed([old[0], new]))
        #expect(BodySlots.spliceAtom(feed(old), entry: 0, html: new) == feed([new, old[1]]))
        #expect(BodySlots.spliceAtom(feed(old), entry: 2, html: new) == nil)
    }
}
