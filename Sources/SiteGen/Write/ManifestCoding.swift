/// The manifest's file format: length-prefixed little-endian fields after a magic number.
///
/// Not JSON: a 1,000-briefing manifest holds ~17 MB of HTML, which Foundation's JSON coders took
/// seconds to read and write; this format is a copy each way. Every read is bounds-checked, so a
/// truncated or foreign file decodes to nil (a full build), never to wrong values.
struct ManifestWriter {
    private(set) var bytes: [UInt8]

    /// A writer that starts with the magic number; `part` writers make pieces for `append(part:)`.
    init(part: Bool = false) {
        bytes = part ? [] : Array("SGM\u{1}".utf8)
    }

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Length, then the UTF-8 copied in one piece (per-character appends made a 167 MB manifest take 1.3 s).
    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A writer that starts with another file's magic number.
    init(magic: String) {
        bytes = Array(magic.utf8)
    }

    /// Appends a piece written by a `part` writer, so pieces can be encoded in parallel.
    mutating func append(part: [UInt8]) { bytes.append(contentsOf: part) }

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// A count, then each number in four little-endian bytes.
    mutating func int32s(_ values: [Int32]) {
        int(values.count)
        for v in values { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    }

    /// Writes `value` over the eight bytes at `offset` of `bytes`, as `int` wrote them.
    static func patch(_ bytes: inout [UInt8], at offset: Int, _ value: Int) {
        var v = UInt64(bitPattern: Int64(value))
        for i in 0..<8 {
            bytes[offset + i] = UInt8(truncatingIfNeeded: v)
            v >>= 8
        }
    }
}

/// Reads what `ManifestWriter` wrote; every accessor returns nil past the end or on a bad value.
struct ManifestReader {
    private let bytes: [UInt8]
    private var offset = 0

    /// Starts after the magic number; nil when the file does not start with `magic`.
    init?(_ bytes: [UInt8], magic: String = "SGM\u{1}") {
        guard bytes.starts(with: Array(magic.utf8)) else { return nil }
        self.bytes = bytes
        offset = magic.utf8.count
    }

    var atEnd: Bool { offset == bytes.count }
    /// Bytes read so far, magic number included.
    var position: Int { offset }

    mutating func int() -> Int? {
        guard offset + 8 <= bytes.count else { return nil }
        var value: UInt64 = 0
        for i in (0..<8).reversed() { value = value << 8 | UInt64(bytes[offset + i]) }
        offset += 8
        return Int(Int64(bitPattern: value))
    }

    /// A count or length: never negative, never more than the bytes left.
    mutating func count() -> Int? {
        guard let n = int(), n >= 0, n <= bytes.count - offset else { return nil }
        return n
    }

    mutating func string() -> String? {
        guard let n = count() else { return nil }
        defer { offset += n }
        return String(validating: bytes[offset..<(offset + n)], as: UTF8.self)
    }

    /// Goes to `position` (one `position` gave); false when it is outside the bytes.
    mutating func seek(to position: Int) -> Bool {
        guard position >= 0, position <= bytes.count else { return false }
        offset = position
        return true
    }

    /// A string's bytes, without making a `String` of them.
    mutating func stringBytes() -> ArraySlice<UInt8>? {
        guard let n = count() else { return nil }
        defer { offset += n }
        return bytes[offset..<(offset + n)]
    }

    /// What `int32s` wrote.
    mutating func int32s() -> [Int32]? {
        guard let n = int(), n >= 0, n <= (bytes.count - offset) / 4 else { return nil }
        var values = [Int32](repeating: 0, count: n)
        for k in 0..<n {
            let at = offset + 4 * k
            values[k] = Int32(bitPattern: UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24)
        }
        offset += 4 * n
        return values
    }

    mutating func bool() -> Bool? {
        guard offset < bytes.count, bytes[offset] <= 1 else { return nil }
        defer { offset += 1 }
        return bytes[offset] == 1
    }
}
