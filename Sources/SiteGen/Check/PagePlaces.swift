/// Where a problem found on a generated page is reported: on a briefing's page, the line of its Markdown
/// that holds the link; on any other page, the generated file (`output/topics/x/index.html`).
struct PagePlaces {
    private let ctx: RenderContext
    private var articleOfPage: [String: Int] = [:]

    /// Maps every briefing page of the context back to its source.
    init(_ ctx: RenderContext) {
        self.ctx = ctx
        for (i, a) in ctx.site.articles.enumerated() { articleOfPage[ctx.routes.outputPath(ctx.routes.article(a.slug))] = i }
    }

    /// The briefing whose page is at `page`, if any.
    func article(at page: String) -> Article? { articleOfPage[page].map { ctx.site.articles[$0] } }

    /// A diagnostic about `url` on `page`, placed at the Markdown line that wrote the link when known.
    func diagnostic(_ severity: Diagnostic.Severity, page: String, url: String?, _ message: String) -> Diagnostic {
        guard let i = articleOfPage[page] else { return Diagnostic(severity, "output/" + page, message) }
        let a = ctx.site.articles[i]
        let basePath = ctx.routes.basePath
        let line = url.flatMap { url in
            ctx.documents[i].links.first { $0.url == url || basePath + $0.url.dropFirst() == url }?.line
        }
        return Diagnostic(severity, a.path, line: line.map { a.bodyLine + $0 - 1 } ?? a.bodyLine, message)
    }
}
