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
        let total = ctx.documents.reduce(0) { $0 + ((try? $1.markup.bytes())?.count ?? 0) }
        #expect(total > 0)
        #expect(ctx.releaseHTML() == total, "what was let go decides whether the heap is trimmed")
        #expect(ctx.releaseHTML() == 0)
        #expect(ctx.documents.allSatisfy { (try? $0.markup.text()) == nil })
        #expect(ctx.documents.map(\.headings) == headings)
    }

    @Test func aBriefingPageRecordsWhereItsBodyIs() throws {
        let (loaded, _) = ContentLoader.load(root: TestPaths.fixtureSite, options: LoadOptions(now: 1_900_000_000))
        let site = try #require(loaded)
        let ctx = RenderContext(site: site, index: SiteIndex(site), documents: SiteRenderer.documents(site))
        #expect(!site.articles.isEmpty)
        for i in site.articles.indices {
            let page = ArticlePages.render(i, ctx)
            let slot = try #require(page.bodySlot)
            let body = ArticlePages.pageBody(ctx.bodyBytes(i), expansions: ctx.glossary.expansions)
            #expect(Array(page.bytes[slot.start..<(slot.start + slot.length)]) == body)
            #expect(page.bytes[..<slot.start].suffix(BodySlots.pageOpening.count).elementsEqual(BodySlots.pageOpening))
            #expect(String(validating: page.bytes, as: UTF8.self) != nil)
        }
    }
}
