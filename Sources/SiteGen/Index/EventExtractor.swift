/// Finds the explicit dates in a sentence that mark something happening.
///
/// Precision over recall: a full date ("July 8, 2025", "19 January 2010") or a month ("August 2021")
/// always counts; a bare year counts only in an event-ish context: after a preposition of time
/// ("in 2017", "since 2014"), as "the 2019 abrogation", in a parenthesised list ("(2001 and 2011)"),
/// or opening a sentence ("2019 was"). Names with numbers ("Index 2025", "Act, 2002", "Resolution 1267"),
/// money and counts ("$123.1 billion", "10-member", "1099 people") and decades ("1980s") never count.
public enum EventExtractor {
    /// Years outside this range are not read as years.
    static let years = 1800...2100
    /// Words before a bare year that make it a point in time.
    static let timePrepositions: Set<String> = ["in", "since", "from", "until", "till", "through", "during", "after",
                                                "before", "around", "circa", "between"]
    /// Words between such a preposition and the year ("in early 2017").
    static let modifiers: Set<String> = ["early", "mid", "late", "the", "year", "-"]
    /// Nouns that turn "in 2000 …" into a count.
    static let countNouns: Set<String> = ["people", "persons", "cases", "troops", "soldiers", "members", "deaths", "attacks",
                                          "km", "miles", "tonnes", "tons", "words", "pages", "units", "dollars", "rupees",
                                          "families", "refugees", "casualties", "civilians", "students", "men", "women",
                                          "children", "incidents", "votes", "feet", "metres", "meters"]

    /// Every dated event of a sentence, in the order the dates appear.
    public static func dates(in sentence: String) -> [EventDate] {
        let t = Token.tokens(sentence)
        var out: [EventDate] = []
        var used = Set<Int>()
        var accepted = Set<Int>()
        var i = 0
        while i < t.count {
            if let (date, end) = fullDate(t, at: i) {
                out.append(date)
                for k in i...end { used.insert(k) }
                i = end + 1
                continue
            }
            if !used.contains(i), let y = year(t, i), eventish(t, i, accepted: accepted) {
                accepted.insert(i)
                if let (endYear, end) = span(t, from: i, start: y) {
                    out.append(EventDate(year: y, endYear: endYear))
                    for k in i...end { used.insert(k) }
                    i = end + 1
                    continue
                }
                out.append(EventDate(year: y))
            }
            i += 1
        }
        return out
    }

    /// The year at token `i`, when the token is a free-standing four-digit year.
    static func year(_ t: [Token], _ i: Int) -> Int? {
        guard t[i].kind == .number, t[i].text.count == 4, let y = Int(t[i].text), years.contains(y) else { return nil }
        if i > 0, !t[i].spaced, "$£€#./,:".contains(t[i - 1].text) || t[i - 1].kind != .punct { return nil }
        if i + 1 < t.count, !t[i + 1].spaced {
            let next = t[i + 1]
            if next.kind == .word || next.text == "%" { return nil } // 1980s, 2017th
            if (next.text == "." || next.text == ","), i + 2 < t.count, !t[i + 2].spaced, t[i + 2].kind == .number { return nil }
            if next.text == "-", i + 2 < t.count, t[i + 2].kind == .word { return nil } // 2019-style
        }
        return y
    }

    /// "July 8, 2025", "19 January 2010", "8th July 2025", "August 2021", "June of 2017", "2025-07-11".
    static func fullDate(_ t: [Token], at i: Int) -> (EventDate, Int)? {
        func num(_ k: Int, _ digits: ClosedRange<Int>) -> Int? {
            k < t.count && t[k].kind == .number && digits.contains(t[k].text.count) ? Int(t[k].text) : nil
        }
        func skipOrdinal(_ k: Int) -> Int {
            k < t.count && !t[k].spaced && ["st", "nd", "rd", "th"].contains(t[k].text) ? k + 1 : k
        }
        func yearAt(_ k: Int) -> Int? { k < t.count ? year(t, k) : nil }
        func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool { d >= 1 && d <= PublishDate.daysIn(month: m, year: y) }
        // ISO: 2025-07-11
        if let y = num(i, 4...4), years.contains(y), i + 4 < t.count, t[i + 1].text == "-", !t[i + 1].spaced,
           let m = num(i + 2, 2...2), t[i + 3].text == "-", let d = num(i + 4, 2...2), (1...12).contains(m), valid(y, m, d) {
            return (EventDate(year: y, month: m, day: d), i + 4)
        }
        // Day first: 19 January 2010, 8th July, 2025
        if let d = num(i, 1...2), let (m, afterMonth) = month(t, skipOrdinal(i + 1)) {
            var k = afterMonth
            if k < t.count, t[k].text == "," { k += 1 }
            if let y = yearAt(k), valid(y, m, d) { return (EventDate(year: y, month: m, day: d), k) }
        }
        // Month first: July 8, 2025 / August 2021 / June of 2017
        if let (m, afterMonth) = month(t, i) {
            if let d = num(afterMonth, 1...2) {
                var k = skipOrdinal(afterMonth + 1)
                if k < t.count, t[k].text == "," { k += 1 }
                if let y = yearAt(k), valid(y, m, d) { return (EventDate(year: y, month: m, day: d), k) }
            }
            var k = afterMonth
            if k < t.count, t[k].text == "of" { k += 1 }
            if let y = yearAt(k) { return (EventDate(year: y, month: m), k) }
        }
        return nil
    }

    /// Month abbreviations accepted besides the full names.
    static let monthAbbreviations = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The capitalised month named at token `i` ("July", "Jul", "Sept."), and the token after it.
    static func month(_ t: [Token], _ i: Int) -> (Int, Int)? {
        guard i < t.count, t[i].kind == .word, t[i].text.first!.isUppercase else { return nil }
        let word = t[i].text.lowercased()
        if let m = PublishDate.monthNames.firstIndex(where: { $0.lowercased() == word }) { return (m + 1, i + 1) }
        guard let m = monthAbbreviations.firstIndex(of: word == "sept" ? "sep" : word) else { return nil }
        let dotted = i + 1 < t.count && t[i + 1].text == "." && !t[i + 1].spaced
        return (m + 1, dotted ? i + 2 : i + 1)
    }

    /// True when the bare year at `i` sits in a context that makes it a point in time.
    static func eventish(_ t: [Token], _ i: Int, accepted: Set<Int>) -> Bool {
        // A count: "in 2000 cases".
        if i + 1 < t.count, countNouns.contains(t[i + 1].text.lowercased()) { return false }
        var k = i - 1
        while k >= 0, modifiers.contains(t[k].text.lowercased()), t[k].text.lowercased() != "the" { k -= 1 }
        if k >= 0, t[k].kind == .word, timePrepositions.contains(t[k].text.lowercased()) { return true }
        if k >= 0, t[k].text.lowercased() == "the" {
            if k - 1 >= 0, t[k - 1].kind == .word, timePrepositions.contains(t[k - 1].text.lowercased()) { return true }
            // "the 2019 abrogation", but not "the 2025 Global Terrorism Index".
            return i + 1 < t.count && t[i + 1].isLowercaseWord
        }
        // A list continues an accepted year: "in 2014, 2015 and 2017".
        var j = i - 1
        while j >= 0, [",", "and", "or", "&"].contains(t[j].text.lowercased()) { j -= 1 }
        if j < i - 1, j >= 0, accepted.contains(j) { return true }
        if let ok = parenthesised(t, i) { return ok }
        // A sentence that opens with its year: "2019 was a turning point."
        return i == 0 && t.count > 1 && t[1].isLowercaseWord
    }

    /// For a year inside parentheses: true for a list of years ("Bonn (2001 and 2011)") or after a lowercase word;
    /// false for an author-date citation ("Smith (2016)"); nil when not in parentheses.
    static func parenthesised(_ t: [Token], _ i: Int) -> Bool? {
        var open = i - 1
        while open >= 0, t[open].text != "(", t[open].text != ")" { open -= 1 }
        guard open >= 0, t[open].text == "(" else { return nil }
        var close = i + 1
        while close < t.count, t[close].text != ")", t[close].text != "(" { close += 1 }
        guard close < t.count, t[close].text == ")" else { return nil }
        let inside = t[(open + 1)..<close]
        let yearCount = inside.indices.filter { year(t, $0) != nil }.count
        guard inside.allSatisfy({ $0.kind == .number || [",", "and", "–", "-", "to"].contains($0.text) }) else { return false }
        if yearCount >= 2 { return true }
        return open > 0 && t[open - 1].isLowercaseWord
    }

    /// The end of a span starting at year `i`: "from 2001 to 2017", "since 2001 until 2017", "between 2001 and 2011", "2001–2017".
    static func span(_ t: [Token], from i: Int, start: Int) -> (Int, Int)? {
        guard i + 2 < t.count else { return nil }
        var k = i - 1
        while k >= 0, modifiers.contains(t[k].text.lowercased()) { k -= 1 }
        let opener = k >= 0 ? t[k].text.lowercased() : ""
        let joint = t[i + 1].text.lowercased()
        let joins = ["–", "-", "to", "until", "till", "through"].contains(joint) || (joint == "and" && opener == "between")
        guard joins, ["from", "since", "between", "(", "in", "during"].contains(opener) || joint == "–" || joint == "-",
              let end = year(t, i + 2), end > start else { return nil }
        return (end, i + 2)
    }
}
