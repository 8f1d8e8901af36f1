import Foundation
import Testing
@testable import SiteGen

/// Incremental builds patch the existing output: changed files move in, removed ones go, and a patch
/// cut short by a killed build is finished by the next build.
@Suite struct OutputPatchTests {
    typealias Workspace = IncrementalBuildTests.Workspace

    func inode(_ path: String) -> UInt {
        var st = stat()
        return lstat(path, &st) == 0 ? UInt(st.st_ino) : 0
    }

    /// Writes a file, making its folders.
    func put(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileIOTestSupport.write(path, text)
    }

    func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test func anIncrementalBuildPatchesTheOutputInPlace() throws {
        let w = try Workspace()
        _ = try build(w.options())
        let folder = inode(w.output)
        try FileManager.default.removeItem(atPath: w.article("russia-2021.md"))
        let result = try build(w.options())
        #expect(result.wrote)
        #expect(inode(w.output) == folder, "the output folder was patched, not replaced")
        #expect(!FileManager.default.fileExists(atPath: w.output + "/articles/russia-2021"), "the removed briefing's folder is gone")
        #expect(entries((w.output as NSString).deletingLastPathComponent).filter { $0.hasPrefix("output") } == ["output"])
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
    }

    @Test func aFolderAndAFileMayTradePlaces() throws {
        let root = TestPaths.temporaryFolder()
        let output = root + "/output", staging = root + "/output.staging-1"
        for path in ["a/index.html", "b", "keep.html"] {
            try put(output + "/" + path, "old " + path)
        }
        for path in ["a", "b/index.html"] { try put(staging + "/" + path, "new " + path) }
        try OutputPatch.apply(staging, to: output, keeping: ["a", "b/index.html", "keep.html"])
        #expect(TestPaths.tree(output).mapValues { String(decoding: $0, as: UTF8.self) }
            == ["a": "new a", "b/index.html": "new b/index.html", "keep.html": "old keep.html"])
        #expect(!FileManager.default.fileExists(atPath: staging))
    }

    @Test func aBuildNamesWhatItStagedAndAFileItMissedStillMovesIn() throws {
        let root = TestPaths.temporaryFolder()
        let output = root + "/output", staging = root + "/output.staging-1"
        for path in ["a/index.html", "b/index.html", "gone/index.html", "keep.html"] { try put(output + "/" + path, "old " + path) }
        for path in ["a/index.html", "b", "new/deep/index.html", "missed/index.html"] { try put(staging + "/" + path, "new " + path) }
        // The build names three of its four files and the folders it made; the fourth is found by a
        // walk, which must not remove again the folder `b` whose place a named file took.
        let staged = OutputPatch.Staged(files: ["a/index.html", "b", "new/deep/index.html"], folders: ["a", "new", "new/deep", "missed"])
        try OutputPatch.apply(staging, to: output, keeping: ["a/index.html", "b", "new/deep/index.html", "missed/index.html", "keep.html"],
                              staged: staged)
        #expect(TestPaths.tree(output).mapValues { String(decoding: $0, as: UTF8.self) }
            == ["a/index.html": "new a/index.html", "b": "new b", "new/deep/index.html": "new new/deep/index.html",
                "missed/index.html": "new missed/index.html", "keep.html": "old keep.html"])
        #expect(!FileManager.default.fileExists(atPath: staging))
    }

    @Test func filesAtEveryDepthAreRemovedOrKept() throws {
        let root = TestPaths.temporaryFolder()
        let output = root + "/output", staging = root + "/output.staging-1"
        // Folders two levels down are walked apart from the rest (`OutputPatch.apply`): put old files
        // above, at and below that depth, and a folder there where a file now goes.
        for path in ["top.html", "a/old.html", "a/b/keep.html", "a/b/old.html", "a/b/c/old.html", "a/b/c/d/old.html",
                     "a/e/old.html", "a/f/index.html", "g/h/i/keep.html"] {
            try put(output + "/" + path, "old " + path)
        }
        try put(staging + "/a/f", "new a/f")
        try OutputPatch.apply(staging, to: output, keeping: ["a/b/keep.html", "a/f", "g/h/i/keep.html"])
        #expect(TestPaths.tree(output).mapValues { String(decoding: $0, as: UTF8.self) }
            == ["a/b/keep.html": "old a/b/keep.html", "a/f": "new a/f", "g/h/i/keep.html": "old g/h/i/keep.html"])
        #expect(entries(output + "/a") == ["b", "f"], "emptied folders go too")
    }

    @Test func aPatchCutShortIsFinishedByTheNextBuild() throws {
        let root = TestPaths.temporaryFolder()
        let output = root + "/output"
        // A killed build (its PID past the kernel's limit) had removed nothing and moved one file of two.
        let staging = output + ".staging-99999999"
        for path in ["index.html", "gone/index.html", "changed.html"] { try put(output + "/" + path, "old") }
        try put(staging + "/" + OutputPatch.journal, "gone/index.html")
        try put(staging + "/added/index.html", "new")
        try put(output + "/changed.html", "new")
        Staging.removeAbandoned(beside: output)
        #expect(TestPaths.tree(output).mapValues { String(decoding: $0, as: UTF8.self) }
            == ["index.html": "old", "changed.html": "new", "added/index.html": "new"])
        #expect(entries(root) == ["output"])
    }
}
