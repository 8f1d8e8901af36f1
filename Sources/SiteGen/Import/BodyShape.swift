/// Decides what each body unit is: heading, list item, quotation or plain paragraph.
enum BodyShape {
    static func classify(_ input: [BodyUnit], rules: ImportRules) -> [BodyUnit] {
        var units = markLists(input)
        for i in units.indices where units[i].kind == .paragraph {
            if isHeading(units, i, rules: rules) {
                units[i].kind = .heading
            } else if isQuotation(units[i].text) || followsLostColon(units, i, rules: rules) {
                units[i].kind = .quote
            }
        }
        return units
    }

    /// List items: a bullet glyph always; "- " or "1." only in a run of two or more (numbers rising).
    private static func markLists(_ input: [BodyUnit]) -> [BodyUnit] {
        var units = input
        let items = input.map { ListItem.parse($0.text) }
        for i in units.indices {
            guard let item = items[i] else { continue }
            let neighbour = [i - 1, i + 1].contains { j in
                guard j >= 0, j < items.count, let other = items[j] else { return false }
                switch (item.kind, other.kind) {
                case (.bullet, .bullet): return true
                case (.numbered(let a), .numbered(let b)): return j > i ? b == a + 1 : a == b + 1
                default: return false
                }
            }
            if item.sure || neighbour {
                units[i].kind = item.kind
                units[i].text = item.text
            }
        }
        return units
    }

    /// A short line with no closing punctuation, standing between paragraphs.
    static func isHeading(_ units: [BodyUnit], _ i: Int, rules: ImportRules) -> Bool {
        let text = units[i].text
        guard i > 0, i + 1 < units.count, units[i - 1].kind != .heading, units[i + 1].kind != .heading,
              let first = text.first, first.isUppercase || first.isASCIIDigit, let last = text.last,
              !".,;:!?…\"”’'-–—([".contains(last), text.count <= rules.headingMaxChars,
              text.split(separator: " ").count <= rules.headingMaxWords, !text.contains(". ") else { return false }
        let next = units[i + 1]
        return next.kind != .paragraph || !isShortLabel(next.text, rules: rules)
    }

    /// Text as short as a heading and not ending as a sentence does.
    private static func isShortLabel(_ text: String, rules: ImportRules) -> Bool {
        text.split(separator: " ").count <= rules.headingMaxWords && !(text.last.map { ".!?”\"".contains($0) } ?? false)
    }

    /// A paragraph that is one quotation, perhaps followed by who said it: “…,” the ministry said.
    static func isQuotation(_ text: String) -> Bool {
        let pairs: [Character: Character] = ["“": "”", "\"": "\"", "«": "»"]
        guard let open = text.first, let close = pairs[open] else { return false }
        let inner = text.dropFirst()
        guard let end = inner.firstIndex(of: close) else { return false }
        let quoted = inner[..<end]
        guard quoted.split(separator: " ").count >= 8, !quoted.contains(open) else { return false }
        let after = inner[inner.index(after: end)...].trimmingSpaces
        if after.isEmpty || after.allSatisfy({ ".,".contains($0) || $0.isASCIIDigit }) { return true }
        let words = after.split(separator: " ")
        guard words.count <= 16, !after.contains(open), !after.contains(close) else { return false }
        let verbs = ["said", "says", "added", "stated", "noted", "told", "wrote", "remarked", "declared", "according", "insisted", "argued", "tweeted", "warned", "explained"]
        return words.contains { word in verbs.contains(word.lowercased().filter { $0.isLetter }) }
    }

    /// A long paragraph ending without punctuation introduces the next one as a quotation (its colon lost in copying).
    private static func followsLostColon(_ units: [BodyUnit], _ i: Int, rules: ImportRules) -> Bool {
        guard i > 0, units[i - 1].kind == .paragraph else { return false }
        let intro = units[i - 1].text
        guard intro.split(separator: " ").count > rules.headingMaxWords,
              let introEnd = intro.last(where: { !$0.isASCIIDigit }), introEnd.isLetter,
              let end = units[i].text.last(where: { !$0.isASCIIDigit }) else { return false }
        return ".!?”\"".contains(end)
    }
}
