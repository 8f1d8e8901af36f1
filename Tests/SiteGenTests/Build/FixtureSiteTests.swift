import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SiteGen

/// The fixture mini-site end to end: golden pages, determinism, sub-path links, and a failed build keeping the old site.
@Suite struct FixtureSiteTests {
    @Test func matchesGoldenFiles() throws {
        let (result, out) = try buildFixture()
        #expect(result.wrote, "\(result.diagnostics)")
        Snapshot.assertTree(TestPaths.tree(out), named: "fixture-site")
    }

    @Test func writesEveryPageType() throws {
        let (result, out) = try buildFixture()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let files = Set(TestPaths.tree(out).keys)
        for expected in ["index.html", "404.html", "sitemap.xml", "robots.txt", "feed.xml", "articles/index.html",
                         "articles/page/2/index.html", "articles/sco-membership/index.html", "topics/sco/index.html",
                         "authors/amina-qureshi/index.html"] {
            #expect(files.contains(expected), "missing \(expected)")
        }
        #expect(!files.contains("articles/undated-draft/index.html"), "drafts stay out of a build")
        #expect(files.contains { $0.hasPrefix("css/site.") && $0.hasSuffix(".css") && $0 != "css/site.css" })
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let (_, first) = try buildFixture()
        let (_, second) = try buildFixture()
        #expect(TestPaths.tree(first) == TestPaths.tree(second))
    }

    @Test func everyInternalLinkCarriesTheSubPath() throws {
        let (_, out) = try buildFixture()
        for (path, bytes) in TestPaths.tree(out) where path.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(!html.contains("href=\"/articles") && !html.contains("href=\"/topics") && !html.contains("href=\"/css"),
                    "\(path) has a link outside /portal/")
        }
    }

    @Test func aBrokenArticleLeavesThePreviousOutputIntact() throws {
        let (_, out) = try buildFixture()
        let before = TestPaths.tree(out)
        let root = TestPaths.temporaryFolder()
        try FileManager.default.copyItem(atPath: TestPaths.fixtureSite, toPath: root + "/site")
        try Data("---\ntitle: Broken\ndate: not a date\n---\n".utf8).write(to: URL(fileURLWithPath: root + "/site/content/articles/broken.md"))
        let (result, _) = try buildFixture(root: root + "/site", output: out)
        #expect(!result.wrote)
        #expect(result.diagnostics.map(\.description).contains {
            $0.hasPrefix("content/articles/broken.md:3: error: cannot read `date: not a date`")
        })
        #expect(TestPaths.tree(out) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (out as NSString).deletingLastPathComponent)
        #expect(leftovers == ["output"], "no staging folder is left behind")
    }

    @Test func aBrokenLinkFoundAfterPagesWereStagedLeavesThePreviousOutputIntact() throws {
        let (_, out) = try buildFixture()
        let before = TestPaths.tree(out)
        let root = TestPaths.temporaryFolder()
        try FileManager.default.copyItem(atPath: TestPaths.fixtureSite, toPath: root + "/site")
        try Data("---\ntitle: Broken Link\ndate: 2020-01-01\n---\n\n[gone](/articles/gone/)\n".utf8)
            .write(to: URL(fileURLWithPath: root + "/site/content/articles/broken.md"))
        let (result, _) = try buildFixture(root: root + "/site", output: out)
        #expect(!result.wrote && result.diagnostics.contains { $0.path == "content/articles/broken.md" })
        #expect(result.files.contains { $0.path == "articles/broken/index.html" && !$0.bytes.isEmpty },
                "a failed build still returns its pages, read back before the staging folder went")
        #expect(TestPaths.tree(out) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (out as NSString).deletingLastPathComponent)
        #expect(leftovers == ["output"], "the staged briefing pages were removed")
    }

    @Test func foldersOfKilledBuildsAreRemovedAndLiveOnesKept() throws {
        let root = TestPaths.temporaryFolder()
        let out = root + "/output"
        // PIDs past the kernel's limit cannot be running; the test's own PID is.
        for leftover in ["output.staging-99999999", "output.old-99999998", "output.search-99999997",
                         "output.staging-\(getpid() == 1 ? 2 : 1)", "output.staging-x"] {
            try FileManager.default.createDirectory(atPath: root + "/" + leftover + "/articles", withIntermediateDirectories: true)
        }
        let (result, _) = try buildFixture(output: out)
        #expect(result.wrote)
        let left = try FileManager.default.contentsOfDirectory(atPath: root).sorted()
        #expect(left == ["output", "output.staging-1", "output.staging-x"], "\(left)")
    }

    @Test func theSwappedOutOutputIsGoneWhenTheBuildReturns() throws {
        let root = TestPaths.temporaryFolder()
        let out = root + "/output"
        _ = try buildFixture(output: out)
        // A stale page two levels down: the old tree's deeper folders are removed in parallel (`OldOutput`).
        try FileManager.default.createDirectory(atPath: out + "/articles/gone/deeper", withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: URL(fileURLWithPath: out + "/articles/gone/deeper/index.html"))
        try Data("stale".utf8).write(to: URL(fileURLWithPath: out + "/stale.txt"))
        let (result, _) = try buildFixture(output: out)
        #expect(result.wrote)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["output"], "the old output is removed before the build returns")
        let files = TestPaths.tree(out).keys
        #expect(!files.contains("stale.txt") && !files.contains("articles/gone/deeper/index.html"))
        #expect(files.contains("articles/index.html"))
    }

    @Test func baseURLCanBeOverridden() throws {
        let (_, out) = try buildFixture(baseURL: "http://127.0.0.1:8000/")
        let home = String(decoding: TestPaths.tree(out)["index.html"]!, as: UTF8.self)
        #expect(home.contains("href=\"/articles/\""))
        #expect(home.contains("<link rel=\"canonical\" href=\"http://127.0.0.1:8000/\">"))
    }

    @Test func atomFeedIsWellFormedWithRequiredElements() throws {
        let (_, out) = try buildFixture()
        let data = Data(TestPaths.tree(out)["feed.xml"]!)
        let doc = try XMLDocument(data: data)
        let root = try #require(doc.rootElement())
        #expect(root.name == "feed")
        for name in ["id", "title", "updated", "author"] { #expect(root.elements(forName: name).count == 1, "feed needs <\(name)>") }
        let entries = root.elements(forName: "entry")
        #expect(entries.count == 3)
        for entry in entries {
            for name in ["id", "title", "updated", "link"] { #expect(!entry.elements(forName: name).isEmpty, "entry needs <\(name)>") }
        }
    }
}
