import Foundation
import Testing
@testable import SiteGen

/// `runImport` against an in-memory folder: copies, writes, idempotence, and never clobbering edits.
@Suite("Import run")
struct ImportRunTests {
    /// A folder in memory; the lock makes the closures safe to share.
    final class Memory: @unchecked Sendable {
        private let lock = NSLock()
        private var store: [String: [UInt8]]
        init(_ files: [String: String]) { store = files.mapValues { Array($0.utf8) } }
        subscript(path: String) -> String? {
            get { lock.withLock { store[path].map { String(decoding: $0, as: UTF8.self) } } }
            set { lock.withLock { store[path] = newValue.map { Array($0.utf8) } } }
        }

        var files: ImportFiles {
            ImportFiles(
                read: { path in try self.lock.withLock { guard let b = self.store[path] else { throw CocoaError(.fileReadNoSuchFile) }; return b } },
                write: { path, bytes in self.lock.withLock { self.store[path] = bytes } },
                exists: { path in self.lock.withLock { self.store[path] != nil || self.store.keys.contains { $0.hasPrefix(path + "/") } } },
                isDirectory: { path in self.lock.withLock { self.store.keys.contains { $0.hasPrefix(path + "/") } } },
                list: { path in self.lock.withLock { self.store.keys.filter { $0.hasPrefix(path + "/") }.map { String($0.dropFirst(path.count + 1)) } } })
        }
    }

    static let article = "Talks resume in Kabul\n\nJuly 8, 2025\n\n\(ImportFixtures.prose)\n"

    @Test func importsCopiesAndIsIdempotent() {
        let disk = Memory(["in/kabul.txt": Self.article, "in/notes.md": "not imported"])
        let run = runImport(paths: ["in"], root: "site", topics: [], files: disk.files)
        #expect(run.written == ["content/sources/kabul.txt", "content/articles/talks-resume-in-kabul.md"])
        #expect(disk["site/content/sources/kabul.txt"] == Self.article)
        #expect(disk["site/content/articles/talks-resume-in-kabul.md"]?.contains("date: 2025-07-08") == true)
        #expect(run.reports.map(\.status) == ["written"])
        let again = runImport(paths: ["site/content/sources/kabul.txt"], root: "site", topics: [], files: disk.files)
        #expect(again.written.isEmpty && !again.failed)
        #expect(again.reports.map(\.status) == ["unchanged"])
    }

    @Test func editedBriefingIsNotOverwrittenWithoutForce() {
        let disk = Memory(["in/kabul.txt": Self.article])
        _ = runImport(paths: ["in/kabul.txt"], root: "site", topics: [], files: disk.files)
        disk["site/content/articles/talks-resume-in-kabul.md"]! += "\nAn editor's note.\n"
        let blocked = runImport(paths: ["in/kabul.txt"], root: "site", topics: [], files: disk.files)
        #expect(blocked.failed)
        #expect(blocked.diagnostics.map(\.description) == ["content/articles/talks-resume-in-kabul.md:1: error: was edited since import; pass --force to overwrite"])
        #expect(disk["site/content/articles/talks-resume-in-kabul.md"]?.hasSuffix("An editor's note.\n") == true)
        let forced = runImport(paths: ["in/kabul.txt"], root: "site", topics: [], force: true, files: disk.files)
        #expect(!forced.failed && forced.written == ["content/articles/talks-resume-in-kabul.md"])
    }

    @Test func dryRunWritesNothing() {
        let disk = Memory(["in/kabul.txt": Self.article])
        let run = runImport(paths: ["in/kabul.txt"], root: "site", topics: [], dryRun: true, files: disk.files)
        #expect(run.written.isEmpty && run.reports.map(\.status) == ["would write"])
        #expect(disk["site/content/articles/talks-resume-in-kabul.md"] == nil)
    }

    @Test func rulesFileIsReadAndItsErrorsStopTheRun() {
        let disk = Memory(["in/kabul.txt": Self.article + "\nSponsored content\n", "site/content/import-rules.yml": "lines: [Sponsored content]"])
        let run = runImport(paths: ["in/kabul.txt"], root: "site", topics: [], files: disk.files)
        #expect(run.reports.first?.dropped.map(\.text) == ["Sponsored content"])
        disk["site/content/import-rules.yml"] = "lines: [unclosed"
        let broken = runImport(paths: ["in/kabul.txt"], root: "site", topics: [], files: disk.files)
        #expect(broken.failed && broken.reports.isEmpty)
    }

    @Test func missingInputsAndBinaryFilesAreErrors() {
        let disk = Memory(["in/image.txt": "\u{0}\u{1}PNG"])
        let run = runImport(paths: ["in/image.txt", "in/missing.txt"], root: "site", topics: [], files: disk.files)
        #expect(run.failed && run.written.isEmpty)
        #expect(run.diagnostics.count == 2)
    }
}
