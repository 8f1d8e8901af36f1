import Foundation
import Testing
@testable import SiteGen

/// `sitegen check`: one broken fixture per kind of problem (`Fixtures/check-*`, laid over the fixture site).
@Suite struct SiteCheckTests {
    /// The fixture site with `Fixtures/<overlay>` copied over it.
    static func site(overlay: String?) throws -> String {
        let base = TestPaths.temporaryFolder("check")
        try FileIOTestSupport.copyFixture(to: base)
        if let overlay {
            let from = TestPaths.fixtures + "/" + overlay
            for rel in try FileIO.disk.listFiles(from) {
                let target = base + "/site/" + rel
                try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: from + "/" + rel, toPath: target)
            }
        }
        return base + "/site"
    }

    static func check(_ root: String, external: Bool = false) throws -> BuildResult {
        try checkSite(BuildOptions(root: root, load: LoadOptions(now: 1_900_000_000)),
                      checks: SiteCheckOptions(external: external, timeout: 3))
    }

    @Test func theFixtureSitePassesWithOneWarning() throws {
        let result = try Self.check(Self.site(overlay: nil))
        #expect(result.diagnostics.map(\.description) == [
            "content/articles/trade-corridors.md:1: warning: no `summary:`; lists and feeds show the first paragraph instead. Write a one-sentence summary",
        ])
        #expect(!result.wrote)
    }

    @Test func checkWritesNothing() throws {
        let root = try Self.site(overlay: nil)
        let before = TestPaths.tree(root)
        let result = try Self.check(root)
        #expect(TestPaths.tree(root) == before)
        // Nor does it hold the pages: each was scanned as it was made.
        #expect(result.files.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: root + "/output"))
    }

    @Test func checkReadsTheBuildCacheWritesNoneOfItAndSeesEditsSinceTheBuild() throws {
        let root = try Self.site(overlay: nil)
        let cache = root + "/.sitegen-cache"
        var options = BuildOptions(root: root, output: TestPaths.temporaryFolder("check-out") + "/output",
                                   load: LoadOptions(now: 1_900_000_000), manifest: cache + "/build.manifest", search: false)
        options.racyWindowNanos = 0
        #expect(try build(options).wrote)
        // By hash, so that a failure names the files rather than printing their bytes.
        // `check` keeps only its own scans there (`ScanCache`).
        let hashes = { TestPaths.tree(cache).filter { !$0.key.hasSuffix(".scans") }.mapValues { ContentHash.hex($0) } }
        let cached = hashes()
        #expect(!cached.isEmpty)
        let checks = SiteCheckOptions(external: false, timeout: 3)
        let first = try checkSite(options, checks: checks)
        #expect(first.cache.markdownReused == first.articleCount && first.cache.markdownRendered == 0)
        // The build's pages, unchanged in its output, are scanned there instead of rendered again.
        #expect(first.cache.pagesReused == first.articleCount)
        #expect(first.diagnostics.filter { $0.severity == .error }.isEmpty)

        // A link broken after the build is found: the edited briefing is read and rendered again.
        let edited = root + "/content/articles/trade-corridors.md"
        try (String(contentsOfFile: edited, encoding: .utf8) + "\nSee [the plan](/portal/articles/no-such-plan/).\n")
            .write(toFile: edited, atomically: false, encoding: .utf8)
        let second = try checkSite(options, checks: checks)
        #expect(second.cache.markdownRendered == 1)
        #expect(second.cache.pagesReused < second.articleCount)
        #expect(second.diagnostics.contains { $0.description.contains("broken link `/portal/articles/no-such-plan/`") })
        #expect(hashes() == cached)
    }

    /// The fixture built into its own output with the build cache, then checked once.
    func builtAndChecked() throws -> (root: String, options: BuildOptions, checks: SiteCheckOptions, first: BuildResult) {
        let root = try Self.site(overlay: nil)
        let options = Self.buildOptions(root, search: false)
        #expect(try build(options).wrote)
        let checks = SiteCheckOptions(external: false, timeout: 3)
        return (root, options, checks, try checkSite(options, checks: checks))
    }

    /// A second `check` takes the scans of the pages unchanged in the output from the first, finds
    /// what it found, and scans again the pages a later build changed.
    @Test func checkTakesTheScansOfUnchangedPagesFromTheLastCheck() throws {
        let (root, options, checks, first) = try builtAndChecked()
        #expect(first.cache.scansReused == 0)
        let scans = root + "/.sitegen-cache/build.manifest.scans"
        #expect(FileManager.default.fileExists(atPath: scans))
        let second = try checkSite(options, checks: checks)
        #expect(second.cache.scansReused > 0)
        #expect(second.cache.scansReused == first.cache.pagesReused + first.cache.listingPagesReused)
        #expect(second.diagnostics == first.diagnostics)

        // A new heading in one briefing and a link to it from a new one, built into the output: the
        // page is written again, the build's records give it back to `check` with its new identity,
        // and it is scanned again. Its old scan has no such id: taken from the cache, it would make
        // the new briefing's link broken.
        let edited = root + "/content/articles/trade-corridors.md"
        try (String(contentsOfFile: edited, encoding: .utf8) + "\n## A Later Part\n\nMore on the routes.\n")
            .write(toFile: edited, atomically: false, encoding: .utf8)
        try FileIOTestSupport.write(root + "/content/articles/added-note.md", """
            ---
            title: An Added Note
            date: 2020-01-05
            summary: "A note added with the edit."
            topics: [trade]
            ---

            See [the later part](/portal/articles/trade-corridors/#a-later-part).

            """)
        let rebuilt = try build(options)
        #expect(rebuilt.wrote, "\(rebuilt.diagnostics)")
        let third = try checkSite(options, checks: checks)
        #expect(third.cache.pagesReused == rebuilt.articleCount, "\(third.cache)")
        #expect(third.cache.scansReused > 0 && third.cache.scansReused < second.cache.scansReused)
        #expect(third.diagnostics == first.diagnostics)
        // A check that reads no cache finds the same.
        try FileManager.default.removeItem(atPath: scans)
        #expect(try checkSite(options, checks: checks).diagnostics == third.diagnostics)
        // A damaged cache is read as none.
        try FileIOTestSupport.write(scans, "SGK damaged")
        let fourth = try checkSite(options, checks: checks)
        #expect(fourth.cache.scansReused == 0 && fourth.diagnostics == third.diagnostics)
    }

    /// An output copied away and back (a CI cache) keeps its scans: they are kept by the pages' bytes.
    @Test func checkTakesTheScansOfARestoredOutputByItsPagesBytes() throws {
        let (_, options, checks, first) = try builtAndChecked()
        try FileManager.default.copyItem(atPath: options.output, toPath: options.output + ".cached")
        try FileManager.default.removeItem(atPath: options.output)
        try FileManager.default.moveItem(atPath: options.output + ".cached", toPath: options.output)
        #expect(try build(options).wrote)
        let second = try checkSite(options, checks: checks)
        #expect(second.cache.scansReused == first.cache.pagesReused + first.cache.listingPagesReused, "\(second.cache)")
        #expect(second.cache.scansReused > 0 && second.diagnostics == first.diagnostics)
    }

    /// Options that build the fixture into its own output, with the build cache `check` reads.
    static func buildOptions(_ root: String, search: Bool) -> BuildOptions {
        var options = BuildOptions(root: root, output: TestPaths.temporaryFolder("check-out") + "/output",
                                   load: LoadOptions(now: 1_900_000_000), manifest: root + "/.sitegen-cache/build.manifest", search: search)
        options.racyWindowNanos = 0
        return options
    }

    @Test(.enabled(if: SearchIndexTests.pagefind != nil || ExternalTool.required, "Pagefind is not installed (pip install pagefind-bin)"))
    func checkAfterABuildWithSearchScansItsPagesAndItsSearchPage() throws {
        let root = try Self.site(overlay: nil)
        let options = Self.buildOptions(root, search: true)
        #expect(try build(options).wrote)
        #expect(FileManager.default.fileExists(atPath: options.output + "/pagefind/pagefind-ui.css"))
        let result = try checkSite(options, checks: SiteCheckOptions(external: false, timeout: 3))
        // The pages carry the search box as the build made them, so none is rendered again.
        #expect(result.cache.pagesReused == result.articleCount, "\(result.cache)")
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
    }

    @Test func theSearchPageIsCheckedAgainstTheBundleTheBuildLeft() throws {
        let root = try Self.site(overlay: nil)
        var options = Self.buildOptions(root, search: false)
        #expect(try build(options).wrote)
        // `check`, as the command runs it, looks for the search a build made.
        options.search = true
        let checks = SiteCheckOptions(external: false, timeout: 3)
        let before = try checkSite(options, checks: checks)
        #expect(before.diagnostics.filter { $0.severity == .error }.isEmpty && before.cache.pagesReused == before.articleCount)
        // A bundle with its script but not its stylesheet: `check` now makes the search page, and finds the gap.
        try FileManager.default.createDirectory(atPath: options.output + "/pagefind", withIntermediateDirectories: true)
        try FileIOTestSupport.write(options.output + "/pagefind/pagefind-ui.js", "// bundle\n")
        let result = try checkSite(options, checks: checks)
        #expect(result.diagnostics.map(\.description).contains {
            $0.hasPrefix("output/search/index.html:") && $0.contains("broken link `/portal/pagefind/pagefind-ui.css`")
        }, "\(result.diagnostics)")
    }

    @Test(arguments: [
        ("check-broken-link", "content/articles/broken-link.md:10: error: broken link `/portal/articles/no-such-briefing/`"),
        ("check-broken-anchor", "content/articles/broken-anchor.md:10: error: broken anchor `/portal/articles/sco-membership/#no-such-heading`"),
        ("check-missing-image", "content/articles/missing-image.md:8: error: broken link `/portal/images/corridor-map.png`"),
        ("check-image-without-alt", "content/articles/image-without-alt.md:10: error: image `/map.svg` has no alt text"),
        ("check-orphan", "output/about.html:1: error: page about.html is not linked from any page reachable from the home page"),
        ("check-duplicate-title", "content/articles/duplicate-title.md:2: error: title \"Trade Corridors and Russia\" is also used by content/articles/trade-corridors.md"),
        ("check-duplicate-title", "content/articles/trade-corridors.md:2: error: title \"Trade Corridors and Russia\" is also used by content/articles/duplicate-title.md"),
        ("check-no-summary-no-topic", "content/articles/bare.md:1: warning: no `summary:`"),
        ("check-no-summary-no-topic", "content/articles/bare.md:1: warning: no `topics:`"),
    ])
    func eachBrokenFixtureReportsItsProblem(_ fixture: String, _ expected: String) throws {
        let result = try Self.check(Self.site(overlay: fixture))
        let lines = result.diagnostics.map(\.description)
        #expect(lines.contains { $0.hasPrefix(expected) }, "\(fixture): \(lines)")
        let fails = expected.contains(": error: ")
        #expect(result.diagnostics.failsBuild() == fails)
    }

    @Test func everyProblemIsReportedNotJustTheFirst() throws {
        let root = try Self.site(overlay: "check-broken-link")
        for overlay in ["check-broken-anchor", "check-orphan"] {
            let from = TestPaths.fixtures + "/" + overlay
            for rel in try FileIO.disk.listFiles(from) {
                let target = root + "/" + rel
                try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: from + "/" + rel, toPath: target)
            }
        }
        let errors = try Self.check(root).diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 3, "\(errors)")
    }

    @Test func jsonReportCarriesEveryDiagnostic() throws {
        let result = try Self.check(Self.site(overlay: "check-no-summary-no-topic"))
        let json = CheckReport.json(result.diagnostics)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let object = try #require(parsed as? [String: Any])
        #expect(object["errors"] as? Int == 0)
        #expect(object["warnings"] as? Int == result.diagnostics.count)
        let entries = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(entries.contains { $0["path"] as? String == "content/articles/bare.md" && $0["line"] as? Int == 1
                && $0["severity"] as? String == "warning" })
        #expect(!json.contains("\n"), "one line, so it can travel in an event stream")
    }

    @Test func externalLinksAreCheckedOnlyWhenAsked() throws {
        // A loopback server stands in for the outside world: one page exists, one is gone.
        let served = TestPaths.temporaryFolder("external")
        try FileIOTestSupport.write(served + "/present.html", "<p>here</p>")
        let server = try HTTPServer(host: "127.0.0.1", port: 0)
        server.start(handler: { .response(StaticSite.respond($0, root: served)) }, adopt: { close($0) })
        defer { server.stop() }
        // Only this briefing: the fixture's own external links must not reach for the network.
        let root = try Self.site(overlay: nil)
        for name in try FileManager.default.contentsOfDirectory(atPath: root + "/content/articles") {
            try FileManager.default.removeItem(atPath: root + "/content/articles/" + name)
        }
        let origin = "http://127.0.0.1:\(server.port)"
        try FileIOTestSupport.write(root + "/content/articles/external.md", """
            ---
            title: Links Out
            date: 2022-01-05
            topics: [trade]
            summary: Links to pages elsewhere.
            ---

            See [a live page](\(origin)/present.html).

            And [a dead one](\(origin)/gone.html).
            """)
        let offline = try Self.check(root)
        #expect(!offline.diagnostics.contains { $0.message.contains("external link") })
        let online = try Self.check(root, external: true)
        let external = online.diagnostics.filter { $0.message.contains("external link") }.map(\.description)
        #expect(!external.contains { $0.contains("example.org") }, "links to the site itself are not requested")
        #expect(external == ["content/articles/external.md:10: error: external link `\(origin)/gone.html` is gone (HTTP 404); update or remove it"])
    }
}
