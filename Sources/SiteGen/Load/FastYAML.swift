/// A reader for the small YAML subset front matter uses, so most briefings skip the general parser.
///
/// It handles `key: value` lines with plain, single- or double-quoted scalars, flow lists of
/// scalars, block lists, and one level of nested keys. Anything else (anchors, block scalars,
/// multi-line values, unusual escapes, tabs) returns nil, and the caller falls back to Yams, which
/// also produces the error messages: the fast path never decides that YAML is invalid.
enum FastYAML {
    /// The mapping, or nil when the text leaves the subset.
    static func parse(_ text: String) -> [YAMLEntry]? {
        var lines: [(number: Int, indent: Int, text: Substring)] = []
        var number = 0
        // Lines, tabs and indents are found on the UTF-8 bytes: Character-wise splitting and counting
        // made this reader a fifth of a 10,000-briefing rebuild's profile.
        for raw in text.utf8.split(separator: 10, omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(raw)
            if line.utf8.last == 13 { line = line.dropLast() }
            if line.utf8.contains(9) { return nil }
            let indent = line.utf8.prefix { $0 == 32 }.count
            let content = line[line.utf8.index(line.startIndex, offsetBy: indent)...]
            if content.isEmpty || content.utf8.first == 35 { continue }
            lines.append((number, indent, content))
        }
        var entries: [YAMLEntry] = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            guard line.indent == 0, let (key, rest) = splitKey(line.text) else { return nil }
            i += 1
            if !rest.isEmpty {
                guard let value = inlineValue(rest) else { return nil }
                entries.append(YAMLEntry(key: key, value: value, line: line.number))
                continue
            }
            // A key with nothing after it: a nested block, or an empty value.
            var block: [(number: Int, indent: Int, text: Substring)] = []
            while i < lines.count, lines[i].indent > 0 || lines[i].text.hasPrefix("- ") || lines[i].text == "-" {
                block.append(lines[i])
                i += 1
            }
            guard let value = blockValue(block) else { return nil }
            entries.append(YAMLEntry(key: key, value: value, line: line.number))
        }
        return entries
    }

    private static func blockValue(_ block: [(number: Int, indent: Int, text: Substring)]) -> YAMLValue? {
        guard let first = block.first else { return .scalar("", plain: true) }
        if first.text.hasPrefix("-") {
            var items: [YAMLValue] = []
            for line in block {
                guard line.indent == first.indent, line.text.hasPrefix("- ") else { return nil }
                guard let item = inlineValue(line.text.dropFirst(2).drop { $0 == " " }), case .scalar = item else { return nil }
                items.append(item)
            }
            return .sequence(items)
        }
        var entries: [YAMLEntry] = []
        for line in block {
            guard line.indent == first.indent, let (key, rest) = splitKey(line.text), !rest.isEmpty,
                  let value = inlineValue(rest), case .scalar = value else { return nil }
            entries.append(YAMLEntry(key: key, value: value, line: line.number))
        }
        return .mapping(entries)
    }

    /// `key: rest` with a simple key; nil when the line is not of that form.
    private static func splitKey(_ text: Substring) -> (String, Substring)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon]
        let asciiKey = key.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) || $0 == 95 || $0 == 45 }
        guard let f = key.first, f.isLetter || f == "_",
              asciiKey || key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        let after = text[text.index(after: colon)...]
        guard after.isEmpty || after.first == " " else { return nil }
        var rest = after.drop { $0 == " " }
        while rest.last == " " { rest = rest.dropLast() }
        return (String(key), rest)
    }

    private static func inlineValue(_ text: Substring) -> YAMLValue? {
        guard let f = text.first else { return .scalar("", plain: true) }
        switch f {
        case "\"": return quoted(text, double: true).map { .scalar($0, plain: false) }
        case "'": return quoted(text, double: false).map { .scalar($0, plain: false) }
        case "[": return flowList(text)
        default: return plain(text).map { .scalar($0, plain: true) }
        }
    }

    /// A plain scalar: no indicator at the start, no `: ` or ` #` inside.
    private static func plain(_ text: Substring) -> String? {
        guard let f = text.first, !"{}[]&*!|>%@`,#'\"".contains(f) else { return nil }
        if "-?:".contains(f), text.count == 1 || text.dropFirst().first == " " { return nil }
        if text.utf8.hasPair(58, 32) || text.utf8.hasPair(32, 35) || text.utf8.last == 58 { return nil }
        return String(text)
    }

    // The quoted forms are read byte by byte: Character iteration made them the largest part of
    // loading 100,000 briefings. Quotes, backslashes and `#` are ASCII, so every cut is a boundary.

    /// A double-quoted scalar (backslash escapes; a comment may follow) or a single-quoted one
    /// (`''` for a quote; nothing may follow).
    private static func quoted(_ text: Substring, double: Bool) -> String? {
        let u = text.utf8
        let quote: UInt8 = double ? 34 : 39
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var i = u.index(after: u.startIndex)
        while i < u.endIndex {
            let c = u[i]
            if c == quote {
                let next = u.index(after: i)
                if !double, next < u.endIndex, u[next] == 39 {
                    out.append(39)
                    i = u.index(after: next)
                    continue
                }
                let tail = u[next...]
                return tail.isEmpty || (double && tail.first == 35) ? String(decoding: out, as: UTF8.self) : nil
            }
            if double, c == 92 {
                i = u.index(after: i)
                guard i < u.endIndex else { return nil }
                switch u[i] {
                case 34: out.append(34)
                case 92: out.append(92)
                case 47: out.append(47)
                case 110: out.append(10)
                case 116: out.append(9)
                default: return nil
                }
            } else {
                out.append(c)
            }
            i = u.index(after: i)
        }
        return nil
    }

    /// `[a, "b", 'c']` of scalars; nested lists or maps leave the subset.
    private static func flowList(_ text: Substring) -> YAMLValue? {
        guard text.last == "]" else { return nil }
        let inner = text.dropFirst().dropLast()
        if inner.allSatisfy({ $0 == " " }) { return .sequence([]) }
        var items: [YAMLValue] = []
        var rest = inner[...]
        while true {
            rest = rest.drop { $0 == " " }
            guard let f = rest.first else { return nil }
            var item: Substring
            if f == "\"" || f == "'" {
                guard let close = closingQuote(rest) else { return nil }
                item = rest[...close]
                rest = rest[rest.index(after: close)...].drop { $0 == " " }
            } else {
                let end = rest.firstIndex(of: ",") ?? rest.endIndex
                item = rest[..<end]
                while item.last == " " { item = item.dropLast() }
                if item.utf8.contains(where: { $0 == 91 || $0 == 93 || $0 == 123 || $0 == 125 || $0 == 34 }) { return nil }
                rest = rest[end...]
            }
            guard let value = inlineValue(item), case .scalar = value else { return nil }
            items.append(value)
            if rest.isEmpty { return .sequence(items) }
            guard rest.first == "," else { return nil }
            rest = rest.dropFirst()
        }
    }

    private static func closingQuote(_ text: Substring) -> Substring.Index? {
        let u = text.utf8
        let q = u.first!
        var i = u.index(after: u.startIndex)
        while i < u.endIndex {
            if u[i] == 92 && q == 34 {
                i = u.index(after: i)
                if i < u.endIndex { i = u.index(after: i) }
                continue
            }
            if u[i] == q {
                let next = u.index(after: i)
                if q == 39, next < u.endIndex, u[next] == 39 { i = u.index(after: next); continue }
                return i
            }
            i = u.index(after: i)
        }
        return nil
    }
}

extension Substring.UTF8View {
    /// True when byte `a` is directly followed by byte `b` somewhere.
    func hasPair(_ a: UInt8, _ b: UInt8) -> Bool {
        var previous: UInt8 = 0
        for byte in self {
            if previous == a && byte == b { return true }
            previous = byte
        }
        return false
    }
}
