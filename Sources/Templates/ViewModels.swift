/// A link with its text: navigation items, topics, authors.
public struct LinkItem: Sendable, Hashable {
    public var text: String
    public var href: String
    /// Marks the link to the page being shown (`aria-current="page"`).
    public var current: Bool

    /// Creates a link.
    public init(_ text: String, href: String, current: Bool = false) {
        self.text = text
        self.href = href
        self.current = current
    }
}

/// A briefing as listed on home, list, topic and author pages.
///
/// Its fields live in one shared box: a card is copied out of the build's card table for each of the
/// ten or so pages that list it, and copying eight fields each time (and counting their references
/// on two threads) was 1.7 % of a 10,000-briefing build.
public struct ArticleCard: Sendable, Hashable {
    private struct Fields: Sendable, Hashable {
        var title: String
        var href: String
        var dateISO: String?
        var dateText: String?
        var summary: String
        var authors: [LinkItem]
        var topics: [LinkItem]
        var renderedByLevel: [HTML] = []
    }

    private var storage: CopyOnWrite<Fields>

    public var title: String {
        get { storage.value.title }
        set { storage.value.title = newValue }
    }
    public var href: String {
        get { storage.value.href }
        set { storage.value.href = newValue }
    }
    /// `YYYY-MM-DD` for `<time datetime>`; nil when undated.
    public var dateISO: String? {
        get { storage.value.dateISO }
        set { storage.value.dateISO = newValue }
    }
    public var dateText: String? {
        get { storage.value.dateText }
        set { storage.value.dateText = newValue }
    }
    public var summary: String {
        get { storage.value.summary }
        set { storage.value.summary = newValue }
    }
    public var authors: [LinkItem] {
        get { storage.value.authors }
        set { storage.value.authors = newValue }
    }
    public var topics: [LinkItem] {
        get { storage.value.topics }
        set { storage.value.topics = newValue }
    }
    /// The card rendered at heading levels 2 and 3, or empty (see `prerendered()`).
    public private(set) var renderedByLevel: [HTML] {
        get { storage.value.renderedByLevel }
        set { storage.value.renderedByLevel = newValue }
    }

    /// Creates a card.
    public init(title: String, href: String, dateISO: String?, dateText: String?, summary: String,
                authors: [LinkItem], topics: [LinkItem]) {
        storage = CopyOnWrite(Fields(title: title, href: href, dateISO: dateISO, dateText: dateText, summary: summary,
                                 authors: authors, topics: topics))
    }

    /// The card with its markup made ahead: a briefing is listed on its topic, author, year, list and
    /// related pages, about ten times at 10,000 briefings, and rendering it each time was 5 % of a build.
    public func prerendered() -> ArticleCard {
        var card = self
        card.renderedByLevel = []
        card.renderedByLevel = [articleCard(card, headingLevel: 2), articleCard(card, headingLevel: 3)]
        return card
    }

}

/// Links between the pages of a paginated list.
public struct Pagination: Sendable, Hashable {
    public var current: Int
    /// The href of every page, first page first.
    public var pages: [String]

    /// Creates pagination for page `current` (1-based) of `pages`.
    public init(current: Int, pages: [String]) {
        self.current = current
        self.pages = pages
    }

    public var previous: String? { current > 1 ? pages[current - 2] : nil }
    public var next: String? { current < pages.count ? pages[current] : nil }
}

/// What every page's frame needs: head metadata, navigation and assets.
public struct PageFrame: Sendable, Hashable {
    /// Text of `<title>`, already including the site name where wanted.
    public var title: String
    public var description: String
    public var language: String
    public var siteTitle: String
    public var homeHref: String
    public var canonicalURL: String
    public var stylesheetHref: String
    public var printStylesheetHref: String?
    public var scriptHrefs: [String]
    public var feedHref: String
    public var searchHref: String?
    public var navigation: [LinkItem]
    /// `website` or `article`, for Open Graph.
    public var kind: String
    /// Structured data (JSON-LD), produced and escaped by SiteGen.
    public var jsonLD: HTML?
    public var footerNote: String

    /// Creates a frame.
    public init(title: String, description: String, language: String, siteTitle: String, homeHref: String,
                canonicalURL: String, stylesheetHref: String, printStylesheetHref: String? = nil,
                scriptHrefs: [String] = [], feedHref: String, searchHref: String? = nil,
                navigation: [LinkItem], kind: String = "website", jsonLD: HTML? = nil, footerNote: String = "") {
        self.title = title
        self.description = description
        self.language = language
        self.siteTitle = siteTitle
        self.homeHref = homeHref
        self.canonicalURL = canonicalURL
        self.stylesheetHref = stylesheetHref
        self.printStylesheetHref = printStylesheetHref
        self.scriptHrefs = scriptHrefs
        self.feedHref = feedHref
        self.searchHref = searchHref
        self.navigation = navigation
        self.kind = kind
        self.jsonLD = jsonLD
        self.footerNote = footerNote
    }
}
