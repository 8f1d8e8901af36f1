import Foundation
import Testing
@testable import SiteGen

/// Incremental builds: the Markdown cache and kept files save work, and never change a byte of the site.
@Suite struct IncrementalBuildTests {
    /// A writable copy of the fixture site with its output and manifest beside it.
    struct Workspace {
        let site: String
        let output: String
        let manifest: String

        init(_ name: String = #function) throws {
            let base = TestPaths.temporaryFolder(name)
            try FileIOTestSupport.copyFixture(to: base)
            site = base + "/site"
            output = base + "/output"
            manifest = base + "/cache/manifest.json"
        }

        /// Options whose builds after the first are full incremental ones, the caches these tests look at.
        func options(clean: Bool = false) -> BuildOptions {
            var options = BuildOptions(root: site, output: output, load: LoadOptions(now: 1_900_000_000), manifest: manifest,
                                       clean: clean, search: false)
            options.editsInPlace = false
            return options
        }

        /// Options whose caches record the fixture's files however fresh they are (no racy window), with edits in place.
        func optionsRecordingFreshFiles(now: Int = 1_900_000_000) -> BuildOptions {
            var options = options()
            options.editsInPlace = true
            options.load.now = now
            options.racyWindowNanos = 0
            return options
        }

        /// A full build of the same content into a fresh folder, with no cache at all.
        func cleanBuild() throws -> (BuildResult, [String: [UInt8]]) {
            let out = TestPaths.temporaryFolder("clean") + "/output"
            let result = try build(BuildOptions(root: site, output: out, load: LoadOptions(now: 1_900_000_000), search: false))
            return (result, TestPaths.tree(out))
        }

        func article(_ name: String) -> String { site + "/content/articles/" + name }
    }

    func inode(_ path: String) -> UInt {
        var st = stat()
        return stat(path, &st) == 0 ? UInt(st.st_ino) : 0
    }

    @Test func anUnchangedSiteRendersNoMarkdownAndRewritesNoFile() throws {
        let w = try Workspace()
        let first = try build(w.options())
        #expect(first.cache.markdownRendered == 3 && first.cache.filesWritten == first.pageCount)
        let before = inode(w.output + "/index.html")
        let second = try build(w.options())
        #expect(second.cache.markdownReused == 3 && second.cache.markdownRendered == 0)
        #expect(second.cache.filesKept == second.pageCount && second.cache.filesWritten == 0)
        #expect(second.cache.pagesReused == 3, "no briefing page is assembled again")
        #expect(inode(w.output + "/index.html") == before, "an unchanged file keeps its inode")
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
    }

    @Test func oneChangedBriefingRendersOnlyItsMarkdown() throws {
        let w = try Workspace()
        _ = try build(w.options())
        let css = try #require(TestPaths.tree(w.output).keys.first { $0.hasPrefix("css/site.") })
        let cssInode = inode(w.output + "/" + css)
        try FileIOTestSupport.write(w.article("russia-2021.md"), "---\ntitle: Russia Ties in 2021\ndate: 2021-11-02\ntopics: [russia]\nsummary: An unsigned briefing.\n---\n\nA new body.\n")
        let result = try build(w.options())
        #expect(result.cache.markdownRendered == 1 && result.cache.markdownReused == 2)
        #expect(result.cache.pagesReused == 2, "only the edited briefing's page is assembled again")
        #expect(result.cache.filesWritten > 0 && result.cache.filesWritten < result.pageCount / 2,
                "only pages showing the briefing change: \(result.cache)")
        #expect(inode(w.output + "/" + css) == cssInode)
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
    }

    @Test func listingPagesThatDoNotShowAnEditedBriefingAreReused() throws {
        let w = try Workspace()
        let first = try build(w.options())
        #expect(first.cache.listingPagesReused == 0)
        let all = try build(w.options()).cache.listingPagesReused
        #expect(all >= 8, "list, author, topic and year pages of an unchanged site are all reused: \(all)")
        let path = w.article("russia-2021.md")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try FileIOTestSupport.write(path, text.replacingOccurrences(of: "title: Russia Ties in 2021", with: "title: Russia Ties, Revisited"))
        let edited = try build(w.options())
        #expect(edited.cache.listingPagesReused > 0 && edited.cache.listingPagesReused < all,
                "pages listing the retitled briefing are made again, the others reused: \(edited.cache.listingPagesReused) of \(all)")
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
    }

    @Test func cleanIgnoresTheCache() throws {
        let w = try Workspace()
        _ = try build(w.options())
        let result = try build(w.options(clean: true))
        #expect(result.cache.markdownRendered == 3 && result.cache.markdownReused == 0)
        #expect(result.cache.filesKept == 0, "--clean rewrites every file")
        #expect(result.cache.warnings.isEmpty)
    }

    @Test(arguments: ["{not json", "", "{\"format\":1}", "\u{0}\u{1}\u{2}"])
    func aDamagedManifestMeansAFullBuildWithAWarning(_ garbage: String) throws {
        let w = try Workspace()
        _ = try build(w.options())
        try FileIOTestSupport.write(w.manifest, garbage)
        let result = try build(w.options())
        #expect(result.wrote)
        #expect(result.cache.markdownRendered == 3)
        #expect(result.cache.warnings.count == 1 && result.cache.warnings[0].contains("damaged"))
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
        #expect(try build(w.options()).cache.warnings.isEmpty, "the next build has a good manifest again")
    }

    @Test func aManifestFromAnotherVersionIsNotTrusted() throws {
        let w = try Workspace()
        _ = try build(w.options())
        // Poison the cache: same keys, wrong HTML, another version. None of it may reach the site.
        var manifest = try #require(Manifest.read(w.manifest).0)
        #expect(manifest.markdown.count == 3)
        var stale = manifest.markdown
        for key in stale.keys { stale[key]!.html = DocumentHTML("<p>STALE</p>") }
        try MarkdownStore().save(stale.mapValues { _ in .made(.inline) }, document: { stale[$0]! }, to: w.manifest + ".markdown")
        manifest.version = "0.0.1"
        try manifest.write(to: w.manifest)
        let result = try build(w.options())
        #expect(result.cache.warnings.count == 1 && result.cache.warnings[0].contains("0.0.1"))
        #expect(result.cache.markdownRendered == 3)
        #expect(!TestPaths.tree(w.output).values.contains { String(decoding: $0, as: UTF8.self).contains("STALE") })
    }

    @Test func aTruncatedManifestIsDamagedNotHalfRead() throws {
        let w = try Workspace()
        _ = try build(w.options())
        let bytes = try FileIO.disk.read(w.manifest)
        #expect(Manifest(decoding: bytes) != nil)
        for cut in [1, 9, bytes.count / 2] { #expect(Manifest(decoding: Array(bytes.dropLast(cut))) == nil, "cut \(cut)") }
        #expect(Manifest(decoding: bytes + [0]) == nil, "trailing bytes")
    }

    @Test func aFileChangedInTheOutputByHandIsRewritten() throws {
        let w = try Workspace()
        _ = try build(w.options())
        try FileIOTestSupport.write(w.output + "/robots.txt", "tampered")
        _ = try build(w.options())
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
    }

    @Test func aBriefingPageChangedInTheOutputByHandIsAssembledAgain() throws {
        let w = try Workspace()
        _ = try build(w.options())
        try FileIOTestSupport.write(w.output + "/articles/russia-2021/index.html", "tampered")
        let result = try build(w.options())
        #expect(result.cache.pagesReused == 2)
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
    }

    @Test func pagesOfAnOutputCopiedAwayAndBackAreReusedByTheirBytes() throws {
        let w = try Workspace()
        _ = try build(w.options())
        // As a CI cache restores it: the same bytes, new inodes.
        try FileManager.default.copyItem(atPath: w.output, toPath: w.output + ".cached")
        try FileManager.default.removeItem(atPath: w.output)
        try FileManager.default.moveItem(atPath: w.output + ".cached", toPath: w.output)
        try FileIOTestSupport.write(w.output + "/articles/russia-2021/index.html", "tampered")
        let result = try build(w.options())
        #expect(result.cache.pagesReused == 2, "the tampered page is assembled again: \(result.cache)")
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
    }

    @Test func aPageReusedTwiceThenChangedByHandIsAssembledAgain() throws {
        let w = try Workspace()
        _ = try build(w.options())
        // A full build that reuses every briefing page records them with the identities it found.
        try FileIOTestSupport.write(w.output + "/robots.txt", "tampered")
        #expect(try build(w.options()).cache.pagesReused == 3)
        try FileIOTestSupport.write(w.output + "/articles/russia-2021/index.html", "tampered")
        let result = try build(w.options())
        #expect(result.cache.pagesReused == 2)
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
    }

    @Test func thePageCacheNotesTheIdentityOfEachPageItGivesBack() throws {
        let output = TestPaths.temporaryFolder()
        for folder in ["a", "b"] { try FileManager.default.createDirectory(atPath: output + "/" + folder, withIntermediateDirectories: true) }
        try FileIOTestSupport.write(output + "/a/index.html", "a page")
        try FileIOTestSupport.write(output + "/b/index.html", "b page")
        let a = try #require(PageCache.fileIdentity(output + "/a/index.html"))
        let cache = PageCache(previous: ["a/index.html": "fp1 h1 - " + a, "b/index.html": "fp2 h2 - 1 2 3.4"], output: output)
        #expect(cache.page("a/index.html", fingerprint: "fp1") != nil)
        #expect(cache.page("b/index.html", fingerprint: "fp2") == nil, "the file is not as recorded")
        #expect(cache.verified.all == ["a/index.html": a])
    }

    @Test func pagesAreReusedOnlyFromTheOutputTheyWereBuiltInto() throws {
        let w = try Workspace()
        _ = try build(w.options())
        var elsewhere = w.options()
        elsewhere.output = TestPaths.temporaryFolder() + "/other-output"
        let result = try build(elsewhere)
        #expect(result.cache.pagesReused == 0)
        #expect(TestPaths.tree(elsewhere.output) == (try w.cleanBuild()).1)
    }
}

/// A tripwire: a field added to `Article` may show on its page, so the page fingerprint must cover it.
@Test func pageFingerprintsKnowEveryArticleField() {
    let fields = Mirror(reflecting: Article(path: "p", slug: "s", title: "t", body: "").storage.value).children.compactMap(\.label)
    #expect(fields == ["path", "slug", "title", "date", "updated", "authors", "authorBio", "topics", "summary", "takeaways",
                       "draft", "source", "review", "body", "bodyHash", "bodyLine", "keyLines"],
            "a new Article field: add it to PageFingerprint.describe (Render/PageCache.swift) and Article.encode (Load/LoadRecords.swift), then here")
}
