/// An entry of the controlled topic vocabulary in `content/topics.yml`.
public struct Topic: Sendable, Hashable {
    /// What a topic stands for; topic index pages group by it.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case region, country, body, theme

        /// Plural heading used on the topic index.
        public var heading: String {
            switch self {
            case .region: "Regions"
            case .country: "Countries"
            case .body: "Regional and international bodies"
            case .theme: "Themes"
            }
        }
    }

    public var slug: String
    public var name: String
    public var kind: Kind
    /// Markdown shown on the topic page.
    public var description: String
    /// Slug of the parent topic, if any (e.g. `regional-bodies` for `sco`).
    public var parent: String?
    /// Acronym such as "SCO", also used by the glossary.
    public var acronym: String?
    /// Other names by which the text may mention the topic.
    public var aliases: [String]
    /// Line in `topics.yml`, for diagnostics.
    public var line: Int

    /// Creates a topic.
    public init(slug: String, name: String, kind: Kind, description: String = "", parent: String? = nil,
                acronym: String? = nil, aliases: [String] = [], line: Int = 1) {
        self.slug = slug
        self.name = name
        self.kind = kind
        self.description = description
        self.parent = parent
        self.acronym = acronym
        self.aliases = aliases
        self.line = line
    }

    /// Every name the text may use for the topic: name, acronym and aliases.
    public var mentionNames: [String] {
        [name] + (acronym.map { [$0] } ?? []) + aliases
    }
}
