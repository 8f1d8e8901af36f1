/// What a briefing page shows.
public struct ArticlePageView: Sendable, Hashable {
    /// A table-of-contents entry.
    public struct TOCEntry: Sendable, Hashable {
        public var level: Int
        public var text: String
        public var id: String

        /// Creates an entry.
        public init(level: Int, text: String, id: String) {
            self.level = level
            self.text = text
            self.id = id
        }
    }

    /// Where the briefing came from.
    public struct SourceBox: Sendable, Hashable {
        public var name: String?
        /// Original URL, only when it is a safe http(s) link.
        public var url: String?
        /// The raw import file and its hash, for re-import and provenance.
        public var file: String?
        public var sha256: String?

        /// Creates a source box.
        public init(name: String?, url: String?, file: String?, sha256: String?) {
            self.name = name
            self.url = url
            self.file = file
            self.sha256 = sha256
        }
    }

    /// A ready-made reference in one citation style.
    public struct Citation: Sendable, Hashable {
        public var style: String
        public var text: String

        /// Creates a citation.
        public init(style: String, text: String) {
            self.style = style
            self.text = text
        }
    }

    public var title: String
    public var dateISO: String?
    public var dateText: String?
    public var updatedISO: String?
    public var updatedText: String?
    public var authors: [LinkItem]
    public var topics: [LinkItem]
    public var readingMinutes: Int
    /// The editor's summary; empty when the front matter has none (a summary derived from the first
    /// paragraph would only repeat the body).
    public var summary: String
    public var takeaways: [String]
    public var toc: [TOCEntry]
    public var body: HTML
    public var authorBio: String?
    public var source: SourceBox?
    public var citations: [Citation]
    public var previous: LinkItem?
    public var next: LinkItem?
    public var related: [ArticleCard]
    public var isDraft: Bool
    /// Pagefind filters (`topic:SCO`); nil when the site has no search, so the page carries no Pagefind markup.
    public var searchFilters: [String]?

    /// Creates the view.
    public init(title: String, dateISO: String?, dateText: String?, updatedISO: String? = nil, updatedText: String? = nil,
                authors: [LinkItem], topics: [LinkItem], readingMinutes: Int, summary: String, takeaways: [String] = [],
                toc: [TOCEntry], body: HTML, authorBio: String?, source: SourceBox?, citations: [Citation] = [],
                previous: LinkItem?, next: LinkItem?, related: [ArticleCard] = [], isDraft: Bool = false,
                searchFilters: [String]? = nil) {
        self.title = title
        self.dateISO = dateISO
        self.dateText = dateText
        self.updatedISO = updatedISO
        self.updatedText = updatedText
        self.authors = authors
        self.topics = topics
        self.readingMinutes = readingMinutes
        self.summary = summary
        self.takeaways = takeaways
        self.toc = toc
        self.body = body
        self.authorBio = authorBio
        self.source = source
        self.citations = citations
        self.previous = previous
        self.next = next
        self.related = related
        self.isDraft = isDraft
        self.searchFilters = searchFilters
    }
}

/// The `<main>` content of a briefing page.
public func articlePage(_ view: ArticlePageView) -> HTML {
    articleSlots(view).filled(with: view.body)
}

/// The `<main>` content of a briefing page with the body left as the slot (`view.body` is not used).
public func articleSlots(_ view: ArticlePageView) -> SlottedHTML {
    // One empty element per filter: Pagefind reads `key:value` from the attribute, and a value may hold commas.
    let search: HTML = view.searchFilters.map { filters in
        " data-pagefind-body>\n\(HTML.each(filters) { "<span data-pagefind-filter=\"\($0)\"></span>" })"
    } ?? ">"
    let before: HTML = """
    <article class="briefing"\(search)
    <header class="briefing-lead">
    \(HTML.when(view.isDraft) { "<p class=\"draft-flag\">Draft: not published</p>\n" })<h1>\(view.title)</h1>
    \(leadMeta(view))\(HTML.when(!view.summary.isEmpty) { "<p class=\"summary\">\(view.summary)</p>\n" })\
    \(takeawaysBox(view.takeaways))</header>
    \(tableOfContents(view.toc))<div class="briefing-body">

    """
    let after: HTML = """
    </div>
    \(authorBox(view))\(sourceBox(view.source))\(citationBox(view.citations))</article>
    \(relatedList(view.related))\(neighbours(view))
    """
    return SlottedHTML(before: before, after: after)
}

private func leadMeta(_ view: ArticlePageView) -> HTML {
    let date: HTML = view.dateISO.map { "<time datetime=\"\($0)\">\(view.dateText ?? $0)</time>" } ?? "<span>Undated</span>"
    let updated: HTML = view.updatedISO.map { " · updated <time datetime=\"\($0)\">\(view.updatedText ?? $0)</time>" } ?? .empty
    let by: HTML = view.authors.isEmpty ? .empty : "<p class=\"byline\">By \(inlineLinks(view.authors))</p>\n"
    let topics: HTML = view.topics.isEmpty ? .empty : """
        <p class="briefing-topics"><span class="label">Topics:</span> \(inlineLinks(view.topics))</p>

        """
    return """
    \(by)<p class="briefing-meta">\(date)\(updated) · \(view.readingMinutes) min read</p>
    \(topics)
    """
}

private func takeawaysBox(_ items: [String]) -> HTML {
    guard !items.isEmpty else { return .empty }
    return """
    <section class="takeaways" aria-labelledby="takeaways-title">
    <h2 id="takeaways-title">Key takeaways</h2>
    <ul>
    \(HTML.each(items) { "<li>\($0)</li>\n" })</ul>
    </section>

    """
}

private func tableOfContents(_ toc: [ArticlePageView.TOCEntry]) -> HTML {
    guard !toc.isEmpty else { return .empty }
    return """
    <nav class="toc" aria-labelledby="toc-title">
    <h2 id="toc-title">Contents</h2>
    <ol>
    \(HTML.each(toc) { "<li class=\"toc-level-\($0.level)\"><a href=\"#\($0.id)\">\($0.text)</a></li>\n" })</ol>
    </nav>

    """
}

private func authorBox(_ view: ArticlePageView) -> HTML {
    guard let bio = view.authorBio else { return .empty }
    let names: HTML = view.authors.isEmpty ? "About the author" : "About \(inlineLinks(view.authors))"
    return """
    <aside class="author-box" aria-label="About the author">
    <h2>\(names)</h2>
    <p>\(bio)</p>
    </aside>

    """
}

private func sourceBox(_ source: ArticlePageView.SourceBox?) -> HTML {
    guard let source, source.name != nil || source.url != nil || source.file != nil else { return .empty }
    let outlet: HTML
    switch (source.name, source.url) {
    case let (name?, url?): outlet = "<p>First published by <a href=\"\(url)\">\(name)</a>.</p>\n"
    case let (name?, nil): outlet = "<p>First published by \(name).</p>\n"
    case let (nil, url?): outlet = "<p>Original: <a href=\"\(url)\">\(url)</a>.</p>\n"
    case (nil, nil): outlet = .empty
    }
    let file: HTML = source.file.map { file in
        let hash: HTML = source.sha256.map { "<dt>SHA-256</dt><dd><code>\($0)</code></dd>\n" } ?? .empty
        return "<dl class=\"provenance\">\n<dt>Imported from</dt><dd><code>\(file)</code></dd>\n\(hash)</dl>\n"
    } ?? .empty
    return """
    <aside class="source-box" aria-label="Source">
    <h2>Source</h2>
    \(outlet)\(file)</aside>

    """
}

private func citationBox(_ citations: [ArticlePageView.Citation]) -> HTML {
    guard !citations.isEmpty else { return .empty }
    return """
    <section class="cite" aria-labelledby="cite-title">
    <h2 id="cite-title">Cite this briefing</h2>
    <dl>
    \(HTML.each(citations) { "<dt>\($0.style)</dt>\n<dd><p class=\"citation\">\($0.text)</p></dd>\n" })</dl>
    </section>

    """
}

private func relatedList(_ related: [ArticleCard]) -> HTML {
    related.isEmpty ? .empty : relatedSection(articleList(related, headingLevel: 3))
}

/// The related briefings section of a briefing page around `list`, a list of level-3 cards.
public func relatedSection(_ list: HTML) -> HTML {
    """
    <section class="related" aria-labelledby="related-title">
    <h2 id="related-title">Earlier related briefings</h2>
    \(list)</section>

    """
}

private func neighbours(_ view: ArticlePageView) -> HTML {
    guard view.previous != nil || view.next != nil else { return .empty }
    let prev: HTML = view.previous.map { "<li class=\"prev\"><a href=\"\($0.href)\" rel=\"prev\">Older: \($0.text)</a></li>\n" } ?? .empty
    let next: HTML = view.next.map { "<li class=\"next\"><a href=\"\($0.href)\" rel=\"next\">Newer: \($0.text)</a></li>\n" } ?? .empty
    return """
    <nav class="neighbours" aria-label="More briefings">
    <ul>
    \(prev)\(next)</ul>
    </nav>

    """
}
