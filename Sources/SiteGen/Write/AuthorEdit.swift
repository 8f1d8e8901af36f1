import Templates

/// The byte work of an author edit (`FrontMatterEdit`): a briefing whose front matter changed only in
/// its authors. Its own page names them in the byline, the structured data and the citations; its
/// cards name them wherever they stand, and feeds in their entries (`AuthorEdit+Feeds`); the page of
/// an author it gains or loses lists it or stops listing it; and the author index counts each
/// author's briefings.
///
/// Each list is worked out from the edit base's author table (`EditBase+Authors`) the way `SiteIndex`
/// makes it, and cards are cut from the pages the last build wrote. An author who loses their last
/// briefing loses their page too: it is taken out of the output, the author index and the sitemap;
/// an author who gains a first one gets a page, made as a full build makes it (`AuthorEdit+Pages`).
/// What it cannot do so is a full build: an author whose page would show another spelling of the
/// name; an author page some briefing links to that would go; more authors than the table holds; a
/// briefing with an `author_bio` (it may be an author's biography); a byline that would appear or go.
struct AuthorEdit {
    let table: EditBase.AuthorTable
    /// Every briefing's slug, in the site's order (`EditBase.TopicTable.slugs`).
    let slugs: [String]
    let routes: Routes
    let config: SiteConfig
    let rows: [String: Int]
    /// Where the theme a new author's page links to is read from, and the scripts every page loads.
    let root: String
    let extraScripts: [String]

    /// The new table and the rows that come to show the briefing's card, or stop.
    struct Outcome {
        var table: EditBase.AuthorTable
        var shown = ShownChanges()
    }

    /// An author's briefings by position, and the name their page shows (the first briefing's spelling).
    struct Listing: Equatable {
        var positions: [Int] = []
        var name = ""
    }

    /// Puts the new authors of `article` (at `entry`) in every page; the changes to the base, or why not.
    func put(_ article: Article, entry: EditBase.Entry, base: EditBase, pages: inout EditPages) -> Result<Outcome, BodyEdit.Declined> {
        func no(_ why: String) -> Result<Outcome, BodyEdit.Declined> { .failure(BodyEdit.Declined(reason: why)) }
        let p = entry.position
        let old = table.authors[p], new = article.authors
        guard !old.isEmpty, !new.isEmpty else { return no("the byline of \(article.path) would appear or go") }
        guard new.count <= EditBase.maxAuthors else { return no("\(article.path) names more authors than the edit base records") }
        guard article.authorBio == nil else { return no("\(article.path) gives an author_bio, which an author's page may show") }
        let (oldSlugs, newSlugs) = (old.map { Slug.make($0) }, new.map { Slug.make($0) })
        guard Set(oldSlugs).count == old.count, Set(newSlugs).count == new.count else {
            return no("\(article.path) names an author twice")
        }
        var outcome = Outcome(table: table)
        outcome.table.authors[p] = new
        // A name no briefing gave yet joins the table's names (recorded by `EditBase.withAuthors`).
        let known = Set(table.names)
        for name in new where !known.contains(name) { outcome.table.names.append(name) }
        let touched = Set(oldSlugs).union(newSlugs)
        var slugOf: [String: String] = [:]
        for name in outcome.table.names { slugOf[name] = Slug.make(name) }
        let (before, after) = (listings(touched, table.authors, slugOf), listings(touched, outcome.table.authors, slugOf))
        var (gone, born): ([String], [String]) = ([], [])
        for slug in touched.sorted() {
            guard let was = before[slug] else {
                born.append(slug)
                continue
            }
            guard let will = after[slug] else {
                gone.append(slug)
                continue
            }
            guard was.name == will.name else { return no("the page of author \(slug) would show another spelling of the name") }
        }
        // Checked before any page is changed: the page a full build would make for a new author.
        var maker: EditPageMaker?
        if !born.isEmpty {
            maker = EditPageMaker(config: config, root: root, extraScripts: extraScripts)
            if let why = checkFrame(maker!, pages: &pages) { return no(why) }
        }
        let oldLinks = inlineLinks(RenderContext.authorLinks(old, routes: routes)).rendered
        let newLinks = inlineLinks(RenderContext.authorLinks(new, routes: routes)).rendered
        guard let own = pages.page(entry.row), let slot = own.slot,
              let paged = ownPage(own.bytes, slot: slot, article: article, was: old, oldLinks: oldLinks, newLinks: newLinks) else {
            return no("the page of \(article.path) does not show its authors as the last build wrote it")
        }
        pages.set(entry.row, bytes: paged.bytes, slot: paged.slot)
        let href = routes.article(article.slug)
        let date = article.date.map(DatePlaces.time) ?? "<span>Undated</span>"
        if let why = BodyEdit.cardPages(entry, base: base, pages: &pages, { page, slot in
            PlaceEdits.apply(PlaceEdits.inCards(page, href: href, line: "<p class=\"card-meta\">", old: date + " · " + oldLinks,
                                                followedBy: "</p>\n", new: date + " · " + newLinks, outside: slot), to: page, slot: slot)
        }) { return no(why) }
        for carried in entry.feeds {
            let feed = base.feeds[carried.feed]
            guard let bytes = pages.page(feed.row)?.bytes, let patched = feed.path.hasSuffix(".json")
                ? AuthorEdit.json(bytes, entry: carried.entry, old: old, new: new)
                : AuthorEdit.atom(bytes, entry: carried.entry, old: old, new: new) else {
                return no("\(feed.path) does not show the authors of \(article.path) as the last build wrote it")
            }
            pages.set(feed.row, bytes: patched, slot: nil)
        }
        for slug in touched.sorted() where before[slug] != nil && after[slug] != nil && before[slug]!.positions != after[slug]!.positions {
            if let why = relist(slug, p, was: before[slug]!, will: after[slug]!, pages: &pages, shown: &outcome.shown) { return no(why) }
        }
        for slug in gone {
            if let why = takeAway(slug, p, name: before[slug]!.name, pages: &pages, shown: &outcome.shown) { return no(why) }
        }
        if let maker, !born.isEmpty {
            // Authors the index does not list yet are no place to insert another before.
            var listed = listings(Set(slugOf.values), outcome.table.authors, slugOf).filter { !born.contains($0.key) }
            for slug in born {
                if let why = give(slug, p, name: after[slug]!.name, maker: maker, everyone: listed, pages: &pages, shown: &outcome.shown) {
                    return no(why)
                }
                listed[slug] = after[slug]
            }
        }
        return .success(outcome)
    }

    /// Takes away the page of author `slug`, whose last briefing was the one at `p`, with their line
    /// in the author index and their address in the sitemap.
    private func takeAway(_ slug: String, _ p: Int, name: String, pages: inout EditPages, shown: inout ShownChanges) -> String? {
        let href = routes.author(slug)
        let path = routes.outputPath(href)
        // A full build would report the link as broken.
        guard !table.linked.contains(path) else { return "a briefing links to the page of author \(slug), which would go" }
        guard let row = rows[path], let page = pages.page(row), let list = CardRuns.list(in: page.bytes), list.cards.count == 1,
              CardRuns.cards(page.bytes, list.cards, linking: [routes.article(slugs[p])]) != nil else {
            return "the page of author \(slug) is not as the last build wrote it"
        }
        let item = "<li><a href=\"\(href)\">\(escapeHTML(name))</a> <span class=\"count\">(1)</span></li>\n"
        guard let indexRow = rows[routes.outputPath(routes.authors)], let index = pages.page(indexRow),
              case let listed = PlaceEdits.places(item, prefix: "", old: item, new: "", in: index.bytes, outside: nil), listed.count == 1 else {
            return "the author index does not list author \(slug) as the last build wrote it"
        }
        guard let sitemapRow = rows["sitemap.xml"], let sitemap = pages.page(sitemapRow),
              let mapped = SitemapEdit(routes: routes, rows: rows).removing(path, from: sitemap.bytes) else {
            return "the sitemap does not give the page of author \(slug) as the last build wrote it"
        }
        pages.set(indexRow, bytes: PlaceEdits.apply(listed, to: index.bytes), slot: index.slot)
        pages.set(sitemapRow, bytes: mapped, slot: sitemap.slot)
        pages.remove(row)
        shown.removed[p, default: []].insert(row)
        return nil
    }

    /// The listing of each author in `slugs` by the briefings' `authors` (each name's slug in `slugOf`);
    /// absent for an author with none.
    func listings(_ slugs: Set<String>, _ authors: [[String]], _ slugOf: [String: String]) -> [String: Listing] {
        var out: [String: Listing] = [:]
        for (i, names) in authors.enumerated() {
            for name in names {
                guard let slug = slugOf[name], slugs.contains(slug) else { continue }
                out[slug, default: Listing(name: name)].positions.append(i)
            }
        }
        return out
    }

    /// The briefing's own page with its authors replaced in the byline, the structured data and the
    /// citations; nil when one is not found exactly once, as the templates write it.
    private func ownPage(_ page: [UInt8], slot: BodySlot, article: Article, was: [String], oldLinks: String,
                         newLinks: String) -> (bytes: [UInt8], slot: BodySlot)? {
        let by = "<p class=\"byline\">By "
        var changes = PlaceEdits.places(by + oldLinks + "</p>\n", prefix: by, old: oldLinks, new: newLinks, in: page, outside: slot)
        let key = "\"author\":"
        let (oldLD, newLD) = (StructuredData.authors(was), StructuredData.authors(article.authors))
        let ld = PlaceEdits.places(key + oldLD + ",", prefix: key, old: oldLD, new: newLD, in: page, outside: slot)
        guard changes.count == 1, ld.count == 1 else { return nil }
        changes += ld
        var before = article
        before.authors = was
        let url = routes.absolute(routes.article(article.slug))
        let (oldCitations, newCitations) = (Citations.make(before, url: url, config: config), Citations.make(article, url: url, config: config))
        guard let cited = PlaceEdits.citations(oldCitations.map(\.text), newCitations.map(\.text), in: page, outside: slot) else {
            return nil
        }
        changes += cited
        return PlaceEdits.apply(changes, to: page, slot: slot)
    }

    /// Author `slug`'s page with the briefing at `p` taken out or put in, and the author index's count of it.
    private func relist(_ slug: String, _ p: Int, was: Listing, will: Listing, pages: inout EditPages, shown: inout ShownChanges) -> String? {
        let href = routes.author(slug)
        guard let row = rows[routes.outputPath(href)], let page = pages.page(row), let list = CardRuns.list(in: page.bytes),
              list.cards.count == was.positions.count else { return "the page of author \(slug) is not as the last build wrote it" }
        guard var cards = CardRuns.cards(page.bytes, list.cards, linking: was.positions.map { routes.article(slugs[$0]) }) else {
            return "the page of author \(slug) does not list the briefings recorded"
        }
        if let at = was.positions.firstIndex(of: p) {
            cards.remove(at: at)
            shown.removed[p, default: []].insert(row)
        } else if let at = will.positions.firstIndex(of: p), let card = CardRuns.card(of: p, slug: slugs[p], perPage: config.perPage, routes: routes, rows: rows, pages: &pages) {
            cards.insert(card, at: at)
            shown.added[p, default: []].insert(row)
        } else {
            return "the card of the edited briefing is not in the list of all briefings as the last build wrote it"
        }
        var bytes = Array(page.bytes[..<list.inside.lowerBound])
        for card in cards { bytes += card }
        bytes += page.bytes[list.inside.upperBound...]
        pages.set(row, bytes: bytes, slot: page.slot)
        return recount(slug, name: was.name, was: was.positions.count, will: will.positions.count, pages: &pages)
    }

    /// The author index with author `slug` counted `will` times instead of `was`.
    private func recount(_ slug: String, name: String, was: Int, will: Int, pages: inout EditPages) -> String? {
        guard let row = rows[routes.outputPath(routes.authors)], let page = pages.page(row) else { return "the author index is not recorded" }
        let item = "<li><a href=\"\(routes.author(slug))\">\(escapeHTML(name))</a> <span class=\"count\">("
        let counted = PlaceEdits.places(item + "\(was))</span>", prefix: item, old: "\(was)", new: "\(will)", in: page.bytes, outside: nil)
        guard counted.count == 1 else { return "the author index does not count author \(slug) as the last build wrote it" }
        pages.set(row, bytes: PlaceEdits.apply(counted, to: page.bytes), slot: page.slot)
        return nil
    }
}

extension AuthorEdit {
    /// The author edit of `article`, whose front matter changed besides its title, summary, dates and
    /// topics (`FrontMatterEdit`): when only its authors changed; why not otherwise.
    /// `slugs` are every briefing's (`EditBase.TopicTable.slugs`), the article's at the entry's position.
    static func make(_ article: Article, entry: EditBase.Entry, slugs: [String], base: EditBase, routes: Routes,
                     config: SiteConfig, root: String, extraScripts: [String]) -> Result<AuthorEdit, BodyEdit.Declined> {
        func no(_ why: String) -> Result<AuthorEdit, BodyEdit.Declined> { .failure(BodyEdit.Declined(reason: why)) }
        let p = entry.position
        guard let table = base.authorTable(), table.authors.indices.contains(p), slugs.count == table.authors.count else {
            return no("the front matter of \(article.path) changed besides its title, summary and dates, and the last build recorded no authors")
        }
        var was = article
        was.authors = table.authors[p]
        guard EditBase.rest(was) == entry.rest else {
            return no("the front matter of \(article.path) changed besides its title, summary, dates and topics or authors")
        }
        guard let rows = base.rowsByPath() else { return no("the pages of the last build cannot be read") }
        return .success(AuthorEdit(table: table, slugs: slugs, routes: routes, config: config, rows: rows, root: root,
                                   extraScripts: extraScripts))
    }
}
