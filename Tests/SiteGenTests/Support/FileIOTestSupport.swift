import Foundation

/// Small helpers for tests that need a writable copy of the fixture site.
enum FileIOTestSupport {
    /// Copies the fixture site to `folder/site`.
    static func copyFixture(to folder: String) throws {
        try FileManager.default.copyItem(atPath: TestPaths.fixtureSite, toPath: folder + "/site")
    }

    /// Writes text to a file.
    static func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
