import Foundation
import Testing

/// Golden files: compares a generated tree with `Snapshots/<name>/`; `RECORD_SNAPSHOTS=1` re-records it.
enum Snapshot {
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Every file must match its golden copy, and no golden file may be missing from the tree.
    static func assertTree(_ tree: [String: [UInt8]], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let folder = TestPaths.snapshots + "/" + name
        if recording {
            try? FileManager.default.removeItem(atPath: folder)
            for (path, bytes) in tree {
                let url = URL(fileURLWithPath: folder + "/" + path)
                try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? Data(bytes).write(to: url)
            }
            return
        }
        let golden = TestPaths.tree(folder)
        #expect(!golden.isEmpty, "no snapshot \(name); run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
        #expect(Set(tree.keys) == Set(golden.keys), "files differ from snapshot \(name)", sourceLocation: sourceLocation)
        for (path, bytes) in tree.sorted(by: { $0.key < $1.key }) {
            guard let expected = golden[path], expected != bytes else { continue }
            let got = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let want = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            Issue.record("\(path) differs from snapshot \(name) at line \(line + 1):\n  got:  \(line < got.count ? got[line] : "<end>")\n  want: \(line < want.count ? want[line] : "<end>")\n(re-record with RECORD_SNAPSHOTS=1 if the change is intended)", sourceLocation: sourceLocation)
        }
    }
}
