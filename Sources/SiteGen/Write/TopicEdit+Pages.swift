import Templates

/// A topic edit that changes the number of a topic's pages (`TopicEdit`): a card past the last full
/// page makes a page, made as a full build makes it (`EditPageMaker`), and a last page left without
/// cards goes, with its address in the sitemap. Every other page of the topic says how many there
/// are and links to them, so each gets its page count and its pagination again, from the templates.
extension TopicEdit {
    /// The hrefs of topic `slug`'s pages when it has `count` of them.
    func hrefs(_ slug: String, count: Int) -> [String] {
        (1...max(1, count)).map { routes.topic(slug, page: $0) }
    }

    /// After `relist`: topic `slug`'s page made or taken away, now that its listing goes from
    /// `oldCount` to `newCount` pages, and the pages both have paginated again. `cards` are the
    /// listing's cards after the edit, `listing` the rows of its pages before.
    func repage(_ slug: String, was: [Int], will: [Int], cards: [[UInt8]], listing: [Int], from oldCount: Int, to newCount: Int,
                topics: [String: Topic], pages: inout EditPages, outcome: inout Outcome) -> Failure? {
        let size = max(1, perPage)
        guard let sitemapRow = rows["sitemap.xml"], let sitemap = pages.page(sitemapRow) else { return "the sitemap is not recorded" }
        let sitemaps = SitemapEdit(routes: routes, rows: rows)
        if newCount > oldCount {
            let maker = EditPageMaker(config: config, root: root, extraScripts: extraScripts)
            guard let topic = topics[slug], let first = pages.page(listing[0]),
                  maker.frames(first.bytes, title: TopicPages.heading(topic), description: TopicPages.frameDescription(topic),
                               href: routes.topic(slug), section: "Topics") else {
                return "a page made now would not be framed as the last build framed the pages of topic \(slug)"
            }
            let range = (newCount - 1) * size..<cards.count
            let all = hrefs(slug, count: newCount)
            let heading = TopicPages.heading(topic)
            let view = ListPageView(heading: heading, intro: TopicPages.parentLine(topic, topicsBySlug: topics, routes: routes), cards: [],
                                    pagination: Pagination(current: newCount, pages: all))
            let path = routes.outputPath(all[newCount - 1])
            // A page taken away by an earlier edit left its row, matching no file.
            let old = rows[path]
            guard old.map({ pages.page($0) == nil }) ?? true,
                  let bytes = maker.listing(title: TopicPages.title(heading, page: newCount), description: TopicPages.frameDescription(topic),
                                            href: all[newCount - 1], section: "Topics", view: view, cards: Array(cards[range])),
                  let mapped = sitemaps.inserting(path, into: sitemap.bytes) else {
                return "page \(newCount) of topic \(slug) cannot be made from the pages as the last build wrote them"
            }
            pages.set(sitemapRow, bytes: mapped, slot: nil)
            guard let row = pages.make(path, bytes: bytes, in: old) else { return "the pages of the last build cannot be counted" }
            for i in will[range] { outcome.shown.added[i, default: []].insert(row) }
        } else {
            let row = listing[oldCount - 1]
            let path = routes.outputPath(routes.topic(slug, page: oldCount))
            guard pages.page(row) != nil, let mapped = sitemaps.removing(path, from: sitemap.bytes) else {
                return "page \(oldCount) of topic \(slug) is not listed as the last build wrote it"
            }
            pages.set(sitemapRow, bytes: mapped, slot: nil)
            pages.remove(row)
            for i in was[((oldCount - 1) * size)...] { outcome.shown.removed[i, default: []].insert(row) }
        }
        for (k, row) in listing.prefix(min(oldCount, newCount)).enumerated() {
            guard let page = pages.page(row), let bytes = repaginated(page.bytes, slug: slug, n: k + 1, was: oldCount, will: newCount) else {
                return "a page of topic \(slug) does not show its pages as the last build wrote it"
            }
            pages.set(row, bytes: bytes, slot: page.slot)
        }
        return nil
    }

    /// Page `n` (from 1) of topic `slug`'s listing with the page count line and pagination of `will`
    /// pages instead of `was`; nil when they are not as the templates wrote them, about its card list.
    private func repaginated(_ page: [UInt8], slug: String, n: Int, was: Int, will: Int) -> [UInt8]? {
        func line(_ count: Int) -> [UInt8] { count > 1 ? Array("<p class=\"page-count\">Page \(n) of \(count)</p>\n".utf8) : [] }
        func nav(_ count: Int) -> [UInt8] { Array(paginationNav(Pagination(current: n, pages: hrefs(slug, count: count))).rendered.utf8) }
        guard let list = CardRuns.list(in: page) else { return nil }
        let opening = list.inside.lowerBound - CardRuns.listOpening.count
        let end = list.inside.upperBound + CardRuns.listEnd.count
        let (oldLine, oldNav) = (line(was), nav(was))
        guard opening >= oldLine.count, page[(opening - oldLine.count)..<opening].elementsEqual(oldLine),
              end <= page.count, page[end...].starts(with: oldNav) else { return nil }
        return Array(page[..<(opening - oldLine.count)]) + line(will) + page[opening..<end] + nav(will) + page[(end + oldNav.count)...]
    }
}
