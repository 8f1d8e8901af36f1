/// `/feed.json`: JSON Feed 1.1 with the same briefings as the Atom feed.
enum JSONFeed {
    /// The JSON feed of the newest dated briefings.
    static func file(_ ctx: RenderContext) -> OutputFile {
        let config = ctx.site.config
        let chosen = FeedPages.chosen(Array(ctx.site.articles.indices), ctx)
        let items: [[String: Any]] = chosen.map { i in
            let a = ctx.site.articles[i]
            let url = ctx.routes.absolute(ctx.routes.article(a.slug))
            var item: [String: Any] = [
                "id": url, "url": url, "title": a.title, "content_html": ctx.bodyHTML(i), "summary": ctx.summaries[i],
                "date_published": a.date!.rfc3339, "date_modified": (a.updated ?? a.date!).rfc3339,
            ]
            if !a.authors.isEmpty { item["authors"] = a.authors.map { ["name": $0] } }
            let tags = a.topics.compactMap { ctx.index.topicsBySlug[$0]?.name }
            if !tags.isEmpty { item["tags"] = tags }
            return item
        }
        let feed: [String: Any] = [
            "version": "https://jsonfeed.org/version/1.1", "title": config.title, "description": config.description,
            "home_page_url": ctx.routes.absolute(ctx.routes.home), "feed_url": ctx.routes.absolute(ctx.routes.jsonFeed),
            "language": config.language, "authors": [["name": config.defaultAuthor ?? config.title]], "items": items,
        ]
        var file = OutputFile(path: ctx.routes.outputPath(ctx.routes.jsonFeed), text: jsonText(feed))
        file.embeds = Array(chosen)
        return file
    }
}
