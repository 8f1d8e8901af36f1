import Templates

/// What a topic page adds after its briefings: the topic's events, related topics and its feed.
enum TopicExtras {
    /// How many events a topic page lists before pointing to the full chronology.
    static let eventLimit = 30

    /// The sections shown after the briefings on a topic's first page.
    /// The briefings whose titles `sections` shows besides the page's cards: those its events come from.
    static func sources(_ topic: Topic, _ ctx: RenderContext) -> [Int] {
        Events.about(topic.slug, ctx.events, index: ctx.index).prefix(eventLimit).map(\.article)
    }

    static func sections(_ topic: Topic, _ ctx: RenderContext) -> HTML {
        let events = Events.about(topic.slug, ctx.events, index: ctx.index)
        let name = ctx.displayName(topic)
        let more: HTML = events.count > eventLimit
            ? "<p><a href=\"\(ctx.routes.events)\">All \(events.count) events in the chronology</a></p>\n" : .empty
        let timeline: HTML = events.isEmpty ? .empty : """
            <section class="topic-events" aria-labelledby="events-title">
            <h2 id="events-title">Timeline of events: \(name)</h2>
            \(eventList(events.prefix(eventLimit).map { EventPages.item($0, ctx) }))\(more)</section>

            """
        let related = TopicRelations.related(to: topic.slug, site: ctx.site, index: ctx.index)
        let relatedList = relatedTopics(related, topicsBySlug: ctx.index.topicsBySlug, routes: ctx.routes)
        let feed: HTML = """
            <p class="topic-feed"><a href="\(ctx.routes.topicFeed(topic.slug))" type="application/atom+xml">Atom feed of \(name) briefings</a></p>

            """
        return "\(timeline)\(relatedList)\(feed)"
    }

    /// The section of topics tagged together with a topic (`TopicRelations`); nothing when there are none.
    static func relatedTopics(_ related: [(slug: String, count: Int)], topicsBySlug: [String: Topic], routes: Routes) -> HTML {
        related.isEmpty ? .empty : """
            <section class="related-topics" aria-labelledby="related-topics-title">
            <h2 id="related-topics-title">Related topics</h2>
            <ul class="topic-chips">
            \(HTML.each(related) { r -> HTML in
                let t = topicsBySlug[r.slug]!
                return "<li><a href=\"\(routes.topic(r.slug))\">\(RenderContext.displayName(t))</a> <span class=\"count\">(\(r.count))</span></li>\n"
            })</ul>
            </section>

            """
    }

    /// The topic's Atom feed.
    static func feed(_ topic: Topic, _ ctx: RenderContext) -> OutputFile {
        let heading = topic.acronym.map { "\(topic.name) (\($0))" } ?? topic.name
        return FeedPages.atom(ctx.index.articlesByTopic[topic.slug] ?? [], title: "\(heading) | \(ctx.site.config.title)",
                              subtitle: "Briefings on \(topic.name)", feedHref: ctx.routes.topicFeed(topic.slug),
                              pageHref: ctx.routes.topic(topic.slug), ctx)
    }
}
