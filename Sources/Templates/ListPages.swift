/// What a listing page shows: a heading, an optional intro and briefing cards.
public struct ListPageView: Sendable, Hashable {
    public var heading: String
    /// Intro markup (rendered Markdown or escaped text).
    public var intro: HTML
    public var cards: [ArticleCard]
    public var pagination: Pagination
    /// Extra sections after the list (child topics, timelines).
    public var extra: HTML

    /// Creates the view.
    public init(heading: String, intro: HTML = .empty, cards: [ArticleCard], pagination: Pagination, extra: HTML = .empty) {
        self.heading = heading
        self.intro = intro
        self.cards = cards
        self.pagination = pagination
        self.extra = extra
    }
}

/// A heading, intro, cards and pagination.
public func listPage(_ view: ListPageView) -> HTML {
    let page: HTML = view.pagination.pages.count > 1
        ? "<p class=\"page-count\">Page \(view.pagination.current) of \(view.pagination.pages.count)</p>\n" : .empty
    return """
    <h1>\(view.heading)</h1>
    \(view.intro)\(page)\(articleList(view.cards))\(paginationNav(view.pagination))\(view.extra)
    """
}

/// The home page: the portal's purpose, the latest briefings, and ways in by topic.
public func homePage(title: String, description: String, latest: [ArticleCard], allHref: String, topics: [LinkItem]) -> HTML {
    let topicNav: HTML = topics.isEmpty ? .empty : """
        <section class="home-topics" aria-labelledby="home-topics-title">
        <h2 id="home-topics-title">Browse by topic</h2>
        <ul class="topic-chips">
        \(HTML.each(topics) { "<li><a href=\"\($0.href)\">\($0.text)</a></li>\n" })</ul>
        </section>

        """
    return """
    <h1>\(title)</h1>
    <p class="lede">\(description)</p>
    <section class="latest" aria-labelledby="latest-title">
    <h2 id="latest-title">Latest briefings</h2>
    \(articleList(latest, headingLevel: 3))<p><a href="\(allHref)">All briefings</a></p>
    </section>
    \(topicNav)
    """
}

/// The not-found page, with ways back into the site.
public func notFoundPage(homeHref: String, articlesHref: String, topicsHref: String) -> HTML {
    """
    <h1>Page not found</h1>
    <p>The page you asked for is not here. It may have moved, or the address may be mistyped.</p>
    <ul>
    <li><a href="\(homeHref)">Home page</a></li>
    <li><a href="\(articlesHref)">All briefings</a></li>
    <li><a href="\(topicsHref)">Topics</a></li>
    </ul>

    """
}
