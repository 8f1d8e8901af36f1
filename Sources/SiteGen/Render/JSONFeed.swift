/// `/feed.json`: JSON Feed 1.1 with the same briefings as the Atom feed.
enum JSONFeed {
    /// The JSON feed of the newest dated briefings.
    static func file(_ ctx: RenderContext) -> OutputFile {
        let config = ctx.site.config
        let chosen = FeedPages.chosen(Array(ctx.site.articles.indices), ctx)
        let items: [[String: Any]] = chosen.map { i in
            item(ctx.site.articles[i], html: ctx.bodyHTML(i), summary: ctx.summaries[i], routes: ctx.routes, topics: ctx.index.topicsBySlug)
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

    /// The item of dated briefing `a`, whose body is `html`.
    static func item(_ a: Article, html: String, summary: String, routes: Routes, topics: [String: Topic]) -> [String: Any] {
        let url = routes.absolute(routes.article(a.slug))
        var item: [String: Any] = [
            "id": url, "url": url, "title": a.title, "content_html": html, "summary": summary,
            "date_published": a.date!.rfc3339, "date_modified": (a.updated ?? a.date!).rfc3339,
        ]
        if !a.authors.isEmpty { item["authors"] = a.authors.map { ["name": $0] } }
        let tags = a.topics.compactMap { topics[$0]?.name }
        if !tags.isEmpty { item["tags"] = tags }
        return item
    }

    /// The item of the briefing at `path`, from its file as it is now, as `file` writes it among the
    /// items; nil when the file cannot be read, has a problem or no date.
    static func item(path: String, root: String, markdown: MarkdownOptions, routes: Routes, topics: [String: Topic]) -> [UInt8]? {
        guard let bytes = try? readWholeFile(join(root, path)) else { return nil }
        let (decoded, problems) = ArticleDecoder.decode(path: path, bytes: bytes)
        guard let a = decoded, problems.isEmpty, a.date != nil else { return nil }
        let doc = Markdown.render(a.body, options: markdown)
        let one = item(a, html: doc.html, summary: Summaries.summary(of: a, rendered: doc), routes: routes, topics: topics)
        // At the items' depth, as in the feed: `{\n  "items" : [\n` + the item + `\n  ]\n}\n`.
        let text = Array(jsonText(["items": [one]]).utf8)
        let (head, tail) = (Array("{\n  \"items\" : [\n".utf8), Array("\n  ]\n}\n".utf8))
        guard text.starts(with: head), text.count > head.count + tail.count, text.suffix(tail.count).elementsEqual(tail) else { return nil }
        return Array(text[head.count..<(text.count - tail.count)])
    }
}
