import Testing
@testable import SiteGen

/// SiteGen's own rendering rules on top of cmark-gfm: ids, anchors, sanitising, links under a sub-path.
@Suite struct RenderRulesTests {
    func render(_ md: String, unsafe: Bool = false, base: String = "/") -> RenderedMarkdown {
        Markdown.render(md, options: MarkdownOptions(unsafeHTML: unsafe, smart: false, paragraphAnchors: true, linkBase: base))
    }

    @Test func headingsGetUniqueIdsAndSelfLinks() {
        let r = render("## Trade\n\n## Trade\n\n### Pakistan’s “Look East”\n")
        #expect(r.headings.map(\.id) == ["trade", "trade-1", "pakistans-look-east"])
        #expect(r.html.contains("<h2 id=\"trade-1\">"))
        #expect(r.html.contains("href=\"#trade-1\" aria-label=\"Link to this section\">#</a></h2>"))
    }

    @Test func headingIdsNeverCollideWithFootnoteOrParagraphAnchors() {
        let r = render("## fn-1\n\n## p-2\n")
        #expect(r.headings.map(\.id) == ["h-fn-1", "h-p-2"])
    }

    @Test func bodyH1IsShiftedToH2() {
        let r = render("# Top\n\n## Sub\n")
        #expect(r.headings.map(\.level) == [2, 3])
        #expect(r.html.contains("<h2 id=\"top\">") && r.html.contains("<h3 id=\"sub\">"))
    }

    @Test func topLevelParagraphsAreAnchoredInOrder() {
        let (r, paragraphs) = Markdown.renderKeepingParagraphs("One.\n\n> Quoted.\n\nTwo.\n", options: MarkdownOptions())
        #expect(paragraphs.map(\.id) == ["p-1", "p-2"])
        #expect(paragraphs.map(\.text) == ["One.", "Two."])
        #expect(paragraphs.map(\.line) == [1, 5])
        #expect(r.prose.lead == "One.")
    }

    @Test func linksAreCollectedWithLines() {
        let r = render("Intro\n\n[a](https://x.org) and ![map](/img/map.png)\n")
        #expect(r.links == [Link(url: "https://x.org", line: 3, isImage: false, alt: ""),
                            Link(url: "/img/map.png", line: 3, isImage: true, alt: "map")])
    }

    @Test func rootRelativeLinksMoveUnderTheBasePath() {
        #expect(render("[a](/articles/x/)", base: "/portal/").html.contains("href=\"/portal/articles/x/\""))
        #expect(render("[a](//cdn.example/x)", base: "/portal/").html.contains("href=\"//cdn.example/x\""))
        #expect(render("[a](/portal/articles/x/)", base: "/portal/").html.contains("href=\"/portal/articles/x/\""))
    }

    @Test(arguments: [
        ("<a href=\"javascript:alert(1)\">x</a>", "javascript"),
        ("<a href=\"jav&#x61;script:alert(1)\">x</a>", "script:"),
        ("<a href=\" JAVASCRIPT:alert(1)\">x</a>", "JAVASCRIPT"),
        ("<img src=x onerror=alert(1)>", "onerror"),
        ("<div onmouseover='x()'>t</div>", "onmouseover"),
        ("<svg><a xlink:href=\"javascript:x\">t</a></svg>", "javascript"),
        ("<iframe src=\"https://evil\"></iframe>", "iframe"),
        ("<script>alert(1)</script>", "<script"),
        ("[x](javascript:alert(1))", "javascript"),
        ("[x](vbscript:msgbox)", "vbscript"),
        ("<a href=\"data:text/html,<script>x</script>\">d</a>", "data:text"),
    ])
    func rawHTMLIsScrubbedWhenAllowed(_ input: String, _ forbidden: String) {
        let html = render(input, unsafe: true).html
        #expect(!html.lowercased().contains(forbidden.lowercased()), "\(html)")
    }

    @Test func safeRawHTMLSurvivesWhenAllowed() {
        let html = render("<div class=\"note\"><a href=\"https://ok.example\" title=\"t\">ok</a></div>\n", unsafe: true).html
        #expect(html == "<div class=\"note\"><a href=\"https://ok.example\" title=\"t\">ok</a></div>\n")
    }

    @Test func wordsAndFootnotesAreCounted() {
        let r = render("One two three.[^a]\n\n[^a]: Four five.\n")
        #expect(r.footnoteCount == 1)
        #expect(r.wordCount == 5)
    }

    /// cmark-gfm shares a character table across threads; overlapping parses must equal serial ones.
    /// The first expectation makes sure they did overlap (see `CCmarkSpecialChars`); only on Linux,
    /// where the executable's definition takes the place of the library's (macOS binds its own).
    @Test func concurrentRendersMatchSerialRenders() async {
        #if os(Linux)
        #expect(Markdown.parsesConcurrently)
        #endif
        let docs = (0..<10_000).map { i in
            "Doc \(i): ~~struck~~ www.example\(i).org *em* `code` [^n]\n\n| a | b |\n|---|---|\n| \(i) | ~~x~~ |\n\n[^n]: note \(i)\n"
        }
        let serial = docs.map { Markdown.render($0).html }
        let parallel = await withTaskGroup(of: (Int, String).self) { group in
            for (i, d) in docs.enumerated() { group.addTask { (i, Markdown.render(d).html) } }
            var out = [String](repeating: "", count: docs.count)
            for await (i, html) in group { out[i] = html }
            return out
        }
        let differing = docs.indices.filter { parallel[$0] != serial[$0] }
        #expect(differing.isEmpty, "documents rendered differently in parallel: \(differing.prefix(10))")
        #expect(serial.allSatisfy { $0.contains("<del>struck</del>") && $0.contains("<a href=\"http://www.example") })
    }
}
