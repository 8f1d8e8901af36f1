/// Everything Load read: the configuration, the topic vocabulary and the published articles.
public struct Site: Sendable {
    public var config: SiteConfig
    public var topics: [Topic]
    /// Articles newest first, ties broken by slug, so every later stage is deterministic.
    public var articles: [Article]
    /// Theme files relative to `theme/`, with their bytes.
    public var themeFiles: [ThemeFile]
    /// The earliest date, in seconds since 1970, of a briefing left out only for being in the future.
    public var nextPublication: Int?
    /// `ContentHash.file` of each file under `content/articles` (and of `site.yml` and `topics.yml`) as
    /// this build read it, or its load record did, by path from the site root: the edit base records
    /// them so that a file touched but unchanged is no edit (`InputHashes`).
    var sourceHashes: [String: Int] = [:]

    /// Creates a site, ordering articles newest first.
    public init(config: SiteConfig, topics: [Topic], articles: [Article], themeFiles: [ThemeFile]) {
        self.config = config
        self.topics = topics
        // Indices are sorted, not the articles: moving whole Article values was 3 % of an edit rebuild.
        self.articles = articles.indices.sorted { Site.newestFirst(articles[$0], articles[$1]) }.map { articles[$0] }
        self.themeFiles = themeFiles.sorted { $0.path < $1.path }
    }

    /// Newest first; undated last; then by slug.
    public static func newestFirst(_ a: Article, _ b: Article) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.slug < b.slug
        }
    }
}

/// A file of the theme folder, copied into the site.
public struct ThemeFile: Sendable, Hashable {
    /// Path relative to `theme/` (`css/site.css`).
    public var path: String
    public var bytes: [UInt8]

    /// Creates a theme file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
