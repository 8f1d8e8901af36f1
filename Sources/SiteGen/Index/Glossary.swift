/// The acronyms of the portal: those in `topics.yml` and those the briefings define, with who uses them.
public struct Glossary: Sendable {
    /// One acronym with its expansion, its topic and the briefings that use it.
    public struct Entry: Sendable, Hashable {
        public var acronym: String
        public var expansion: String
        /// Slug of the topic the acronym names, if any.
        public var topic: String?
        /// Positions in `Site.articles` of briefings whose prose uses the acronym, newest first.
        public var articles: [Int]
        /// Id of the entry on the glossary page.
        public var anchor: String
    }

    /// Entries in alphabetical order of acronym.
    public let entries: [Entry]
    /// Expansion of each acronym, for `<abbr title>`; built once, since every briefing page reads it.
    public let expansions: [String: String]

    /// Builds the glossary; a topic's name wins over expansions found in text, then the most frequent one.
    public init(_ site: Site, documents: [RenderedMarkdown]) {
        var topicOf: [String: Topic] = [:]
        for t in site.topics { if let a = t.acronym, topicOf[a] == nil { topicOf[a] = t } }
        var found: [String: [String: Int]] = [:]
        for doc in documents {
            for d in doc.prose.definitions { found[d.acronym, default: [:]][d.expansion, default: 0] += 1 }
        }
        let acronyms = Set(topicOf.keys).union(found.keys).sorted()
        // A briefing uses an acronym its prose has as a whole word: one of its capital words.
        let known = Set(acronyms)
        let used = parallelMap(documents) { doc in Set(doc.prose.capitalWords.filter(known.contains)) }
        entries = acronyms.map { acronym in
            let expansion = topicOf[acronym]?.name ?? found[acronym]!.sorted { ($1.value, $0.key) < ($0.value, $1.key) }[0].key
            let users = documents.indices.filter { used[$0].contains(acronym) }
            return Entry(acronym: acronym, expansion: expansion, topic: topicOf[acronym]?.slug, articles: users,
                         anchor: "g-" + Slug.make(acronym))
        }.sorted { ($0.acronym.lowercased(), $0.acronym) < ($1.acronym.lowercased(), $1.acronym) }
        expansions = Dictionary(entries.map { ($0.acronym, $0.expansion) }, uniquingKeysWith: { a, _ in a })
    }
}
