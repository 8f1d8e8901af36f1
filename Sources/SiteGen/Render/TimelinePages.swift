import Templates

/// `/timeline/` and one page per year: briefings by publication date.
enum TimelinePages {
    /// The timeline and its year pages.
    static func render(_ ctx: RenderContext) -> [OutputFile] {
        let years = ctx.index.years
        var files = [timeline(ctx)]
        for (n, y) in years.enumerated() {
            let newer = n > 0 ? LinkItem(String(years[n - 1].year), href: ctx.routes.timeline(year: years[n - 1].year)) : nil
            let older = n + 1 < years.count ? LinkItem(String(years[n + 1].year), href: ctx.routes.timeline(year: years[n + 1].year)) : nil
            let href = ctx.routes.timeline(year: y.year)
            let frame = ctx.frame(title: "Briefings of \(y.year)", description: "Briefings published in \(y.year).", href: href, section: "Timeline")
            let links = [newer, older].map { $0.map { $0.text + " " + $0.href } ?? "-" }
            // The months are part of the inputs: the same briefings can fall into other months after a date edit.
            let monthInputs = y.months.map { "\($0.month):\($0.articles.count)" }
            files.append(ctx.listingPage(href, frame: frame, inputs: ["year", String(y.year), ctx.routes.timeline] + links + monthInputs,
                                         cards: y.months.flatMap(\.articles)) {
                let months = y.months.map { (name: PublishDate.monthNames[$0.month - 1], id: "m-\(pad($0.month, 2))",
                                             cards: $0.articles.map(ctx.card)) }
                return timelineYearPage(year: y.year, timelineHref: ctx.routes.timeline, months: months, newer: newer, older: older)
            })
        }
        return files
    }

    static func timeline(_ ctx: RenderContext) -> OutputFile {
        let years = ctx.index.years.map { y in
            TimelineYear(year: y.year, href: ctx.routes.timeline(year: y.year), months: y.months.map {
                (name: PublishDate.monthNames[$0.month - 1], id: "y-\(y.year)-\(pad($0.month, 2))", items: $0.articles.map { item($0, ctx) })
            })
        }
        let main = timelinePage(years: years, undated: ctx.index.undated.map { item($0, ctx) }, eventsHref: ctx.routes.events)
        return ctx.page(ctx.routes.timeline, frame: ctx.frame(title: "Timeline", description: "Every briefing by date of publication.",
                                                              href: ctx.routes.timeline, section: "Timeline"), main: main)
    }

    static func item(_ i: Int, _ ctx: RenderContext) -> TimelineItem {
        let a = ctx.site.articles[i]
        return TimelineItem(title: a.title, href: ctx.routes.article(a.slug), dateISO: a.date?.isoDay, dateText: a.date?.display)
    }
}
