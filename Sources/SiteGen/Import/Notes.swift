/// A numbered note from the end of an article (`8Conference on Disarmament, …`).
struct Note: Sendable, Hashable {
    var number: Int
    var text: String
    var line: Int
}

/// Finds the run of numbered notes, 1 to N one a line, that closes an article.
enum Notes {
    /// The notes, the indices of their lines, and the index of a "Notes" heading above them.
    static func find(_ lines: [RawLine], rules: ImportRules) -> (notes: [Note], indices: [Int], heading: Int?) {
        var notes: [Note] = []
        var indices: [Int] = []
        var i = lines.count - 1
        while i >= 0 {
            defer { i -= 1 }
            if lines[i].text.isEmpty { continue }
            guard let (number, text) = parse(lines[i].text), notes.isEmpty || number == notes[0].number - 1 else { break }
            notes.insert(Note(number: number, text: text, line: lines[i].number), at: 0)
            indices.insert(i, at: 0)
            if number == 1 { break }
        }
        guard notes.first?.number == 1 else { return ([], [], nil) }
        var h = (indices.first ?? 0) - 1
        while h >= 0, lines[h].text.isEmpty { h -= 1 }
        let heading = h >= 0 && ImportRules.listed(lines[h].text, in: rules.notesHeadings) ? h : nil
        return (notes, indices, heading)
    }

    /// `12Conference on …`, `1 Waqas …`, `3. “Title” …`, `[4] Ibid.`: the number and the note.
    static func parse(_ line: String) -> (Int, String)? {
        var s = Substring(line)
        let bracketed = s.first == "["
        if bracketed { s.removeFirst() }
        let digits = s.prefix(while: \.isASCIIDigit)
        guard (1...3).contains(digits.count), let number = Int(digits), number > 0 else { return nil }
        s = s.dropFirst(digits.count)
        if bracketed { guard s.first == "]" else { return nil }; s.removeFirst() }
        if let first = s.first, first == "." || first == ")" { s.removeFirst() }
        s = s.drop(while: { $0 == " " })
        guard let first = s.first, first.isLetter || "“\"‘'(".contains(first) else { return nil }
        return (number, String(s))
    }
}
