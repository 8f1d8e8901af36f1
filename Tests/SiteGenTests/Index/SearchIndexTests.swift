import Foundation
import Testing
@testable import SiteGen

/// Pagefind over the fixture site: the index holds the briefings' words, and the output stays deterministic.
@Suite(.serialized) struct SearchIndexTests {
    static let pagefind = SearchIndex.locate()

    @Test(.enabled(if: pagefind != nil || ExternalTool.required, "Pagefind is not installed (pip install pagefind-bin)"))
    func searchIndexHoldsTheBriefingsWords() throws {
        #expect(Self.pagefind != nil, "Pagefind missing")
        let (result, out) = try buildFixture(search: true)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let tree = TestPaths.tree(out)
        for path in ["pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css", "pagefind/pagefind-entry.json", "search/index.html"] {
            #expect(tree[path] != nil, "missing \(path)")
        }
        let fragments = tree.filter { $0.key.hasPrefix("pagefind/fragment/") }
        #expect(fragments.count == 3, "one fragment per briefing")
        let gzip = try #require(ExternalTool.find("gzip"))
        let text = try fragments.keys.sorted().map { try ExternalTool.run(gzip, ["-dc", out + "/" + $0]).output }.joined()
        #expect(text.contains("Zarb-e-Azb"))
        #expect(text.contains("\"topic\":[\"SCO\",\"Russia\"]"), "topics are search filters")
        #expect(text.contains("\"year\":[\"2022\"]"), "the year is a search filter")

        let home = String(decoding: tree["index.html"]!, as: UTF8.self)
        #expect(home.contains("<form class=\"site-search\" role=\"search\" action=\"/portal/search/\""))
        let article = String(decoding: tree["articles/sco-membership/index.html"]!, as: UTF8.self)
        #expect(article.contains("<article class=\"briefing\" data-pagefind-body>\n<span data-pagefind-filter=\"topic:SCO\"></span><span data-pagefind-filter=\"topic:Russia\"></span><span data-pagefind-filter=\"year:2022\"></span>"))
        let search = String(decoding: tree["search/index.html"]!, as: UTF8.self)
        #expect(search.contains("<noscript>") && search.contains("href=\"/portal/topics/\""))
        #expect(!search.contains("src=\"http") && !search.contains("stylesheet\" href=\"http"), "search loads nothing from elsewhere")

        // Pagefind 1.5 writes filter values in hash-map order, so its filter file (and the meta and entry files
        // that name it by hash) can differ between runs; everything else, its word index included, is byte-identical.
        let (_, again) = try buildFixture(search: true)
        let unstable = { (path: String) in
            path.hasPrefix("pagefind/filter/") || path.hasSuffix(".pf_meta") || path == "pagefind/pagefind-entry.json"
        }
        #expect(TestPaths.tree(again).filter { !unstable($0.key) } == tree.filter { !unstable($0.key) })
    }

    /// With the bundle cache (as `sitegen build` uses it), two builds of the same input are identical, search included.
    @Test(.enabled(if: pagefind != nil || ExternalTool.required, "Pagefind is not installed (pip install pagefind-bin)"))
    func cachedBundleMakesBuildsByteIdentical() throws {
        let cache = TestPaths.temporaryFolder() + "/search-cache"
        let first = TestPaths.temporaryFolder() + "/output"
        let second = TestPaths.temporaryFolder() + "/output"
        for out in [first, second] {
            let result = try build(BuildOptions(root: TestPaths.fixtureSite, output: out, load: LoadOptions(now: 1_900_000_000),
                                                search: true, searchCache: cache))
            #expect(result.wrote, "\(result.diagnostics)")
        }
        let tree = TestPaths.tree(first)
        #expect(tree.keys.contains { $0.hasPrefix("pagefind/filter/") })
        #expect(TestPaths.tree(second) == tree)
    }

    @Test func pagefindCanBeNamedByTheEnvironment() {
        #expect(SearchIndex.locate(environment: ["PAGEFIND": "/opt/pagefind"]) == SearchIndex(command: ["/opt/pagefind"]))
        #expect(SearchIndex.missingWarning.severity == .warning)
    }

    @Test func theBundleKeyIsTheSameForPagesReusedFromTheLastOutput() throws {
        let folder = TestPaths.temporaryFolder()
        let page = OutputFile(path: "a/index.html", text: "<p>Same</p>")
        try FileManager.default.createDirectory(atPath: folder + "/a", withIntermediateDirectories: true)
        try FileIOTestSupport.write(folder + "/a/index.html", "<p>Same</p>")
        let reused = OutputFile(path: "a/index.html", reusedFrom: folder, hash: page.contentHash)
        let css = OutputFile(path: "site.css", text: "p {}")
        #expect(SearchCache.key([page, css]) == SearchCache.key([reused, css]))
        #expect(try reused.contents() == page.bytes)
        #expect(SearchCache.key([page]) != SearchCache.key([OutputFile(path: "a/index.html", text: "<p>Other</p>")]))
    }

    @Test func aRememberedPagefindIsUsedWithoutStartingPython() throws {
        let memo = TestPaths.temporaryFolder() + "/search-pagefind"
        try FileIOTestSupport.write(memo, "/bin/true\n")
        #expect(SearchIndex.locate(environment: ["PATH": "/nonexistent"], remembering: memo) == SearchIndex(command: ["/bin/true"]))
        #expect(SearchIndex.locate(environment: ["PAGEFIND": "/opt/pf"], remembering: memo) == SearchIndex(command: ["/opt/pf"]),
                "the environment still comes first")
    }
}
