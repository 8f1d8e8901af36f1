import Yams

/// A parsed YAML mapping whose values are read with types and line numbers for diagnostics.
struct YAMLMapping {
    /// Each key with its value node and the file line it stands on.
    private(set) var entries: [(key: String, value: YAMLValue, line: Int)] = []
    /// Path for diagnostics.
    let path: String
    /// Added to YAML's own line numbers to get file lines.
    let lineOffset: Int

    /// Parses `yaml`; nil with a diagnostic (pointing at YAML's own line) when it is not a mapping.
    static func parse(_ yaml: String, path: String, lineOffset: Int, what: String,
                      into diagnostics: inout [Diagnostic]) -> YAMLMapping? {
        if let fast = FastYAML.parse(yaml) { return YAMLMapping(fast, path: path, lineOffset: lineOffset) }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            let (line, problem) = describe(error)
            diagnostics.append(.error(path, line: line + lineOffset,
                                      "invalid YAML in \(what): \(problem); check indentation, and quote values that contain `:` or `#`"))
            return nil
        } catch {
            diagnostics.append(.error(path, line: lineOffset, "invalid YAML in \(what): \(error)"))
            return nil
        }
        guard let node else { return YAMLMapping(path: path, lineOffset: lineOffset) }
        guard case .mapping(let mapping) = YAMLValue(node) else {
            diagnostics.append(.error(path, line: lineOffset + (node.mark?.line ?? 1),
                                      "\(what) must be `key: value` lines, found a \(YAMLValue(node).kindName)"))
            return nil
        }
        return YAMLMapping(mapping, path: path, lineOffset: lineOffset)
    }

    private init(path: String, lineOffset: Int) {
        self.path = path
        self.lineOffset = lineOffset
    }

    /// Wraps an already parsed mapping (nested maps such as `source:`).
    init(_ mapping: [YAMLEntry], path: String, lineOffset: Int) {
        self.path = path
        self.lineOffset = lineOffset
        entries = mapping.map { ($0.key, $0.value, lineOffset + $0.line) }
    }

    /// The keys in file order.
    var keys: [String] { entries.map(\.key) }

    /// The value node and line of `key`.
    func entry(_ key: String) -> (value: YAMLValue, line: Int)? {
        entries.first { $0.key == key }.map { ($0.value, $0.line) }
    }

    /// A string value; numbers and booleans are accepted as written. Empty and `null` are nil.
    func string(_ key: String, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let (node, line) = entry(key) else { return nil }
        guard case .scalar(let s, let plain) = node else {
            diagnostics.append(.error(path, line: line, "`\(key)` must be text, found a \(node.kindName); write `\(key): \"…\"`"))
            return nil
        }
        if plain, s == "~" || s == "null" || s.isEmpty { return nil }
        return s
    }

    /// A list of strings; a single string is accepted as a one-element list.
    func strings(_ key: String, _ diagnostics: inout [Diagnostic]) -> [String] {
        guard let (node, line) = entry(key) else { return [] }
        switch node {
        case .scalar(let s, let plain):
            if plain, s.isEmpty || s == "~" || s == "null" { return [] }
            return [s]
        case .sequence(let seq):
            var out: [String] = []
            for item in seq {
                if case .scalar(let s, _) = item { out.append(s) } else {
                    diagnostics.append(.error(path, line: line, "each entry of `\(key)` must be text; write `\(key): [\"a\", \"b\"]`"))
                }
            }
            return out
        default:
            diagnostics.append(.error(path, line: line, "`\(key)` must be a list; write `\(key): [\"a\", \"b\"]`"))
            return []
        }
    }

    /// A boolean; anything but true/false is an error.
    func bool(_ key: String, _ diagnostics: inout [Diagnostic]) -> Bool? {
        guard let (node, line) = entry(key) else { return nil }
        if case .scalar(let s, _) = node {
            switch s.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        diagnostics.append(.error(path, line: line, "`\(key)` must be `true` or `false`"))
        return nil
    }

    /// A positive integer.
    func int(_ key: String, _ diagnostics: inout [Diagnostic]) -> Int? {
        guard let (node, line) = entry(key) else { return nil }
        if case .scalar(let s, _) = node, let v = Int(s), v > 0 { return v }
        diagnostics.append(.error(path, line: line, "`\(key)` must be a whole number above 0"))
        return nil
    }

    /// A nested mapping.
    func mapping(_ key: String, _ diagnostics: inout [Diagnostic]) -> YAMLMapping? {
        guard let (node, line) = entry(key) else { return nil }
        if case .mapping(let m) = node { return YAMLMapping(m, path: path, lineOffset: lineOffset) }
        if case .scalar(let s, _) = node, s.isEmpty { return nil }
        diagnostics.append(.error(path, line: line, "`\(key)` must be a group of `name: value` lines indented below it"))
        return nil
    }

    /// Warns about keys not in `known`, suggesting the closest known key.
    func warnUnknownKeys(_ known: [String], what: String, _ diagnostics: inout [Diagnostic]) {
        for (key, _, line) in entries where !known.contains(key) {
            let hint = Suggest.closest(to: key, in: known).map { " (did you mean `\($0)`?)" } ?? ""
            diagnostics.append(.warning(path, line: line, "unknown key `\(key)` in \(what)\(hint); it is ignored, remove or rename it"))
        }
    }

    private static func describe(_ error: YamlError) -> (Int, String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let ctx = context.map { "\($0.text) " } ?? ""
            return (mark.line, "\(ctx)\(problem)".trimmingSpaces)
        case let .reader(problem, _, _, _):
            return (1, problem)
        default:
            return (1, "\(error)")
        }
    }
}
