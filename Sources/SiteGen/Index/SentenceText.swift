/// Plain-text helpers for event extraction: sentences, tokens, and paragraphs that are not prose.
enum SentenceText {
    /// Words before a full stop that do not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "e.g", "i.e", "gen", "lt", "col", "prof", "sr", "jr",
        "inc", "ltd", "co", "ed", "eds", "pp", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "approx", "fig", "cf", "al",
    ]

    /// Splits a paragraph into sentences at `.`, `?` or `!` followed by a space and a capital, digit or quote.
    static func sentences(_ text: String) -> [String] {
        let chars = Array(text)
        var out: [String] = []
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "." || c == "?" || c == "!" {
                var end = i + 1
                while end < chars.count, "\"”’')".contains(chars[end]) { end += 1 }
                var next = end
                while next < chars.count, chars[next] == " " { next += 1 }
                let breaks = next > end && next < chars.count
                    && (chars[next].isUppercase || chars[next].isNumber || "\"“‘(".contains(chars[next]))
                if breaks, !(c == "." && isAbbreviation(chars, before: i)) {
                    out.append(String(chars[start..<end]).trimmingSpaces)
                    start = next
                    i = next
                    continue
                }
            }
            i += 1
        }
        let rest = String(chars[min(start, chars.count)...]).trimmingSpaces
        if !rest.isEmpty { out.append(rest) }
        return out
    }

    /// True when the word ending at `dot` is a known abbreviation or an initial ("U.S.", "H.E.").
    private static func isAbbreviation(_ chars: [Character], before dot: Int) -> Bool {
        var s = dot
        while s > 0, !chars[s - 1].isWhitespace, chars[s - 1] != "(" { s -= 1 }
        let word = String(chars[s..<dot])
        if word.count == 1, word.first!.isUppercase { return true }
        if let last = word.split(separator: ".").last, last.count == 1, last.first!.isUppercase, word.contains(".") { return true }
        return abbreviations.contains(word.lowercased())
    }

    /// Text that makes a paragraph a reference rather than prose.
    private static let linkMarks: [StaticString] = ["http://", "https://", "doi.org", "www."]
    /// Openings of bylines and publication lines (long ones are still prose).
    private static let bylineLeads: [StaticString] = ["by ", "date ", "published", "posted", "updated"]

    /// Paragraphs that are not prose: numbered notes and references, bylines and publication lines.
    static func isProse(_ text: String) -> Bool {
        // Byte-level: splitting into Substrings and lowercasing a copy of every paragraph were a sixth
        // of a 10,000-briefing build's profile.
        var copy = text
        let (words, shape) = copy.withUTF8 { b -> (Int, Bool?) in
            let words = wordCount(b)
            guard words >= 6 else { return (words, false) }
            for link in linkMarks where containsIgnoringASCIICase(b, link) { return (words, false) }
            for lead in bylineLeads where hasPrefixIgnoringASCIICase(b, lead) {
                return (words, words > 12)
            }
            return (words, nil)
        }
        if let shape { return shape }
        if text.containsBytes(" | "), words < 15 { return false }
        // A note: "3 Israr Khan, “Title,” The News, May 26, 2017." starts with its number.
        let digits = text.prefix { $0.isNumber }
        if (1...3).contains(digits.count), let after = text.dropFirst(digits.count).first(where: { $0 != " " }),
           after.isUppercase || "“\"".contains(after), text.containsBytes("“") || text.containsBytes("\"") || text.containsBytes("(") {
            return false
        }
        return true
    }
}

/// Runs of bytes between spaces and line feeds.
private func wordCount(_ b: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var inWord = false
    for byte in b {
        let space = byte == 32 || byte == 10
        if !space && !inWord { count += 1 }
        inWord = !space
    }
    return count
}

/// ASCII letters folded to lower case; other bytes as they are.
@inline(__always) private func folded(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 32 : byte }

/// True when the text starts with `lowercasePrefix` (ASCII), whatever the case of its letters.
private func hasPrefixIgnoringASCIICase(_ b: UnsafeBufferPointer<UInt8>, _ lowercasePrefix: StaticString) -> Bool {
    let p = UnsafeBufferPointer(start: lowercasePrefix.utf8Start, count: lowercasePrefix.utf8CodeUnitCount)
    guard b.count >= p.count else { return false }
    for i in 0..<p.count where folded(b[i]) != p[i] { return false }
    return true
}

/// True when `lowercaseNeedle` (ASCII) occurs in the text, whatever the case of its letters.
private func containsIgnoringASCIICase(_ b: UnsafeBufferPointer<UInt8>, _ lowercaseNeedle: StaticString) -> Bool {
    let n = UnsafeBufferPointer(start: lowercaseNeedle.utf8Start, count: lowercaseNeedle.utf8CodeUnitCount)
    guard b.count >= n.count else { return false }
    outer: for start in 0...(b.count - n.count) where folded(b[start]) == n[0] {
        for i in 1..<n.count where folded(b[start + i]) != n[i] { continue outer }
        return true
    }
    return false
}

/// A piece of a sentence: a word, a number or one punctuation character.
struct Token: Hashable {
    enum Kind { case word, number, punct }
    var text: String
    var kind: Kind
    /// True when white space precedes the token.
    var spaced: Bool

    var isLowercaseWord: Bool { kind == .word && text.first!.isLowercase }

    /// Tokenizes text; letters and digits never share a token ("1980s" is `1980`, `s`).
    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        var current = ""
        var kind = Kind.punct
        var spaced = false
        var pendingSpace = false
        func flush() {
            if !current.isEmpty { out.append(Token(text: current, kind: kind, spaced: spaced)) }
            current = ""
        }
        for c in text {
            if c.isWhitespace {
                flush()
                pendingSpace = true
                continue
            }
            let k: Kind = c.isLetter ? .word : c.isNumber && c.isASCII ? .number : .punct
            if current.isEmpty || k != kind || k == .punct {
                flush()
                kind = k
                spaced = pendingSpace
                pendingSpace = false
            }
            current.append(c)
        }
        flush()
        return out
    }
}
