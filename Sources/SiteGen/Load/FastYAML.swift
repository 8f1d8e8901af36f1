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

    // The helpers below cut and test on UTF-8 bytes: every indicator is ASCII, so each cut falls on a
    // scalar boundary, as libyaml (behind Yams) reads it. Character-wise tests (grapheme breaking for
    // each `first`, `count` and `contains`) were most of this reader's cost, 5 % of a build's instructions.

    /// `key: rest` with a simple key; nil when the line is not of that form.
    private static func splitKey(_ text: Substring) -> (String, Substring)? {
        let u = text.utf8
        guard let colon = u.firstIndex(of: 58) else { return nil }
        let key = text[..<colon]
        guard let f = key.utf8.first else { return nil }
        if f < 128 {
            guard isASCIILetter(f) || f == 95 else { return nil }
            let asciiKey = key.utf8.allSatisfy { isASCIILetter($0) || ($0 >= 48 && $0 <= 57) || $0 == 95 || $0 == 45 }
            guard asciiKey || key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        } else {
            guard let c = key.first, c.isLetter, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        }
        let after = u.index(after: colon)
        guard after == u.endIndex || u[after] == 32 else { return nil }
        return (String(key), trimmingSpaces(text[after...]))
    }

    private static func isASCIILetter(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 65 && b <= 90) }

    /// `text` without leading and trailing spaces.
    private static func trimmingSpaces(_ text: Substring) -> Substring {
        let u = text.utf8
        var start = u.startIndex, end = u.endIndex
        while start < end, u[start] == 32 { start = u.index(after: start) }
        while end > start, u[u.index(before: end)] == 32 { end = u.index(before: end) }
        return text[start..<end]
    }

    /// `text` without leading spaces.
    private static func droppingLeadingSpaces(_ text: Substring) -> Substring {
        let u = text.utf8
        var start = u.startIndex
        while start < u.endIndex, u[start] == 32 { start = u.index(after: start) }
        return text[start...]
    }

    private static func inlineValue(_ text: Substring) -> YAMLValue? {
        guard let f = text.utf8.first else { return .scalar("", plain: true) }
        switch f {
        case 34: return quoted(text, double: true).map { .scalar($0, plain: false) }
        case 39: return quoted(text, double: false).map { .scalar($0, plain: false) }
        case 91: return flowList(text)
        default: return plain(text).map { .scalar($0, plain: true) }
        }
    }

    /// Bytes that may not start a plain scalar: `{}[]&*!|>%@` backquote `,#'"`.
    private static let indicators: Set<UInt8> = Set("{}[]&*!|>%@`,#'\"".utf8)

    /// A plain scalar: no indicator at the start, no `: ` or ` #` inside.
    private static func plain(_ text: Substring) -> String? {
        let u = text.utf8
        guard let f = u.first, !indicators.contains(f) else { return nil }
        if f == 45 || f == 63 || f == 58 {
            let second = u.index(after: u.startIndex)
            if second == u.endIndex || u[second] == 32 { return nil }
        }
        if u.hasPair(58, 32) || u.hasPair(32, 35) || u.last == 58 { return nil }
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
        let u = text.utf8
        guard u.count >= 2, u.last == 93 else { return nil }
        let inner = text[u.index(after: u.startIndex)..<u.index(before: u.endIndex)]
        if inner.utf8.allSatisfy({ $0 == 32 }) { return .sequence([]) }
        var items: [YAMLValue] = []
        var rest = inner
        while true {
            rest = droppingLeadingSpaces(rest)
            guard let f = rest.utf8.first else { return nil }
            var item: Substring
            if f == 34 || f == 39 {
                guard let close = closingQuote(rest) else { return nil }
                item = rest[...close]
                rest = droppingLeadingSpaces(rest[rest.utf8.index(after: close)...])
            } else {
                let end = rest.utf8.firstIndex(of: 44) ?? rest.endIndex
                item = trimmingSpaces(rest[..<end])
                // `[a,, b]` is not YAML: Yams says so, with a message.
                if item.isEmpty { return nil }
                if item.utf8.contains(where: { $0 == 91 || $0 == 93 || $0 == 123 || $0 == 125 || $0 == 34 }) { return nil }
                rest = rest[end...]
            }
            guard let value = inlineValue(item), case .scalar = value else { return nil }
            items.append(value)
            guard let next = rest.utf8.first else { return .sequence(items) }
            guard next == 44 else { return nil }
            rest = rest[rest.utf8.index(after: rest.startIndex)...]
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
