import Templates

/// Machine-readable files: the Atom and JSON feeds, sitemap and robots.txt.
enum FeedPages {
    /// How many briefings a feed carries.
    static let feedLength = 20

    /// The briefings some feed carries, with their HTML: the newest dated of the site (Atom and JSON)
    /// and of each topic (`TopicExtras.feed`). Every feed chooses among these lists with `chosen`.
    static func carried(_ ctx: RenderContext) -> Set<Int> {
        var out = Set(chosen(Array(ctx.site.articles.indices), ctx))
        for list in ctx.index.articlesByTopic.values { out.formUnion(chosen(list, ctx)) }
        return out
    }

    /// The briefings a feed of `articles` (newest first) carries: the first `feedLength` dated ones.
    static func chosen(_ articles: [Int], _ ctx: RenderContext) -> [Int] {
        Array(articles.lazy.filter { ctx.site.articles[$0].date != nil }.prefix(feedLength))
    }

    /// The site's Atom and JSON feeds.
    static func feeds(_ ctx: RenderContext) -> [OutputFile] {
        [atom(Array(ctx.site.articles.indices), title: ctx.site.config.title, subtitle: ctx.site.config.description,
              feedHref: ctx.routes.feed, pageHref: ctx.routes.home, ctx),
         JSONFeed.file(ctx)]
    }

    /// The sitemap and robots.txt; `pages` are the HTML files rendered so far, `lastmods` the date of
    /// each briefing page by path.
    static func render(_ ctx: RenderContext, pages: [OutputFile], lastmods: [String: String]) -> [OutputFile] {
        [sitemapFile(ctx, pages: pages, lastmods: lastmods), robots(ctx)]
    }

    /// An Atom feed of the newest briefings among `articles`.
    static func atom(_ articles: [Int], title: String, subtitle: String, feedHref: String, pageHref: String,
                     _ ctx: RenderContext) -> OutputFile {
        let chosen = chosen(articles, ctx)
        let entries = chosen.map { i -> FeedEntry in
            let a = ctx.site.articles[i]
            let published = a.date!.rfc3339
            return FeedEntry(title: a.title, url: ctx.routes.absolute(ctx.routes.article(a.slug)),
                             updated: (a.updated ?? a.date!).rfc3339, published: published, authors: a.authors,
                             summary: ctx.summaries[i], categories: a.topics, contentHTML: ctx.bodyHTML(i))
        }
        let updated = entries.map(\.updated).max() ?? "1970-01-01T00:00:00Z"
        let xml = atomFeed(title: title, subtitle: subtitle, feedURL: ctx.routes.absolute(feedHref),
                           siteURL: ctx.routes.absolute(pageHref), updated: updated,
                           defaultAuthor: ctx.site.config.defaultAuthor ?? ctx.site.config.title, entries: Array(entries))
        var file = OutputFile(path: ctx.routes.outputPath(feedHref), text: xml.rendered)
        file.embeds = Array(chosen)
        return file
    }

    static func sitemapFile(_ ctx: RenderContext, pages: [OutputFile], lastmods: [String: String]) -> OutputFile {
        let paths = pages.map(\.path).filter { $0.hasSuffix(".html") && $0 != "404.html" }.sorted()
        let prefix = ctx.routes.absolute(ctx.routes.basePath)
        let urls = paths.map { path in (loc: sitemapLoc(path, prefix: prefix), lastmod: lastmods[path]) }
        return OutputFile(path: "sitemap.xml", text: sitemap(urls).rendered)
    }

    /// The address the sitemap gives the page at output path `path`, after the site's absolute base
    /// `prefix`: a folder's `index.html` as the folder.
    static func sitemapLoc(_ path: String, prefix: String) -> String {
        prefix + (path.hasSuffix("index.html") ? path.dropLast("index.html".count) : path[...])
    }

    static func robots(_ ctx: RenderContext) -> OutputFile {
        OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\nSitemap: \(ctx.routes.absolute(ctx.routes.sitemap))\n")
    }
}
