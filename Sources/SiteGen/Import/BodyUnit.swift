/// A paragraph-sized piece of the body and what it became in Markdown.
struct BodyUnit: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case paragraph, heading, bullet, numbered(Int), quote
    }

    var text: String
    var line: Int
    var kind: Kind = .paragraph

    /// Splits the remaining lines into units: one per line, except hard-wrapped paragraphs, which are joined.
    static func split(_ lines: [RawLine]) -> [BodyUnit] {
        var units: [BodyUnit] = []
        var block: [RawLine] = []
        func flush() {
            if isWrapped(block.map(\.text)), let first = block.first {
                units.append(BodyUnit(text: block.map(\.text).joined(separator: " "), line: first.number))
            } else {
                units += block.map { BodyUnit(text: $0.text, line: $0.number) }
            }
            block = []
        }
        for line in lines {
            if line.text.isEmpty { flush() } else { block.append(line) }
        }
        flush()
        return units
    }

    /// Lines of similar length, some ending mid-sentence: text wrapped at a fixed width, not one paragraph a line.
    static func isWrapped(_ lines: [String]) -> Bool {
        guard lines.count >= 2 else { return false }
        let body = lines.dropLast()
        let lengthsFit = body.allSatisfy { (40...100).contains($0.count) }
        let midSentence = body.contains { !($0.last.map { ".!?:;”\"".contains($0) } ?? true) }
        let noItems = !lines.contains { ListItem.parse($0) != nil }
        return lengthsFit && midSentence && noItems
    }

    var isProse: Bool {
        switch kind {
        case .paragraph, .quote: true
        default: false
        }
    }
}

/// A list item as written: `• text`, `- text`, `1. text`, `(2) text`.
enum ListItem {
    /// The item's kind and text; `sure` is false for marks that also start ordinary lines ("- ", "1.").
    static func parse(_ line: String) -> (kind: BodyUnit.Kind, text: String, sure: Bool)? {
        guard let first = line.first else { return nil }
        if "•●▪◦‣■□►✓✔➢➤".contains(first) {
            return (.bullet, line.dropFirst().trimmingSpaces, true)
        }
        if "-*–+".contains(first), line.dropFirst().first == " " {
            return (.bullet, line.dropFirst(2).trimmingSpaces, false)
        }
        var s = Substring(line)
        let open = s.first == "("
        if open { s.removeFirst() }
        let digits = s.prefix(while: \.isASCIIDigit)
        guard (1...3).contains(digits.count), let n = Int(digits) else { return nil }
        s = s.dropFirst(digits.count)
        guard let mark = s.first, open ? mark == ")" : (mark == "." || mark == ")"), s.dropFirst().first == " " else { return nil }
        return (.numbered(n), s.dropFirst(2).trimmingSpaces, false)
    }
}
