import Foundation

/// URL slugs for imported briefings.
public enum ImportSlug {
    /// Lower-case ASCII words joined by hyphens, at most `maxLength` characters, cut at a word.
    ///
    /// "Reorienting Pakistan’s Foreign Policy" → `reorienting-pakistans-foreign-policy`; a cut never
    /// leaves a dangling "to" or "of" at the end.
    public static func make(_ title: String, maxLength: Int = 60) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var words: [String] = []
        var word = ""
        for c in folded {
            if c.isASCII, c.isLetter || c.isNumber {
                word.append(c)
            } else if "'’‘".contains(c) {
                continue // "Pakistan’s" → "pakistans", not "pakistan-s"
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var slug = ""
        var kept: [String] = []
        for w in words {
            let next = slug.isEmpty ? w : slug + "-" + w
            if next.count > maxLength { break }
            slug = next
            kept.append(w)
        }
        if kept.count < words.count {
            while kept.count > 1, let last = kept.last, danglers.contains(last) { kept.removeLast() }
            slug = kept.joined(separator: "-")
        }
        if slug.isEmpty, let first = words.first { slug = String(first.prefix(maxLength)) }
        return slug
    }

    private static let danglers: Set<String> = ["a", "an", "the", "to", "of", "and", "or", "for", "in", "on", "at", "by", "with", "from"]
}
