/// The rows that come to show a briefing's card, or stop showing it, when a front-matter edit
/// (`TopicEdit`, `AuthorEdit`) moves cards between lists; the base's entries record them
/// (`EditBase.Entry.shownOn`) so a later title or summary edit finds every card.
struct ShownChanges {
    /// Rows gained and lost, by the position of the briefing shown.
    var added: [Int: Set<Int>] = [:]
    var removed: [Int: Set<Int>] = [:]

    /// The rows showing the briefing at `position`, from `rows` as recorded, in order.
    func rows(_ rows: [Int], of position: Int) -> [Int] {
        Set(rows).union(added[position] ?? []).subtracting(removed[position] ?? []).sorted()
    }

    /// The entries, old and new, of the briefings other than `p` whose rows changed (for
    /// `EditBase.redescribe`); nil when the base is damaged.
    func redescribed(besides p: Int, base: EditBase, entriesAt: Int) -> [(old: EditBase.Entry, new: EditBase.Entry)]? {
        let others = Set(added.keys).union(removed.keys).subtracting([p])
        guard let entries = base.entries(at: others, entriesAt: entriesAt) else { return nil }
        return entries.values.compactMap { old in
            var new = old
            new.shownOn = rows(old.shownOn, of: old.position)
            return new.shownOn == old.shownOn ? nil : (old, new)
        }
    }
}
