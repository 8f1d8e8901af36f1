/// A footnote marker found glued to the text: note `number` at characters `range` of unit `unit`.
struct FootnoteMark: Sendable, Hashable {
    var unit: Int
    var range: Range<Int>
    var number: Int
}

/// Ties markers such as `policy.1`, `”.2` and `items6` to the numbered notes at the end.
///
/// A number counts as a marker only if a note with that number exists and it comes after the
/// previous note's marker, so `$123.1 billion`, `G-20` and `in 2019,` are left alone.
enum Footnotes {
    /// The markers found, in note order; notes with no marker are simply not in the result.
    static func link(_ units: [BodyUnit], notes: [Note]) -> [FootnoteMark] {
        let candidates = units.indices.flatMap { u -> [FootnoteMark] in
            units[u].kind == .heading ? [] : candidatesIn(Array(units[u].text)).map { FootnoteMark(unit: u, range: $0.0, number: $0.1) }
        }
        var marks: [FootnoteMark] = []
        var cursor = 0 // index into candidates: markers must come in the notes' order
        for note in notes {
            guard let hit = candidates[cursor...].firstIndex(where: { $0.number == note.number }) else { continue }
            marks.append(candidates[hit])
            cursor = hit + 1
        }
        return marks
    }

    /// Digit runs that could be markers: glued to a lower-case word or closing punctuation, not part of a number.
    static func candidatesIn(_ chars: [Character]) -> [(Range<Int>, Int)] {
        var out: [(Range<Int>, Int)] = []
        var i = 1
        while i < chars.count {
            guard chars[i].isASCIIDigit else { i += 1; continue }
            var j = i
            while j < chars.count, chars[j].isASCIIDigit { j += 1 }
            defer { i = j }
            guard j - i <= 3, let n = Int(String(chars[i..<j])), n > 0 else { continue }
            let before = chars[i - 1]
            let glued: Bool
            if before.isLetter {
                glued = before.isLowercase
            } else if ".,;:!?".contains(before) {
                // "2017.3 Pakistani" is a marker, "$123.1 billion" a decimal: after a number, only a new sentence counts.
                let newSentence = j == chars.count || (j + 1 < chars.count && chars[j] == " " && (chars[j + 1].isUppercase || "“\"".contains(chars[j + 1])))
                glued = i >= 2 && chars[i - 2] != " " && (!chars[i - 2].isASCIIDigit || before == "." && newSentence)
            } else {
                glued = "”’\"')]".contains(before)
            }
            let after = j < chars.count ? chars[j] : " "
            if glued, after == " " || ".,;:)”’\"".contains(after) {
                if after == ".", j + 1 < chars.count, chars[j + 1].isASCIIDigit { continue }
                out.append((i..<j, n))
            }
        }
        return out
    }
}
