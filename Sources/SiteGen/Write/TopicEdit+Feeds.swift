import Templates

/// The feeds of a topic edit (`TopicEdit`): every feed entry carrying the briefing names its topics
/// (Atom categories, JSON Feed tags), and the feed of a topic it joins or leaves may carry it or stop,
/// taking in or dropping the entry at the end of its window (`FeedPages.feedLength`). Entries that
/// stay are cut from the feed as written; one that comes in is made from its briefing's file.
extension TopicEdit {
    /// Puts the new topics `new` (before `old`) of the briefing at `p` in the feeds; why not, when a
    /// feed is not as the last build wrote it.
    /// A topic's feed that carried no entry is not among the base's feeds: one that takes its first
    /// entry is added to `feedsMade`, recorded after them (`EditBase.withFeeds`).
    func refeed(_ p: Int, old: [String], new: [String], moved: [String], before: TopicIndex, after: TopicIndex, base: EditBase,
                entriesAt: Int, entry: EditBase.Entry, pages: inout EditPages, shown: inout ShownChanges,
                feedsMade: inout [EditBase.Feed]) -> Failure? {
        let path = entry.path
        for carried in entry.feeds {
            let feed = base.feeds[carried.feed]
            guard let bytes = pages.page(feed.row)?.bytes, let patched = feed.path.hasSuffix(".json")
                ? TopicEdit.jsonTags(bytes, entry: carried.entry, old: tags(old, before), new: tags(new, before))
                : TopicEdit.atomCategories(bytes, entry: carried.entry, old: old, new: new) else {
                return "\(feed.path) does not show the topics of \(path) as the last build wrote it"
            }
            pages.set(feed.row, bytes: patched, slot: nil)
        }
        for slug in moved {
            let (was, will) = (window(before.articlesByTopic[slug] ?? [], base), window(after.articlesByTopic[slug] ?? [], base))
            guard was != will else { continue }
            let feedPath = routes.outputPath(routes.topicFeed(slug))
            var feed = base.feeds.firstIndex { $0.path == feedPath }.map { ($0, base.feeds[$0].row) }
            if feed == nil, was.isEmpty, let row = rows[feedPath] {
                feed = (base.feeds.count + feedsMade.count, row)
                feedsMade.append(EditBase.Feed(path: feedPath, row: row))
            }
            guard let (f, feedRow) = feed, let bytes = pages.page(feedRow)?.bytes,
                  let list = AtomEntries.entries(bytes), list.entries.count == was.count else {
                return "the feed of topic \(slug) is not as the last build wrote it"
            }
            var kept: [Int: [UInt8]] = [:]
            for (range, i) in zip(list.entries, was) {
                guard let id = AtomEntries.id(bytes, range), id.elementsEqual(escapeHTML(routes.absolute(routes.article(table.slugs[i]))).utf8) else {
                    return "the feed of topic \(slug) does not carry the briefings recorded"
                }
                kept[i] = Array(bytes[range])
            }
            var inside: [UInt8] = []
            for i in will {
                guard let made = kept[i] ?? freshEntry(i, editing: p, path: path, base: base, entriesAt: entriesAt) else {
                    return "the entry of \(table.slugs[i]) for the feed of topic \(slug) cannot be made"
                }
                inside += made
            }
            var out = Array(bytes[..<list.inside.lowerBound])
            out += inside
            out += bytes[list.inside.upperBound...]
            guard let dated = AtomEntries.withLatestUpdated(out) else { return "the feed of topic \(slug) cannot be dated" }
            pages.set(feedRow, bytes: dated, slot: nil)
            let (index, old) = (Dictionary(uniqueKeysWithValues: will.enumerated().map { ($0.element, $0.offset) }), Set(was))
            for i in old.union(will) where index[i] != was.firstIndex(of: i) {
                shown.feeds[i, default: [:]][f] = .some(index[i])
            }
        }
        return nil
    }

    /// The briefings a feed of `list` (newest first) carries: the first `FeedPages.feedLength` dated.
    private func window(_ list: [Int], _ base: EditBase) -> [Int] {
        Array(list.lazy.filter { base.epoch(at: $0) != EditBase.undated }.prefix(FeedPages.feedLength))
    }

    /// The names JSON Feed gives topics `slugs` as tags.
    private func tags(_ slugs: [String], _ index: TopicIndex) -> [String] {
        slugs.compactMap { index.topicsBySlug[$0]?.name }
    }

    /// The Atom entry of the briefing at `i`, made from its file; the edited briefing's path is known,
    /// others' come from their entries in the base.
    private func freshEntry(_ i: Int, editing p: Int, path: String, base: EditBase, entriesAt: Int) -> [UInt8]? {
        let file: String
        if i == p {
            file = path
        } else {
            guard let found = base.entries(at: [i], entriesAt: entriesAt)?[i] else { return nil }
            file = found.path
        }
        return AtomEntries.entry(path: file, root: root, markdown: markdown, routes: routes)
    }

    /// Atom entry `entry` (counted from 0) with the category lines of `old` replaced by those of `new`;
    /// nil when the entry does not give `old` just before its summary.
    static func atomCategories(_ feed: [UInt8], entry: Int, old: [String], new: [String]) -> [UInt8]? {
        func lines(_ slugs: [String]) -> String { slugs.map { "<category term=\"\(escapeHTML($0))\"/>\n" }.joined() }
        return AtomEntries.lines(feed, entry: entry, old: lines(old), new: lines(new), at: "<summary>", before: true)
    }

    /// JSON Feed item `entry` (counted from 0) with its `tags` `old` replaced by `new`; nil when the item
    /// does not give `old` after its body. Keys are sorted: `tags` comes after `content_html`.
    static func jsonTags(_ feed: [UInt8], entry: Int, old: [String], new: [String]) -> [UInt8]? {
        PlaceEdits.jsonItemField(feed, entry: entry, key: "tags", old: old, new: new, next: "title", before: false)
            .map { PlaceEdits.apply([$0], to: feed) }
    }
}
