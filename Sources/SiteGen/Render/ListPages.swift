import Templates

/// Home, the paginated briefing list, author pages and the not-found page.
enum ListPages {
    /// Every listing page.
    static func render(_ ctx: RenderContext) -> [OutputFile] {
        var files = [home(ctx), notFound(ctx), authorIndex(ctx)]
        let all = Array(ctx.site.articles.indices)
        files += Paginate.pages(all, perPage: ctx.site.config.perPage, href: { ctx.routes.articles(page: $0) }) { slice, n, hrefs in
            let title = n == 1 ? "All briefings" : "All briefings, page \(n)"
            return ctx.listingPage(hrefs[n - 1], frame: ctx.frame(title: title, href: hrefs[n - 1], section: "Briefings"),
                                   inputs: ["articles", String(n), String(hrefs.count)], cards: Array(slice)) {
                listPage(ListPageView(heading: "All briefings", cards: slice.map(ctx.card), pagination: Pagination(current: n, pages: hrefs)))
            }
        }
        for author in ctx.index.authors { files += authorPages(author, ctx) }
        return files
    }

    static func home(_ ctx: RenderContext) -> OutputFile {
        let config = ctx.site.config
        let latest = ctx.site.articles.indices.prefix(config.perPage).map(ctx.card)
        let topics = ctx.index.topicsInOrder(ctx.site).filter { ctx.index.articlesByTopic[$0.slug] != nil }
            .map { LinkItem(ctx.displayName($0), href: ctx.routes.topic($0.slug)) }
        let main = homePage(title: config.title, description: config.description, latest: latest,
                            allHref: ctx.routes.articles(), topics: topics)
        return ctx.page(ctx.routes.home, frame: ctx.frame(title: config.title, href: ctx.routes.home), main: main)
    }

    static func notFound(_ ctx: RenderContext) -> OutputFile {
        let main = notFoundPage(homeHref: ctx.routes.home, articlesHref: ctx.routes.articles(), topicsHref: ctx.routes.topics)
        return ctx.page(ctx.routes.notFound, frame: ctx.frame(title: "Page not found", href: ctx.routes.notFound), main: main)
    }

    static func authorIndex(_ ctx: RenderContext) -> OutputFile {
        let items = ctx.index.authors.map { a in
            "<li><a href=\"\(ctx.routes.author(a.slug))\">\(a.name)</a> <span class=\"count\">(\(a.articles.count))</span></li>\n" as HTML
        }
        let main: HTML = items.isEmpty
            ? "<h1>Authors</h1>\n<p class=\"empty\">No signed briefings yet.</p>\n"
            : "<h1>Authors</h1>\n<ul class=\"author-list\">\n\(items)</ul>\n"
        return ctx.page(ctx.routes.authors, frame: ctx.frame(title: "Authors", href: ctx.routes.authors, section: "Authors"), main: main)
    }

    static func authorPages(_ author: SiteIndex.Author, _ ctx: RenderContext) -> [OutputFile] {
        let href = ctx.routes.author(author.slug)
        let intro: HTML = author.bio.map { "<p class=\"author-bio\">\($0)</p>\n" } ?? .empty
        let frame = ctx.frame(title: author.name, description: author.bio ?? "Briefings by \(author.name)", href: href, section: "Authors")
        return [ctx.listingPage(href, frame: frame, inputs: ["author", author.name, intro.rendered], cards: author.articles) {
            listPage(ListPageView(heading: author.name, intro: intro, cards: author.articles.map(ctx.card),
                                  pagination: Pagination(current: 1, pages: [href])))
        }]
    }
}
