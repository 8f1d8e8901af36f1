/// Every URL of the site in one place; output file paths are derived from the same hrefs.
public struct Routes: Sendable {
    /// The base path, `/` or `/portal/`.
    public let basePath: String
    /// Scheme and host, without the base path.
    public let origin: String

    /// Routes for a configuration.
    public init(_ config: SiteConfig) {
        basePath = config.basePath
        origin = config.origin
    }

    public var home: String { basePath }
    public var feed: String { basePath + "feed.xml" }
    public var jsonFeed: String { basePath + "feed.json" }
    public var sitemap: String { basePath + "sitemap.xml" }
    public var notFound: String { basePath + "404.html" }
    public var topics: String { basePath + "topics/" }
    public var authors: String { basePath + "authors/" }
    public var timeline: String { basePath + "timeline/" }
    public var search: String { basePath + "search/" }

    /// A briefing page.
    public func article(_ slug: String) -> String { basePath + "articles/\(slug)/" }
    /// Page `n` (1-based) of the briefing list.
    public func articles(page: Int = 1) -> String { paged(basePath + "articles/", page) }
    /// Page `n` of a topic.
    public func topic(_ slug: String, page: Int = 1) -> String { paged(basePath + "topics/\(slug)/", page) }
    /// A topic's Atom feed.
    public func topicFeed(_ slug: String) -> String { basePath + "topics/\(slug)/feed.xml" }
    /// An author's page.
    public func author(_ slug: String) -> String { basePath + "authors/\(slug)/" }
    /// A year of the timeline.
    public func timeline(year: Int) -> String { basePath + "timeline/\(year)/" }
    /// A theme asset under its fingerprinted name.
    public func asset(_ fingerprintedPath: String) -> String { basePath + fingerprintedPath }

    /// The absolute URL of a site href.
    public func absolute(_ href: String) -> String { origin + href }

    /// The output file for a site href: folders get `index.html`.
    public func outputPath(_ href: String) -> String {
        var path = href.hasPrefix(basePath) ? String(href.dropFirst(basePath.count)) : href
        if path.hasPrefix("/") { path.removeFirst() }
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        return path
    }

    private func paged(_ first: String, _ page: Int) -> String { page <= 1 ? first : first + "page/\(page)/" }
}
