import Templates

/// The page an author edit makes for an author who gains a first briefing (`AuthorEdit`), with their
/// line in the author index and their address in the sitemap, each where a full build sorts it.
extension AuthorEdit {
    /// Makes author pages with the templates a full build uses, in the frame it gives every page
    /// (`RenderContext.frame`: the configuration, the theme's fingerprinted files, the scripts).
    struct PageMaker {
        let context: RenderContext

        /// A maker for the site at `root` whose pages load `extraScripts`.
        init(config: SiteConfig, root: String, extraScripts: [String]) {
            let site = Site(config: config, topics: [], articles: [], themeFiles: ContentLoader.loadTheme(root: root).0)
            context = RenderContext(site: site, index: SiteIndex(site), documents: [], extraScripts: extraScripts)
        }

        /// The page of author `name` at `href`, listing `cards` (runs cut from pages as written).
        func page(_ name: String, href: String, cards: [[UInt8]]) -> [UInt8]? {
            let frame = context.frame(title: name, description: "Briefings by \(name)", href: href, section: "Authors")
            // A card of the template's shape marks where the cards go.
            let marker = ArticleCard(title: "", href: "", dateISO: nil, dateText: nil, summary: "", authors: [], topics: [])
            let main = listPage(ListPageView(heading: name, cards: [marker], pagination: Pagination(current: 1, pages: [href])))
            let bytes = Array(layoutPage(frame, main: main).rendered.utf8)
            guard let list = CardRuns.list(in: bytes), list.cards.count == 1 else { return nil }
            return Array(bytes[..<list.inside.lowerBound]) + cards.joined() + bytes[list.inside.upperBound...]
        }

        /// Why pages made here would not be a full build's, judged on the author index as the last
        /// build wrote it (every site with an author page has one, and no biography changes its frame);
        /// nil when made again around its own list it is the same, byte for byte.
        func check(routes: Routes, rows: [String: Int], pages: inout EditPages) -> String? {
            let (opening, closing) = ("<h1>Authors</h1>\n<ul class=\"author-list\">\n", "</ul>\n")
            guard let row = rows[routes.outputPath(routes.authors)], let page = pages.page(row),
                  let open = BodySlots.find(Array(opening.utf8), in: page.bytes, from: 0),
                  let close = BodySlots.find(Array(closing.utf8), in: page.bytes, from: open) else {
                return "the author index is not as the last build wrote it"
            }
            let items = String(decoding: page.bytes[(open + opening.utf8.count)..<close], as: UTF8.self)
            let frame = context.frame(title: "Authors", href: routes.authors, section: "Authors")
            guard Array(layoutPage(frame, main: HTML(trusted: opening + items + closing)).rendered.utf8) == page.bytes else {
                return "a page made now would not be framed as the last build framed its pages"
            }
            return nil
        }
    }

    /// Makes the page of author `slug`, whose first briefing is the one at `p`, and lists them in the
    /// author index and the sitemap; `everyone` is the listing of every author the index lists so far.
    func give(_ slug: String, _ p: Int, name: String, maker: PageMaker, everyone: [String: Listing], pages: inout EditPages,
              shown: inout ShownChanges) -> String? {
        let href = routes.author(slug)
        let path = routes.outputPath(href)
        // A page taken away by an earlier edit left its row, matching no file.
        let old = rows[path]
        guard old.map({ pages.page($0) == nil }) ?? true,
              let card = CardRuns.card(of: p, slug: slugs[p], perPage: config.perPage, routes: routes, rows: rows, pages: &pages),
              let bytes = maker.page(name, href: href, cards: [card]) else {
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
              let mapped = inserted(path, into: sitemap.bytes) else {
            return "the sitemap does not list the pages as the last build wrote it"
        }
        pages.set(indexRow, bytes: Array(index.bytes[..<at]) + Array(item.utf8) + index.bytes[at...], slot: index.slot)
        pages.set(sitemapRow, bytes: mapped, slot: sitemap.slot)
        guard let row = pages.make(path, bytes: bytes, in: old) else { return "the pages of the last build cannot be counted" }
        shown.added[p, default: []].insert(row)
        return nil
    }

    /// The sitemap with the page at output path `path` listed in its place: the sitemap lists pages
    /// by output path, so before the next page whose address it lists. Nil when it ends otherwise.
    private func inserted(_ path: String, into sitemap: [UInt8]) -> [UInt8]? {
        let prefix = routes.absolute(routes.basePath)
        func url(_ path: String) -> String { "<url><loc>\(escapeHTML(FeedPages.sitemapLoc(path, prefix: prefix)))</loc>" }
        guard BodySlots.find(Array(url(path).utf8), in: sitemap, from: 0) == nil else { return nil }
        // Rows may name pages taken away since: the next page is the first whose address is there.
        let later = rows.keys.filter { $0 > path && $0.hasSuffix(".html") && $0 != "404.html" }.sorted()
        var at: Int?
        for next in later {
            if let found = BodySlots.find(Array(url(next).utf8), in: sitemap, from: 0) {
                at = found
                break
            }
        }
        guard let at = at ?? BodySlots.find(Array("</urlset>".utf8), in: sitemap, from: 0) else { return nil }
        return Array(sitemap[..<at]) + Array((url(path) + "</url>\n").utf8) + sitemap[at...]
    }
}
