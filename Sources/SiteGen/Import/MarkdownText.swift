/// Escapes plain text so Markdown shows it as written: no HTML, no stray emphasis, lists or headings.
enum MarkdownText {
    /// Escapes characters that mean something anywhere in a line.
    static func inline(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (i, c) in chars.enumerated() {
            switch c {
            case "\\", "*", "`", "~": out += "\\" + String(c)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&" where looksLikeEntity(chars, i): out += "&amp;"
            case "_":
                let wordBefore = i > 0 && (chars[i - 1].isLetter || chars[i - 1].isNumber)
                let wordAfter = i + 1 < chars.count && (chars[i + 1].isLetter || chars[i + 1].isNumber)
                out += wordBefore && wordAfter ? "_" : "\\_"
            case "[" where i + 1 < chars.count && chars[i + 1] == "^": out += "\\["
            default: out.append(c)
            }
        }
        return out
    }

    /// Escapes what would start a heading, quote, list, table or reference at the start of a line.
    static func lineStart(_ escaped: String) -> String {
        guard let first = escaped.first else { return escaped }
        if "#|[+=".contains(first) || (first == "-" && (escaped.count == 1 || escaped.dropFirst().first == " " || escaped.allSatisfy { $0 == "-" })) {
            return "\\" + escaped
        }
        let digits = escaped.prefix(while: \.isASCIIDigit)
        if !digits.isEmpty, digits.count <= 9 {
            let rest = escaped.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")", rest.count == 1 || rest.dropFirst().first == " " {
                return digits + "\\" + rest
            }
        }
        return escaped
    }

    /// A paragraph: inline escapes plus line-start escapes.
    static func paragraph(_ text: String) -> String { lineStart(inline(text)) }

    /// `&amp;`, `&#39;`, `&x2F;`: text that a renderer would turn into another character.
    private static func looksLikeEntity(_ chars: [Character], _ at: Int) -> Bool {
        var j = at + 1
        while j < chars.count, j - at <= 32, chars[j].isASCII, chars[j].isLetter || chars[j].isNumber || chars[j] == "#" { j += 1 }
        return j > at + 1 && j < chars.count && chars[j] == ";"
    }
}
