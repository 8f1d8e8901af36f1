import Foundation
import Templates

/// What every page renderer shares: the site, its index, routes, assets and each briefing's rendered Markdown.
public struct RenderContext: Sendable {
    public let site: Site
    public let index: SiteIndex
    public let routes: Routes
    public let assets: Assets
    /// Rendered Markdown of `site.articles[i]`.
    public private(set) var documents: [RenderedMarkdown]
    /// Summary of `site.articles[i]` (front matter or derived).
    public let summaries: [String]
    /// The list card of `site.articles[i]`, before its markup is made (see `card(_:)`).
    public let cards: [ArticleCard]
    /// Cards with their markup, made the first time a page lists them.
    private let rendered = CardMarkup()
    /// Extra scripts for every page (the preview's live reload).
    public let extraScripts: [String]
    /// Dated events of every briefing, newest first.
    public let events: [Event]
    /// Acronyms from topics and briefings.
    public let glossary: Glossary
    /// Pagefind, when this build indexes the site; nil leaves the search page and box out.
    public let search: SearchIndex?
    /// Listing pages of the last build that may be reused; set while `SiteRenderer` makes the pages.
    var reuse: PageReuse?
    /// Where pages go as they are made; nil keeps them in memory (tests).
    var sink: (any PageSink)?
    /// The first briefing HTML that could not be read from the build cache; `SiteRenderer` then fails the build.
    let unreadable = FirstError()
    /// The site folder, when the Markdown of a briefing whose page no longer gives its HTML back may be
    /// read and rendered again (`bodyBytes`); nil fails the build instead.
    var sourceRoot: String?
    /// Briefings rendered again that way.
    let renderedAgain = RenderedAgain()

    /// Creates the context.
    public init(site: Site, index: SiteIndex, documents: [RenderedMarkdown], extraScripts: [String] = [],
                search: SearchIndex? = nil) {
        self.site = site
        self.index = index
        self.routes = Routes(site.config)
        self.assets = Assets(site.themeFiles)
        // Each briefing page lets its HTML go once made, unless a feed carries it (`SiteRenderer.files`).
        self.documents = documents.map { document in
            var document = document
            document.markup = document.markup.releasable()
            return document
        }
        self.summaries = zip(site.articles, documents).map { Summaries.summary(of: $0, rendered: $1) }
        let (routes, summaries) = (self.routes, self.summaries)
        self.cards = parallelMap(Array(site.articles.indices)) { i in
            RenderContext.card(site.articles[i], summary: summaries[i], routes: routes, index: index)
        }
        self.extraScripts = extraScripts
        self.events = Events.extract(site, documents: documents)
        self.glossary = Glossary(site, documents: documents)
        self.search = search
    }

    /// Lets every briefing's HTML go, keeping what else was drawn from its Markdown; for once every
    /// page and feed is made (1 GB of HTML at 100,000 briefings, otherwise held to the end of the build).
    /// Returns the bytes of HTML that were held in memory.
    @discardableResult
    mutating func releaseHTML() -> Int {
        var held = 0
        for i in documents.indices {
            held += documents[i].markup.heldBytes
            documents[i].markup = documents[i].markup.released()
        }
        return held + renderedAgain.letGoAll()
    }

    /// The frame for a page at `href`; `section` marks the current navigation entry.
    public func frame(title: String, description: String? = nil, href: String, section: String? = nil,
                      kind: String = "website", jsonLD: HTML? = nil) -> PageFrame {
        let config = site.config
        let nav = [("Briefings", routes.articles()), ("Topics", routes.topics), ("Timeline", routes.timeline),
                   ("Events", routes.events), ("Glossary", routes.glossary), ("Authors", routes.authors)]
            + (search == nil ? [] : [("Search", routes.search)])
        let navItems = nav.map { LinkItem($0.0, href: $0.1, current: $0.0 == section) }
        let hasPrint = site.themeFiles.contains { $0.path == "css/print.css" }
        return PageFrame(
            title: title == config.title ? title : "\(title) | \(config.title)",
            description: description.map { Summaries.clip($0, to: 300) } ?? config.description,
            language: config.language, siteTitle: config.title, homeHref: routes.home,
            canonicalURL: routes.absolute(href), stylesheetHref: routes.asset(assets.path("css/site.css")),
            printStylesheetHref: hasPrint ? routes.asset(assets.path("css/print.css")) : nil,
            scriptHrefs: extraScripts, feedHref: routes.feed, searchHref: search == nil ? nil : routes.search, navigation: navItems, kind: kind, jsonLD: jsonLD,
            footerNote: "\(config.title). Briefings are the views of their authors.")
    }

    /// Hrefs of the theme's scripts among `paths` (`js/cite.js`), fingerprinted; scripts the theme lacks are left out.
    public func themeScripts(_ paths: [String]) -> [String] {
        paths.filter { path in site.themeFiles.contains { $0.path == path } }.map { routes.asset(assets.path($0)) }
    }

    /// A full page at `href`: the frame around `main`.
    public func page(_ href: String, frame: PageFrame, main: HTML) -> OutputFile {
        staged(OutputFile(path: routes.outputPath(href), text: layoutPage(frame, main: main).rendered))
    }

    /// `file` put into the sink when there is one, so its bytes are not held until Write or Check
    /// (38,000 listing pages at 100,000 briefings); if that fails, Write tries again and reports it.
    func staged(_ file: OutputFile) -> OutputFile {
        guard let sink, let placed = try? sink.put(file) else { return file }
        return placed
    }

    /// A page whose `<main>` content is `main` with `body`, UTF-8 HTML, in its slot; the file's
    /// `bodySlot` says where the body went.
    func page(_ href: String, frame: PageFrame, main: SlottedHTML, body: [UInt8]) -> OutputFile {
        let outer = layoutSlots(frame)
        let parts = (outer.before.rendered.utf8, main.before.rendered.utf8, main.after.rendered.utf8, outer.after.rendered.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.0.count + parts.1.count + body.count + parts.2.count + parts.3.count)
        bytes.append(contentsOf: parts.0)
        bytes.append(contentsOf: parts.1)
        let slot = BodySlot(start: bytes.count, length: body.count)
        bytes.append(contentsOf: body)
        bytes.append(contentsOf: parts.2)
        bytes.append(contentsOf: parts.3)
        var file = staged(OutputFile(path: routes.outputPath(href), bytes: bytes))
        file.bodySlot = slot
        return file
    }

    /// The UTF-8 HTML of `site.articles[i]`'s body. One the build cache can no longer give is noted in
    /// `unreadable`, and the build fails once its pages are made, instead of writing an empty body.
    func bodyBytes(_ i: Int) -> [UInt8] {
        do { return try documents[i].markup.bytes() } catch {
            if case StoreError.pageChanged = error, let again = renderAgain(i) { return again }
            unreadable.note(error)
            return []
        }
    }

    /// `bodyBytes` as a string.
    func bodyHTML(_ i: Int) -> String {
        String(decoding: bodyBytes(i), as: UTF8.self)
    }

    /// The HTML of `site.articles[i]` from its Markdown again, when the page the store points to no
    /// longer gives it back (edited by hand, or the output removed): the briefing costs one render, not
    /// the build a full one. Nil when its file changed since it was loaded or renders differently.
    private func renderAgain(_ i: Int) -> [UInt8]? {
        if let html = renderedAgain.html(i) { return html }
        guard let root = sourceRoot else { return nil }
        let article = site.articles[i]
        let body = ContentLoader.body(of: article, root: root)
        guard ContentHash.hex(body) == article.bodyHash else { return nil }
        let html = Array(Markdown.render(body, options: SiteRenderer.markdownOptions(site.config)).html.utf8)
        guard ContentHash.hex(html) == documents[i].markup.hash else { return nil }
        renderedAgain.keep(html, for: i)
        return html
    }

    /// The card of `site.articles[i]` for lists, its markup made once per build (`ArticleCard.prerendered`):
    /// a briefing is listed about ten times at 10,000 briefings, and an edit rebuild lists few at all.
    public func card(_ i: Int) -> ArticleCard { rendered.card(i, from: cards) }

    private static func card(_ a: Article, summary: String, routes: Routes, index: SiteIndex) -> ArticleCard {
        ArticleCard(title: a.title, href: routes.article(a.slug), dateISO: a.date?.isoDay, dateText: a.date?.display,
                    summary: summary, authors: authorLinks(a, routes: routes, index: index),
                    topics: topicLinks(a, routes: routes, index: index))
    }

    /// Links to the authors of an article.
    public func authorLinks(_ a: Article) -> [LinkItem] { RenderContext.authorLinks(a, routes: routes, index: index) }

    private static func authorLinks(_ a: Article, routes: Routes, index: SiteIndex) -> [LinkItem] {
        a.authors.map { LinkItem($0, href: routes.author(index.authorSlugs[$0] ?? Slug.make($0))) }
    }

    /// Links to the authors `names`, as `authorLinks` makes them (an author's slug is `Slug.make` of the name).
    static func authorLinks(_ names: [String], routes: Routes) -> [LinkItem] {
        names.map { LinkItem($0, href: routes.author(Slug.make($0))) }
    }

    /// Links to the topics of an article, in the article's order.
    public func topicLinks(_ a: Article) -> [LinkItem] { RenderContext.topicLinks(a, routes: routes, index: index) }

    private static func topicLinks(_ a: Article, routes: Routes, index: SiteIndex) -> [LinkItem] {
        topicLinks(a.topics, routes: routes, topicsBySlug: index.topicsBySlug)
    }

    /// Links to the topics `slugs`, in their order; slugs the vocabulary lacks are left out.
    static func topicLinks(_ slugs: [String], routes: Routes, topicsBySlug: [String: Topic]) -> [LinkItem] {
        slugs.compactMap { slug in topicsBySlug[slug].map { LinkItem(displayName($0), href: routes.topic(slug)) } }
    }

    /// A topic's short display name: its acronym when it has one.
    public func displayName(_ t: Topic) -> String { RenderContext.displayName(t) }

    static func displayName(_ t: Topic) -> String { t.acronym ?? t.name }
}

/// The first error noted by any thread.
final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var error: Error?

    /// Keeps `error` unless one was noted before.
    func note(_ error: Error) { lock.withLock { if self.error == nil { self.error = error } } }

    /// The error noted first, if any.
    var first: Error? { lock.withLock { error } }
}

/// Cards whose markup has been made, by briefing; shared by the threads that make pages.
final class CardMarkup: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [Int: ArticleCard] = [:]

    /// Card `i` with its markup, made from `cards[i]` the first time (two threads may both make it once).
    func card(_ i: Int, from cards: [ArticleCard]) -> ArticleCard {
        if let card = lock.withLock({ made[i] }) { return card }
        let card = cards[i].prerendered()
        lock.withLock { made[i] = card }
        return card
    }
}
