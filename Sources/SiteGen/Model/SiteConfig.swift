/// Site-wide settings from `content/site.yml`.
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    /// Absolute base URL ending in `/`, possibly with a sub-path (`https://example.org/portal/`).
    public var baseURL: String
    public var language: String
    public var description: String
    public var defaultAuthor: String?
    public var perPage: Int
    /// Lets raw HTML through (still sanitised); off by default.
    public var unsafeHTML: Bool
    /// Renders curly quotes and dashes.
    public var smartPunctuation: Bool

    /// Creates a configuration; `baseURL` is normalised to end in `/`.
    public init(title: String, baseURL: String, language: String = "en", description: String = "",
                defaultAuthor: String? = nil, perPage: Int = 10, unsafeHTML: Bool = false,
                smartPunctuation: Bool = true) {
        self.title = title
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.language = language
        self.description = description
        self.defaultAuthor = defaultAuthor
        self.perPage = perPage
        self.unsafeHTML = unsafeHTML
        self.smartPunctuation = smartPunctuation
    }

    /// The path part of the base URL (`/portal/`), prefixed to every internal link.
    public var basePath: String {
        guard let scheme = baseURL.range(of: "://") else { return baseURL.hasPrefix("/") ? baseURL : "/" + baseURL }
        let afterHost = baseURL[scheme.upperBound...]
        guard let slash = afterHost.firstIndex(of: "/") else { return "/" }
        return String(afterHost[slash...])
    }

    /// The base URL without the trailing slash of its path, for joining with site paths.
    public var origin: String {
        String(baseURL.dropLast(basePath.count))
    }
}
