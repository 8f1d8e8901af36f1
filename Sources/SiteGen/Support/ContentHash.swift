/// A fast 128-bit content hash for cache keys and change detection, never for security.
///
/// Two lanes of the xxHash64 construction (Yann Collet's published algorithm) with different seeds,
/// reading eight bytes at a time. SHA-256 keyed every briefing's Markdown and page fingerprint and took
/// a third of a 10,000-briefing edit rebuild; this runs at memory speed. Among 10^5 keys the chance of
/// any collision is about 2^-95.
enum ContentHash {
    /// The hash of `bytes` as 32 lower-case hexadecimal digits.
    static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
        let (a, b) = lanes(bytes)
        // Sixteen zero-padded lower-case digits per lane, so every key has the same length.
        return String(unsafeUninitializedCapacity: 32) { out in
            for d in 0..<32 {
                let nibble = UInt8(truncatingIfNeeded: (d < 16 ? a : b) >> UInt64(60 - 4 * (d & 15))) & 0xF
                out[d] = nibble < 10 ? 48 + nibble : 87 + nibble
            }
            return 32
        }
    }

    /// The two lanes' xxHash64 (seeds 0 and `secondSeed`) in one pass over `b`: a build hashes every
    /// page it writes, and two passes read 250 MB twice at 10,000 briefings.
    static func lanes(_ b: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        let n = b.count
        guard n >= 32 else { return (xxh64(b, seed: 0), xxh64(b, seed: secondSeed)) }
        let s = secondSeed
        var a1 = p1 &+ p2, a2 = p2, a3: UInt64 = 0, a4 = 0 &- p1
        var b1 = s &+ p1 &+ p2, b2 = s &+ p2, b3 = s, b4 = s &- p1
        var i = 0
        while i + 32 <= n {
            let w1 = b.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
            let w2 = b.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self).littleEndian
            let w3 = b.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self).littleEndian
            let w4 = b.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self).littleEndian
            (a1, a2, a3, a4) = (round(a1, w1), round(a2, w2), round(a3, w3), round(a4, w4))
            (b1, b2, b3, b4) = (round(b1, w1), round(b2, w2), round(b3, w3), round(b4, w4))
            i += 32
        }
        let tail = UnsafeRawBufferPointer(rebasing: b[i...])
        return (finish(converged(a1, a2, a3, a4), tail: tail, length: n), finish(converged(b1, b2, b3, b4), tail: tail, length: n))
    }

    private static let secondSeed: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// What an input file's bytes hash to, as the edit base records it (`InputHashes`); never 0, which
    /// stands for a file whose bytes the build did not see.
    static func file(_ bytes: [UInt8]) -> Int {
        nonZero(bytes.withUnsafeBytes { xxh64($0, seed: 0) })
    }

    /// What an output file's bytes hash to, as the edit base's rows record it: the first lane of `hex`,
    /// so a page's `contentHash` gives it without the bytes (`page(hex:)`); never 0, which stands for not known.
    static func page(_ bytes: [UInt8]) -> Int {
        nonZero(bytes.withUnsafeBytes { lanes($0).0 })
    }

    /// `page` of the bytes whose `hex` is `hex`; 0 when `hex` is not one.
    static func page(hex: String) -> Int {
        guard hex.utf8.count == 32, let lane = UInt64(hex.prefix(16), radix: 16) else { return 0 }
        return nonZero(lane)
    }

    private static func nonZero(_ h: UInt64) -> Int { h == 0 ? 1 : Int(bitPattern: UInt(h)) }

    /// The hash of a byte array.
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { hex($0) }
    }

    /// The hash of a string's UTF-8.
    static func hex(_ text: String) -> String {
        var text = text
        return text.withUTF8 { hex(UnsafeRawBufferPointer($0)) }
    }

    private static let p1: UInt64 = 11_400_714_785_074_694_791
    private static let p2: UInt64 = 14_029_467_366_897_019_727
    private static let p3: UInt64 = 1_609_587_929_392_839_161
    private static let p4: UInt64 = 9_650_029_242_287_828_579
    private static let p5: UInt64 = 2_870_177_450_012_600_261

    @inline(__always) private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

    @inline(__always) private static func round(_ acc: UInt64, _ input: UInt64) -> UInt64 {
        rotl(acc &+ input &* p2, 31) &* p1
    }

    @inline(__always) private static func merge(_ acc: UInt64, _ value: UInt64) -> UInt64 {
        (acc ^ round(0, value)) &* p1 &+ p4
    }

    /// xxHash64 of `b` with `seed`.
    static func xxh64(_ b: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        let n = b.count
        var i = 0
        var h: UInt64
        if n >= 32 {
            var v1 = seed &+ p1 &+ p2, v2 = seed &+ p2, v3 = seed, v4 = seed &- p1
            while i + 32 <= n {
                v1 = round(v1, b.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
                v2 = round(v2, b.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self).littleEndian)
                v3 = round(v3, b.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self).littleEndian)
                v4 = round(v4, b.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self).littleEndian)
                i += 32
            }
            h = converged(v1, v2, v3, v4)
        } else {
            h = seed &+ p5
        }
        return finish(h, tail: UnsafeRawBufferPointer(rebasing: b[i...]), length: n)
    }

    /// The four accumulators of the 32-byte stripes merged into one.
    @inline(__always) private static func converged(_ v1: UInt64, _ v2: UInt64, _ v3: UInt64, _ v4: UInt64) -> UInt64 {
        let h = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
        return merge(merge(merge(merge(h, v1), v2), v3), v4)
    }

    /// The hash so far `h` with the `length` and the last bytes (`tail`, under 32) mixed in, avalanched.
    private static func finish(_ start: UInt64, tail b: UnsafeRawBufferPointer, length: Int) -> UInt64 {
        let n = b.count
        var i = 0
        var h = start &+ UInt64(length)
        while i + 8 <= n {
            h ^= round(0, b.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
            h = rotl(h, 27) &* p1 &+ p4
            i += 8
        }
        if i + 4 <= n {
            h ^= UInt64(b.loadUnaligned(fromByteOffset: i, as: UInt32.self).littleEndian) &* p1
            h = rotl(h, 23) &* p2 &+ p3
            i += 4
        }
        while i < n {
            h ^= UInt64(b[i]) &* p5
            h = rotl(h, 11) &* p1
            i += 1
        }
        h ^= h >> 33
        h = h &* p2
        h ^= h >> 29
        h = h &* p3
        h ^= h >> 32
        return h
    }

}
