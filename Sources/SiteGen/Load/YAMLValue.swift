import Yams

/// A YAML value as SiteGen reads it: scalars stay text (typed by the reader), with file lines kept.
indirect enum YAMLValue: Equatable {
    /// Text and whether it was written plain (unquoted), so `~`, `null` and empty plain values read as nothing.
    case scalar(String, plain: Bool)
    case sequence([YAMLValue])
    /// Keys in file order with their values and one-based lines (relative to the parsed text).
    case mapping([YAMLEntry])
    /// Anchors and aliases: not used by content files, reported as mistyped where they appear.
    case alias

    /// Converts a Yams node tree.
    init(_ node: Node) {
        switch node {
        case .scalar(let s):
            self = .scalar(s.string, plain: s.style == .plain)
        case .sequence(let seq):
            self = .sequence(seq.map(YAMLValue.init))
        case .mapping(let m):
            self = .mapping(m.map { YAMLEntry(key: $0.key.string ?? "", value: YAMLValue($0.value), line: $0.key.mark?.line ?? 1) })
        case .alias:
            self = .alias
        }
    }

    /// The kind of value, for messages.
    var kindName: String {
        switch self {
        case .scalar: "single value"
        case .mapping: "group of keys"
        case .sequence: "list"
        case .alias: "alias"
        }
    }
}

/// One `key: value` of a mapping.
struct YAMLEntry: Equatable {
    var key: String
    var value: YAMLValue
    var line: Int
}
