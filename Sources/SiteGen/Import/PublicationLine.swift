/// A line stating when and by whom an article was published: `Feb 27, 2022 | Essays`,
/// `date 2025-07-11 By Shaheen Khan`, `Shaheen Khan | July 8, 2025`, `By Farooq Yousaf*`.
struct PublicationLine: Sendable, Hashable {
    var date: FoundDate?
    var authors: [String]

    /// The line read as a publication line, or nil when it holds anything beyond date, byline and a category.
    static func read(_ text: String, rules: ImportRules) -> PublicationLine? {
        guard text.count <= 160 else { return nil }
        if unsigned(text, rules: rules) { return PublicationLine(date: nil, authors: []) }
        var rest = text
        let found = DateScan.first(in: text)
        if let found {
            let chars = Array(text)
            rest = String(chars[..<found.range.lowerBound]) + " | " + String(chars[found.range.upperBound...])
        }
        var authors: [String] = []
        if let byline = Byline.names(in: rest) {
            authors = byline.names
            rest = byline.rest
        } else if found == nil {
            return nil
        }
        // What is left must be publication words, a short category, or (beside a date) a name.
        let hasSeparator = rest.contains { "|•·—–".contains($0) }
        for segment in rest.split(whereSeparator: { "|•·—–,".contains($0) }) {
            let words = segment.split(whereSeparator: { !$0.isLetter && $0 != "." && $0 != "-" && $0 != "'" && $0 != "’" })
                .filter { !Byline.publicationWords.contains($0.lowercased().filter(\.isLetter)) && $0.contains(where: \.isLetter) }
            if words.isEmpty { continue }
            let phrase = words.joined(separator: " ")
            if found != nil, hasSeparator, Byline.isName(phrase) {
                authors.append(phrase)
            } else if !(hasSeparator && words.count <= 3 && words.allSatisfy({ $0.first?.isUppercase == true })) {
                return nil
            }
        }
        authors = authors.filter { !rules.ignores(author: $0) }
        return PublicationLine(date: found, authors: authors)
    }

    /// "By admin", "Posted by webmaster": a byline naming nobody.
    private static func unsigned(_ text: String, rules: ImportRules) -> Bool {
        var words = text.importKey.split(separator: " ").map(String.init)
        while let first = words.first, ["posted", "written", "by", "author:", "author"].contains(first) { words.removeFirst() }
        return words.count < text.importKey.split(separator: " ").count && rules.ignores(author: words.joined(separator: " "))
    }
}
