import Templates

/// Replacements of a few known runs of bytes in a page, the byte work shared by `TitlePlaces` and
/// `SummaryPlaces`: where a run stands, whether it is inside the body's slot, and the page once the
/// runs are replaced (with the slot moved by the replacements before it).
enum PlaceEdits {
    /// A replacement of `length` bytes at `at`.
    struct Change {
        var at: Int
        var length: Int
        var bytes: [UInt8]
    }

    /// Every occurrence of `whole` outside `slot`, as a change of the `old` that follows `prefix` in it.
    static func places(_ whole: String, prefix: String, old: String, new: String, in bytes: [UInt8], outside slot: BodySlot?) -> [Change] {
        let needle = Array(whole.utf8)
        var out: [Change] = []
        var from = 0
        while let at = BodySlots.find(needle, in: bytes, from: from) {
            if !inside(slot, at) {
                out.append(Change(at: at + prefix.utf8.count, length: old.utf8.count, bytes: Array(new.utf8)))
            }
            from = at + needle.count
        }
        return out
    }

    /// In every card of the briefing at `href` outside `slot` (`articleCard`, found by its title link),
    /// the change of `old` to `new` at the start of the card's line opened by `line`, where `old` and
    /// then `followedBy` stand there.
    static func inCards(_ page: [UInt8], href: String, line: String, old: String, followedBy: String, new: String,
                        outside slot: BodySlot?) -> [Change] {
        let title = Array("class=\"card-title\"><a href=\"\(href)\">".utf8)
        let opening = Array(line.utf8)
        let cardEnd = Array("</li>".utf8)
        let (expected, oldLength, replacement) = (Array((old + followedBy).utf8), old.utf8.count, Array(new.utf8))
        var found: [Change] = []
        var from = 0
        while let at = BodySlots.find(title, in: page, from: from) {
            from = at + title.count
            guard !inside(slot, at), let lineAt = BodySlots.find(opening, in: page, from: from) else { continue }
            // The line must be this card's: no card ends between its title and the line.
            if let end = BodySlots.find(cardEnd, in: page, from: from), end < lineAt { continue }
            let start = lineAt + opening.count
            guard page[start...].starts(with: expected) else { continue }
            found.append(Change(at: start, length: oldLength, bytes: replacement))
        }
        return found
    }

    /// In JSON Feed item `entry` (counted from 0), the change of the string value of `key` from `old`
    /// to `new`; nil when the item does not give `old` there. Keys are sorted, so those after
    /// `content_html` follow the item's body, before the next item's body.
    static func inJSONItem(_ feed: [UInt8], entry: Int, key: String, old: String, new: String) -> Change? {
        let opening = Array("\"\(key)\" : \"".utf8)
        guard let bodyStart = BodySlots.nth(entry, BodySlots.jsonOpening, in: feed), let bodyEnd = BodySlots.stringEnd(feed, from: bodyStart),
              let at = BodySlots.find(opening, in: feed, from: bodyEnd), let o = BodySlots.jsonEscaped(old),
              let n = BodySlots.jsonEscaped(new) else { return nil }
        if let next = BodySlots.find(BodySlots.jsonOpening, in: feed, from: bodyEnd), next < at { return nil }
        let start = at + opening.count
        guard feed[start...].starts(with: o + [UInt8(ascii: "\"")]) else { return nil }
        return Change(at: start, length: o.count, bytes: n)
    }

    /// The changes of a page's citations from `old` to `new` (`Citations.make` texts, in order), each
    /// found once outside `slot`; nil when one is not.
    static func citations(_ old: [String], _ new: [String], in page: [UInt8], outside slot: BodySlot?) -> [Change]? {
        guard old.count == new.count else { return nil }
        var changes: [Change] = []
        for (o, n) in zip(old, new) where o != n {
            let (e, m) = (escapeHTML(o), escapeHTML(n))
            let cited = places("<p class=\"citation\">" + e + "</p>", prefix: "<p class=\"citation\">", old: e, new: m, in: page,
                               outside: slot)
            guard cited.count == 1 else { return nil }
            changes += cited
        }
        return changes
    }

    /// In JSON Feed item `entry` (counted from 0), the change of key `key`'s whole value, `old` to `new`
    /// (arrays of strings or of objects, as `jsonText` writes them at an item's depth, up to the next
    /// key `next`); nil when the item does not give `old` there. Keys are sorted: `before` says whether
    /// `key` comes before the item's `content_html`, right before it, or after it.
    static func jsonItemField(_ feed: [UInt8], entry: Int, key: String, old: Any, new: Any, next: String, before: Bool) -> Change? {
        func field(_ value: Any) -> [UInt8] {
            let text = Array(jsonText(["items": [[key: value, next: ""]]]).utf8)
            let (from, to) = (Array("\"\(key)\" : ".utf8), Array("\"\(next)\" : ".utf8))
            guard let start = BodySlots.find(from, in: text, from: 0), let end = BodySlots.find(to, in: text, from: start) else { return [] }
            return Array(text[start..<end])
        }
        let (was, will) = (field(old), field(new))
        guard !was.isEmpty, let body = BodySlots.nth(entry, BodySlots.jsonOpening, in: feed) else { return nil }
        if before {
            let key = body - BodySlots.jsonOpening.count
            guard key >= was.count, feed[(key - was.count)..<key].elementsEqual(was) else { return nil }
            return Change(at: key - was.count, length: was.count, bytes: will)
        }
        guard let end = BodySlots.stringEnd(feed, from: body) else { return nil }
        let following = BodySlots.find(BodySlots.jsonOpening, in: feed, from: end) ?? feed.count
        guard let at = BodySlots.find(was, in: feed, from: end), at < following else { return nil }
        return Change(at: at, length: was.count, bytes: will)
    }

    /// True when `at` is a byte of the body's slot, whose text is the author's and never replaced.
    static func inside(_ slot: BodySlot?, _ at: Int) -> Bool {
        guard let slot else { return false }
        return at >= slot.start && at < slot.start + slot.length
    }

    /// `bytes` with `changes` made, and `slot` moved by those before it; of overlapping changes the first wins.
    static func apply(_ changes: [Change], to bytes: [UInt8], slot: BodySlot) -> (bytes: [UInt8], slot: BodySlot) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var at = 0
        var shift = 0
        for change in changes.sorted(by: { $0.at < $1.at }) where change.at >= at {
            out += bytes[at..<change.at]
            out += change.bytes
            at = change.at + change.length
            if change.at < slot.start { shift += change.bytes.count - change.length }
        }
        out += bytes[at...]
        return (out, BodySlot(start: slot.start + shift, length: slot.length))
    }

    /// `page` with `changes` made, its slot (if any) moved; and how many changes there were.
    static func apply(_ changes: [Change], to page: [UInt8], slot: BodySlot?) -> (bytes: [UInt8], slot: BodySlot?, count: Int) {
        guard !changes.isEmpty else { return (page, slot, 0) }
        let (bytes, moved) = apply(changes, to: page, slot: slot ?? BodySlot(start: page.count, length: 0))
        return (bytes, slot == nil ? nil : moved, changes.count)
    }

    /// `apply` for a file without a body slot.
    static func apply(_ changes: [Change], to bytes: [UInt8]) -> [UInt8] {
        changes.isEmpty ? bytes : apply(changes, to: bytes, slot: BodySlot(start: bytes.count, length: 0)).bytes
    }
}
