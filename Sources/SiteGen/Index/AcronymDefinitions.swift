/// Finds acronyms defined in prose, "Economic Cooperation Organization (ECO)", with their expansions.
///
/// An expansion is the run of words before the parenthesis whose initials spell the acronym; small
/// words (of, the, and) may sit between them, a hyphenated word gives one letter per part
/// ("Anti-Terrorist"), and one word may give several letters ("Southeast" for S and E in ASEAN).
public enum AcronymDefinitions {
    /// Words that may sit inside an expansion without giving a letter.
    static let smallWords: Set<String> = ["of", "the", "and", "for", "on", "in", "to", "a", "an", "i", "ul", "e", "al", "de", "&"]

    /// Every `(acronym, expansion)` defined in `text`, in order.
    public static func find(in text: String) -> [(acronym: String, expansion: String)] {
        var out: [(String, String)] = []
        var searchStart = text.startIndex
        while let open = text[searchStart...].firstIndex(of: "("),
              let close = text[open...].firstIndex(of: ")") {
            searchStart = text.index(after: open)
            let acronym = String(text[text.index(after: open)..<close])
            guard isAcronym(acronym) else { continue }
            let words = text[..<open].split(separator: " ").suffix(acronym.count * 2 + 2).map(String.init)
            if let expansion = expand(acronym, words) { out.append((acronym, expansion)) }
        }
        return out
    }

    /// Two to ten letters and digits, starting with a capital, with at least two capitals ("SCO", "JuA", "WMDs").
    static func isAcronym(_ s: String) -> Bool {
        (2...10).contains(s.count) && s.first!.isUppercase && s.allSatisfy { $0.isLetter || $0.isNumber }
            && s.filter(\.isUppercase).count >= 2
    }

    /// The words before the parenthesis that spell `acronym`, or nil.
    static func expand(_ acronym: String, _ words: [String]) -> String? {
        let letters = acronym.filter { $0.isUppercase || $0.isNumber }.map { Character($0.lowercased()) }
        // Each word is split into parts at hyphens; trailing punctuation and an opening parenthesis are dropped.
        let cleaned = words.map { $0.trimmingCharacters(in: "(\"“”‘’,;:") }
        let parts = cleaned.map { $0.split(separator: "-").map { String($0).lowercased() } }
        guard let first = match(letters, letters.count - 1, parts, parts.count - 1) else { return nil }
        // The words as written (commas inside stay), without the punctuation around the whole run.
        let expansion = words[first...].joined(separator: " ").trimmingCharacters(in: "(\"“”‘’,;: ")
        return expansion.isEmpty ? nil : expansion
    }

    /// Index of the first word when letters `0...i` can be read from words `0...j`, matching from the end.
    private static func match(_ letters: [Character], _ i: Int, _ words: [[String]], _ j: Int) -> Int? {
        if i < 0 { return j + 1 }
        guard j >= 0 else { return nil }
        let parts = words[j].filter { !$0.isEmpty }
        guard !parts.isEmpty else { return match(letters, i, words, j - 1) }
        // The word's parts spell some letters ending at i; each part gives its initial, the first part maybe more.
        let significant = parts.filter { !smallWords.contains($0) }
        if !significant.isEmpty, significant.count <= i + 1 {
            var k = i
            var ok = true
            for part in significant.dropFirst().reversed() {
                if part.first == letters[k] { k -= 1 } else { ok = false; break }
            }
            // A single word may give a letter from inside it ("Nonproliferation" for the P of NPT).
            if ok, significant.count == 1, let head = significant.first, head.dropFirst().contains(letters[k]),
               k > 0, let found = match(letters, k - 1, words, j - 1) { return found }
            if ok, let head = significant.first {
                // The head gives its initial plus, optionally, later letters in order ("southeast" → s, e).
                for extra in 0...max(0, min(2, k)) {
                    let start = k - extra
                    guard start >= 0, head.first == letters[start] else { continue }
                    if isSubsequence(letters[(start + 1)..<(k + 1)], of: head.dropFirst()),
                       let found = match(letters, start - 1, words, j - 1) { return found }
                }
            }
        }
        // A small word inside the expansion gives no letter; the expansion never starts with one.
        return significant.isEmpty ? match(letters, i, words, j - 1) : nil
    }

    private static func isSubsequence(_ needle: ArraySlice<Character>, of hay: Substring) -> Bool {
        var rest = hay
        for c in needle {
            guard let at = rest.firstIndex(of: c) else { return false }
            rest = rest[rest.index(after: at)...]
        }
        return true
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
