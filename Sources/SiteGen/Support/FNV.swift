/// FNV-1a, 64 bits: a fast fingerprint for checking that bytes are the ones recorded, where SHA-256's
/// cost over hundreds of megabytes would show (Pagefind's cache key, reused pages).
struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Mixes bytes into the hash.
    mutating func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for b in bytes { value = (value ^ UInt64(b)) &* 0x100_0000_01b3 }
    }

    /// Mixes raw bytes.
    mutating func mix(_ bytes: UnsafeRawBufferPointer) {
        var v = value
        for b in bytes { v = (v ^ UInt64(b)) &* 0x100_0000_01b3 }
        value = v
    }

    /// Mixes a contiguous buffer, without going through a generic sequence.
    mutating func mix(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            var v = value
            for b in buffer { v = (v ^ UInt64(b)) &* 0x100_0000_01b3 }
            value = v
        }
    }

    /// Lower-case hexadecimal.
    var hex: String { String(value, radix: 16) }

    /// The hash of `bytes` in hexadecimal.
    static func hex(_ bytes: [UInt8]) -> String {
        var h = FNV1a64()
        h.mix(bytes)
        return h.hex
    }
}
