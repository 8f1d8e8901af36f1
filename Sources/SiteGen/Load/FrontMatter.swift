/// The YAML header and Markdown body of a content file, split at the `---` fences.
struct FrontMatter {
    /// YAML text between the fences.
    var yaml: String
    /// Line on which the YAML starts (the line after the opening fence).
    var yamlLine: Int
    /// Markdown after the closing fence.
    var body: String
    /// Line on which the body starts.
    var bodyLine: Int

    /// Why a file could not be split; each maps to a diagnostic that says what to do.
    enum Problem: Error, Equatable {
        case empty
        case missingOpeningFence
        case unclosed(openedAt: Int)

        /// The user-facing message.
        var message: String {
            switch self {
            case .empty:
                "the file is empty; add front matter between `---` lines (at least `title:` and `date:`), then the text"
            case .missingOpeningFence:
                "no front matter found; did you forget to start the file with a `---` line, then `title:` and `date:`, then `---`?"
            case .unclosed:
                "the front matter opened here is never closed; add a line `---` after the last key"
            }
        }

        /// The line the problem points at.
        var line: Int {
            if case .unclosed(let l) = self { return l }
            return 1
        }
    }

    /// Splits `text` (already valid UTF-8, BOM removed) into YAML and body.
    ///
    /// Works on UTF-8 bytes: this runs once per briefing, and Character-wise splitting of a
    /// whole file showed up first in the profile of a 1,000-article build.
    static func split(_ text: String) -> Result<FrontMatter, Problem> {
        var text = text
        return text.withUTF8 { b -> Result<FrontMatter, Problem> in
            if b.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) { return .failure(.empty) }
            let firstEnd = b.firstIndex(of: 10) ?? b.count
            guard isFence(b[0..<firstEnd]) else { return .failure(.missingOpeningFence) }
            var lineStart = firstEnd + 1
            var lineNo = 1
            while lineStart <= b.count {
                lineNo += 1
                let lineEnd = b[lineStart...].firstIndex(of: 10) ?? b.count
                let line = b[lineStart..<lineEnd]
                if isFence(line) || isDocumentEnd(line) {
                    let yamlStart = firstEnd + 1
                    // The YAML ends before the newline that precedes the closing fence.
                    let yaml = lineStart > yamlStart ? String(decoding: b[yamlStart..<(lineStart - 1)], as: UTF8.self) : ""
                    let body = lineEnd < b.count ? String(decoding: b[(lineEnd + 1)...], as: UTF8.self) : ""
                    return .success(FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: lineNo + 1))
                }
                lineStart = lineEnd + 1
            }
            return .failure(.unclosed(openedAt: 1))
        }
    }

    /// A `---` line, allowing trailing spaces and a carriage return.
    private static func isFence(_ line: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == 13 || line[end - 1] == 32 || line[end - 1] == 9 { end -= 1 }
        return end - line.startIndex == 3 && line[line.startIndex] == 45 && line[line.startIndex + 1] == 45 && line[line.startIndex + 2] == 45
    }

    /// YAML's `...` end-of-document marker, also accepted as the closing fence.
    private static func isDocumentEnd(_ line: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == 13 || line[end - 1] == 32 || line[end - 1] == 9 { end -= 1 }
        return end - line.startIndex == 3 && line[line.startIndex] == 46 && line[line.startIndex + 1] == 46 && line[line.startIndex + 2] == 46
    }
}
