import Foundation

/// Reads author names from bylines (`By X`, `By X and Y*`, `X | date`) and signature lines.
enum Byline {
    /// The names after a "By" (or "Written by", "Author:") in `line`, and the line with the byline cut out.
    static func names(in line: String) -> (names: [String], rest: String)? {
        let chars = Array(line)
        guard let (start, nameStart) = bylineStart(chars) else { return nil }
        var end = nameStart
        while end < chars.count, !separators.contains(chars[end]), !(chars[end] == "-" && end + 1 < chars.count && chars[end + 1] == " ") {
            end += 1
        }
        let names = split(String(chars[nameStart..<end]))
        guard !names.isEmpty else { return nil }
        return (names, String(chars[..<start]) + " " + String(chars[end...]))
    }

    /// Separate "A, B and C" into names; nil entries (titles such as "Special Correspondent") are dropped.
    static func split(_ text: String) -> [String] {
        var parts = [text]
        for glue in [" and ", " & ", ", "] { parts = parts.flatMap { $0.components(separatedBy: glue) } }
        return parts.map(clean).filter { isName($0, minWords: 1) }
    }

    /// A name without footnote stars, daggers and trailing punctuation.
    static func clean(_ name: String) -> String {
        var s = Substring(name.trimmingSpaces)
        while let last = s.last, "*†‡,;:".contains(last) || last == " " { s.removeLast() }
        while let first = s.first, "*†‡".contains(first) || first == " " { s.removeFirst() }
        return String(s)
    }

    /// True when text reads as a person's name: capitalised words, no digits, no sentence punctuation.
    static func isName(_ text: String, minWords: Int = 2) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= minWords, words.count <= 6, text.count <= 60 else { return false }
        guard let last = text.last, last.isLetter || last == "." else { return false }
        if last == ".", let tail = words.last, tail.count > 3, !tail.dropLast().contains(".") { return false }
        var capitalised = 0
        for word in words {
            guard word.allSatisfy({ $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" }) else { return false }
            if word.first?.isUppercase == true { capitalised += 1 } else if !particles.contains(String(word)) { return false }
        }
        return capitalised >= max(1, words.count - 2)
    }

    /// Lower-case words allowed inside names (Muhammad bin Salman, Zia ul Haq, Ahmed e Ali).
    static let particles: Set<String> = ["bin", "ibn", "ul", "ud", "e", "al", "de", "van", "von", "da", "di", "ur", "el", "la", "le"]

    /// Marks that end a byline: what follows is a date, a category or an outlet.
    private static let separators: Set<Character> = ["|", "•", "·", "—", "–", "(", "/", "\u{2022}"]

    /// Where the byline starts and where its first name starts; only publication words may come before it.
    private static func bylineStart(_ chars: [Character]) -> (Int, Int)? {
        let lower = chars.map { $0.lowercased().first ?? $0 }
        for lead in ["written by ", "authored by ", "posted by ", "by ", "author: ", "authors: "].map(Array.init) {
            var at = 0
            while at + lead.count < lower.count {
                defer { at += 1 }
                guard Array(lower[at..<(at + lead.count)]) == lead, at == 0 || !lower[at - 1].isLetter else { continue }
                let after = at + lead.count
                guard chars[after].isUppercase, onlyPublicationWords(String(chars[..<at])) else { continue }
                return (at, after)
            }
        }
        return nil
    }

    /// True when text holds nothing but words like "Published", "Updated", "on", numbers and marks.
    static func onlyPublicationWords(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter }).allSatisfy { publicationWords.contains($0.lowercased()) }
    }

    /// Words that sit beside a date or byline on a publication line.
    static let publicationWords: Set<String> = [
        "date", "dated", "published", "posted", "updated", "last", "modified", "on", "at", "time", "am", "pm",
        "pkt", "pst", "gmt", "utc", "ist", "est", "edt", "bst", "cet", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "st", "nd", "rd", "th",
    ]
}
