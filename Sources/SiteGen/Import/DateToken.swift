/// A word, number or punctuation mark of a line, with where it sits; what date scanning reads.
struct DateToken: Sendable, Hashable {
    var text: String
    var start: Int
    var end: Int
    /// A number written with `st`, `nd`, `rd` or `th`.
    var ordinal = false

    var number: Int? { text.count <= 4 && text.allSatisfy(\.isASCIIDigit) ? Int(text) : nil }
    var isSeparator: Bool { text == "-" || text == "/" || text == "." }

    /// The month a word names (1–12); it must be capitalised so "may" and "march" as verbs don't count.
    var month: Int? {
        guard let first = text.first, first.isUppercase, text.count >= 3 else { return nil }
        let key = text.lowercased()
        if key == "sept" { return 9 }
        for (index, name) in DateToken.months.enumerated() where name == key || (key.count == 3 && name.hasPrefix(key)) {
            return index + 1
        }
        return nil
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]

    /// Splits a line into letter runs, digit runs (with any ordinal suffix) and single marks.
    static func split(_ chars: [Character]) -> [DateToken] {
        var tokens: [DateToken] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " { i += 1; continue }
            var j = i + 1
            if c.isASCIIDigit {
                while j < chars.count, chars[j].isASCIIDigit { j += 1 }
                var token = DateToken(text: String(chars[i..<j]), start: i, end: j)
                if j + 1 < chars.count, ["st", "nd", "rd", "th"].contains(String(chars[j...(j + 1)]).lowercased()),
                   j + 2 == chars.count || !chars[j + 2].isLetter {
                    token.ordinal = true
                    token.end = j + 2
                    j += 2
                }
                tokens.append(token)
            } else if c.isLetter {
                while j < chars.count, chars[j].isLetter { j += 1 }
                tokens.append(DateToken(text: String(chars[i..<j]), start: i, end: j))
            } else {
                tokens.append(DateToken(text: String(c), start: i, end: j))
            }
            i = j
        }
        return tokens
    }
}

extension Character {
    /// 0–9 only; `isNumber` also accepts other scripts' digits and fractions.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
