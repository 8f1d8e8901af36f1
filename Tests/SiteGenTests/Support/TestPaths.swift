import Foundation
@testable import SiteGen

/// Where the test fixtures and snapshots live, found from this file's path so tests run from any folder.
enum TestPaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures").path
    static let snapshots = testsFolder.appendingPathComponent("Snapshots").path
    static let fixtureSite = fixtures + "/site"
    static let repositoryRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent().path

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder(_ name: String = #function) -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "sitegen-tests-\(safe)-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every regular file under a folder with its bytes, keyed by relative path.
    static func tree(_ folder: String) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for rel in (try? FileIO.disk.listFiles(folder)) ?? [] {
            out[rel] = (try? FileIO.disk.read(folder + "/" + rel)) ?? []
        }
        return out
    }
}

/// Builds the fixture site (or another root) into a temporary folder; without search unless asked, so pages do not depend on the tools installed.
func buildFixture(root: String = TestPaths.fixtureSite, output: String? = nil, load: LoadOptions = LoadOptions(now: 1_900_000_000),
                  baseURL: String? = nil, search: Bool = false) throws -> (BuildResult, String) {
    let out = output ?? TestPaths.temporaryFolder() + "/output"
    let result = try build(BuildOptions(root: root, output: out, load: load, baseURL: baseURL, search: search))
    return (result, out)
}
