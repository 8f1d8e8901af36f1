import Foundation
import Testing
@testable import SiteGen

/// The executable's build ID names the SiteGen that made an output (`BuildStamp.executableIdentity`).
@Suite struct BuildIDTests {
    @Test func aCopyOfTheExecutableHasItsBuildID() throws {
        let own = try #require(BuildID.of("/proc/self/exe"), "the test binary is linked with a build ID")
        #expect(own.count == 40, "GNU ld's default is a SHA-1: \(own)")
        let copy = TestPaths.temporaryFolder() + "/copy"
        try FileManager.default.copyItem(atPath: "/proc/self/exe", toPath: copy)
        #expect(BuildID.of(copy) == own)
        #expect(BuildStamp.executableIdentity == "build-id " + own)
    }

    @Test func notesAreWalkedToTheGNUBuildIDNote() {
        func note(_ name: String, type: UInt32, _ desc: [UInt8]) -> [UInt8] {
            func word(_ v: UInt32) -> [UInt8] { withUnsafeBytes(of: v.littleEndian) { Array($0) } }
            let n = Array(name.utf8) + [0]
            let pad = { (b: [UInt8]) in b + [UInt8](repeating: 0, count: (4 - b.count % 4) % 4) }
            return word(UInt32(n.count)) + word(UInt32(desc.count)) + word(type) + pad(n) + pad(desc)
        }
        let notes = note("GNU", type: 1, [0, 0, 0, 0]) + note("Go", type: 3, [9]) + note("GNU", type: 3, [0xC6, 0x78, 0x00, 0xFA, 0xB3])
        #expect(BuildID.buildID(inNotes: notes) == "c67800fab3")
        #expect(BuildID.buildID(inNotes: Array(notes.dropLast(4))) == nil, "a cut note")
    }

    @Test func aFileThatIsNotELFHasNone() throws {
        let path = TestPaths.temporaryFolder() + "/script.sh"
        try FileIOTestSupport.write(path, "#!/bin/sh\necho hello\n")
        #expect(BuildID.of(path) == nil)
        #expect(BuildID.of(path + ".missing") == nil)
    }
}
