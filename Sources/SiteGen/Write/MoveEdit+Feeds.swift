import Templates

/// The newest briefings of a move (`MoveEdit`): the home page's latest cards, and the entries of the
/// site's Atom and JSON feeds and of its topics' feeds (`FeedPages.feedLength` dated briefings each).
/// A move within a feed's window puts its entries in the new order, as they are written; one that
/// takes the briefing into or out of a window, where an entry would be made or let go, is a full build.
extension MoveEdit {
    /// The home page's cards: the first page of the list of all briefings once moved, as level-3 cards.
    func rehome(pages: inout EditPages) -> String? {
        let size = max(1, perPage)
        guard from < size || to < size else { return nil }
        let notAsWritten = "the home page is not as the last build wrote it"
        guard let row = rows[routes.outputPath(routes.home)], let home = pages.page(row), let list = CardRuns.list(in: home.bytes),
              CardRuns.cards(home.bytes, list.cards, linking: (0..<min(size, table.slugs.count)).map { routes.article(slug($0)) }) != nil,
              let firstRow = rows[routes.outputPath(routes.articles(page: 1))], let first = pages.page(firstRow),
              let firstList = CardRuns.list(in: first.bytes) else { return notAsWritten }
        var inside: [UInt8] = []
        for card in firstList.cards {
            guard let level3 = CardRuns.level3(Array(first.bytes[card])) else { return notAsWritten }
            inside += level3
        }
        let bytes = Array(home.bytes[..<list.inside.lowerBound]) + inside + home.bytes[list.inside.upperBound...]
        pages.set(row, bytes: bytes, slot: home.slot)
        return nil
    }

    /// The feeds whose window holds the briefing before and after, with their entries in the new order;
    /// each moved entry's new place by briefing (old position) and feed (`ShownChanges.feeds`).
    func refeed(pages: inout EditPages, feeds: [EditBase.Feed], dated: Int) -> Result<[Int: [Int: Int?]], BodyEdit.Declined> {
        func no(_ why: String) -> Result<[Int: [Int: Int?]], BodyEdit.Declined> { .failure(BodyEdit.Declined(reason: why)) }
        var moved: [Int: [Int: Int?]] = [:]
        // Undated briefings come last in every list: a window is its list's first dated briefings.
        var lists: [(list: [Int], paths: [String], name: String)] = [(Array(0..<dated), [routes.feed, routes.jsonFeed], "the site's feeds")]
        for slug in TopicIndex.tagged(table.topics[from], topicsBySlug: before.topicsBySlug).sorted() {
            lists.append(((before.articlesByTopic[slug] ?? []).filter { $0 < dated }, [routes.topicFeed(slug)], "the feed of topic \(slug)"))
        }
        let length = FeedPages.feedLength
        for (list, hrefs, name) in lists {
            guard let k = list.firstIndex(of: from) else { return no("the briefing is not in \(name) as recorded") }
            let j = newIndex(in: list)
            guard k < length || j < length else { continue }
            guard k < length && j < length else { return no("the briefing moves into or out of \(name)") }
            guard k != j else { continue }
            let window = Array(list.prefix(length))
            for href in hrefs {
                let path = routes.outputPath(href)
                guard let f = feeds.firstIndex(where: { $0.path == path }), let page = pages.page(feeds[f].row),
                      let bytes = path.hasSuffix(".json") ? jsonReordered(page.bytes, window: window, from: k, to: j)
                                                           : atomReordered(page.bytes, window: window, from: k, to: j) else {
                    return no("\(path) does not carry the briefings recorded")
                }
                pages.set(feeds[f].row, bytes: bytes, slot: nil)
                let order = MoveEdit.reorder(window, from: k, to: j)
                for (n, x) in order.enumerated() where window[n] != x { moved[x, default: [:]][f] = .some(n) }
            }
        }
        return .success(moved)
    }

    /// An Atom feed carrying `window` (old positions), with its entry `from` put at `to`.
    private func atomReordered(_ feed: [UInt8], window: [Int], from k: Int, to j: Int) -> [UInt8]? {
        guard let list = AtomEntries.entries(feed), list.entries.count == window.count else { return nil }
        for (range, x) in zip(list.entries, window) {
            guard let id = AtomEntries.id(feed, range), id.elementsEqual(escapeHTML(routes.absolute(routes.article(slug(x)))).utf8) else {
                return nil
            }
        }
        let entries = MoveEdit.reorder(list.entries.map { Array(feed[$0]) }, from: k, to: j)
        return Array(feed[..<list.inside.lowerBound]) + entries.joined() + feed[list.inside.upperBound...]
    }

    /// A JSON feed carrying `window`, with its item `from` put at `to`. Items are objects at the array's
    /// depth (`jsonText` indents by two spaces): each opens with `    {` on its own line and closes
    /// with `    }`, which no string holds, since strings escape their line breaks.
    private func jsonReordered(_ feed: [UInt8], window: [Int], from k: Int, to j: Int) -> [UInt8]? {
        let (items, open, close) = (Array("\"items\" : [\n".utf8), Array("    {\n".utf8), Array("\n    }".utf8))
        guard let start = BodySlots.find(items, in: feed, from: 0) else { return nil }
        var ranges: [Range<Int>] = []
        var at = start + items.count
        while feed[at...].starts(with: open), let end = BodySlots.find(close, in: feed, from: at) {
            ranges.append(at..<(end + close.count))
            at = end + close.count
            if feed[at...].starts(with: ",\n".utf8) { at += 2 } else { break }
        }
        guard ranges.count == window.count, feed[at...].starts(with: "\n  ]".utf8) else { return nil }
        for (range, x) in zip(ranges, window) {
            guard let url = BodySlots.jsonEscaped(routes.absolute(routes.article(slug(x)))),
                  BodySlots.find(Array("\n      \"id\" : \"".utf8) + url + Array("\",\n".utf8), in: Array(feed[range]), from: 0) != nil else {
                return nil
            }
        }
        let reordered = MoveEdit.reorder(ranges.map { Array(feed[$0]) }, from: k, to: j)
        return Array(feed[..<ranges[0].lowerBound]) + Array(reordered.joined(separator: Array(",\n".utf8))) + feed[ranges.last!.upperBound...]
    }
}
