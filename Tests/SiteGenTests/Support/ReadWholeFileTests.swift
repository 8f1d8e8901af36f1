import Foundation
import Testing
@testable import SiteGen

/// `readWholeFile` reads into uninitialised memory sized from `fstat`: every size must come back whole.
@Suite struct ReadWholeFileTests {
    @Test(arguments: [0, 1, 4095, 4096, 65_536, 65_537, 1_000_003])
    func readsEveryByte(size: Int) throws {
        let path = NSTemporaryDirectory() + "sitegen-read-\(getpid())-\(size)"
        defer { unlink(path) }
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(try readWholeFile(path) == bytes)
    }

    @Test func aMissingFileThrows() {
        #expect(throws: (any Error).self) { try readWholeFile("/nonexistent/sitegen/file") }
    }
}
