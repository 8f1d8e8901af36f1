import Templates

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

    /// The stored fields, shared between copies until one is changed: a briefing is copied into
    /// closures, cards and records many times per build, and copying seventeen fields (fifteen
    /// references to count) each time was 3 % of a 10,000-briefing build.
    struct Fields: Sendable, Hashable {
        var path: String
        var slug: String
        var title: String
        var date: PublishDate?
        var updated: PublishDate?
        var authors: [String]
        var authorBio: String?
        var topics: [String]
        var summary: String?
        var takeaways: [String]
        var draft: Bool
        var source: Source?
        var review: [String]
        var body: String
        var bodyHash: String
        var bodyLine: Int
        var keyLines: [String: Int]
    }

    /// The fields, shared between copies (see `CopyOnWrite`).
    private(set) var storage: CopyOnWrite<Fields>

    /// Path relative to the site root (`content/articles/x.md`).
    public var path: String {
        get { storage.value.path }
        set { storage.value.path = newValue }
    }
    public var slug: String {
        get { storage.value.slug }
        set { storage.value.slug = newValue }
    }
    public var title: String {
        get { storage.value.title }
        set { storage.value.title = newValue }
    }
    public var date: PublishDate? {
        get { storage.value.date }
        set { storage.value.date = newValue }
    }
    public var updated: PublishDate? {
        get { storage.value.updated }
        set { storage.value.updated = newValue }
    }
    public var authors: [String] {
        get { storage.value.authors }
        set { storage.value.authors = newValue }
    }
    public var authorBio: String? {
        get { storage.value.authorBio }
        set { storage.value.authorBio = newValue }
    }
    public var topics: [String] {
        get { storage.value.topics }
        set { storage.value.topics = newValue }
    }
    public var summary: String? {
        get { storage.value.summary }
        set { storage.value.summary = newValue }
    }
    public var takeaways: [String] {
        get { storage.value.takeaways }
        set { storage.value.takeaways = newValue }
    }
    public var draft: Bool {
        get { storage.value.draft }
        set { storage.value.draft = newValue }
    }
    public var source: Source? {
        get { storage.value.source }
        set { storage.value.source = newValue }
    }
    /// Fields an editor still has to review (set by the importer).
    public var review: [String] {
        get { storage.value.review }
        set { storage.value.review = newValue }
    }
    /// Markdown after the front matter; empty once rendered, or when the briefing came from the load
    /// records (see `LoadRecords`) and its Markdown was not needed.
    public var body: String {
        get { storage.value.body }
        set { storage.value.body = newValue }
    }
    /// `ContentHash` of the Markdown as loaded: the Markdown cache's key, kept when `body` is let go.
    public var bodyHash: String {
        get { storage.value.bodyHash }
        set { storage.value.bodyHash = newValue }
    }
    /// Line of the file on which `body` starts, so body diagnostics point at the file's line.
    public var bodyLine: Int {
        get { storage.value.bodyLine }
        set { storage.value.bodyLine = newValue }
    }
    /// Line of each front matter key, for diagnostics found after loading.
    public var keyLines: [String: Int] {
        get { storage.value.keyLines }
        set { storage.value.keyLines = newValue }
    }

    /// Creates an article.
    public init(path: String, slug: String, title: String, date: PublishDate? = nil, updated: PublishDate? = nil,
                authors: [String] = [], authorBio: String? = nil, topics: [String] = [], summary: String? = nil,
                takeaways: [String] = [], draft: Bool = false, source: Source? = nil, review: [String] = [],
                body: String, bodyLine: Int = 1, keyLines: [String: Int] = [:]) {
        storage = CopyOnWrite(Fields(path: path, slug: slug, title: title, date: date, updated: updated, authors: authors,
                                 authorBio: authorBio, topics: topics, summary: summary, takeaways: takeaways, draft: draft,
                                 source: source, review: review, body: body, bodyHash: ContentHash.hex(body), bodyLine: bodyLine,
                                 keyLines: keyLines))
    }

    /// Line of a front matter key, or 1.
    public func line(of key: String) -> Int { storage.value.keyLines[key] ?? 1 }

}
