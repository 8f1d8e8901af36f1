import Foundation

/// The places of an edit's front matter in the files that show it: each function puts one field's
/// new value there, or says why not when a file does not show the old one as the last build wrote it.
extension BodyEdit {
    /// Puts a new title in every file that shows it; why not, when a file does not show it as recorded.
    static func retitle(_ places: TitlePlaces, entry: EditBase.Entry, base: EditBase, pages: inout EditPages) -> String? {
        guard let own = pages.page(entry.row), let slot = own.slot, let retitled = places.ownPage(own.bytes, slot: slot) else {
            return "the page of the briefing titled \"\(places.old)\" does not show the title as the last build wrote it"
        }
        pages.set(entry.row, bytes: retitled.bytes, slot: retitled.slot)
        for row in entry.shownOn {
            guard let page = pages.page(row) else { return "a page listing \"\(places.old)\" is not as the last build wrote it" }
            let linked = places.links(page.bytes, slot: page.slot)
            guard linked.count > 0 else { return "\(page.path) does not show \"\(places.old)\" as the last build wrote it" }
            pages.set(row, bytes: linked.bytes, slot: linked.slot)
        }
        for row in base.alwaysRows {
            guard let page = pages.page(row) else { return "a page of the site is not as the last build wrote it" }
            pages.set(row, bytes: places.listing(page.path, page.bytes).bytes, slot: nil)
        }
        return nil
    }

    /// Puts a new summary in every file that shows it; why not, when a file does not show it as recorded.
    /// Cards stand on some of the pages that show the title (neighbours show only the title), so a page
    /// without the card is left as it is; a clean build checks the whole (`SummaryEditTests`).
    static func resummarise(_ places: SummaryPlaces, entry: EditBase.Entry, base: EditBase, pages: inout EditPages) -> String? {
        if let why = ownPage(entry, pages: &pages, showing: "summary", places.ownPage) { return why }
        if let why = cardPages(entry, base: base, pages: &pages, places.cards) { return why }
        return feedEntries(entry, base: base, pages: &pages, showing: "summary") { feed, bytes, n in
            feed.path.hasSuffix(".json") ? places.json(bytes, entry: n) : places.atom(bytes, entry: n)
        }
    }

    /// Puts new dates in every file that shows them: the page, cards and timeline lines, feeds and the sitemap.
    static func redate(_ places: DatePlaces, entry: EditBase.Entry, base: EditBase, pages: inout EditPages) -> String? {
        if let why = ownPage(entry, pages: &pages, showing: "dates", places.ownPage) { return why }
        if places.dateShown, let why = cardPages(entry, base: base, pages: &pages, places.cards) { return why }
        if let why = feedEntries(entry, base: base, pages: &pages, showing: "dates", { feed, bytes, n in
            feed.path.hasSuffix(".json") ? places.json(bytes, entry: n) : places.atom(bytes)
        }) { return why }
        guard places.lastmodShown else { return nil }
        guard base.sitemapRow >= 0, let sitemap = pages.page(base.sitemapRow), let listed = places.sitemap(sitemap.bytes) else {
            return "the sitemap does not list \(entry.path) as the last build wrote it"
        }
        pages.set(base.sitemapRow, bytes: listed, slot: nil)
        return nil
    }

    /// Changes the briefing's own page; why not, when it does not show the field as recorded.
    private static func ownPage(_ entry: EditBase.Entry, pages: inout EditPages, showing field: String,
                                _ change: ([UInt8], BodySlot) -> (bytes: [UInt8], slot: BodySlot)?) -> String? {
        guard let own = pages.page(entry.row), let slot = own.slot, let changed = change(own.bytes, slot) else {
            return "the page of \(entry.path) does not show its \(field) as the last build wrote it"
        }
        pages.set(entry.row, bytes: changed.bytes, slot: changed.slot)
        return nil
    }

    /// Changes the briefing's cards on every page that may show one; a page that does not is left as it
    /// is. Why not, when a page is not as the last build wrote it.
    static func cardPages(_ entry: EditBase.Entry, base: EditBase, pages: inout EditPages,
                                  _ change: ([UInt8], BodySlot?) -> (bytes: [UInt8], slot: BodySlot?, count: Int)) -> String? {
        for row in entry.shownOn + base.alwaysRows {
            guard let page = pages.page(row) else { return "a page of the site is not as the last build wrote it" }
            guard !page.path.hasSuffix(".xml"), !page.path.hasSuffix(".json") else { continue }
            let changed = change(page.bytes, page.slot)
            if changed.count > 0 { pages.set(row, bytes: changed.bytes, slot: changed.slot) }
        }
        return nil
    }

    /// Changes the briefing's entry (counted from 0) in every feed that carries it; why not, when one does not show the field as recorded.
    private static func feedEntries(_ entry: EditBase.Entry, base: EditBase, pages: inout EditPages, showing field: String,
                                    _ change: (EditBase.Feed, [UInt8], Int) -> [UInt8]?) -> String? {
        for carried in entry.feeds {
            let feed = base.feeds[carried.feed]
            guard let bytes = pages.page(feed.row)?.bytes, let changed = change(feed, bytes, carried.entry) else {
                return "\(feed.path) does not show the \(field) of \(entry.path) as the last build wrote it"
            }
            pages.set(feed.row, bytes: changed, slot: nil)
        }
        return nil
    }
}
