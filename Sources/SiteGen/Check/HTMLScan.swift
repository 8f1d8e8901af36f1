import Glibc

/// The ids and link targets of one generated HTML page, found by a byte scan of its attributes.
///
/// Pages are SiteGen's own output, so attributes are always double-quoted; raw HTML an editor let
/// through is scanned the same way and may be missed only if it uses single quotes.
struct HTMLScan {
    var ids: Set<String> = []
    var links: [String] = []
    /// `<img>` tags without an `alt` attribute, by their `src`.
    var imagesWithoutAlt: [String] = []

    /// Scans a page.
    init(_ bytes: [UInt8]) {
        // On the raw buffer with `memchr`: indexing the array byte by byte, twice, was a sixth of `check`.
        var ids: Set<String> = []
        var links: [String] = []
        var images: [String] = []
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            let n = b.count
            var i = 0
            while i < n, let hit = memchr(base + i, 61, n - i) { // "="
                let eq = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                i = eq + 1
                guard eq + 1 < n, b[eq + 1] == 34 else { continue } // `="`
                let name = HTMLScan.attributeName(b, endingAt: eq)
                let start = eq + 2
                let end = memchr(base + start, 34, n - start).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? n
                if name == .id {
                    ids.insert(unescape(b[start..<end]))
                } else if name == .link {
                    links.append(unescape(b[start..<end]))
                }
                i = end + 1
            }
            images = HTMLScan.findImagesWithoutAlt(b)
        }
        self.ids = ids
        self.links = links
        self.imagesWithoutAlt = images
    }

    private enum Name { case id, link, other }

    private static func attributeName(_ b: UnsafeBufferPointer<UInt8>, endingAt eq: Int) -> Name {
        var s = eq
        while s > 0, isNameByte(b[s - 1]) { s -= 1 }
        guard s > 0, b[s - 1] == 32 || b[s - 1] == 10 else { return .other }
        switch eq - s {
        case 2 where b[s] == 105 && b[s + 1] == 100: return .id // id
        case 4 where b[s] == 104 && b[s + 1] == 114 && b[s + 2] == 101 && b[s + 3] == 102: return .link // href
        case 3 where b[s] == 115 && b[s + 1] == 114 && b[s + 2] == 99: return .link // src
        default: return .other
        }
    }

    private static func isNameByte(_ c: UInt8) -> Bool { (c >= 97 && c <= 122) || c == 45 || (c >= 65 && c <= 90) }

    private static func findImagesWithoutAlt(_ b: UnsafeBufferPointer<UInt8>) -> [String] {
        guard let base = b.baseAddress else { return [] }
        var out: [String] = []
        let n = b.count
        var i = 0
        while i < n, let hit = memchr(base + i, 60, n - i) { // "<"
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            i = at + 1
            guard at + 5 < n, b[at + 1] == 105, b[at + 2] == 109, b[at + 3] == 103, b[at + 4] == 32 else { continue } // "<img "
            let end = memchr(base + at, 62, n - at).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? n
            let tag = String(decoding: b[at..<end], as: UTF8.self)
            if !tag.contains(" alt=") {
                out.append(tag.range(of: "src=\"").map { r in String(tag[r.upperBound...].prefix { $0 != "\"" }) } ?? "?")
            }
            i = end
        }
        return out
    }
}

/// Decodes the entities SiteGen writes in attributes.
func unescape<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
    let s = String(decoding: bytes, as: UTF8.self)
    guard bytes.contains(38) else { return s } // "&"
    return s.replacingAll("&quot;", "\"").replacingAll("&#39;", "'").replacingAll("&lt;", "<")
        .replacingAll("&gt;", ">").replacingAll("&amp;", "&")
}

extension String {
    /// Replaces every occurrence of `target`, without Foundation.
    func replacingAll(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
