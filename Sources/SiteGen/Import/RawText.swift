/// One line of a raw article after clean-up, with its line number in the raw file.
struct RawLine: Sendable, Hashable {
    var number: Int
    var text: String
}

/// Turns raw bytes into clean lines: any encoding we can guess, one kind of space, no invisible characters.
enum RawText {
    /// What went wrong with the bytes, if anything.
    enum Problem: Sendable, Hashable {
        case empty, binary, notUTF8
    }

    /// The text's lines (blank lines kept, as empty text) and the problem found, if any.
    static func lines(_ bytes: [UInt8]) -> (lines: [RawLine], problem: Problem?) {
        let (text, problem) = decode(bytes)
        if problem == .binary { return ([], .binary) }
        var lines: [RawLine] = []
        var number = 1
        for line in clean(text).split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(RawLine(number: number, text: String(line)))
            number += 1
        }
        if !lines.contains(where: { !$0.text.isEmpty }) { return ([], .empty) }
        return (lines, problem)
    }

    /// Decodes UTF-8 (with or without a byte-order mark), UTF-16 with a mark, else Windows-1252.
    static func decode(_ bytes: [UInt8]) -> (String, Problem?) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            var i = 2
            while i + 1 < bytes.count {
                let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
                units.append(little ? a | b << 8 : a << 8 | b)
                i += 2
            }
            return (String(decoding: units, as: UTF16.self), nil)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        // Text never holds NUL, and a scatter of other control bytes means an image, PDF or archive.
        let controls = body.lazy.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
        if body.contains(0) || controls * 100 > body.count { return ("", .binary) }
        let text = String(decoding: body, as: UTF8.self)
        if text.utf8.elementsEqual(body) { return (text, nil) } // decoding replaced nothing: valid UTF-8
        return (String(body.map { windows1252($0) }.map(Character.init)), .notUTF8)
    }

    /// The character a Windows-1252 byte stands for (the usual encoding of text that is not UTF-8).
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let table: [UInt32] = [0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                               0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                               0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178]
        return Unicode.Scalar(table[Int(byte - 0x80)]) ?? "\u{FFFD}"
    }

    /// One newline, one space; no invisible or control characters; no spaces at line ends.
    ///
    /// Leading spaces go too: an indented paragraph must never become a Markdown code block.
    static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var atLineStart = true
        var previousCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x0A && previousCR { previousCR = false; continue }
            previousCR = v == 0x0D
            switch v {
            case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                out.append("\n")
                pendingSpace = false
                atLineStart = true
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                pendingSpace = !atLineStart
            case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x200B, 0x2060, 0xFEFF:
                continue
            default:
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                atLineStart = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
