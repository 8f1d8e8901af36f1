/// Turns a raw article copied from a news site into a Markdown briefing with front matter.
public enum Importer {
    /// Imports one raw text. Pure, and total: any bytes give a briefing or an error diagnostic.
    public static func convert(_ raw: [UInt8], options: ImportOptions, rules: ImportRules, topics: [Topic]) -> ImportedBriefing {
        let path = options.sourceFile ?? "input.txt"
        let (decoded, problem) = RawText.lines(raw)
        switch problem {
        case .binary: return failure(path, "does not look like text (it holds control bytes); save the article as plain UTF-8 text and import that")
        case .empty: return failure(path, "is empty; copy the article's text into it and import again")
        case .notUTF8, nil: break
        }
        var (lines, dropped) = Junk.strip(decoded, rules: rules)
        let found = Notes.find(lines, rules: rules)
        var noteLines = found.indices.map { lines[$0] }
        if let h = found.heading { noteLines.insert(lines[h], at: 0) }
        for i in found.indices + (found.heading.map { [$0] } ?? []) { lines[i].text = "" }
        let tail = Tail.extract(&lines, rules: rules)
        let header = Header.extract(&lines, rules: rules)
        var units = BodyUnit.split(lines)
        var shaped = BodyShape.classify(units, rules: rules)
        var notes = found.notes
        var marks = Footnotes.link(shaped, notes: notes)
        if marks.isEmpty && !notes.isEmpty { // numbers at the end with no markers: a list, not notes
            units += noteLines.map { BodyUnit(text: $0.text, line: $0.number) }
            shaped = BodyShape.classify(units, rules: rules)
            notes = []
        } else if let h = found.heading {
            dropped.append(ReportLine(line: lines[h].number, text: noteLines[0].text, reason: "notes heading"))
        }
        marks = marks.filter { _ in !notes.isEmpty }
        var facts = Facts(path: path, header: header, tail: tail, units: shaped, marks: marks, notes: notes)
        if problem == .notUTF8 {
            facts.diagnostics.append(.warning(path, "is not UTF-8; read it as Windows-1252: check quotes and accented letters"))
        }
        return facts.briefing(raw: raw, options: options, rules: rules, topics: topics, dropped: dropped)
    }

    private static func failure(_ path: String, _ message: String) -> ImportedBriefing {
        let report = ImportReport(source: path, title: "", authors: [], hasBio: false, topicCounts: [], topics: [],
                                  headings: [], footnotes: 0, dropped: [], moved: [], review: [])
        return ImportedBriefing(slug: "", markdown: "", report: report, diagnostics: [.error(path, message)])
    }
}
