import Foundation
import Testing
@testable import SiteGen

/// The date half of the edit fast path (`BodyEdit`, `DatePlaces`): a new `date` that keeps the
/// briefing in its place and month, or a new `updated`, is put in place in every file that shows it,
/// and the site is then byte for byte what a clean build makes.
@Suite struct DateEditTests {
    let edits = BodyEditTests()
    typealias Workspace = IncrementalBuildTests.Workspace

    @Test func aNewDateIsPutInPlaceWhereverTheSiteShowsIt() throws {
        let w = try edits.built()
        let before = TestPaths.tree(w.output)
        try edits.replaceField(w, "trade-corridors.md", "date", from: "2023-03-14", to: "2023-03-20")
        let result = try edits.buildMatchingClean(w, "date edit")
        #expect(result.cache.datesEdited == 1 && result.cache.bodiesEdited == 1, "\(result.cache.editDeclined ?? "")")
        let changed = edits.changed(w, since: before)
        // Its page (meta line, structured data, citations), cards and timeline lines, the feeds and the sitemap.
        for path in ["articles/trade-corridors/index.html", "index.html", "timeline/index.html", "timeline/2023/index.html",
                     "topics/trade/index.html", "feed.xml", "feed.json", "topics/trade/feed.xml", "sitemap.xml"] {
            #expect(changed.contains(path), "\(path) not rewritten: \(changed.sorted())")
        }
        #expect(result.cache.filesWritten == changed.count)
        let page = try String(contentsOfFile: w.output + "/articles/trade-corridors/index.html", encoding: .utf8)
        #expect(page.contains("<time datetime=\"2023-03-20\">20 March 2023</time>") && !page.contains("14 March 2023"))
    }

    @Test func aNewUpdatedDateAndATitleWithADateStayEqualToCleanBuilds() throws {
        let w = try Workspace()
        try edits.replaceField(w, "trade-corridors.md", "date", from: "2023-03-14", to: "2023-03-14\nupdated: 2023-04-01")
        _ = try build(edits.options(w))
        let before = TestPaths.tree(w.output)
        try edits.replaceField(w, "trade-corridors.md", "updated", from: "2023-04-01", to: "2023-05-02T09:30:00+05:00")
        let updated = try edits.buildMatchingClean(w, "updated edit")
        #expect(updated.cache.datesEdited == 1, "\(updated.cache.editDeclined ?? "")")
        // `updated` shows on the page, in the feeds and the sitemap, never on cards.
        let changed = edits.changed(w, since: before)
        #expect(changed.contains("sitemap.xml") && changed.contains("feed.xml") && !changed.contains("index.html"), "\(changed.sorted())")
        // The citations carry the title and the date: both change in one edit.
        try edits.replaceField(w, "trade-corridors.md", "title", from: "Trade Corridors and Russia", to: "Corridors & Russia?")
        try edits.replaceField(w, "trade-corridors.md", "date", from: "2023-03-14", to: "2023-03-02")
        let both = try edits.buildMatchingClean(w, "title and date")
        #expect(both.cache.datesEdited == 1 && both.cache.titlesEdited == 1, "\(both.cache.editDeclined ?? "")")
        // Back again, with the oldest briefing's date changed too: one date at a time is put in place.
        try edits.replaceField(w, "trade-corridors.md", "date", from: "2023-03-02", to: "2023-03-14")
        try edits.replaceField(w, "russia-2021.md", "date", from: "2021-11-02", to: "2021-11-03")
        let two = try edits.buildMatchingClean(w, "two dates")
        #expect(two.cache.datesEdited == 0 && two.cache.editDeclined?.contains("more than one briefing") == true)
    }

    /// Moves are `MoveEditTests`'; in the fixture every briefing is in every feed's window and on the
    /// home page, whose entries and cards change places.
    @Test(arguments: [
        ("another month", "2021-11-02", "2021-12-01"),
        ("past a neighbour", "2021-11-02", "2021-11-25"),
        ("the same instant as a neighbour", "2021-11-02", "2021-11-20"),
    ])
    func aDateEditThatMovesABriefingOfTheFeedsIsPutInPlace(_ kind: String, _ old: String, _ new: String) throws {
        let w = try Workspace()
        // A neighbour in the same month: the SCO briefing moves to 20 November 2021, before the Russia one's page.
        try edits.replaceField(w, "sco-membership.md", "date", from: "2022-06-09", to: "2021-11-20")
        _ = try build(edits.options(w))
        try edits.replaceField(w, "russia-2021.md", "date", from: old, to: new)
        let result = try edits.buildMatchingClean(w, kind)
        #expect(result.cache.briefingsMoved == 1, "\(kind): \(result.cache.editDeclined ?? "")")
    }
}
