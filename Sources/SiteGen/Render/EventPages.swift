import Templates

/// `/timeline/events/`: the chronology of events the briefings mention; topic pages list their own.
enum EventPages {
    /// The events page and its TimelineJS data.
    static func render(_ ctx: RenderContext) -> [OutputFile] {
        var years: [(year: Int, items: [EventItem])] = []
        for e in ctx.events {
            if years.last?.year == e.date.year { years[years.count - 1].items.append(item(e, ctx)) } else { years.append((e.date.year, [item(e, ctx)])) }
        }
        let main = eventsPage(years: years, timelineHref: ctx.routes.timeline, jsonHref: ctx.routes.timelineJSON)
        let href = ctx.routes.events
        return [ctx.page(href, frame: ctx.frame(title: "Events", description: "Dated events mentioned in the briefings, newest first.",
                                                href: href, section: "Events"), main: main),
                TimelineJSON.file(ctx)]
    }

    /// An event as listed, linking to its paragraph.
    static func item(_ e: Event, _ ctx: RenderContext) -> EventItem {
        let a = ctx.site.articles[e.article]
        let topics = e.topics.compactMap { slug in ctx.index.topicsBySlug[slug].map { LinkItem(ctx.displayName($0), href: ctx.routes.topic(slug)) } }
        return EventItem(dateISO: e.date.iso, dateText: e.date.display, sentence: e.sentence, sourceTitle: a.title,
                         sourceHref: ctx.routes.paragraph(a.slug, e.paragraph), topics: topics)
    }
}
