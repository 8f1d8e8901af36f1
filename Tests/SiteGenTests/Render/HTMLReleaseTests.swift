import Foundation
import Testing
@testable import SiteGen

/// A clean build lets each briefing's HTML go once its page is made (`DocumentHTML.letGo`), except
/// the HTML the feeds carry, which they read beside the briefing pages.
@Suite struct HTMLReleaseTests {
    @Test func heldHTMLIsReadUntilLetGoAndThenReportedNotEmptied() throws {
        let held = DocumentHTML("<p>Corridors &amp; ports</p>").releasable()
        #expect(try held.text() == "<p>Corridors &amp; ports</p>")
        #expect(held.heldBytes == 28)
        held.letGo()
        #expect(throws: StoreError.self) { try held.text() }
        // HTML in memory without `releasable` is never let go.
        let kept = DocumentHTML("<p>Kept</p>")
        kept.letGo()
        #expect(try kept.text() == "<p>Kept</p>")
    }

    @Test func feedsKeepTheHTMLTheyCarryWhileBriefingPagesLetTheirsGo() throws {
        let w = try IncrementalBuildTests.Workspace()
        // Twenty-five newer briefings fill the site's feeds, so the Russia topic's feed alone carries
        // the fixture's Russia briefings; thirty older ones put their pages among the first 60 %,
        // made before the feeds (see `SiteRenderer.files`).
        for n in 0..<55 {
            try FileIOTestSupport.write(w.article("bulk-\(n).md"), """
                ---
                title: "Bulk Briefing \(n)"
                date: \(n < 25 ? 2024 : 2010)-01-\(10 + n % 18)
                topics: [trade]
                summary: "Bulk briefing \(n)."
                ---

                Trade corridor marker-\(n) of the bulk briefings.

                """)
        }
        let result = try build(w.options(clean: true))
        #expect(result.wrote, "\(result.diagnostics)")
        let read = { (path: String) in try String(contentsOfFile: w.output + "/" + path, encoding: .utf8) }
        let russiaFeed = try read("topics/russia/feed.xml")
        #expect(russiaFeed.contains("Joint military exercises with Russia"))
        #expect(!(try read("feed.xml")).contains("Joint military exercises with Russia"))
        #expect(try read("articles/russia-2021/index.html").contains("Joint military exercises with Russia"))
        for n in 0..<55 {
            #expect(try read("articles/bulk-\(n)/index.html").contains("marker-\(n) of the bulk"), "bulk-\(n)")
        }
    }
}
