import Foundation

/// The GNU build ID of an ELF executable: the hash of its contents the linker writes into a note.
///
/// The stamp, the edit base and the page fingerprints name the SiteGen that made the output, since a
/// rebuilt SiteGen may render differently. Its size, inode and times changed with every copy, so a CI
/// cache that restores the binary, or a build of the same sources, made every build after it a full
/// one; the build ID changes only with the bytes.
enum BuildID {
    /// The build ID of the ELF file at `path` in hex; nil when it has none or is not a 64-bit little-endian ELF file.
    static func of(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        func read(_ offset: Int, _ count: Int) -> [UInt8]? {
            guard count > 0, count <= 1 << 20 else { return nil }
            var bytes = [UInt8](repeating: 0, count: count)
            let got = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
            return got == count ? bytes : nil
        }
        guard let header = read(0, 64), header.starts(with: [0x7F, 0x45, 0x4C, 0x46]), header[4] == 2, header[5] == 1 else { return nil }
        let (phoff, phentsize, phnum) = (number(header, 0x20, 8), number(header, 0x36, 2), number(header, 0x38, 2))
        guard phentsize >= 56, let table = read(phoff, phentsize * phnum) else { return nil }
        for k in 0..<phnum {
            let at = k * phentsize
            // PT_NOTE segments hold the notes; the build ID is the one named "GNU" of type 3.
            guard number(table, at, 4) == 4, let notes = read(number(table, at + 8, 8), number(table, at + 32, 8)) else { continue }
            if let id = buildID(inNotes: notes) { return id }
        }
        return nil
    }

    /// The hex of the first `NT_GNU_BUILD_ID` note among `notes`.
    static func buildID(inNotes notes: [UInt8]) -> String? {
        var at = 0
        while at + 12 <= notes.count {
            let (nameSize, descSize, type) = (number(notes, at, 4), number(notes, at + 4, 4), number(notes, at + 8, 4))
            let name = at + 12
            let desc = name + (nameSize + 3) / 4 * 4
            let next = desc + (descSize + 3) / 4 * 4
            guard next <= notes.count else { return nil }
            if type == 3, nameSize == 4, notes[name..<(name + 4)].elementsEqual(Array("GNU\u{0}".utf8)), descSize > 0 {
                return notes[desc..<(desc + descSize)].map { String(format: "%02x", $0) }.joined()
            }
            at = next
        }
        return nil
    }

    /// The little-endian unsigned number of `width` bytes at `at`.
    private static func number(_ bytes: [UInt8], _ at: Int, _ width: Int) -> Int {
        guard at >= 0, at + width <= bytes.count else { return -1 }
        var value = 0
        for k in (0..<width).reversed() { value = value << 8 | Int(bytes[at + k]) }
        return value
    }
}
