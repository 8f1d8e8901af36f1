import Templates

/// A page's address put into or taken out of the sitemap by an edit that makes or removes the page
/// (`AuthorEdit`, `TopicEdit`). The sitemap lists pages by output path, each listing page as
/// `<url><loc>…</loc></url>` with no date.
struct SitemapEdit {
    let routes: Routes
    /// Every output path the edit base has a row for (`EditBase.rowsByPath`).
    let rows: [String: Int]

    /// The `<url>` line of the page at output path `path`, up to its end.
    private func line(_ path: String) -> String {
        "<url><loc>\(escapeHTML(FeedPages.sitemapLoc(path, prefix: routes.absolute(routes.basePath))))</loc>"
    }

    /// `sitemap` listing the page at `path` too, before the next page it lists; nil when it lists the
    /// page already or does not end as written.
    func inserting(_ path: String, into sitemap: [UInt8]) -> [UInt8]? {
        guard BodySlots.find(Array(line(path).utf8), in: sitemap, from: 0) == nil else { return nil }
        // Rows may name pages taken away since: the next page is the first whose address is there.
        let later = rows.keys.filter { $0 > path && $0.hasSuffix(".html") && $0 != "404.html" }.sorted()
        var at: Int?
        for next in later {
            if let found = BodySlots.find(Array(line(next).utf8), in: sitemap, from: 0) {
                at = found
                break
            }
        }
        guard let at = at ?? BodySlots.find(Array("</urlset>".utf8), in: sitemap, from: 0) else { return nil }
        return Array(sitemap[..<at]) + Array((line(path) + "</url>\n").utf8) + sitemap[at...]
    }

    /// `sitemap` without the page at `path`; nil when it does not list it once, without a date.
    func removing(_ path: String, from sitemap: [UInt8]) -> [UInt8]? {
        let whole = line(path) + "</url>\n"
        let found = PlaceEdits.places(whole, prefix: "", old: whole, new: "", in: sitemap, outside: nil)
        return found.count == 1 ? PlaceEdits.apply(found, to: sitemap) : nil
    }
}
