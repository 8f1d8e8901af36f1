import Templates

/// Briefing pages: lead block, contents, body, author and source boxes, related and neighbours.
enum ArticlePages {
    /// The page of `site.articles[i]`.
    static func render(_ i: Int, _ ctx: RenderContext, related: [Int]? = nil) -> OutputFile {
        page(i, ctx, related: related).file
    }

    /// The page of `site.articles[i]`, and whether its body slot gives the briefing's HTML back
    /// (`PageBodyInverse`), so the Markdown store can point there instead of keeping a copy.
    static func page(_ i: Int, _ ctx: RenderContext, related: [Int]? = nil) -> (file: OutputFile, givesHTML: Bool) {
        let article = ctx.site.articles[i]
        let doc = ctx.documents[i]
        let routes = ctx.routes
        let href = routes.article(article.slug)
        let toc = doc.headings.count >= 3
            ? doc.headings.filter { $0.level <= 3 }.map { ArticlePageView.TOCEntry(level: $0.level, text: $0.text, id: $0.id) }
            : []
        let articles = ctx.site.articles
        // Articles are newest first: the previous (older) one follows, the next (newer) one precedes.
        let older = i + 1 < articles.count ? LinkItem(articles[i + 1].title, href: routes.article(articles[i + 1].slug)) : nil
        let newer = i > 0 ? LinkItem(articles[i - 1].title, href: routes.article(articles[i - 1].slug)) : nil
        let source = article.source.map {
            ArticlePageView.SourceBox(name: $0.name, url: $0.url.flatMap(safeExternalURL), file: $0.file, sha256: $0.sha256)
        }
        let html = ctx.bodyBytes(i)
        let body = pageBody(html, expansions: ctx.glossary.expansions)
        let view = ArticlePageView(
            title: article.title, dateISO: article.date?.isoDay, dateText: article.date?.display,
            updatedISO: article.updated?.isoDay, updatedText: article.updated?.display,
            authors: ctx.authorLinks(article), topics: ctx.topicLinks(article),
            readingMinutes: Summaries.readingMinutes(words: doc.wordCount), summary: Summaries.explicit(article),
            takeaways: article.takeaways, toc: toc, body: .empty, authorBio: article.authorBio,
            source: source, citations: Citations.make(article, ctx: ctx), previous: older, next: newer,
            related: (related ?? Related.find(i, in: ctx.site, index: ctx.index)).map(ctx.card), isDraft: article.draft,
            searchFilters: ctx.search == nil ? nil : SearchPage.filters(article, ctx))
        var frame = ctx.frame(title: article.title, description: ctx.summaries[i], href: href, kind: "article",
                              jsonLD: StructuredData.article(article, summary: ctx.summaries[i], ctx: ctx))
        if !view.citations.isEmpty { frame.scriptHrefs += ctx.themeScripts(["js/cite.js"]) }
        return (ctx.page(href, frame: frame, main: articleSlots(view), body: body), PageBodyInverse.givesBack(html, from: body))
    }

    /// A briefing's HTML as its page shows it: acronyms marked, task boxes labelled. Most bodies have
    /// neither an acronym to mark nor a task box, and their bytes go to the page as they are (both
    /// steps give back the same array when they find nothing to do).
    static func pageBody(_ html: [UInt8], expansions: [String: String]) -> [UInt8] {
        labelTaskBoxes(Abbreviations.mark(html, expansions))
    }

    /// `pageBody` of a string.
    static func pageBody(_ html: String, expansions: [String: String]) -> String {
        String(decoding: pageBody(Array(html.utf8), expansions: expansions), as: UTF8.self)
    }

    /// The two forms of a task-list box cmark-gfm writes, and each with its spoken name added.
    private static let taskBoxes = [
        (Array("<input type=\"checkbox\" checked=\"\" disabled=\"\" />".utf8),
         Array("<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />".utf8)),
        (Array("<input type=\"checkbox\" disabled=\"\" />".utf8),
         Array("<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" />".utf8)),
    ]

    /// Task-list boxes (`- [x]`) get a spoken name, which cmark-gfm leaves out (axe: "form elements must have labels").
    static func labelTaskBoxes(_ html: [UInt8]) -> [UInt8] {
        guard html.withUnsafeBufferPointer({ containsBytes("<input type=\"checkbox\"", in: $0) }) else { return html }
        var html = html
        for (box, labelled) in taskBoxes {
            var out: [UInt8] = []
            var from = 0
            while let at = BodySlots.find(box, in: html, from: from) {
                if out.isEmpty { out.reserveCapacity(html.count + 256) }
                out += html[from..<at]
                out += labelled
                from = at + box.count
            }
            if from > 0 {
                out += html[from...]
                html = out
            }
        }
        return html
    }

    /// Only http(s) and mailto links from front matter reach a page.
    static func safeExternalURL(_ url: String) -> String? {
        let lower = url.trimmingSpaces.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") ? url.trimmingSpaces : nil
    }
}
