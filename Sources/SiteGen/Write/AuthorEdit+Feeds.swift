import Templates

/// The authors of a feed entry, for an author edit (`AuthorEdit`) of a briefing a feed carries: Atom
/// gives each as an `<author>` line after the entry's dates, JSON Feed as the item's first key,
/// `authors`, before its body. Each is found in the entry the base records and replaced there.
extension AuthorEdit {
    /// Atom entry `entry` (counted from 0) with the author lines of `old` replaced by those of `new`;
    /// nil when the entry does not give `old` there.
    static func atom(_ feed: [UInt8], entry: Int, old: [String], new: [String]) -> [UInt8]? {
        func lines(_ names: [String]) -> [UInt8] {
            Array(names.map { "<author><name>\(escapeHTML($0))</name></author>\n" }.joined().utf8)
        }
        let dates = Array("</updated>\n".utf8)
        guard let opening = BodySlots.nth(entry, Array("<entry>\n".utf8), in: feed),
              let at = BodySlots.find(dates, in: feed, from: opening) else { return nil }
        let (was, will) = (lines(old), lines(new))
        let start = at + dates.count
        guard feed[start...].starts(with: was) else { return nil }
        return PlaceEdits.apply([PlaceEdits.Change(at: start, length: was.count, bytes: will)], to: feed)
    }

    /// JSON Feed item `entry` (counted from 0) with its `authors` `old` replaced by `new`; nil when the
    /// item does not give `old` there.
    static func json(_ feed: [UInt8], entry: Int, old: [String], new: [String]) -> [UInt8]? {
        guard let body = BodySlots.nth(entry, BodySlots.jsonOpening, in: feed) else { return nil }
        let key = body - BodySlots.jsonOpening.count
        let (was, will) = (authorsKey(old), authorsKey(new))
        guard !was.isEmpty, key >= was.count, feed[(key - was.count)..<key].elementsEqual(was) else { return nil }
        return PlaceEdits.apply([PlaceEdits.Change(at: key - was.count, length: was.count, bytes: will)], to: feed)
    }

    /// The bytes from an item's `"authors"` key to its `"content_html"` key, as `jsonText` writes them
    /// at an item's depth: the same serialiser, given an item in a list in an object.
    private static func authorsKey(_ names: [String]) -> [UInt8] {
        let text = Array(jsonText(["items": [["authors": names.map { ["name": $0] }, "content_html": ""]]]).utf8)
        let (from, to) = (Array("\"authors\" : [".utf8), Array("\"content_html\" : \"".utf8))
        guard let start = BodySlots.find(from, in: text, from: 0), let end = BodySlots.find(to, in: text, from: start) else { return [] }
        return Array(text[start..<end])
    }
}
