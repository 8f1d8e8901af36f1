import Templates

/// The topic index and one paginated page per topic with its children and briefings.
enum TopicPages {
    /// All topic pages.
    static func render(_ ctx: RenderContext) -> [OutputFile] {
        var files = [topicIndex(ctx)]
        for topic in ctx.site.topics { files += pages(topic, ctx) + [TopicExtras.feed(topic, ctx)] }
        return files
    }

    static func topicIndex(_ ctx: RenderContext) -> OutputFile {
        let ordered = ctx.index.topicsInOrder(ctx.site)
        let groups = Topic.Kind.allCases.compactMap { kind -> HTML? in
            let roots = ordered.filter { $0.kind == kind && ($0.parent.map { ctx.index.topicsBySlug[$0]?.kind != kind } ?? true) }
            guard !roots.isEmpty else { return nil }
            return """
            <section class="topic-group" aria-labelledby="kind-\(kind.rawValue)">
            <h2 id="kind-\(kind.rawValue)">\(kind.heading)</h2>
            <ul class="topic-tree">
            \(HTML.each(roots) { tree($0, ctx) })</ul>
            </section>

            """
        }
        let main: HTML = "<h1>Topics</h1>\n\(groups)"
        return ctx.page(ctx.routes.topics, frame: ctx.frame(title: "Topics", href: ctx.routes.topics, section: "Topics"), main: main)
    }

    /// A topic with its article count and its children nested below it.
    private static func tree(_ topic: Topic, _ ctx: RenderContext) -> HTML {
        let count = ctx.index.articlesByTopic[topic.slug]?.count ?? 0
        let kids = ctx.index.children[topic.slug] ?? []
        let nested: HTML = kids.isEmpty ? .empty
            : "<ul>\n\(HTML.each(kids.compactMap { ctx.index.topicsBySlug[$0] }) { tree($0, ctx) })</ul>\n"
        let label: HTML = topic.acronym.map { "\($0) <span class=\"topic-name\">(\(topic.name))</span>" } ?? "\(topic.name)"
        return "<li><a href=\"\(ctx.routes.topic(topic.slug))\">\(label)</a> <span class=\"count\">\(countText(count))</span>\n\(nested)</li>\n"
    }

    /// How the topic index gives a topic's number of briefings.
    static func countText(_ count: Int) -> String { "\(count) \(count == 1 ? "briefing" : "briefings")" }

    /// The heading of a topic's pages: its name, and its acronym after it.
    static func heading(_ topic: Topic) -> String {
        topic.acronym.map { "\(topic.name) (\($0))" } ?? topic.name
    }

    /// The title of page `n` of a topic's listing.
    static func title(_ heading: String, page n: Int) -> String {
        n == 1 ? heading : "\(heading), page \(n)"
    }

    /// What the frame of a topic's pages gives as their description.
    static func frameDescription(_ topic: Topic) -> String? {
        topic.description.isEmpty ? nil : topic.description
    }

    /// The line naming a topic's parent, at the top of each of its pages; empty for a topic without one.
    static func parentLine(_ topic: Topic, topicsBySlug: [String: Topic], routes: Routes) -> HTML {
        topic.parent.flatMap { topicsBySlug[$0] }.map {
            "<p class=\"topic-parent\">Part of <a href=\"\(routes.topic($0.slug))\">\($0.name)</a></p>\n"
        } ?? .empty
    }

    static func pages(_ topic: Topic, _ ctx: RenderContext) -> [OutputFile] {
        let articles = ctx.index.articlesByTopic[topic.slug] ?? []
        let description = topic.description.isEmpty ? HTML.empty
            : HTML(trusted: Markdown.render(topic.description, options: MarkdownOptions(paragraphAnchors: false)).html)
        let parent = parentLine(topic, topicsBySlug: ctx.index.topicsBySlug, routes: ctx.routes)
        let kids = (ctx.index.children[topic.slug] ?? []).compactMap { ctx.index.topicsBySlug[$0] }
        let children: HTML = kids.isEmpty ? .empty : """
            <section class="child-topics" aria-labelledby="children-title">
            <h2 id="children-title">Within \(ctx.displayName(topic))</h2>
            <ul>
            \(HTML.each(kids) { "<li><a href=\"\(ctx.routes.topic($0.slug))\">\(ctx.displayName($0))</a> <span class=\"count\">(\(ctx.index.articlesByTopic[$0.slug]?.count ?? 0))</span></li>\n" })</ul>
            </section>

            """
        let heading = heading(topic)
        return Paginate.pages(articles, perPage: ctx.site.config.perPage, href: { ctx.routes.topic(topic.slug, page: $0) }) { slice, n, hrefs in
            let intro: HTML = n == 1 ? "\(parent)<div class=\"topic-description\">\(description)</div>\n\(children)" : parent
            let extra = n == 1 ? TopicExtras.sections(topic, ctx) : .empty
            let frame = ctx.frame(title: title(heading, page: n), description: frameDescription(topic), href: hrefs[n - 1], section: "Topics")
            return ctx.listingPage(hrefs[n - 1], frame: frame, inputs: ["topic", heading, intro.rendered, extra.rendered, String(n), String(hrefs.count)],
                                   cards: Array(slice), alsoShowing: n == 1 ? TopicExtras.sources(topic, ctx) : []) {
                listPage(ListPageView(heading: heading, intro: intro, cards: slice.map(ctx.card),
                                      pagination: Pagination(current: n, pages: hrefs), extra: extra))
            }
        }
    }
}
