import Testing
@testable import SiteGen

/// Internal links and anchors in generated pages resolve; broken ones point back at the Markdown line.
@Suite struct LinkCheckerTests {
    let paths: Set<String> = ["index.html", "articles/a/index.html", "css/site.1.css"]
    let ids: [String: Set<String>] = ["articles/a/index.html": ["p-1", "fn-1"], "index.html": ["main"]]

    func resolve(_ url: String, from page: String = "articles/a/index.html") -> String? {
        LinkChecker.resolve(url, from: page, basePath: "/portal/", paths: paths, ids: ids)
    }

    @Test func goodLinksResolve() {
        #expect(resolve("/portal/") == nil)
        #expect(resolve("/portal/articles/a/#p-1") == nil)
        #expect(resolve("#fn-1") == nil)
        #expect(resolve("/portal/css/site.1.css") == nil)
        #expect(resolve("../../index.html#main") == nil)
        #expect(resolve("https://example.org/x") == nil)
        #expect(resolve("mailto:a@b.c") == nil)
    }

    @Test func brokenLinksAreExplained() {
        #expect(resolve("/portal/articles/missing/")?.contains("the site has no page articles/missing/index.html") == true)
        #expect(resolve("#nowhere")?.contains("has no element with id \"nowhere\"") == true)
        #expect(resolve("/articles/a/")?.contains("outside the site's base path /portal/") == true)
        #expect(resolve("")?.contains("empty link target") == true)
    }

    @Test func aBrokenLinkInABriefingPointsAtItsMarkdownLine() throws {
        let root = TestPaths.temporaryFolder()
        try FileIOTestSupport.copyFixture(to: root)
        try FileIOTestSupport.write(root + "/site/content/articles/links.md",
                                    "---\ntitle: Links\ndate: 2024-01-01\n---\n\nFine.\n\nSee [gone](/articles/gone/) and [x](#nope).\n\n![](/portal/css/none.png)\n")
        let (result, _) = try buildFixture(root: root + "/site")
        let messages = result.diagnostics.map(\.description)
        #expect(!result.wrote)
        #expect(messages.contains { $0.hasPrefix("content/articles/links.md:8: error: broken link `/portal/articles/gone/`") })
        #expect(messages.contains { $0.hasPrefix("content/articles/links.md:8: error: broken anchor `#nope`") })
        #expect(messages.contains { $0.hasPrefix("content/articles/links.md:10: error: broken link `/portal/css/none.png`") })
        #expect(messages.contains { $0.hasPrefix("content/articles/links.md:10: error: image `/portal/css/none.png` has no alt text") })
    }

    @Test func goodLinksAndAnchorsInMarkdownPassTheBuild() throws {
        let root = TestPaths.temporaryFolder()
        try FileIOTestSupport.copyFixture(to: root)
        try FileIOTestSupport.write(root + "/site/content/articles/links.md", """
            ---
            title: Links
            date: 2024-01-01
            ---

            ## Where to look

            See [the Russia briefing](/articles/russia-2021/#p-1), [its heading](../russia-2021/#a-body-heading-written-as-h1),
            [this section](#where-to-look), [a paragraph](#p-1), [a note][^n] and [home](/#main).

            [^n]: A note, linked back from [here](#fnref-n) and [there](#fn-n).
            """)
        let (result, _) = try buildFixture(root: root + "/site")
        #expect(result.wrote, "\(result.diagnostics)")
        #expect(!result.diagnostics.contains { $0.path.hasSuffix("links.md") && $0.severity == .error })
    }

    @Test func buildAndCheckAgreeOnBrokenMarkdownLinks() throws {
        let root = TestPaths.temporaryFolder()
        try FileIOTestSupport.copyFixture(to: root)
        try FileIOTestSupport.write(root + "/site/content/articles/links.md",
                                    "---\ntitle: Links\ndate: 2024-01-01\n---\n\n[a](/articles/russia-2021/#p-99) [b](/topics/none/) [c](#top)\n")
        let options = BuildOptions(root: root + "/site", output: root + "/out", load: LoadOptions(now: 1_900_000_000), search: false)
        let built = try build(options).diagnostics.filter { $0.path.hasSuffix("links.md") }
        var checking = options
        checking.write = false
        checking.siteChecks = SiteCheckOptions()
        let checked = try build(checking).diagnostics.filter { $0.path.hasSuffix("links.md") && $0.severity == .error }
        #expect(built.count == 3)
        #expect(Set(built.map(\.description)) == Set(checked.map(\.description)))
    }

    @Test func pageIdsAreAttributesNeverText() {
        let page = Array(#"<h2 id="a-b">x</h2><p id="p-1">say id=&quot;fake&quot;</p><a id="a&amp;b">"#.utf8)
        #expect(PageIDs.find(in: page) == ["a-b", "p-1", "a&b"])
    }
}
