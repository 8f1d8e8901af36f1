/// What the importer treats as page junk, bylines, bios and notes; read from `content/import-rules.yml`.
///
/// Every list is data so editors can extend it for a new outlet without touching code.
public struct ImportRules: Sendable, Hashable {
    /// Lines dropped when the whole line is one of these (case-insensitive).
    public var lines: [String]
    /// Lines dropped when they start with one of these.
    public var prefixes: [String]
    /// Whole-line shapes: `*` any text, `#` a number.
    public var patterns: [String]
    /// Lines that, in the second half of the text, end the article: they and all after go.
    public var cutFrom: [String]
    /// Text removed wherever it appears inside a line.
    public var debris: [String]
    /// Starts of a closing line naming where the article first appeared.
    public var credits: [String]
    /// Bylines that name no person.
    public var ignoredAuthors: [String]
    /// Starts of an author bio line.
    public var bioStarts: [String]
    /// Lines that open an "about the author" section.
    public var bioHeadings: [String]
    /// Headings over the numbered notes.
    public var notesHeadings: [String]
    public var headingMaxWords: Int
    public var headingMaxChars: Int
    public var topicMinMentions: Int
    public var maxTopics: Int
    public var summaryMaxChars: Int

    /// Creates rules; every list defaults to empty so tests can state only what they need.
    public init(lines: [String] = [], prefixes: [String] = [], patterns: [String] = [], cutFrom: [String] = [],
                debris: [String] = [], credits: [String] = [], ignoredAuthors: [String] = [],
                bioStarts: [String] = [], bioHeadings: [String] = [], notesHeadings: [String] = [],
                headingMaxWords: Int = 12, headingMaxChars: Int = 90, topicMinMentions: Int = 2,
                maxTopics: Int = 6, summaryMaxChars: Int = 300) {
        self.lines = lines
        self.prefixes = prefixes
        self.patterns = patterns
        self.cutFrom = cutFrom
        self.debris = debris
        self.credits = credits
        self.ignoredAuthors = ignoredAuthors
        self.bioStarts = bioStarts
        self.bioHeadings = bioHeadings
        self.notesHeadings = notesHeadings
        self.headingMaxWords = headingMaxWords
        self.headingMaxChars = headingMaxChars
        self.topicMinMentions = topicMinMentions
        self.maxTopics = maxTopics
        self.summaryMaxChars = summaryMaxChars
    }

    /// The rules shipped in `content/import-rules.yml`, so the importer works without the file.
    public static let builtin: ImportRules = parse(yaml: builtinYAML, path: builtinPath).rules

    /// Why a line is junk (the rule that matched), or nil when it is not.
    func junkReason(_ line: String) -> String? {
        let key = line.importKey
        if key.isEmpty { return nil }
        if let hit = lines.first(where: { $0.importKey == key }) { return "junk line \"\(hit)\"" }
        if let hit = prefixes.first(where: { !$0.importKey.isEmpty && key.hasPrefix($0.importKey) }) {
            return "junk prefix \"\(hit)\""
        }
        if let hit = patterns.first(where: { LinePattern.matches($0.importKey, key) }) { return "junk pattern \"\(hit)\"" }
        return nil
    }

    /// True when the line ends the article if it comes late enough.
    func cuts(_ line: String) -> Bool {
        let key = line.importKey
        return !key.isEmpty && cutFrom.contains { $0.importKey == key }
    }

    /// True when the byline names no person (e.g. "admin").
    func ignores(author: String) -> Bool {
        let key = author.importKey
        return ignoredAuthors.contains { $0.importKey == key }
    }

    /// True when the line is one of `list` (case-insensitive, trailing colon ignored).
    static func listed(_ line: String, in list: [String]) -> Bool {
        var key = line.importKey
        if key.hasSuffix(":") { key.removeLast() }
        return list.contains { $0.importKey == key }
    }

    /// True when the line starts with one of `list` at a word boundary.
    static func starts(_ line: String, with list: [String]) -> Bool {
        let key = line.importKey
        return list.contains { start in
            let s = start.importKey
            guard !s.isEmpty, key.hasPrefix(s) else { return false }
            return key.count == s.count || !(key.dropFirst(s.count).first?.isLetter ?? false)
        }
    }
}

extension String {
    /// The form rules compare: lower case, single spaces, no spaces at the ends.
    var importKey: String {
        lowercased().split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }
}
