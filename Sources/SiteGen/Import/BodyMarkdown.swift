/// Writes the body units as Markdown, with footnote references where the markers were.
enum BodyMarkdown {
    static func render(_ units: [BodyUnit], marks: [FootnoteMark], notes: [Note]) -> String {
        var out = ""
        var previous: BodyUnit.Kind?
        for (u, unit) in units.enumerated() {
            let text = withReferences(unit.text, marks.filter { $0.unit == u })
            let line: String
            switch unit.kind {
            case .paragraph: line = text
            case .heading: line = "## " + (text.hasSuffix("#") ? String(text.dropLast()) + "\\#" : text)
            case .bullet: line = "- " + text
            case .numbered(let n): line = "\(n). " + text
            case .quote: line = "> " + text
            }
            if !out.isEmpty { out += sameList(previous, unit.kind) ? "\n" : "\n\n" }
            out += line
            previous = unit.kind
        }
        for note in notes {
            out += (out.isEmpty ? "" : "\n\n") + "[^\(note.number)]: " + MarkdownText.inline(note.text)
        }
        return out
    }

    /// The unit's text escaped, with `[^n]` in place of each marker's digits.
    static func withReferences(_ text: String, _ marks: [FootnoteMark]) -> String {
        let chars = Array(text)
        var out = ""
        var at = 0
        for mark in marks.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where mark.range.lowerBound >= at {
            out += MarkdownText.inline(String(chars[at..<mark.range.lowerBound])) + "[^\(mark.number)]"
            at = mark.range.upperBound
        }
        out += MarkdownText.inline(String(chars[at...]))
        return MarkdownText.lineStart(out)
    }

    /// The text with marker digits removed: for the summary and topic counts.
    static func plain(_ text: String, _ marks: [FootnoteMark]) -> String {
        var chars = Array(text)
        for mark in marks.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) { chars.removeSubrange(mark.range) }
        return String(chars)
    }

    private static func sameList(_ a: BodyUnit.Kind?, _ b: BodyUnit.Kind) -> Bool {
        switch (a, b) {
        case (.bullet?, .bullet), (.numbered?, .numbered): true
        default: false
        }
    }
}
