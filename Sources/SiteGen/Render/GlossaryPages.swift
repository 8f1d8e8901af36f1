import Templates

/// `/glossary/`: every acronym with its expansion, topic and the briefings that use it.
enum GlossaryPages {
    /// The glossary page.
    static func render(_ ctx: RenderContext) -> [OutputFile] {
        let entries = ctx.glossary.entries.map { e in
            GlossaryEntryView(
                acronym: e.acronym, expansion: e.expansion, id: e.anchor,
                topic: e.topic.flatMap { ctx.index.topicsBySlug[$0] }.map { LinkItem($0.name, href: ctx.routes.topic($0.slug)) },
                briefings: e.articles.map { LinkItem(ctx.site.articles[$0].title, href: ctx.routes.article(ctx.site.articles[$0].slug)) })
        }
        let href = ctx.routes.glossary
        return [ctx.page(href, frame: ctx.frame(title: "Glossary", description: "Acronyms used in the briefings.", href: href,
                                                section: "Glossary"), main: glossaryPage(entries))]
    }
}
