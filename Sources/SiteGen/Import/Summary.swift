/// The first-pass summary: the lead's first sentence or two, for the editor to adjust.
enum Summary {
    static func from(lead: String, maxChars: Int) -> String {
        let sentences = split(lead)
        var out = sentences.first ?? ""
        if out.count < 100, sentences.count > 1, out.count + 1 + sentences[1].count <= maxChars {
            out += " " + sentences[1]
        }
        return clip(out, to: maxChars)
    }

    /// Cuts at a word boundary and marks the cut with an ellipsis.
    static func clip(_ text: String, to maxChars: Int) -> String {
        guard text.count > maxChars else { return text }
        let cut = text.prefix(max(1, maxChars - 1))
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        var words = atWord.split(separator: " ")
        while words.count > 1, let last = words.last, ["a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "by", "at"].contains(last.lowercased()) {
            words.removeLast()
        }
        return words.joined(separator: " ").trimmingCharactersAtEnd(",;:—–-") + "…"
    }

    /// Sentences of `text`, not split after abbreviations such as "Mr." or "U.S.".
    static func split(_ text: String) -> [String] {
        let chars = Array(text)
        var out: [String] = []
        var start = 0
        var i = 0
        while i < chars.count {
            if ".!?".contains(chars[i]) {
                var end = i + 1
                while end < chars.count, "”\"’')".contains(chars[end]) { end += 1 }
                if end + 1 < chars.count, chars[end] == " ", chars[end + 1].isUppercase || "“\"".contains(chars[end + 1]),
                   chars[i] != "." || !isAbbreviation(chars[start..<i]) {
                    out.append(String(chars[start..<end]).trimmingSpaces)
                    start = end + 1
                    i = end
                }
            }
            i += 1
        }
        let last = String(chars[min(start, chars.count)...]).trimmingSpaces
        if !last.isEmpty { out.append(last) }
        return out
    }

    /// The word before a full stop is an abbreviation: a title, an initial, or dotted letters.
    private static func isAbbreviation(_ before: ArraySlice<Character>) -> Bool {
        let word = String(before.reversed().prefix(while: { $0 != " " }).reversed())
        let titles: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "st", "no", "gen", "lt", "col", "maj", "capt", "sen",
                                   "rep", "gov", "jr", "sr", "vs", "etc", "e.g", "i.e", "approx", "est", "fig", "vol"]
        return word.count == 1 || word.contains(".") || titles.contains(word.lowercased())
    }
}

extension String {
    /// The text without any of `marks` at its end.
    func trimmingCharactersAtEnd(_ marks: String) -> String {
        var s = Substring(self)
        while let last = s.last, marks.contains(last) || last == " " { s.removeLast() }
        return String(s)
    }
}
