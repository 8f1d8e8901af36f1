/// An entry of the Atom feed.
public struct FeedEntry: Sendable, Hashable {
    public var title: String
    public var url: String
    public var updated: String
    public var published: String
    public var authors: [String]
    public var summary: String
    public var categories: [String]
    /// Full HTML content, included as escaped text.
    public var contentHTML: String

    /// Creates an entry.
    public init(title: String, url: String, updated: String, published: String, authors: [String], summary: String,
                categories: [String], contentHTML: String) {
        self.title = title
        self.url = url
        self.updated = updated
        self.published = published
        self.authors = authors
        self.summary = summary
        self.categories = categories
        self.contentHTML = contentHTML
    }
}

/// An Atom 1.0 feed; interpolated text is escaped, which is valid XML escaping too.
public func atomFeed(title: String, subtitle: String, feedURL: String, siteURL: String, updated: String,
                     defaultAuthor: String, entries: [FeedEntry]) -> HTML {
    """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom">
    <title>\(title)</title>
    <subtitle>\(subtitle)</subtitle>
    <id>\(feedURL)</id>
    <link rel="self" type="application/atom+xml" href="\(feedURL)"/>
    <link rel="alternate" type="text/html" href="\(siteURL)"/>
    <updated>\(updated)</updated>
    <author><name>\(defaultAuthor)</name></author>
    <generator>SiteGen</generator>
    \(HTML.each(entries) { atomEntry($0) })</feed>

    """
}

/// One entry of an Atom feed (`atomFeed`); a topic edit (`TopicEdit`) puts one into a feed by itself.
public func atomEntry(_ e: FeedEntry) -> HTML {
    """
    <entry>
    <title>\(e.title)</title>
    <id>\(e.url)</id>
    <link rel="alternate" type="text/html" href="\(e.url)"/>
    <published>\(e.published)</published>
    <updated>\(e.updated)</updated>
    \(HTML.each(e.authors) { "<author><name>\($0)</name></author>\n" })\(HTML.each(e.categories) { "<category term=\"\($0)\"/>\n" })<summary>\(e.summary)</summary>
    <content type="html">\(e.contentHTML)</content>
    </entry>

    """
}

/// A sitemap.xml listing every page with its last change.
public func sitemap(_ urls: [(loc: String, lastmod: String?)]) -> HTML {
    """
    <?xml version="1.0" encoding="utf-8"?>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    \(HTML.each(urls) { u -> HTML in
        let lastmod: HTML = u.lastmod.map { "<lastmod>\($0)</lastmod>" } ?? .empty
        return "<url><loc>\(u.loc)</loc>\(lastmod)</url>\n"
    })</urlset>

    """
}
