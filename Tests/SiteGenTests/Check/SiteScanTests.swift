import Testing
@testable import SiteGen

/// `check` scans each page once, numbering its links and ids, and resolves links against the scan.
@Suite struct SiteScanTests {
    static func page(_ path: String, _ html: String) -> OutputFile { OutputFile(path: path, text: html) }

    static let files = [
        page("index.html", ##"<a href="/portal/articles/a/">a</a> <a href="/portal/css/site.css">css</a> <a href="https://example.org/">x</a>"##),
        page("articles/a/index.html", ##"<p id="fnref-1"><a href="#fn-1">1</a></p><li id="fn-1"><a href="#fnref-1">back</a></li><a href="/portal/">home</a><a href="/portal/">again</a>"##),
        page("articles/b/index.html", ##"<a href="#fn-1">1</a><a href="../a/#fn-1">a's note</a><a href="/portal/articles/a/#gone">x</a><a href="/portal/nowhere/">y</a><img src="/m.png">"##),
        OutputFile(path: "css/site.css", text: "body{}"),
    ]

    static func outcomes(_ scan: SiteScan, on path: String) -> [String: SiteScan.Outcome] {
        let i = scan.paths.firstIndex(of: path)!
        var found: [String: SiteScan.Outcome] = [:]
        for link in scan.pages[i].links { found[scan.strings[link]] = scan.outcome(link, onPage: i) }
        return found
    }

    static func isPage(_ outcome: SiteScan.Outcome?, _ index: Int) -> Bool {
        if case .page(let i) = outcome { return i == index }
        return false
    }

    static func problem(_ outcome: SiteScan.Outcome?) -> String? {
        if case .broken(let problem) = outcome { return problem }
        return nil
    }

    @Test func eachStringIsStoredOnceAndEachPageListsALinkOnce() {
        let scan = SiteScan(Self.files, scanned: nil, basePath: "/portal/")
        #expect(scan.strings.strings.count == Set(scan.strings.strings).count)
        let a = scan.paths.firstIndex(of: "articles/a/index.html")!
        #expect(scan.pages[a].links.map { scan.strings[$0] } == ["#fn-1", "#fnref-1", "/portal/"])
        // "#fn-1" is a link on two pages and an id on one: one string.
        #expect(scan.strings.strings.filter { $0 == "#fn-1" }.count == 1)
    }

    @Test func linksResolveFromTheirOwnPage() {
        let scan = SiteScan(Self.files, scanned: nil, basePath: "/portal/")
        let a = scan.paths.firstIndex(of: "articles/a/index.html")!
        let home = Self.outcomes(scan, on: "index.html")
        #expect(Self.isPage(home["/portal/articles/a/"], a))
        if case .elsewhere = home["/portal/css/site.css"] {} else { Issue.record("the stylesheet is a file, not a page") }
        if case .elsewhere = home["https://example.org/"] {} else { Issue.record("external links are not followed") }
        #expect(Self.isPage(Self.outcomes(scan, on: "articles/a/index.html")["#fn-1"], a))

        let b = Self.outcomes(scan, on: "articles/b/index.html")
        // The same `#fn-1` that resolves on a's page is broken on b's, which has no such id.
        #expect(Self.problem(b["#fn-1"])?.contains("articles/b/index.html has no element with id \"fn-1\"") == true)
        #expect(Self.isPage(b["../a/#fn-1"], a))
        #expect(Self.problem(b["/portal/articles/a/#gone"])?.contains("has no element with id \"gone\"") == true)
        #expect(Self.problem(b["/portal/nowhere/"])?.contains("the site has no page nowhere/index.html") == true)
        #expect(scan.pages[scan.paths.firstIndex(of: "articles/b/index.html")!].imagesWithoutAlt == ["/m.png"])
    }

    @Test func pagesScannedAsTheyAreMadeKeepTheirScanNotTheirBytes() throws {
        let scanner = PageScanner()
        var kept = try Self.files.map { try scanner.put($0) }
        let pages = kept.filter { $0.path.hasSuffix(".html") }
        #expect(pages.allSatisfy { $0.bytes.isEmpty })
        #expect(kept.first { $0.path == "css/site.css" }?.bytes == Array("body{}".utf8))
        // A page the sink never saw (a feed's HTML sibling, say) is scanned from its bytes.
        kept.append(Self.page("about.html", ##"<a href="/portal/articles/b/">b</a>"##))
        let scan = SiteScan(kept, scanned: scanner, basePath: "/portal/")
        let direct = SiteScan(Self.files + [Self.page("about.html", ##"<a href="/portal/articles/b/">b</a>"##)], scanned: nil, basePath: "/portal/")
        #expect(scan.paths == direct.paths)
        for (mine, theirs) in zip(scan.pages, direct.pages) {
            #expect(mine.links.map { scan.strings[$0] } == theirs.links.map { direct.strings[$0] })
            #expect(Set(mine.ids.map { scan.strings[$0] }) == Set(theirs.ids.map { direct.strings[$0] }))
        }
    }
}
