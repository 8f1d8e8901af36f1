import Glibc

/// Whether bytes are well-formed UTF-8, checked at close to memory speed.
///
/// cmark-gfm's HTML became a Swift `String` through `String(cString:)`, whose validation falls to a
/// scalar-by-scalar path at the first non-ASCII byte; with smart punctuation nearly every briefing has
/// one, and that validation was 4 % of a 10,000-briefing build's instructions. This skips eight ASCII
/// bytes at a time and checks each multi-byte sequence by the table of RFC 3629, section 4.
enum UTF8Check {
    /// True when `b` is well-formed: no stray continuation bytes, overlong forms, surrogates, or values above U+10FFFF.
    static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        let n = b.count
        var i = 0
        while i < n {
            while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let c = b[i]
            if c < 0x80 {
                i += 1
            } else if c < 0xC2 {
                return false
            } else if c < 0xE0 {
                guard i + 1 < n, isContinuation(b[i + 1]) else { return false }
                i += 2
            } else if c < 0xF0 {
                guard i + 2 < n else { return false }
                let second = b[i + 1]
                let low: UInt8 = c == 0xE0 ? 0xA0 : 0x80, high: UInt8 = c == 0xED ? 0x9F : 0xBF
                guard second >= low, second <= high, isContinuation(b[i + 2]) else { return false }
                i += 3
            } else if c < 0xF5 {
                guard i + 3 < n else { return false }
                let second = b[i + 1]
                let low: UInt8 = c == 0xF0 ? 0x90 : 0x80, high: UInt8 = c == 0xF4 ? 0x8F : 0xBF
                guard second >= low, second <= high, isContinuation(b[i + 2]), isContinuation(b[i + 3]) else { return false }
                i += 4
            } else {
                return false
            }
        }
        return true
    }

    /// The bytes of a NUL-terminated C string, as UTF-8: copied as they are when well-formed, repaired
    /// (each bad sequence becomes U+FFFD, as `String(cString:)` does) otherwise.
    static func bytes(ofCString cString: UnsafePointer<CChar>) -> [UInt8] {
        let buffer = UnsafeBufferPointer(start: UnsafeRawPointer(cString).assumingMemoryBound(to: UInt8.self), count: strlen(cString))
        return isValid(buffer) ? Array(buffer) : Array(String(decoding: buffer, as: UTF8.self).utf8)
    }

    @inline(__always) private static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
}
