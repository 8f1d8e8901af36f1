import Templates

/// Atom feeds (`atomFeed`) as runs of bytes, for edits that change which entries a feed carries or
/// what an entry says besides its body: where each entry stands, the feed's `<updated>` made the
/// latest of its entries' again, and one entry made from a briefing's file as a full build makes it.
enum AtomEntries {
    private static let opening = Array("<entry>\n".utf8)
    private static let closing = Array("</entry>\n".utf8)
    private static let feedEnd = Array("</feed>".utf8)

    /// Every entry of `feed` in order, and where the entries stand (before `</feed>` when there are
    /// none); nil when the feed is not entries one after another. Titles, summaries and bodies are
    /// escaped, so no entry holds a tag of its own.
    static func entries(_ feed: [UInt8]) -> (inside: Range<Int>, entries: [Range<Int>])? {
        guard let end = BodySlots.find(feedEnd, in: feed, from: 0) else { return nil }
        let start = BodySlots.find(opening, in: feed, from: 0).map { min($0, end) } ?? end
        var out: [Range<Int>] = []
        var at = start
        while at < end {
            guard feed[at..<end].starts(with: opening), let close = BodySlots.find(closing, in: feed, from: at), close < end else {
                return nil
            }
            out.append(at..<close + closing.count)
            at = close + closing.count
        }
        return (start..<end, out)
    }

    /// In entry `entry` (counted from 0), the change of the run of lines `old` to `new` just after the
    /// entry's first `marker` (or just before it, when `before`); nil when the run is not there.
    static func lines(_ feed: [UInt8], entry: Int, old: String, new: String, at marker: String, before: Bool) -> [UInt8]? {
        let (was, will, mark) = (Array(old.utf8), Array(new.utf8), Array(marker.utf8))
        guard let start = BodySlots.nth(entry, opening, in: feed), let found = BodySlots.find(mark, in: feed, from: start) else { return nil }
        let at = before ? found - was.count : found + mark.count
        guard at >= start, feed[at...].starts(with: was) else { return nil }
        return PlaceEdits.apply([PlaceEdits.Change(at: at, length: was.count, bytes: will)], to: feed)
    }

    /// The address an entry gives as its `<id>`.
    static func id(_ feed: [UInt8], _ entry: Range<Int>) -> ArraySlice<UInt8>? {
        let tag = Array("<id>".utf8)
        guard let at = BodySlots.find(tag, in: feed, from: entry.lowerBound), at < entry.upperBound,
              let end = BodySlots.find(Array("</id>".utf8), in: feed, from: at), end < entry.upperBound else { return nil }
        return feed[(at + tag.count)..<end]
    }

    /// `feed` with its own `<updated>` (before its first entry) made the latest of its entries'; the
    /// epoch when it has none, as `FeedPages.atom` writes it.
    static func withLatestUpdated(_ feed: [UInt8]) -> [UInt8]? {
        var bytes = feed
        let (tag, close) = (Array("<updated>".utf8), Array("</updated>".utf8))
        guard let list = entries(bytes), let own = BodySlots.find(tag, in: bytes, from: 0), own < list.inside.lowerBound,
              let ownEnd = BodySlots.find(close, in: bytes, from: own) else { return nil }
        var latest: ArraySlice<UInt8> = []
        var from = list.inside.lowerBound
        while let at = BodySlots.find(tag, in: bytes, from: from), let end = BodySlots.find(close, in: bytes, from: at) {
            let value = bytes[(at + tag.count)..<end]
            if latest.lexicographicallyPrecedes(value) { latest = value }
            from = end
        }
        if latest.isEmpty { latest = ArraySlice("1970-01-01T00:00:00Z".utf8) }
        bytes.replaceSubrange((own + tag.count)..<ownEnd, with: latest)
        return bytes
    }

    /// The entry of the briefing at `path`, from its file as it is now: nil when it cannot be read,
    /// has a problem or no date.
    static func entry(path: String, root: String, markdown: MarkdownOptions, routes: Routes) -> [UInt8]? {
        guard let bytes = try? readWholeFile(join(root, path)) else { return nil }
        let (decoded, problems) = ArticleDecoder.decode(path: path, bytes: bytes)
        guard let a = decoded, problems.isEmpty, let date = a.date else { return nil }
        let doc = Markdown.render(a.body, options: markdown)
        let entry = FeedEntry(title: a.title, url: routes.absolute(routes.article(a.slug)), updated: (a.updated ?? date).rfc3339,
                              published: date.rfc3339, authors: a.authors, summary: Summaries.summary(of: a, rendered: doc),
                              categories: a.topics, contentHTML: doc.html)
        return Array(atomEntry(entry).rendered.utf8)
    }
}
