/// What a move (`MoveEdit`) records in the edit base, so the next edit finds every place as a full
/// build would have recorded it.
extension MoveEdit {
    /// Records the move in `base`: instants, topics, related reach, slugs and authors in the new order,
    /// and the new position in every entry whose briefing moved; false when the base is damaged.
    func record(_ outcome: Outcome, base: inout EditBase, entriesAt: Int) -> Bool {
        guard var epochs = base.epochList() else { return false }
        epochs[from] = newDate.epochSeconds
        epochs = reordered(epochs)
        var topics = related.table
        topics.reach = outcome.reach
        var authors = authorTable
        authors.authors = reordered(authorTable.authors)
        let (low, high) = (min(from, to), max(from, to))
        for y in low...high { base.setEpoch(at: y, epochs[y]) }
        base.setAuthors(authors, at: low...high)
        // Outside the two places only a reach changes, when it points between them or its walk passed them.
        base.setTopics(topics, at: low...high)
        base.setReach(topics, at: topics.reach.indices.filter { ($0 < low || $0 > high) && topics.reach[$0] != table.reach[$0] })
        guard base.setSlugs(topics) else { return false }
        var moved: [Int: Int] = [:]
        for x in low...high { moved[x] = newPosition(x) }
        return base.setPositions(moved, entriesAt: entriesAt)
    }

    /// The rows that came to show a briefing's title, or stopped, by its position before the move:
    /// read from the links to briefing pages outside each changed page's body, before and after.
    /// Pages every edit reads anyway (`EditBase.alwaysRows`) are not recorded per briefing.
    func shown(_ pages: EditPages, always: Set<Int>) -> ShownChanges {
        var out = ShownChanges()
        for row in pages.changed where !always.contains(row) {
            guard let was = pages.originals[row], let now = pages.pages[row] else { continue }
            let (before, after) = (linked(was), linked(now))
            for x in after.subtracting(before) { out.added[x, default: []].insert(row) }
            for x in before.subtracting(after) { out.removed[x, default: []].insert(row) }
        }
        return out
    }

    /// The briefings `page` links to outside its body, by position before the move.
    private func linked(_ page: EditPages.Page) -> Set<Int> {
        let needle = Array("href=\"\(articlesPrefix)".utf8)
        let attribute = Array("href=\"".utf8).count
        var out: Set<Int> = []
        var from = 0
        while let at = BodySlots.find(needle, in: page.bytes, from: from) {
            from = at + needle.count
            if !PlaceEdits.inside(page.slot, at), let x = briefing(linkedAt: at + attribute, in: page.bytes) { out.insert(x) }
        }
        return out
    }
}
