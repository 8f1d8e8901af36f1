/// URL slugs: lower-case ASCII letters, digits and single hyphens.
public enum Slug {
    /// Makes a slug from any text: letters folded to ASCII where possible, the rest become hyphens.
    public static func make(_ text: String, maxLength: Int = 80) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(text.utf8.count, maxLength + 8))
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            // Apostrophes join words ("Pakistan's" → "pakistans") instead of splitting them.
            if scalar == "'" || scalar == "\u{2019}" { continue }
            // ASCII letters and digits without an array each: every heading of every briefing gets a slug.
            let v = scalar.value
            let ascii: UInt8 = v >= 65 && v <= 90 ? UInt8(v + 32) : (v >= 97 && v <= 122) || (v >= 48 && v <= 57) ? UInt8(v) : 0
            if ascii != 0 {
                if pendingHyphen { out.append(45); pendingHyphen = false }
                out.append(ascii)
                continue
            }
            let mapped = v < 128 ? [] : fold(scalar)
            if mapped.isEmpty {
                if !out.isEmpty { pendingHyphen = true }
                continue
            }
            if pendingHyphen { out.append(45); pendingHyphen = false }
            out.append(contentsOf: mapped)
        }
        if out.count > maxLength {
            out = Array(out[..<maxLength])
            if let lastHyphen = out.lastIndex(of: 45), lastHyphen > maxLength / 2 { out = Array(out[..<lastHyphen]) }
        }
        while out.last == 45 { out.removeLast() }
        return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
    }

    /// True when `text` already is a slug.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.first != 45 && text.utf8.last != 45
            && text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }

    /// ASCII bytes for one scalar: letters and digits kept (lower-cased), common accents dropped, else none.
    private static func fold(_ s: Unicode.Scalar) -> [UInt8] {
        let v = s.value
        if v >= 65 && v <= 90 { return [UInt8(v + 32)] }
        if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) { return [UInt8(v)] }
        if v < 128 { return [] }
        if let folded = latinFolds[v] { return Array(folded.utf8) }
        if s.properties.isAlphabetic || s.properties.numericType != nil {
            // Non-Latin letters are kept as UTF-8 so headings in other scripts still get distinct ids.
            return Array(String(s).lowercased().utf8)
        }
        return []
    }

    private static let latinFolds: [UInt32: String] = {
        var map: [UInt32: String] = [:]
        let groups: [(String, String)] = [("àáâãäåā", "a"), ("çćč", "c"), ("èéêëēė", "e"), ("ìíîïī", "i"), ("ñń", "n"),
                                          ("òóôõöøō", "o"), ("ùúûüū", "u"), ("ýÿ", "y"), ("šś", "s"), ("žź", "z"),
                                          ("ÀÁÂÃÄÅĀ", "a"), ("ÇĆČ", "c"), ("ÈÉÊËĒ", "e"), ("ÌÍÎÏĪ", "i"), ("Ñ", "n"),
                                          ("ÒÓÔÕÖØŌ", "o"), ("ÙÚÛÜŪ", "u"), ("Ý", "y"), ("ŠŚ", "s"), ("ŽŹ", "z")]
        for (chars, ascii) in groups { for c in chars.unicodeScalars { map[c.value] = ascii } }
        map[0xDF] = "ss"; map[0xE6] = "ae"; map[0xC6] = "ae"
        return map
    }()
}
