/// Scrubs raw HTML that an editor allowed with `unsafe_html`: event-handler attributes and
/// script URLs are removed, everything else is kept as written.
enum HTMLSanitizer {
    /// Attributes whose value is a URL.
    private static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "poster",
                                                     "background", "cite", "data", "srcset", "ping", "lowsrc"]
    /// Elements that can run code or change how the page runs; tagfilter escapes most, these go too.
    private static let droppedElements: Set<String> = ["script", "style", "iframe", "object", "embed", "base",
                                                      "meta", "link", "frame", "frameset", "applet", "form"]

    /// Sanitises an HTML fragment tag by tag.
    static func sanitize(_ html: String) -> String {
        let b = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            guard b[i] == 60, i + 1 < b.count, isLetter(b[i + 1]) || b[i + 1] == 47 else {
                out.append(b[i])
                i += 1
                continue
            }
            let end = tagEnd(b, from: i + 1)
            let tag = Array(b[i..<end])
            if let rebuilt = rebuild(tag) { out.append(contentsOf: rebuilt) }
            i = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True for URLs that run code when followed: `javascript:`, `vbscript:` and non-image `data:`.
    static func isDangerousURL(_ url: String) -> Bool {
        var cleaned = ""
        for scalar in decodeEntities(url).unicodeScalars where scalar.value > 32 && scalar.value != 127 {
            cleaned.unicodeScalars.append(scalar)
        }
        let lower = cleaned.lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("livescript:") { return true }
        if lower.hasPrefix("data:") {
            return !(lower.hasPrefix("data:image/png") || lower.hasPrefix("data:image/gif")
                || lower.hasPrefix("data:image/jpeg") || lower.hasPrefix("data:image/webp"))
        }
        return false
    }

    /// Index just past the tag's `>`, honouring quoted attribute values.
    private static func tagEnd(_ b: [UInt8], from start: Int) -> Int {
        var i = start
        var quote: UInt8 = 0
        while i < b.count {
            let c = b[i]
            if quote != 0 { if c == quote { quote = 0 } } else if c == 34 || c == 39 { quote = c } else if c == 62 { return i + 1 }
            i += 1
        }
        return b.count
    }

    /// The tag with unsafe attributes removed, or nil to drop the whole tag.
    private static func rebuild(_ tag: [UInt8]) -> [UInt8]? {
        var i = 1
        let closing = tag.count > 1 && tag[1] == 47
        if closing { i += 1 }
        let nameStart = i
        while i < tag.count, isNameByte(tag[i]) { i += 1 }
        let name = String(decoding: tag[nameStart..<i], as: UTF8.self).lowercased()
        if droppedElements.contains(name) { return nil }
        if closing { return tag }
        var out = Array(tag[0..<i])
        while i < tag.count {
            while i < tag.count, isSpace(tag[i]) || tag[i] == 47 { i += 1 }
            guard i < tag.count, tag[i] != 62 else { break }
            let attrStart = i
            while i < tag.count, !isSpace(tag[i]), tag[i] != 61, tag[i] != 62, tag[i] != 47 { i += 1 }
            let attrName = String(decoding: tag[attrStart..<i], as: UTF8.self).lowercased()
            var value: [UInt8]?
            var j = i
            while j < tag.count, isSpace(tag[j]) { j += 1 }
            if j < tag.count, tag[j] == 61 {
                j += 1
                while j < tag.count, isSpace(tag[j]) { j += 1 }
                if j < tag.count, tag[j] == 34 || tag[j] == 39 {
                    let q = tag[j]
                    let vStart = j + 1
                    j = vStart
                    while j < tag.count, tag[j] != q { j += 1 }
                    value = Array(tag[vStart..<min(j, tag.count)])
                    j = min(j + 1, tag.count)
                } else {
                    let vStart = j
                    while j < tag.count, !isSpace(tag[j]), tag[j] != 62 { j += 1 }
                    value = Array(tag[vStart..<j])
                }
                i = j
            }
            if attrName.isEmpty { i += 1; continue }
            if attrName.hasPrefix("on") || attrName == "srcdoc" || attrName == "formaction" { continue }
            if let v = value, urlAttributes.contains(attrName), isDangerousURL(String(decoding: v, as: UTF8.self)) { continue }
            out.append(32)
            out.append(contentsOf: Array(attrName.utf8))
            if let v = value {
                out.append(contentsOf: Array("=\"".utf8))
                for c in v { if c == 34 { out.append(contentsOf: Array("&quot;".utf8)) } else { out.append(c) } }
                out.append(34)
            }
        }
        out.append(62)
        return out
    }

    /// Decodes numeric character references, the usual way to hide `javascript:` from naive filters.
    private static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if after.hasPrefix("#") {
                var digits = after.dropFirst()
                var radix = 10
                if digits.first == "x" || digits.first == "X" { radix = 16; digits = digits.dropFirst() }
                let number = digits.prefix { $0.isHexDigit }
                var next = digits[number.endIndex...]
                if next.first == ";" { next = next.dropFirst() }
                if let v = UInt32(number, radix: radix), let s = Unicode.Scalar(v) {
                    out.unicodeScalars.append(s)
                    rest = next
                    continue
                }
            } else if after.lowercased().hasPrefix("colon;") {
                out += ":"
                rest = after.dropFirst(6)
                continue
            } else if after.lowercased().hasPrefix("tab;") || after.lowercased().hasPrefix("newline;") {
                rest = after.drop { $0 != ";" }.dropFirst()
                continue
            }
            out += "&"
            rest = after
        }
        return out + rest
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
    private static func isNameByte(_ c: UInt8) -> Bool { isLetter(c) || (c >= 48 && c <= 57) || c == 45 || c == 58 }
    private static func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 10 || c == 13 || c == 12 }
}
