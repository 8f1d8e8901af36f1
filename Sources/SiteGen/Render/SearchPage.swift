import Templates

/// `/search/`, only when the build indexes the site with Pagefind.
enum SearchPage {
    /// The search page, or nothing when search is off.
    static func render(_ ctx: RenderContext) -> [OutputFile] {
        guard ctx.search != nil else { return [] }
        let href = ctx.routes.search
        let main = searchPage(basePath: ctx.routes.basePath, bundleHref: ctx.routes.searchBundle, topicsHref: ctx.routes.topics,
                              timelineHref: ctx.routes.timeline)
        return [ctx.page(href, frame: ctx.frame(title: "Search", description: "Search the briefings.", href: href, section: "Search"),
                         main: main)]
    }

    /// Pagefind filters of a briefing: its topics and year.
    static func filters(_ a: Article, _ ctx: RenderContext) -> [String] {
        let topics = a.topics.compactMap { ctx.index.topicsBySlug[$0] }.map { "topic:" + ctx.displayName($0) }
        return topics + (a.date.map { ["year:\($0.year)"] } ?? [])
    }
}
