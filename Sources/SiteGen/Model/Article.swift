/// One briefing as loaded from `content/articles/<file>.md`.
public struct Article: Sendable, Hashable {
    /// Where a briefing came from: outlet, original URL, and the raw import file with its hash.
    public struct Source: Sendable, Hashable {
        public var name: String?
        public var url: String?
        public var file: String?
        public var sha256: String?

        /// Creates a source record.
        public init(name: String? = nil, url: String? = nil, file: String? = nil, sha256: String? = nil) {
            self.name = name
            self.url = url
            self.file = file
            self.sha256 = sha256
        }
    }

    /// Path relative to the site root (`content/articles/x.md`).
    public var path: String
    public var slug: String
    public var title: String
    public var date: PublishDate?
    public var updated: PublishDate?
    public var authors: [String]
    public var authorBio: String?
    public var topics: [String]
    public var summary: String?
    public var takeaways: [String]
    public var draft: Bool
    public var source: Source?
    /// Fields an editor still has to review (set by the importer).
    public var review: [String]
    /// Markdown after the front matter; empty once rendered, or when the briefing came from the load
    /// records (see `LoadRecords`) and its Markdown was not needed.
    public var body: String
    /// `ContentHash` of the Markdown as loaded: the Markdown cache's key, kept when `body` is let go.
    public var bodyHash: String
    /// Line of the file on which `body` starts, so body diagnostics point at the file's line.
    public var bodyLine: Int
    /// Line of each front matter key, for diagnostics found after loading.
    public var keyLines: [String: Int]

    /// Creates an article.
    public init(path: String, slug: String, title: String, date: PublishDate? = nil, updated: PublishDate? = nil,
                authors: [String] = [], authorBio: String? = nil, topics: [String] = [], summary: String? = nil,
                takeaways: [String] = [], draft: Bool = false, source: Source? = nil, review: [String] = [],
                body: String, bodyLine: Int = 1, keyLines: [String: Int] = [:]) {
        self.path = path
        self.slug = slug
        self.title = title
        self.date = date
        self.updated = updated
        self.authors = authors
        self.authorBio = authorBio
        self.topics = topics
        self.summary = summary
        self.takeaways = takeaways
        self.draft = draft
        self.source = source
        self.review = review
        self.body = body
        self.bodyHash = ContentHash.hex(body)
        self.bodyLine = bodyLine
        self.keyLines = keyLines
    }

    /// Line of a front matter key, or 1.
    public func line(of key: String) -> Int { keyLines[key] ?? 1 }
}
