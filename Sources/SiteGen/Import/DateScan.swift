/// A date written in a line: a full date, or a month and day without a year (a hint only).
struct FoundDate: Sendable, Hashable {
    /// The date, when the text gives a year.
    var date: PublishDate?
    /// The text as written when there is no year ("JAN 22").
    var hint: String?
    /// Day and month could be read either way round (`04/05/2024`).
    var ambiguous = false
    /// Where the date is written, in characters of the line.
    var range: Range<Int>
}

/// Finds dates in the many ways outlets write them: ISO, `Feb 27, 2022`, `3 March 2024`, `11 Sep, 23`, `11/09/2023`.
enum DateScan {
    /// The first date in `line`; a full date is preferred to a month and day without a year.
    static func first(in line: String) -> FoundDate? {
        let chars = Array(line)
        let tokens = DateToken.split(chars)
        var hint: FoundDate?
        for i in tokens.indices {
            if let found = numeric(tokens, i) ?? monthFirst(tokens, i, chars) ?? dayFirst(tokens, i, chars) {
                if found.date != nil { return found }
                if hint == nil { hint = found }
            }
        }
        return hint
    }

    /// `2025-07-11`, `2025/07/11`, `11/09/2023`, `11.09.23` (day first, as written in Pakistan).
    private static func numeric(_ t: [DateToken], _ i: Int) -> FoundDate? {
        guard i + 4 < t.count, let a = t[i].number, let b = t[i + 2].number, let c = t[i + 4].number,
              t[i + 1].isSeparator, t[i + 1].text == t[i + 3].text, !t[i].ordinal,
              t[i + 1].end == t[i + 2].start, t[i + 3].end == t[i + 4].start, t[i].end == t[i + 1].start else { return nil }
        let range = t[i].start..<t[i + 4].end
        if t[i].text.count == 4 {
            return make(year: a, month: b, day: c, range: range)
        }
        guard t[i].text.count <= 2, t[i + 2].text.count <= 2, t[i + 4].text.count == 4 || t[i + 4].text.count == 2,
              let year = fullYear(c, digits: t[i + 4].text.count) else { return nil }
        let (day, month) = a > 12 || b <= 12 ? (a, b) : (b, a)
        var found = make(year: year, month: month, day: day, range: range)
        found?.ambiguous = a <= 12 && b <= 12 && a != b
        return found
    }

    /// `Feb 27, 2022`, `July 8th, 2025`, `Sept. 3 '24`, or `JAN 22` (no year: a hint).
    private static func monthFirst(_ t: [DateToken], _ i: Int, _ chars: [Character]) -> FoundDate? {
        guard let month = t[i].month else { return nil }
        var j = i + 1
        if j < t.count, t[j].text == "." { j += 1 }
        guard j < t.count, let day = t[j].number, t[j].text.count <= 2, (1...31).contains(day) else { return nil }
        if j + 1 < t.count, t[j + 1].text == ":" { return nil } // "May 10:30" is a time, not a day
        if let (year, end) = year(after: t, j + 1) {
            return make(year: year, month: month, day: day, range: t[i].start..<end)
        }
        return hint(chars, t[i].start..<t[j].end)
    }

    /// `3 March 2024`, `3rd of March, 2024`, `11 Sep, 23`, or `22 JAN` (no year: a hint).
    private static func dayFirst(_ t: [DateToken], _ i: Int, _ chars: [Character]) -> FoundDate? {
        guard let day = t[i].number, t[i].text.count <= 2, (1...31).contains(day) else { return nil }
        if i > 0, t[i - 1].month != nil { return nil } // already read as month-first
        var j = i + 1
        if j < t.count, t[j].text.lowercased() == "of" { j += 1 }
        guard j < t.count, let month = t[j].month else { return nil }
        var k = j + 1
        if k < t.count, t[k].text == "." { k += 1 }
        if let (year, end) = year(after: t, k) {
            return make(year: year, month: month, day: day, range: t[i].start..<end)
        }
        return hint(chars, t[i].start..<t[j].end)
    }

    /// A year after a day: `2022`, `, 2022`, `, 23`, `'23`; with the end of its text.
    private static func year(after t: [DateToken], _ at: Int) -> (Int, Int)? {
        var k = at
        var marked = false
        while k < t.count, t[k].text == "," || t[k].text == "'" || t[k].text == "’" { marked = true; k += 1 }
        guard k < t.count, let n = t[k].number, !t[k].ordinal else { return nil }
        if t[k].text.count == 4, let y = fullYear(n, digits: 4) { return (y, t[k].end) }
        if t[k].text.count == 2, marked, k + 1 >= t.count || t[k + 1].text != ":", let y = fullYear(n, digits: 2) {
            return (y, t[k].end)
        }
        return nil
    }

    private static func fullYear(_ n: Int, digits: Int) -> Int? {
        if digits == 2 { return n < 70 ? 2000 + n : 1900 + n }
        return (1900...2100).contains(n) ? n : nil
    }

    private static func make(year: Int, month: Int, day: Int, range: Range<Int>) -> FoundDate? {
        guard (1900...2100).contains(year), (1...12).contains(month), day >= 1,
              day <= PublishDate.daysIn(month: month, year: year) else { return nil }
        return FoundDate(date: PublishDate(year: year, month: month, day: day), range: range)
    }

    private static func hint(_ chars: [Character], _ range: Range<Int>) -> FoundDate {
        FoundDate(hint: String(chars[range]), range: range)
    }
}
