import Testing
@testable import SiteGen

/// A page body (`ArticlePages.pageBody`) gives back the HTML it was made from, or says it cannot.
@Suite struct PageBodyInverseTests {
    let expansions = ["ASEAN": "Association of Southeast Asian Nations", "SCO": "Shanghai Cooperation Organisation"]

    @Test func markedAcronymsAndLabelledTaskBoxesComeOffAgain() {
        let html = Array(Markdown.render("ASEAN and the SCO met; ASEAN again.\n\n- [x] signed\n- [ ] ratified\n").html.utf8)
        let body = ArticlePages.pageBody(html, expansions: expansions)
        let text = String(decoding: body, as: UTF8.self)
        #expect(text.contains("<abbr title=\"Association of Southeast Asian Nations\">ASEAN</abbr>"))
        #expect(text.contains("aria-label=\"Done\"") && text.contains("aria-label=\"Not done\""))
        #expect(PageBodyInverse.html(body) == html)
        #expect(PageBodyInverse.givesBack(html, from: body))
    }

    @Test func aBodyWithNothingMarkedIsItsOwnHTML() {
        let html = Array(Markdown.render("Plain prose, <b>escaped</b> tags and a [link](https://example.org).\n").html.utf8)
        #expect(ArticlePages.pageBody(html, expansions: expansions) == html)
        #expect(PageBodyInverse.html(html) == html)
    }

    @Test func rawAbbrInTheHTMLCannotBeGivenBack() {
        let options = MarkdownOptions(unsafeHTML: true)
        let html = Array(Markdown.render("The <abbr title=\"Economic Cooperation Organization\">ECO</abbr> and ASEAN.\n", options: options).html.utf8)
        let body = ArticlePages.pageBody(html, expansions: expansions)
        #expect(String(decoding: body, as: UTF8.self).contains("<abbr title=\"Association"))
        #expect(!PageBodyInverse.givesBack(html, from: body), "the editor's own <abbr> would be taken out too")
        #expect(!PageBodyInverse.givesBack(html, from: html))
    }
}
