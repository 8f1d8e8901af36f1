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
        let n = bytes.count
        var i = 0
        while i < n {
            guard bytes[i] == 61, i + 1 < n, bytes[i + 1] == 34 else { i += 1; continue } // `="`
            let name = attributeName(bytes, endingAt: i)
            let start = i + 2
            var end = start
            while end < n, bytes[end] != 34 { end += 1 }
            if name == .id {
                ids.insert(unescape(bytes[start..<end]))
            } else if name == .link {
                links.append(unescape(bytes[start..<end]))
            }
            i = end + 1
        }
        imagesWithoutAlt = HTMLScan.findImagesWithoutAlt(bytes)
    }

    private enum Name { case id, link, other }

    private func attributeName(_ b: [UInt8], endingAt eq: Int) -> Name {
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

    private func isNameByte(_ c: UInt8) -> Bool { (c >= 97 && c <= 122) || c == 45 || (c >= 65 && c <= 90) }

    private static func findImagesWithoutAlt(_ b: [UInt8]) -> [String] {
        var out: [String] = []
        var i = 0
        // "<img " compared in place: building an array per "<" cost more than the rest of the scan.
        while i + 5 < b.count {
            if b[i] == 60, b[i + 1] == 105, b[i + 2] == 109, b[i + 3] == 103, b[i + 4] == 32 {
                var end = i
                while end < b.count, b[end] != 62 { end += 1 }
                let tag = String(decoding: b[i..<end], as: UTF8.self)
                if !tag.contains(" alt=") {
                    let src = tag.range(of: "src=\"").map { r in String(tag[r.upperBound...].prefix { $0 != "\"" }) } ?? "?"
                    out.append(src)
                }
                i = end
            }
            i += 1
        }
        return out
    }
}

/// Decodes the entities SiteGen writes in attributes.
func unescape(_ bytes: ArraySlice<UInt8>) -> String {
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
