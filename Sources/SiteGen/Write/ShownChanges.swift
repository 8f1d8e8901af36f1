/// The rows that come to show a briefing's card, or stop showing it, and the feed entries that come
/// to carry it, move or stop, when a front-matter edit (`TopicEdit`, `AuthorEdit`) moves cards between
/// lists; the base's entries record both (`EditBase.Entry.shownOn`, `feeds`) so a later body, title
/// or summary edit finds every card and feed entry.
struct ShownChanges {
    /// Rows gained and lost, by the position of the briefing shown.
    var added: [Int: Set<Int>] = [:]
    var removed: [Int: Set<Int>] = [:]
    /// By the position of the briefing carried, the feeds (by index in `EditBase.feeds`) whose entries
    /// changed, and its entry there now: nil when the feed no longer carries it.
    var feeds: [Int: [Int: Int?]] = [:]

    /// The rows showing the briefing at `position`, from `rows` as recorded, in order.
    func rows(_ rows: [Int], of position: Int) -> [Int] {
        Set(rows).union(added[position] ?? []).subtracting(removed[position] ?? []).sorted()
    }

    /// The feed entries carrying the briefing at `position`, from `carried` as recorded, by feed.
    func carried(_ carried: [EditBase.FeedEntry], of position: Int) -> [EditBase.FeedEntry] {
        guard let moved = feeds[position] else { return carried }
        let kept = carried.filter { moved[$0.feed] == nil }
        let now = moved.compactMap { feed, entry in entry.map { EditBase.FeedEntry(feed: feed, entry: $0) } }
        return (kept + now).sorted { $0.feed < $1.feed }
    }

    /// The entries, old and new, of the briefings other than `p` whose rows or feed entries changed
    /// (for `EditBase.redescribe`); nil when the base is damaged.
    func redescribed(besides p: Int, base: EditBase, entriesAt: Int) -> [(old: EditBase.Entry, new: EditBase.Entry)]? {
        let others = Set(added.keys).union(removed.keys).union(feeds.keys).subtracting([p])
        guard let entries = base.entries(at: others, entriesAt: entriesAt) else { return nil }
        return entries.values.compactMap { old in
            var new = old
            new.shownOn = rows(old.shownOn, of: old.position)
            new.feeds = carried(old.feeds, of: old.position)
            return new == old ? nil : (old, new)
        }
    }
}
