import Templates

/// The authors of a feed entry, for an author edit (`AuthorEdit`) of a briefing a feed carries: Atom
/// gives each as an `<author>` line after the entry's dates, JSON Feed as the item's first key,
/// `authors`, before its body. Each is found in the entry the base records and replaced there.
extension AuthorEdit {
    /// Atom entry `entry` (counted from 0) with the author lines of `old` replaced by those of `new`;
    /// nil when the entry does not give `old` there.
    static func atom(_ feed: [UInt8], entry: Int, old: [String], new: [String]) -> [UInt8]? {
        func lines(_ names: [String]) -> String { names.map { "<author><name>\(escapeHTML($0))</name></author>\n" }.joined() }
        return AtomEntries.lines(feed, entry: entry, old: lines(old), new: lines(new), at: "</updated>\n", before: false)
    }

    /// JSON Feed item `entry` (counted from 0) with its `authors` `old` replaced by `new`; nil when the
    /// item does not give `old` there.
    static func json(_ feed: [UInt8], entry: Int, old: [String], new: [String]) -> [UInt8]? {
        func value(_ names: [String]) -> [[String: String]] { names.map { ["name": $0] } }
        return PlaceEdits.jsonItemField(feed, entry: entry, key: "authors", old: value(old), new: value(new), next: "content_html",
                                        before: true).map { PlaceEdits.apply([$0], to: feed) }
    }
}
