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
    static func split(_ text: String) -> Result<FrontMatter, Problem> {
        if text.allSatisfy(\.isWhitespace) { return .failure(.empty) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isFence(first) else { return .failure(.missingOpeningFence) }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var lineNo = 1
        while let line = lines.first {
            lineNo += 1
            lines = lines.dropFirst()
            if isFence(line) || line.trimmingSpaces == "..." {
                let body = lines.joined(separator: "\n")
                return .success(FrontMatter(yaml: yamlLines.joined(separator: "\n"), yamlLine: 2,
                                            body: body, bodyLine: lineNo + 1))
            }
            yamlLines.append(line)
        }
        return .failure(.unclosed(openedAt: 1))
    }

    private static func isFence(_ line: Substring) -> Bool {
        var l = line
        if l.last == "\r" { l = l.dropLast() }
        while l.last == " " || l.last == "\t" { l = l.dropLast() }
        return l == "---"
    }
}
