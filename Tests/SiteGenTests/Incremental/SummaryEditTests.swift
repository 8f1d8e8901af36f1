import Foundation
import Testing
@testable import SiteGen

/// The summary half of the edit fast path (`BodyEdit`, `SummaryPlaces`): an editor's new summary is
/// put in place in every file that shows it, and the site is then byte for byte what a clean build makes.
@Suite struct SummaryEditTests {
    let edits = BodyEditTests()
    typealias Workspace = IncrementalBuildTests.Workspace

    @Test func aNewSummaryIsPutInPlaceWhereverTheSiteShowsIt() throws {
        let w = try edits.built()
        let before = TestPaths.tree(w.output)
        // Escaped differently in the meta tags, the lead, JSON-LD, the cards and both feeds.
        try edits.replaceField(w, "russia-2021.md", "summary", from: "An unsigned briefing.",
                        to: "\"'Full' membership & \\\"the SCO\\\": <what> it meant.\"")
        let result = try edits.buildMatchingClean(w, "summary edit")
        #expect(result.cache.summariesEdited == 1 && result.cache.bodiesEdited == 1, "\(result.cache.editDeclined ?? "")")
        #expect(result.cache.titlesEdited == 0)
        let changed = edits.changed(w, since: before)
        // Its own page, the cards on listing, timeline and related pages, and the feeds.
        for path in ["articles/russia-2021/index.html", "articles/page/2/index.html", "topics/russia/page/2/index.html",
                     "timeline/2021/index.html", "articles/sco-membership/index.html", "feed.xml", "feed.json", "topics/russia/feed.xml"] {
            #expect(changed.contains(path), "\(path) not rewritten: \(changed.sorted())")
        }
        #expect(result.cache.filesWritten == changed.count)
        let page = try String(contentsOfFile: w.output + "/articles/russia-2021/index.html", encoding: .utf8)
        #expect(page.contains(" membership &amp; &quot;the SCO&quot;: &lt;what&gt; it meant.</p>"))
    }

    @Test func aLongSummaryIsClippedInTheMetaTagsAsACleanBuildClipsIt() throws {
        let w = try edits.built()
        let long = String(repeating: "Pakistan and the SCO agree on more than trade routes. ", count: 8)
        try edits.replaceField(w, "russia-2021.md", "summary", from: "An unsigned briefing.", to: long.trimmingCharacters(in: .whitespaces))
        let first = try edits.buildMatchingClean(w, "long summary")
        #expect(first.cache.summariesEdited == 1, "\(first.cache.editDeclined ?? "")")
        // Back to a short one, and a title changed with it.
        try edits.replaceField(w, "russia-2021.md", "summary", from: long.trimmingCharacters(in: .whitespaces), to: "Short again.")
        let path = w.article("russia-2021.md")
        try edits.replace(path, try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "title: Russia Ties in 2021\n", with: "title: Russia Ties, 2021\n"))
        let second = try edits.buildMatchingClean(w, "short summary and title")
        #expect(second.cache.summariesEdited == 1 && second.cache.titlesEdited == 1, "\(second.cache.editDeclined ?? "")")
    }

    @Test func twoBriefingsWithTheSameSummaryKeepTheirOwnCards() throws {
        let w = try Workspace()
        let path = w.article("trade-corridors.md")
        try edits.replace(path, try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "topics: [trade, russia]\n", with: "topics: [trade, russia]\nsummary: An unsigned briefing.\n"))
        _ = try build(edits.options(w))
        try edits.replaceField(w, "russia-2021.md", "summary", from: "An unsigned briefing.", to: "A new summary for the 2021 briefing only.")
        let result = try edits.buildMatchingClean(w, "shared summary")
        #expect(result.cache.summariesEdited == 1, "\(result.cache.editDeclined ?? "")")
        // A page with both cards, the old summary kept in the other briefing's (the match above checks the bytes).
        let both = TestPaths.tree(w.output).filter { _, bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            return text.contains(">An unsigned briefing.</p>") && text.contains(">A new summary for the 2021 briefing only.</p>")
        }
        #expect(!both.isEmpty)
    }

    @Test(arguments: [
        ("summary removed", "summary: An unsigned briefing.\n", ""),
        ("summary emptied", "summary: An unsigned briefing.\n", "summary: \"\"\n"),
        ("summary and date", "date: ", "date: "),
    ])
    func aSummaryEditThatChangesMoreIsAFullBuild(_ kind: String, _ old: String, _ new: String) throws {
        let w = try edits.built()
        let path = w.article("russia-2021.md")
        var text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old), "\(kind)")
        if kind == "summary and date" {
            text = text.replacingOccurrences(of: "summary: An unsigned briefing.\n", with: "summary: Another summary.\n")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                line.hasPrefix("date: ") ? "date: 2019-01-02" : String(line)
            }
            text = lines.joined(separator: "\n")
        } else {
            text = text.replacingOccurrences(of: old, with: new)
        }
        try edits.replace(path, text)
        try edits.buildDeclined(w, kind)
    }

    @Test func aSummaryAddedToABriefingWithoutOneIsAFullBuild() throws {
        let w = try edits.built()
        let path = w.article("trade-corridors.md")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try edits.replace(path, text.replacingOccurrences(of: "title: Trade Corridors and Russia\n",
                                                          with: "title: Trade Corridors and Russia\nsummary: Now it has one.\n"))
        let result = try edits.buildDeclined(w, "summary added")
        #expect(result.cache.editDeclined?.contains("summary was added to or removed") == true, "\(result.cache.editDeclined ?? "")")
    }
}
