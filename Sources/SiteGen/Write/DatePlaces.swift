import Templates

/// Where a briefing's `date` and `updated` sit in the files that show them, and their replacement
/// there: the byte work of a date edit (`BodyEdit`). The edit keeps the briefing in its place in
/// every list and in its month, so only these bytes change.
///
/// The briefing's own page shows both dates in its meta line and structured data, and the
/// publication date in its three citations. Other pages show the publication date in the
/// briefing's cards and timeline lines, found by their link to it. Feeds show both in the entries
/// that carry its body, and each Atom feed's own `<updated>` is the latest of its entries'. The
/// sitemap shows the later of the two as the page's `lastmod`.
struct DatePlaces {
    let old: (date: PublishDate, updated: PublishDate?)
    let new: (date: PublishDate, updated: PublishDate?)
    /// The briefing's page as pages link to it, and as feeds and the sitemap give it.
    let href: String
    let absolute: String
    let sitemapLoc: String
    /// The citations' texts before and after (`Citations.make`).
    let oldCitations: [String]
    let newCitations: [String]
    /// True when the new date moves the briefing past another in the site's order, or to another month.
    let moves: Bool

    /// The places of a date edit of `article`, whose entry is `entry`; nil when its dates did not
    /// change, a failure when a date was added or removed (the briefing joins or leaves the timeline).
    static func edit(_ article: Article, entry: EditBase.Entry, base: EditBase, config: SiteConfig,
                     routes: Routes) -> Result<DatePlaces?, BodyEdit.Declined> {
        func no(_ reason: String) -> Result<DatePlaces?, BodyEdit.Declined> { .failure(BodyEdit.Declined(reason: reason)) }
        let (date, updated) = (article.date?.rfc3339 ?? "", article.updated?.rfc3339 ?? "")
        guard date != entry.date || updated != entry.updated else { return .success(nil) }
        guard let newDate = article.date, let oldDate = PublishDate(iso: entry.date) else {
            return no("a date was added to or removed from \(article.path)")
        }
        let oldUpdated = entry.updated.isEmpty ? nil : PublishDate(iso: entry.updated)
        guard entry.updated.isEmpty || oldUpdated != nil else { return no("the recorded dates of \(article.path) cannot be read") }
        var moves = newDate.year != oldDate.year || newDate.month != oldDate.month
        if date != entry.date {
            // Strictly between its neighbours, whatever their slugs: the briefing keeps its place in every list.
            let t = newDate.epochSeconds
            let newer = entry.position == 0 ? Int.max : base.epoch(at: entry.position - 1)
            let older = base.epoch(at: entry.position + 1) ?? EditBase.undated
            let between = newer.map { $0 != EditBase.undated && $0 > t && older < t } ?? false
            if !between { moves = true }
        }
        let href = routes.article(article.slug)
        var before = article
        before.date = oldDate
        let url = routes.absolute(href)
        return .success(DatePlaces(
            old: (oldDate, oldUpdated), new: (newDate, article.updated), href: href, absolute: url,
            sitemapLoc: FeedPages.sitemapLoc(routes.outputPath(href), prefix: routes.absolute(routes.basePath)),
            oldCitations: Citations.make(before, url: url, config: config).map(\.text),
            newCitations: Citations.make(article, url: url, config: config).map(\.text), moves: moves))
    }

    /// True when the publication date as pages show it changed (cards, timelines, citations).
    var dateShown: Bool { old.date.isoDay != new.date.isoDay || old.date.display != new.date.display }

    /// True when the sitemap's `lastmod` of the page changed.
    var lastmodShown: Bool { (old.updated ?? old.date).isoDay != (new.updated ?? new.date).isoDay }

    /// The briefing's own page with both dates replaced wherever it shows them; nil when a place is
    /// not found exactly once, as the templates write it.
    func ownPage(_ page: [UInt8], slot: BodySlot) -> (bytes: [UInt8], slot: BodySlot)? {
        let meta = "<p class=\"briefing-meta\">"
        let (oldMeta, newMeta) = (DatePlaces.metaDates(old), DatePlaces.metaDates(new))
        var changes = PlaceEdits.places(meta + oldMeta + " · ", prefix: meta, old: oldMeta, new: newMeta, in: page, outside: slot)
        let published = "\"datePublished\":"
        let (oldLD, newLD) = (DatePlaces.structured(old), DatePlaces.structured(new))
        let ld = PlaceEdits.places(published + oldLD + ",", prefix: published, old: oldLD, new: newLD, in: page, outside: slot)
        guard changes.count == 1, ld.count == 1, let cited = PlaceEdits.citations(oldCitations, newCitations, in: page, outside: slot) else {
            return nil
        }
        changes += ld + cited
        return PlaceEdits.apply(changes, to: page, slot: slot)
    }

    /// `page` with the publication date replaced in every card and timeline line of the briefing
    /// outside `slot`; and how many there were.
    func cards(_ page: [UInt8], slot: BodySlot?) -> (bytes: [UInt8], slot: BodySlot?, count: Int) {
        let (oldTime, newTime) = (DatePlaces.time(old.date), DatePlaces.time(new.date))
        var found = PlaceEdits.inCards(page, href: href, line: "\n<p class=\"card-meta\">", old: oldTime, followedBy: "",
                                       new: newTime, outside: slot)
        // Timeline lines: the date, then the link.
        found += PlaceEdits.places("<li>" + oldTime + " <a href=\"\(href)\">", prefix: "<li>", old: oldTime, new: newTime,
                                   in: page, outside: slot)
        return PlaceEdits.apply(found, to: page, slot: slot)
    }

    /// An Atom feed with the dates of the briefing's entry replaced, and the feed's `<updated>` made
    /// the latest of its entries' again; nil when the entry is not there once, as written.
    func atom(_ feed: [UInt8]) -> [UInt8]? {
        let id = escapeHTML(absolute)
        let opening = "<id>\(id)</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"\(id)\"/>\n<published>"
        let (oldDates, newDates) = (DatePlaces.atomDates(old), DatePlaces.atomDates(new))
        let found = PlaceEdits.places(opening + oldDates, prefix: opening, old: oldDates, new: newDates, in: feed, outside: nil)
        guard found.count == 1 else { return nil }
        return AtomEntries.withLatestUpdated(PlaceEdits.apply(found, to: feed))
    }

    /// A JSON feed with the dates of item `entry` (counted from 0) replaced; nil when that item does
    /// not show the old ones after its body.
    func json(_ feed: [UInt8], entry: Int) -> [UInt8]? {
        guard let modified = PlaceEdits.inJSONItem(feed, entry: entry, key: "date_modified", old: (old.updated ?? old.date).rfc3339,
                                                   new: (new.updated ?? new.date).rfc3339),
              let published = PlaceEdits.inJSONItem(feed, entry: entry, key: "date_published", old: old.date.rfc3339,
                                                    new: new.date.rfc3339) else { return nil }
        return PlaceEdits.apply([modified, published], to: feed)
    }

    /// The sitemap with the page's `lastmod` replaced; nil when the page is not listed once with the old one.
    func sitemap(_ bytes: [UInt8]) -> [UInt8]? {
        let (o, n) = ((old.updated ?? old.date).isoDay, (new.updated ?? new.date).isoDay)
        let loc = "<url><loc>\(escapeHTML(sitemapLoc))</loc><lastmod>"
        let found = PlaceEdits.places(loc + o + "</lastmod></url>", prefix: loc, old: o, new: n, in: bytes, outside: nil)
        guard found.count == 1 else { return nil }
        return PlaceEdits.apply(found, to: bytes)
    }

    /// The `<time>` element cards, timelines and the meta line write for a date.
    static func time(_ d: PublishDate) -> String {
        "<time datetime=\"\(d.isoDay)\">\(escapeHTML(d.display))</time>"
    }

    /// The dates of a briefing page's meta line (`leadMeta`).
    private static func metaDates(_ dates: (date: PublishDate, updated: PublishDate?)) -> String {
        time(dates.date) + (dates.updated.map { " · updated " + time($0) } ?? "")
    }

    /// The two dates of the page's structured data, from the first value to the second.
    private static func structured(_ dates: (date: PublishDate, updated: PublishDate?)) -> String {
        StructuredData.json(dates.date.rfc3339) + ",\"dateModified\":" + StructuredData.json((dates.updated ?? dates.date).rfc3339)
    }

    /// An Atom entry's dates, from the published value to the updated one (`atomEntry`).
    private static func atomDates(_ dates: (date: PublishDate, updated: PublishDate?)) -> String {
        dates.date.rfc3339 + "</published>\n<updated>" + (dates.updated ?? dates.date).rfc3339
    }
}
