import Yams

extension ImportRules {
    /// Reads rules from the text of an `import-rules.yml`; a key the file leaves out keeps its built-in value.
    ///
    /// Problems come back as diagnostics (and the built-in rules) rather than a throw: a typo in a
    /// rules file is a content problem the editor fixes, not a failure of the environment.
    public static func parse(yaml: String, path: String) -> (rules: ImportRules, diagnostics: [Diagnostic]) {
        let fallback = path == builtinPath ? ImportRules() : builtin
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            let line = (error as? YamlError).flatMap(\.importLine) ?? 1
            return (fallback, [.error(path, line: line, "is not valid YAML (\(error)); fix the syntax, or delete the file to use the built-in rules")])
        }
        guard let root else { return (fallback, []) }
        guard let mapping = root.mapping else {
            return (fallback, [.error(path, line: root.mark?.line ?? 1, "must be a mapping of rule lists (lines:, prefixes:, …); see docs/importing.md")])
        }
        var rules = fallback
        var diagnostics: [Diagnostic] = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line ?? 1
            if key == "limits" {
                readLimits(value, into: &rules, path: path, diagnostics: &diagnostics)
                continue
            }
            guard let keyPath = listKeys[key] else {
                diagnostics.append(.warning(path, line: line, "unknown key \"\(key)\" ignored; known keys: \(knownKeys)"))
                continue
            }
            rules[keyPath: keyPath] = readList(value, key: key, path: path, diagnostics: &diagnostics)
        }
        return (rules, diagnostics)
    }

    static let builtinPath = "import-rules (built in)"

    private static var listKeys: [String: WritableKeyPath<ImportRules, [String]>] { [
        "lines": \.lines, "prefixes": \.prefixes, "patterns": \.patterns, "cut_from": \.cutFrom,
        "debris": \.debris, "credits": \.credits, "ignored_authors": \.ignoredAuthors,
        "bio_starts": \.bioStarts, "bio_headings": \.bioHeadings, "notes_headings": \.notesHeadings,
    ] }

    private static var limitKeys: [String: WritableKeyPath<ImportRules, Int>] { [
        "heading_max_words": \.headingMaxWords, "heading_max_chars": \.headingMaxChars,
        "topic_min_mentions": \.topicMinMentions, "max_topics": \.maxTopics, "summary_max_chars": \.summaryMaxChars,
    ] }

    private static var knownKeys: String { (listKeys.keys.sorted() + ["limits"]).joined(separator: ", ") }

    private static func readList(_ node: Node, key: String, path: String, diagnostics: inout [Diagnostic]) -> [String] {
        if case .scalar(let s) = node, s.string.isEmpty || s.string == "~" || s.string == "null" { return [] }
        guard let items = node.sequence else {
            diagnostics.append(.error(path, line: node.mark?.line ?? 1, "\"\(key)\" must be a list (one \"- text\" a line)"))
            return []
        }
        var out: [String] = []
        for item in items {
            guard let text = item.scalar?.string, !text.trimmingSpaces.isEmpty else {
                diagnostics.append(.error(path, line: item.mark?.line ?? 1, "entries of \"\(key)\" must be non-empty text; quote text with a colon or #"))
                continue
            }
            out.append(text)
        }
        return out
    }

    private static func readLimits(_ node: Node, into rules: inout ImportRules, path: String, diagnostics: inout [Diagnostic]) {
        guard let mapping = node.mapping else {
            diagnostics.append(.error(path, line: node.mark?.line ?? 1, "\"limits\" must be a mapping such as \"heading_max_words: 12\""))
            return
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line ?? 1
            guard let keyPath = limitKeys[key] else {
                diagnostics.append(.warning(path, line: line, "unknown limit \"\(key)\" ignored; known limits: \(limitKeys.keys.sorted().joined(separator: ", "))"))
                continue
            }
            guard let number = value.int, number > 0 else {
                diagnostics.append(.error(path, line: line, "limit \"\(key)\" must be a whole number above 0"))
                continue
            }
            rules[keyPath: keyPath] = number
        }
    }
}

extension YamlError {
    /// The line a YAML syntax error points at.
    var importLine: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): mark.line
        default: nil
        }
    }
}
