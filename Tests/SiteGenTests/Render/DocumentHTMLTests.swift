import Testing
@testable import SiteGen

/// A briefing's HTML once the build has let it go (`RenderContext.releaseHTML`).
@Suite struct DocumentHTMLTests {
    @Test func releasedHTMLKeepsItsHashAndRefusesToBeRead() {
        let html = DocumentHTML("<p>Body</p>\n")
        let released = html.released()
        #expect(released == html, "pages fingerprint documents by hash")
        #expect(throws: StoreError.self) { try released.text() }
    }

    @Test func aContextLetsEveryBriefingsHTMLGoAndKeepsTheRest() throws {
        let (loaded, _) = ContentLoader.load(root: TestPaths.fixtureSite, options: LoadOptions(now: 1_900_000_000))
        let site = try #require(loaded)
        var ctx = RenderContext(site: site, index: SiteIndex(site), documents: SiteRenderer.documents(site))
        let headings = ctx.documents.map(\.headings)
        #expect(ctx.documents.allSatisfy { (try? $0.markup.text()) != nil })
        ctx.releaseHTML()
        #expect(ctx.documents.allSatisfy { (try? $0.markup.text()) == nil })
        #expect(ctx.documents.map(\.headings) == headings)
    }
}
