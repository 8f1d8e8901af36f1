import Foundation
import Testing
@testable import SiteGen

/// The rendered-Markdown store grows by appends, survives a cut-off write and sheds dead entries.
@Suite struct MarkdownStoreTests {
    typealias Workspace = IncrementalBuildTests.Workspace

    func size(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : -1
    }

    func edit(_ w: Workspace, _ n: Int, words: Int = 1) throws {
        let body = String(repeating: "Body number \(n). ", count: words)
        try FileIOTestSupport.write(w.article("russia-2021.md"),
                                    "---\ntitle: Russia Ties in 2021\ndate: 2021-11-02\ntopics: [russia]\nsummary: S.\n---\n\n\(body)\n")
    }

    @Test func anEditAppendsEntriesAndRewritesNothing() throws {
        let w = try Workspace()
        let store = w.manifest + ".markdown"
        _ = try build(w.options())
        let before = try FileIO.disk.read(store)
        let inode = IncrementalBuildTests().inode(store)
        try edit(w, 1)
        #expect(try build(w.options()).cache.markdownRendered == 1)
        #expect(IncrementalBuildTests().inode(store) == inode, "appended in place")
        let after = try FileIO.disk.read(store)
        #expect(after.count > before.count && after.starts(with: before), "entries added after the old ones: \(before.count) -> \(after.count)")
        #expect(MarkdownStore.read(store).framed.count == 4, "three live and the old version of the edited one")
    }

    @Test func aWriteCutShortLosesOnlyTheCutDocument() throws {
        let w = try Workspace()
        let store = w.manifest + ".markdown"
        _ = try build(w.options())
        let bytes = try FileIO.disk.read(store)
        try OutputWriter.writeFile(store, Array(bytes.dropLast(5)))
        #expect(MarkdownStore.read(store).framed.count == 2)
        let result = try build(w.options())
        #expect(result.cache.markdownRendered == 1 && result.cache.warnings.isEmpty)
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
        #expect(MarkdownStore.read(store).framed.count == 3, "the damaged file was rewritten whole")
    }

    @Test func deadDocumentsAreDroppedOnceTheyOutweighTheLiveOnes() throws {
        let w = try Workspace()
        let store = w.manifest + ".markdown"
        _ = try build(w.options())
        var counts: [Int] = []
        for n in 1...12 {
            try edit(w, n, words: 500)
            _ = try build(w.options())
            counts.append(MarkdownStore.read(store).framed.count)
        }
        #expect(counts.max()! < 12, "compacted along the way: \(counts)")
        #expect(counts.contains(3), "a rewrite keeps only the live documents: \(counts)")
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
    }

    @Test func aDamagedHTMLInTheStoreCostsAFullBuildNotAWrongPage() throws {
        let w = try Workspace()
        let store = w.manifest + ".markdown"
        _ = try build(w.options())
        // Briefings' HTML is in the store only where no page gives it back: put all three there.
        let documents = try #require(Manifest.read(w.manifest).0).markdown
        #expect(documents.count == 3)
        try MarkdownStore().save(documents.mapValues { _ in .made(.inline) }, document: { documents[$0]! }, to: store)
        var bytes = try FileIO.disk.read(store)
        // The HTML is read only when a page needs it: damage every briefing's, then edit one, so the
        // feeds need the others' HTML from the store.
        let paragraphs = bytes.indices.filter { bytes[$0...].starts(with: Array("<p id=".utf8)) }
        #expect(paragraphs.count >= 3)
        for at in paragraphs { bytes[at + 1] = UInt8(ascii: "q") }
        try OutputWriter.writeFile(store, bytes)
        try edit(w, 1)
        let result = try build(w.options())
        #expect(result.wrote && result.cache.markdownRendered == 3, "rendered everything again: \(result.cache)")
        #expect(result.cache.warnings.contains { $0.contains("changed while it was read; built everything again") },
                "\(result.cache.warnings)")
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
    }
}
