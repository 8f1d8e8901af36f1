import Templates

/// The page an author edit makes for an author who gains a first briefing (`AuthorEdit`), with their
/// line in the author index and their address in the sitemap, each where a full build sorts it.
extension AuthorEdit {
    /// Why pages `maker` makes would not be framed as the last build framed its pages, judged on the
    /// author index as written (every site with an author page has one); nil when they would be.
    func checkFrame(_ maker: EditPageMaker, pages: inout EditPages) -> String? {
        guard let row = rows[routes.outputPath(routes.authors)], let page = pages.page(row) else {
            return "the author index is not as the last build wrote it"
        }
        return maker.frames(page.bytes, title: "Authors", href: routes.authors, section: "Authors") ? nil
            : "a page made now would not be framed as the last build framed its pages"
    }

    /// Makes the page of author `slug`, whose first briefing is the one at `p`, and lists them in the
    /// author index and the sitemap; `everyone` is the listing of every author the index lists so far.
    func give(_ slug: String, _ p: Int, name: String, maker: EditPageMaker, everyone: [String: Listing], pages: inout EditPages,
              shown: inout ShownChanges) -> String? {
        let href = routes.author(slug)
        let path = routes.outputPath(href)
        // A page taken away by an earlier edit left its row, matching no file.
        let old = rows[path]
        let view = ListPageView(heading: name, cards: [], pagination: Pagination(current: 1, pages: [href]))
        guard old.map({ pages.page($0) == nil }) ?? true,
              let card = CardRuns.card(of: p, slug: slugs[p], perPage: config.perPage, routes: routes, rows: rows, pages: &pages),
              let bytes = maker.listing(title: name, description: "Briefings by \(name)", href: href, section: "Authors", view: view,
                                        cards: [card]) else {
            return "the page of new author \(slug) cannot be made from the pages as the last build wrote them"
        }
        // The index sorts authors by name, then slug: the new line goes before the next author's.
        let next = everyone.filter { $0.key != slug && ($0.value.name, $0.key) > (name, slug) }
            .min { ($0.value.name, $0.key) < ($1.value.name, $1.key) }
        let item = "<li><a href=\"\(href)\">\(escapeHTML(name))</a> <span class=\"count\">(1)</span></li>\n"
        let before = next.map { "<li><a href=\"\(routes.author($0.key))\">" } ?? "</ul>\n"
        guard let indexRow = rows[routes.outputPath(routes.authors)], let index = pages.page(indexRow),
              let list = BodySlots.find(Array("<ul class=\"author-list\">\n".utf8), in: index.bytes, from: 0),
              let at = BodySlots.find(Array(before.utf8), in: index.bytes, from: list) else {
            return "the author index does not list the authors as the last build wrote it"
        }
        guard let sitemapRow = rows["sitemap.xml"], let sitemap = pages.page(sitemapRow),
              let mapped = SitemapEdit(routes: routes, rows: rows).inserting(path, into: sitemap.bytes) else {
            return "the sitemap does not list the pages as the last build wrote it"
        }
        pages.set(indexRow, bytes: Array(index.bytes[..<at]) + Array(item.utf8) + index.bytes[at...], slot: index.slot)
        pages.set(sitemapRow, bytes: mapped, slot: sitemap.slot)
        guard let row = pages.make(path, bytes: bytes, in: old) else { return "the pages of the last build cannot be counted" }
        shown.added[p, default: []].insert(row)
        return nil
    }
}
