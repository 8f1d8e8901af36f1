import Foundation
import Testing
@testable import SiteGen

/// The title half of the edit fast path (`BodyEdit`, `TitlePlaces`): a new title is put in place in
/// every file that shows it, and the site is then byte for byte what a clean build makes.
@Suite struct TitleEditTests {
    let edits = BodyEditTests()
    typealias Workspace = IncrementalBuildTests.Workspace

    @Test func aNewTitleIsPutInPlaceWhereverTheSiteShowsIt() throws {
        let w = try edits.built()
        let before = TestPaths.tree(w.output)
        // Escaped differently in HTML, JSON-LD, the feeds and the timeline data; "?" drops the citation's full stop.
        try edits.replaceField(w, "trade-corridors.md", "title", from: "Trade Corridors and Russia", to: "\"'Corridors' & \\\"Russia\\\": <What> Next?\"")
        let result = try edits.buildMatchingClean(w, "title edit")
        #expect(result.cache.titlesEdited == 1, "\(result.cache.editDeclined ?? "")")
        let changed = edits.changed(w, since: before)
        for path in ["articles/trade-corridors/index.html", "articles/sco-membership/index.html", "index.html", "feed.xml",
                     "feed.json", "timeline/index.html", "topics/trade/index.html"] {
            #expect(changed.contains(path), "\(path) not rewritten: \(changed.sorted())")
        }
        #expect(result.cache.filesWritten == changed.count)
    }

    @Test func titleEditsInARowTheOldestBriefingAndABodyEditTogetherStayEqualToCleanBuilds() throws {
        let w = try edits.built()
        try edits.replaceField(w, "russia-2021.md", "title", from: "Russia Ties in 2021", to: "Russia Ties in 2021.")
        let first = try edits.buildMatchingClean(w, "full stop")
        #expect(first.cache.titlesEdited == 1, "\(first.cache.editDeclined ?? "")")
        try edits.replaceField(w, "russia-2021.md", "title", from: "Russia Ties in 2021.", to: "Russia & Pakistan, 2021")
        let second = try edits.buildMatchingClean(w, "second edit")
        #expect(second.cache.titlesEdited == 1, "\(second.cache.editDeclined ?? "")")
        try edits.replaceField(w, "trade-corridors.md", "title", from: "Trade Corridors and Russia", to: "Trade Corridors — Russia")
        try edits.append(w.article("trade-corridors.md"), "\nA closing remark on the corridors.\n")
        let both = try edits.buildMatchingClean(w, "title and body")
        #expect(both.cache.titlesEdited == 1 && both.cache.bodiesEdited == 1, "\(both.cache.editDeclined ?? "")")
    }

    @Test func aBodyLinkWithTheTitleAsItsTextKeepsTheAuthorsText() throws {
        let w = try Workspace()
        try edits.append(w.article("russia-2021.md"), "\nSee [Trade Corridors and Russia](/articles/trade-corridors/) for more.\n")
        _ = try build(edits.options(w))
        try edits.replaceField(w, "trade-corridors.md", "title", from: "Trade Corridors and Russia", to: "Corridors Renamed")
        #expect(try edits.buildMatchingClean(w, "linked title").cache.titlesEdited == 1)
        let page = try String(contentsOfFile: w.output + "/articles/russia-2021/index.html", encoding: .utf8)
        #expect(page.contains(">Trade Corridors and Russia</a> for more."))
    }

    @Test(arguments: [
        ("another briefing's title", "title: Trade Corridors and Russia\n", "title: russia ties in 2021\n"),
        ("the site's title", "title: Trade Corridors and Russia\n", "title: Fixture Briefings\n"),
        ("title and topics", "topics: [trade, russia]\n", "topics: [russia, trade]\n"),
    ])
    func aTitleEditThatChangesMoreIsAFullBuild(_ kind: String, _ old: String, _ new: String) throws {
        let w = try edits.built()
        let path = w.article("trade-corridors.md")
        var text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old), "\(kind)")
        text = text.replacingOccurrences(of: old, with: new)
        if kind == "title and topics" { text = text.replacingOccurrences(of: "title: Trade Corridors and Russia\n", with: "title: Renamed\n") }
        try edits.replace(path, text)
        try edits.buildDeclined(w, kind)
    }
}
