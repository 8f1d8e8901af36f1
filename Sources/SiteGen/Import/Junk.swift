import Foundation

/// Removes page furniture: junk lines, menus, trailing comment sections and scraping debris.
enum Junk {
    /// The lines with junk emptied (blank lines keep paragraphs apart), and what was dropped.
    static func strip(_ lines: [RawLine], rules: ImportRules) -> (lines: [RawLine], dropped: [ReportLine]) {
        var out = lines
        var dropped: [ReportLine] = []
        let filled = out.indices.filter { !out[$0].text.isEmpty }
        for (rank, i) in filled.enumerated() {
            let line = out[i]
            if rank * 2 >= filled.count, rules.cuts(line.text) {
                for j in filled[rank...] {
                    dropped.append(ReportLine(line: out[j].number, text: out[j].text, reason: "after \"\(line.text)\" (end of article)"))
                    out[j].text = ""
                }
                break
            }
            if let reason = rules.junkReason(line.text) ?? (isMenu(line.text) ? "menu or breadcrumb line" : nil) {
                dropped.append(ReportLine(line: line.number, text: line.text, reason: reason))
                out[i].text = ""
                continue
            }
            for piece in rules.debris {
                let (text, removed) = removeDebris(piece, from: out[i].text)
                guard let removed else { continue }
                dropped.append(ReportLine(line: line.number, text: removed, reason: "scraping debris \"\(piece)\""))
                out[i].text = text
            }
        }
        return (out, dropped)
    }

    /// True for navigation: three or more short items between `|`, `»` or `›`, and no date.
    static func isMenu(_ line: String) -> Bool {
        let items = line.split(whereSeparator: { "|»›".contains($0) }).map { $0.trimmingSpaces }
        guard items.count >= 3, DateScan.first(in: line)?.date == nil else { return false }
        return items.allSatisfy { item in
            item.split(separator: " ").count <= 3 && !(item.last.map { ".!?".contains($0) } ?? false)
        }
    }

    /// The line without `piece`; when the removal leaves a sentence dangling ("He can be reached at"),
    /// that whole sentence goes. Also returns the text removed, or nil if `piece` was not there.
    static func removeDebris(_ piece: String, from line: String) -> (String, String?) {
        guard !piece.isEmpty, let hit = line.range(of: piece, options: .caseInsensitive) else { return (line, nil) }
        let before = line[..<hit.lowerBound]
        let after = line[hit.upperBound...]
        let head = before.trimmingSpaces.lowercased()
        let dangling = [" at", " on", " via", " to", ":", "email", "e-mail", "contact"].contains { head.hasSuffix($0) }
        guard dangling else {
            let joined = (before.trimmingSpaces + " " + after.trimmingSpaces).trimmingSpaces
            return (removeDebris(piece, from: joined).0, String(line[hit]))
        }
        // The sentence holding the debris runs from the last sentence end before it to the next after it.
        let start = sentenceStart(before)
        let tailEnd = after.firstIndex(where: { ".!?".contains($0) }).map { after.index(after: $0) } ?? after.endIndex
        let removed = String(line[start..<tailEnd]).trimmingSpaces
        let kept = (String(line[..<start]).trimmingSpaces + " " + String(after[tailEnd...]).trimmingSpaces).trimmingSpaces
        return (removeDebris(piece, from: kept).0, removed)
    }

    private static func sentenceStart(_ text: Substring) -> String.Index {
        var i = text.endIndex
        while i > text.startIndex {
            let prev = text.index(before: i)
            if ".!?".contains(text[prev]), i < text.endIndex, text[i] == " " { return i }
            i = prev
        }
        return text.startIndex
    }
}
