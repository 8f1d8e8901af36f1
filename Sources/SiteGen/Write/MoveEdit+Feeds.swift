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

    /// Every feed whose window holds the briefing before or after the move, with its entries in the new
    /// order: entries as written, and one made from its briefing's file for a briefing that comes into
    /// the window (the moved one, or the first after the window when the moved one leaves it). Each
    /// entry's new place, by briefing (old position) and feed, nil for one let go (`ShownChanges.feeds`).
    func refeed(pages: inout EditPages, base: EditBase, entriesAt: Int, path: String) -> Result<[Int: [Int: Int?]], BodyEdit.Declined> {
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
            guard (k < length || j < length) && k != j else { continue }
            let window = Array(list.prefix(length))
            let order = Array(MoveEdit.reorder(list, from: k, to: j).prefix(length))
            for href in hrefs {
                let feedPath = routes.outputPath(href)
                guard let f = base.feeds.firstIndex(where: { $0.path == feedPath }), let page = pages.page(base.feeds[f].row) else {
                    return no("\(feedPath) is not as the last build wrote it")
                }
                let json = feedPath.hasSuffix(".json")
                guard let items = json ? jsonItems(page.bytes) : AtomEntries.entries(page.bytes).map({ ($0.inside, $0.entries) }),
                      items.entries.count == window.count,
                      zip(items.entries, window).allSatisfy({ carries(page.bytes, $0.0, briefing: $0.1, json: json) }) else {
                    return no("\(feedPath) does not carry the briefings recorded")
                }
                var kept: [Int: [UInt8]] = [:]
                for (range, x) in zip(items.entries, window) { kept[x] = Array(page.bytes[range]) }
                var made: [[UInt8]] = []
                for x in order {
                    guard let entry = kept[x] ?? freshEntry(x, json: json, base: base, entriesAt: entriesAt, path: path) else {
                        return no("the entry of \(slug(x)) for \(feedPath) cannot be made")
                    }
                    made.append(entry)
                }
                let inside = json ? Array(made.joined(separator: Array(",\n".utf8))) : Array(made.joined())
                var bytes = Array(page.bytes[..<items.inside.lowerBound]) + inside + page.bytes[items.inside.upperBound...]
                if !json {
                    guard let dated = AtomEntries.withLatestUpdated(bytes) else { return no("\(feedPath) cannot be dated") }
                    bytes = dated
                }
                pages.set(base.feeds[f].row, bytes: bytes, slot: nil)
                let place = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset) })
                for (n, x) in window.enumerated() where place[x] != n { moved[x, default: [:]][f] = .some(place[x]) }
                for (n, x) in order.enumerated() where window.firstIndex(of: x) == nil { moved[x, default: [:]][f] = .some(n) }
            }
        }
        return .success(moved)
    }

    /// True when entry or item `range` of a feed is the briefing at `x`'s, by its id.
    private func carries(_ feed: [UInt8], _ range: Range<Int>, briefing x: Int, json: Bool) -> Bool {
        let url = routes.absolute(routes.article(slug(x)))
        if json {
            guard let escaped = BodySlots.jsonEscaped(url) else { return false }
            let id = Array("\n      \"id\" : \"".utf8) + escaped + Array("\",\n".utf8)
            return BodySlots.find(id, in: Array(feed[range]), from: 0) != nil
        }
        return AtomEntries.id(feed, range)?.elementsEqual(escapeHTML(url).utf8) ?? false
    }

    /// The entry of the briefing at `x` made from its file (the moved briefing's is `path`); nil when
    /// the file cannot be read or has a problem.
    private func freshEntry(_ x: Int, json: Bool, base: EditBase, entriesAt: Int, path: String) -> [UInt8]? {
        guard let file = x == from ? path : base.entries(at: [x], entriesAt: entriesAt)?[x]?.path else { return nil }
        if !json { return AtomEntries.entry(path: file, root: related.root, markdown: related.markdown, routes: routes) }
        return JSONFeed.item(path: file, root: related.root, markdown: related.markdown, routes: routes, topics: before.topicsBySlug)
    }

    /// The items of a JSON feed and where they stand. Items are objects at the array's depth
    /// (`jsonText` indents by two spaces): each opens with `    {` on its own line and closes with
    /// `    }`, which no string holds, since strings escape their line breaks.
    private func jsonItems(_ feed: [UInt8]) -> (inside: Range<Int>, entries: [Range<Int>])? {
        let (items, open, close) = (Array("\"items\" : [\n".utf8), Array("    {\n".utf8), Array("\n    }".utf8))
        guard let start = BodySlots.find(items, in: feed, from: 0) else { return nil }
        var ranges: [Range<Int>] = []
        var at = start + items.count
        while feed[at...].starts(with: open), let end = BodySlots.find(close, in: feed, from: at) {
            ranges.append(at..<(end + close.count))
            at = end + close.count
            if feed[at...].starts(with: ",\n".utf8) { at += 2 } else { break }
        }
        guard let first = ranges.first, feed[at...].starts(with: "\n  ]".utf8) else { return nil }
        return (first.lowerBound..<at, ranges)
    }
}
