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

    /// A box for `Fields`; only ever changed through `unique()`.
    final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private(set) var storage: Storage

    /// The storage, copied first when another article shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    /// Path relative to the site root (`content/articles/x.md`).
    public var path: String {
        get { storage.fields.path }
        set { unique().fields.path = newValue }
    }
    public var slug: String {
        get { storage.fields.slug }
        set { unique().fields.slug = newValue }
    }
    public var title: String {
        get { storage.fields.title }
        set { unique().fields.title = newValue }
    }
    public var date: PublishDate? {
        get { storage.fields.date }
        set { unique().fields.date = newValue }
    }
    public var updated: PublishDate? {
        get { storage.fields.updated }
        set { unique().fields.updated = newValue }
    }
    public var authors: [String] {
        get { storage.fields.authors }
        set { unique().fields.authors = newValue }
    }
    public var authorBio: String? {
        get { storage.fields.authorBio }
        set { unique().fields.authorBio = newValue }
    }
    public var topics: [String] {
        get { storage.fields.topics }
        set { unique().fields.topics = newValue }
    }
    public var summary: String? {
        get { storage.fields.summary }
        set { unique().fields.summary = newValue }
    }
    public var takeaways: [String] {
        get { storage.fields.takeaways }
        set { unique().fields.takeaways = newValue }
    }
    public var draft: Bool {
        get { storage.fields.draft }
        set { unique().fields.draft = newValue }
    }
    public var source: Source? {
        get { storage.fields.source }
        set { unique().fields.source = newValue }
    }
    /// Fields an editor still has to review (set by the importer).
    public var review: [String] {
        get { storage.fields.review }
        set { unique().fields.review = newValue }
    }
    /// Markdown after the front matter; empty once rendered, or when the briefing came from the load
    /// records (see `LoadRecords`) and its Markdown was not needed.
    public var body: String {
        get { storage.fields.body }
        set { unique().fields.body = newValue }
    }
    /// `ContentHash` of the Markdown as loaded: the Markdown cache's key, kept when `body` is let go.
    public var bodyHash: String {
        get { storage.fields.bodyHash }
        set { unique().fields.bodyHash = newValue }
    }
    /// Line of the file on which `body` starts, so body diagnostics point at the file's line.
    public var bodyLine: Int {
        get { storage.fields.bodyLine }
        set { unique().fields.bodyLine = newValue }
    }
    /// Line of each front matter key, for diagnostics found after loading.
    public var keyLines: [String: Int] {
        get { storage.fields.keyLines }
        set { unique().fields.keyLines = newValue }
    }

    /// Creates an article.
    public init(path: String, slug: String, title: String, date: PublishDate? = nil, updated: PublishDate? = nil,
                authors: [String] = [], authorBio: String? = nil, topics: [String] = [], summary: String? = nil,
                takeaways: [String] = [], draft: Bool = false, source: Source? = nil, review: [String] = [],
                body: String, bodyLine: Int = 1, keyLines: [String: Int] = [:]) {
        storage = Storage(Fields(path: path, slug: slug, title: title, date: date, updated: updated, authors: authors,
                                 authorBio: authorBio, topics: topics, summary: summary, takeaways: takeaways, draft: draft,
                                 source: source, review: review, body: body, bodyHash: ContentHash.hex(body), bodyLine: bodyLine,
                                 keyLines: keyLines))
    }

    /// Line of a front matter key, or 1.
    public func line(of key: String) -> Int { storage.fields.keyLines[key] ?? 1 }

    public static func == (a: Article, b: Article) -> Bool { a.storage === b.storage || a.storage.fields == b.storage.fields }
    public func hash(into hasher: inout Hasher) { hasher.combine(storage.fields) }
}
