import Foundation
import Testing
@testable import SiteGen

/// Briefing files whose identity is recorded are taken from the load records unread; any change to a
/// file, a recent file, or a missing body sends the build back to the file.
@Suite struct LoadRecordsTests {
    typealias Workspace = IncrementalBuildTests.Workspace

    func options(_ w: Workspace) -> BuildOptions { w.optionsRecordingFreshFiles() }

    var recordsPath: (Workspace) -> String { { $0.manifest + ".articles" } }

    /// Rewrites the recorded title of `path`, to show whether a build used the record.
    func poison(_ w: Workspace, _ path: String, title: String) throws {
        var records = LoadRecords.read(recordsPath(w))
        var record = try #require(records.records[path])
        record.article?.title = title
        records.records[path] = record
        try records.write(to: recordsPath(w))
    }

    @Test func anUnchangedFileIsTakenFromItsRecord() throws {
        let w = try Workspace()
        _ = try build(options(w))
        #expect(LoadRecords.read(recordsPath(w)).records.count == 4, "every briefing file, the draft too")
        try poison(w, "content/articles/sco-membership.md", title: "Recorded Title")
        try FileIOTestSupport.write(w.article("russia-2021.md"),
                                    "---\ntitle: Russia Ties in 2021\ndate: 2021-11-02\ntopics: [russia]\nsummary: S.\n---\n\nNew.\n")
        _ = try build(options(w))
        let page = String(decoding: TestPaths.tree(w.output)["articles/sco-membership/index.html"]!, as: UTF8.self)
        #expect(page.contains("Recorded Title"), "the record was used, the file not read")
    }

    @Test func aChangedFileIsReadAgain() throws {
        let w = try Workspace()
        _ = try build(options(w))
        try poison(w, "content/articles/sco-membership.md", title: "Recorded Title")
        let path = w.article("sco-membership.md")
        // File times come from a clock that ticks every few milliseconds: step past the recorded tick
        // (in a real build the racy window does this).
        usleep(50_000)
        try FileIOTestSupport.write(path, String(decoding: try FileIO.disk.read(path), as: UTF8.self))
        _ = try build(options(w))
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1, "a rewritten file is a changed file, even with the same bytes")
    }

    @Test func recentFilesAreNotRecorded() throws {
        let w = try Workspace()
        _ = try build(w.options())
        #expect(LoadRecords.read(recordsPath(w)).records.isEmpty, "the fixture was copied within the racy window")
    }

    @Test func aBodyTheStoreLacksIsReadFromItsFile() throws {
        let w = try Workspace()
        _ = try build(options(w))
        unlink(w.manifest + ".markdown")
        try FileIOTestSupport.write(w.article("russia-2021.md"),
                                    "---\ntitle: Russia Ties in 2021\ndate: 2021-11-02\ntopics: [russia]\nsummary: S.\n---\n\nNew.\n")
        let result = try build(options(w))
        #expect(result.cache.markdownRendered == 3)
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
    }

    @Test func recordedProblemsAreReportedAgain() throws {
        let w = try Workspace()
        try FileIOTestSupport.write(w.article("odd.md"), "---\ntitle: Odd\ndate: 2020-01-01\ncategory: x\n---\n\nBody.\n")
        let first = try build(options(w))
        try FileIOTestSupport.write(w.article("russia-2021.md"),
                                    "---\ntitle: Russia Ties in 2021\ndate: 2021-11-02\ntopics: [russia]\nsummary: S.\n---\n\nNew.\n")
        let second = try build(options(w))
        #expect(first.diagnostics.contains { $0.path == "content/articles/odd.md" && $0.message.contains("unknown key `category`") })
        #expect(second.diagnostics == first.diagnostics)
    }

    @Test func aDamagedRecordsFileIsIgnored() throws {
        let w = try Workspace()
        _ = try build(options(w))
        let bytes = try FileIO.disk.read(recordsPath(w))
        try OutputWriter.writeFile(recordsPath(w), Array(bytes.dropLast(3)))
        #expect(LoadRecords.read(recordsPath(w)).records.isEmpty)
        try FileIOTestSupport.write(w.article("russia-2021.md"),
                                    "---\ntitle: Russia Ties in 2021\ndate: 2021-11-02\ntopics: [russia]\nsummary: S.\n---\n\nNew.\n")
        _ = try build(options(w))
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
        #expect(LoadRecords.read(recordsPath(w)).records.count == 4, "written whole again")
    }

    @Test func aBodyReadAgainIsKeyedByWhatWasRendered() throws {
        let w = try Workspace()
        let (loaded, _) = ContentLoader.load(root: w.site, options: LoadOptions(now: 1_900_000_000))
        var site = try #require(loaded)
        let i = try #require(site.articles.firstIndex { $0.path == "content/articles/russia-2021.md" })
        // As if taken from a record, then edited on disk before its Markdown was needed.
        site.articles[i].body = ""
        try FileIOTestSupport.write(w.article("russia-2021.md"),
                                    "---\ntitle: Russia Ties in 2021\ndate: 2021-11-02\ntopics: [russia]\nsummary: S.\n---\n\nEdited since.\n")
        var cache = MarkdownCache(BuildOptions(root: w.site, output: w.output, search: false))
        let (documents, keys) = cache.documents(&site)
        #expect(documents[i].html.contains("Edited since."))
        #expect(keys[i] == MarkdownCache.key(site.articles[i], configText: String(reflecting: site.config)))
        #expect(site.articles[i].bodyHash == ContentHash.hex(ContentLoader.body(of: site.articles[i], root: w.site)),
                "the key is that of the body rendered, not of the body loaded")
    }

    /// The stamp's scan of a file, or of a link to one, gives the identity a record keeps; a dangling link
    /// gives none. Were the two spelt differently, no record would ever match.
    @Test func theStampsScanGivesTheIdentityOfARegularFile() throws {
        let w = try Workspace()
        let path = "content/articles/sco-membership.md"
        #expect(symlink(w.article("sco-membership.md"), w.article("linked.md")) == 0)
        let scanned = Dictionary(BuildStamp.scan(root: w.site).files.map { ($0.path, $0.identity) }, uniquingKeysWith: { a, _ in a })
        let entry = try #require(scanned[path])
        let regular = try #require(LoadRecords.identity(regular: entry))
        let looked = try #require(LoadRecords.identity(join(w.site, path)))
        #expect(regular.identity == looked.identity)
        #expect(regular.newestNanos == looked.newestNanos)
        let link = try #require(scanned["content/articles/linked.md"])
        #expect(LoadRecords.identity(regular: link)?.identity == looked.identity, "a link stands for its file")
        #expect(symlink(w.article("gone.md"), w.article("dangling.md")) == 0)
        let dangling = try #require(BuildStamp.scan(root: w.site).files.first { $0.path == "content/articles/dangling.md" })
        #expect(LoadRecords.identity(regular: dangling.identity) == nil)
    }

    /// A briefing file the stamp saw unchanged is taken from its record without being looked up again.
    @Test func theLoadTakesTheIdentitiesTheStampSaw() throws {
        let w = try Workspace()
        _ = try build(options(w))
        let path = "content/articles/sco-membership.md"
        try poison(w, path, title: "Recorded Title")
        let recorded = try #require(LoadRecords.read(recordsPath(w)).records[path]).identity.split(separator: " ").compactMap { Int($0) }
        try #require(recorded.count == 5)
        // Changed on disk after the scan: the build describes the inputs as the scan saw them.
        usleep(50_000)
        try FileIOTestSupport.write(w.article("sco-membership.md"), "---\ntitle: Changed Since\ndate: 2024-01-01\n---\n\nBody.\n")
        var use = ContentLoader.RecordsUse(path: recordsPath(w), trust: true, racyWindowNanos: 0, writes: nil, readOnly: true)
        use.known[path] = BuildStamp.InputIdentity(fields: (recorded[0], recorded[1], recorded[2], recorded[3], recorded[4]))
        let (articles, _, _) = ContentLoader.loadArticles(root: w.site, io: .disk, records: use)
        #expect(articles.first { $0.path == path }?.title == "Recorded Title")
        use.known = [:]
        let (again, _, _) = ContentLoader.loadArticles(root: w.site, io: .disk, records: use)
        #expect(again.first { $0.path == path }?.title == "Changed Since", "without the scan the file is looked up")
    }

    /// A file written again with its own bytes (a checkout, a copy) is read and hashed, not decoded:
    /// its record serves, and is kept under the new identity.
    @Test func aFileTouchedButUnchangedIsTakenFromItsRecordByItsHash() throws {
        let w = try Workspace()
        _ = try build(options(w))
        let path = "content/articles/sco-membership.md"
        try poison(w, path, title: "Recorded Title")
        let bytes = try readWholeFile(w.article("sco-membership.md"))
        try FileIOTestSupport.write(w.article("sco-membership.md") + ".new", String(decoding: bytes, as: UTF8.self))
        #expect(rename(w.article("sco-membership.md") + ".new", w.article("sco-membership.md")) == 0)
        let use = ContentLoader.RecordsUse(path: recordsPath(w), trust: true, racyWindowNanos: 0, writes: nil)
        let (articles, _, hashes) = ContentLoader.loadArticles(root: w.site, io: .disk, records: use)
        #expect(articles.first { $0.path == path }?.title == "Recorded Title")
        #expect(hashes[path] == ContentHash.file(bytes))
        let identity = try #require(LoadRecords.identity(w.article("sco-membership.md"))).identity
        #expect(LoadRecords.read(recordsPath(w)).records[path]?.identity == identity, "kept under its new identity")
    }

    /// Records taken over unchanged are written again from the bytes they were read from: the file is
    /// the one encoding every record gives.
    @Test func recordsTakenOverAreWrittenAsTheirEncoding() throws {
        let w = try Workspace()
        _ = try build(options(w))
        try FileIOTestSupport.write(w.article("added.md"), "---\ntitle: Added\ndate: 2024-02-02\ntopics: [russia]\n---\n\nNew.\n")
        _ = try build(options(w))
        let written = try FileIO.disk.read(recordsPath(w))
        var encoded = LoadRecords.read(recordsPath(w))
        #expect(encoded.records.count == 5)
        // Setting a field lets the record's old bytes go, so `write` encodes every record.
        for key in encoded.records.keys { encoded.records[key]?.identity += "" }
        let again = TestPaths.temporaryFolder("records") + "/records"
        try encoded.write(to: again)
        #expect(try FileIO.disk.read(again) == written)
    }
}
