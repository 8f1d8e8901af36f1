import Glibc
import Templates

/// Wraps the first use of each known acronym in a briefing's HTML in `<abbr title="…">`.
///
/// cmark-gfm's safe mode drops raw HTML nodes, so this runs on the rendered HTML instead: it walks
/// the markup, touches only text between tags, and never text inside links, code, headings (their
/// ids and the table of contents stay as they are) or an existing `<abbr>`.
enum Abbreviations {
    /// Elements whose text is left alone.
    static let skipped: Set<String> = ["a", "code", "pre", "abbr", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style",
                                       "sup", "kbd", "samp", "title", "textarea"]

    /// `html` with the first whole-word use of each acronym in `expansions` marked up.
    static func mark(_ html: String, _ expansions: [String: String]) -> String {
        String(decoding: mark(Array(html.utf8), expansions), as: UTF8.self)
    }

    /// `mark` over UTF-8 bytes. The markup is walked byte by byte, and of its text only the words
    /// around an acronym still to mark are walked by `Character`s (`markText`): walking every
    /// `Character` of every body cost a 10,000-briefing build whose bodies use acronyms 2.1 s more.
    static func mark(_ html: [UInt8], _ expansions: [String: String]) -> [UInt8] {
        // Most briefings use few of the acronyms: only those present as words are looked for tag by tag.
        var pending = html.withUnsafeBufferPointer { h in expansions.filter { containsWholeWord($0.key, in: h) } }
        guard !pending.isEmpty else { return html }
        // Where each one's letters occur at all, in order: text holding none of them cannot change.
        let occurrences = html.withUnsafeBufferPointer { h in
            Dictionary(uniqueKeysWithValues: pending.keys.map { ($0, offsets(of: $0, in: h)) })
        }
        /// The first occurrence in `range` of an acronym still to mark, as the range of its letters.
        func first(in range: Range<Int>) -> Range<Int>? {
            var found: Range<Int>?
            for key in pending.keys {
                guard let starts = occurrences[key] else { continue }
                // The first occurrence at or after the range's start, by halving.
                var (low, high) = (0, starts.count)
                while low < high {
                    let mid = (low + high) / 2
                    if starts[mid] < range.lowerBound { low = mid + 1 } else { high = mid }
                }
                guard low < starts.count, starts[low] + key.utf8.count <= range.upperBound,
                      found.map({ starts[low] < $0.lowerBound }) ?? true else { continue }
                found = starts[low]..<(starts[low] + key.utf8.count)
            }
            return found
        }
        var out: [UInt8] = []
        out.reserveCapacity(html.count + 256)
        var depth = 0
        var i = 0
        while i < html.count {
            let lt = next(UInt8(ascii: "<"), in: html, from: i) ?? html.count
            if depth == 0 {
                // Only the words around each occurrence are walked by `Character`s, from a space before
                // it to one after: between such spaces the walk would give the text back as it is.
                var at = i
                while let occurrence = first(in: at..<lt) {
                    let head = boundary(in: html, from: occurrence.lowerBound - 1, down: at) ?? at
                    let tail = boundary(in: html, from: occurrence.upperBound, up: lt) ?? lt
                    out += html[at..<head]
                    out += markText(Substring(String(decoding: html[head..<tail], as: UTF8.self)), &pending).utf8
                    at = tail
                }
                out += html[at..<lt]
            } else {
                out += html[i..<lt]
            }
            guard lt < html.count else { break }
            let gt = next(UInt8(ascii: ">"), in: html, from: lt) ?? html.count - 1
            let tag = html[lt...gt]
            out += tag
            let closing = tag.count > 1 && tag[lt + 1] == UInt8(ascii: "/")
            if isSkipped(tag, from: lt + (closing ? 2 : 1)), !tag.reversed().starts(with: [UInt8(ascii: ">"), UInt8(ascii: "/")]) {
                depth = max(0, depth + (closing ? -1 : 1))
            }
            i = gt + 1
        }
        return out
    }

    /// `skipped`, each name's lower-case ASCII letters packed into a number (all are 8 bytes at most).
    private static let skippedKeys = Set(skipped.map { name in name.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } })

    /// True when the element name of `tag` from byte `start` (its letters and digits, in any case) is
    /// one of `skipped`. Read without making a string: a body has hundreds of tags. A name with a byte
    /// beyond ASCII is read by `Character`s, as the letters a name may hold.
    private static func isSkipped(_ tag: ArraySlice<UInt8>, from start: Int) -> Bool {
        var key: UInt64 = 0
        var length = 0
        var at = start
        while at < tag.endIndex {
            var b = tag[at]
            if b >= 0x80 {
                let rest = String(decoding: tag[start...], as: UTF8.self)
                return skipped.contains(rest.prefix { $0.isLetter || $0.isNumber }.lowercased())
            }
            guard (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) else { break }
            if b >= 65 && b <= 90 { b += 32 }
            length += 1
            if length <= 8 { key = key << 8 | UInt64(b) }
            at += 1
        }
        return length > 0 && length <= 8 && skippedKeys.contains(key)
    }

    /// The nearest ASCII space, tab or line break between `down` and `from` (going down) or between
    /// `from` and `up` (going up) that is a `Character` of its own with ASCII on both sides: there a
    /// walk of `Character`s holds no word and no entity, so the text can be split there.
    private static func boundary(in bytes: [UInt8], from: Int, down: Int) -> Int? {
        var at = from
        while at >= down {
            if isSplittable(bytes, at) { return at }
            at -= 1
        }
        return nil
    }

    private static func boundary(in bytes: [UInt8], from: Int, up: Int) -> Int? {
        var at = from
        while at < up {
            if isSplittable(bytes, at) { return at }
            at += 1
        }
        return nil
    }

    private static func isSplittable(_ bytes: [UInt8], _ at: Int) -> Bool {
        let b = bytes[at]
        guard b == 32 || (b >= 9 && b <= 13) else { return false }
        return (at == 0 || bytes[at - 1] < 0x80) && (at + 1 == bytes.count || bytes[at + 1] < 0x80)
    }

    /// The index of the first `byte` in `bytes` at or after `from`.
    private static func next(_ byte: UInt8, in bytes: [UInt8], from: Int) -> Int? {
        guard from < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { b in
            memchr(b.baseAddress! + from, Int32(byte), b.count - from).map { b.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
        }
    }

    /// Every offset at which `word`'s bytes start in `h`, in order.
    private static func offsets(of word: String, in h: UnsafeBufferPointer<UInt8>) -> [Int] {
        var word = word
        return word.withUTF8 { w in
            var found: [Int] = []
            var from = 0
            while let at = firstOffset(of: w, in: h, from: from) {
                found.append(at)
                from = at + 1
            }
            return found
        }
    }

    /// Marks the first whole-word use of each pending acronym in a run of text.
    static func markText(_ text: Substring, _ pending: inout [String: String]) -> String {
        guard !pending.isEmpty else { return String(text) }
        var out = ""
        var word = ""
        func flush() {
            if let title = pending.removeValue(forKey: word) {
                out += ("<abbr title=\"\(title)\">\(word)</abbr>" as HTML).rendered
            } else {
                out += word
            }
            word = ""
        }
        var inEntity = false
        for c in text {
            // "&amp;" and "&#39;" are escapes, not words.
            if c == "&" { inEntity = true }
            if inEntity {
                flush()
                out.append(c)
                if c == ";" || c.isWhitespace { inEntity = false }
                continue
            }
            if c.isLetter || c.isNumber { word.append(c) } else { flush(); out.append(c) }
        }
        flush()
        return out
    }
}
