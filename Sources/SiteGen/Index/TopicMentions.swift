/// Finds the topics a piece of text mentions by name, acronym or alias.
public struct TopicMentions: Sendable {
    /// One name to look for and the topic it stands for.
    struct Name: Sendable {
        var text: String
        /// Acronyms and all-capital names ("SCO", "US") must match case; others match any case.
        var matchCase: Bool
        var slug: String
    }

    let names: [Name]
    /// Topic slugs in vocabulary order, so results come out in a stable order.
    let order: [String: Int]

    /// A matcher for a vocabulary.
    public init(_ topics: [Topic]) {
        names = topics.flatMap { t in
            t.mentionNames.filter { !$0.isEmpty }.map { Name(text: $0, matchCase: !$0.contains { $0.isLowercase }, slug: t.slug) }
        }
        order = Dictionary(topics.enumerated().map { ($0.element.slug, $0.offset) }, uniquingKeysWith: { a, _ in a })
    }

    /// Slugs of the topics `text` mentions, in vocabulary order.
    public func topics(in text: String) -> [String] {
        let lower = text.lowercased()
        var found = Set<String>()
        for name in names where !found.contains(name.slug) {
            if containsWord(name.matchCase ? text : lower, name.matchCase ? name.text : name.text.lowercased()) {
                found.insert(name.slug)
            }
        }
        return found.sorted { order[$0, default: 0] < order[$1, default: 0] }
    }
}

/// True when `word` occurs in `text` not glued to other letters or digits.
func containsWord(_ text: String, _ word: String) -> Bool {
    var searchStart = text.startIndex
    while let r = text.range(of: word, range: searchStart..<text.endIndex) {
        let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
        let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
        let glued = { (c: Character?) in c.map { $0.isLetter || $0.isNumber } ?? false }
        if !glued(before), !glued(after) { return true }
        searchStart = text.index(after: r.lowerBound)
    }
    return false
}
