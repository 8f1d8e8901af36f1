import Glibc

extension String {
    /// True when `needle` occurs in the text, compared byte by byte.
    ///
    /// Foundation's `contains(_:)` goes through CFString and showed up at the top of the profile of a
    /// 1,000-briefing build; this searches the UTF-8 bytes with `memchr` and `memcmp`.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                n.isEmpty || firstOffset(of: n, in: h, from: 0) != nil
            }
        }
    }

    /// True when `word` occurs with no ASCII letter or digit (nor any non-ASCII byte) glued to either side.
    func containsWholeWord(_ word: String) -> Bool {
        var haystack = self
        return haystack.withUTF8 { SiteGen.containsWholeWord(word, in: $0) }
    }
}

/// True when `word` occurs in `h` with no ASCII letter or digit (nor any non-ASCII byte) glued to either side.
func containsWholeWord(_ word: String, in h: UnsafeBufferPointer<UInt8>) -> Bool {
    var word = word
    return word.withUTF8 { w in
        guard !w.isEmpty else { return false }
        var offset = 0
        while let at = firstOffset(of: w, in: h, from: offset) {
            let end = at + w.count
            if (at == 0 || !isWordByte(h[at - 1])) && (end == h.count || !isWordByte(h[end])) { return true }
            offset = at + 1
        }
        return false
    }
}

/// True when `needle`'s UTF-8 occurs in `h`.
func containsBytes(_ needle: String, in h: UnsafeBufferPointer<UInt8>) -> Bool {
    var needle = needle
    return needle.withUTF8 { n in n.isEmpty || firstOffset(of: n, in: h, from: 0) != nil }
}

/// The offset of the first occurrence of `needle` in `haystack` at or after `from`.
func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard let h = haystack.baseAddress, let n = needle.baseAddress, !needle.isEmpty else { return nil }
    var at = from
    let last = haystack.count - needle.count
    while at <= last {
        guard let hit = memchr(h + at, Int32(n.pointee), last - at + 1) else { return nil }
        at = h.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if memcmp(h + at, n, needle.count) == 0 { return at }
        at += 1
    }
    return nil
}

/// ASCII letters and digits, and every byte of a non-ASCII character, count as part of a word.
@inline(__always) func isWordByte(_ b: UInt8) -> Bool {
    (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 128
}
