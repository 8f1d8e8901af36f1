import Templates

/// Where a briefing's summary sits in the files that show it, and its replacement there: the byte work
/// of a summary edit (`BodyEdit`). Only an editor's summary is replaced by another editor's summary; a
/// summary added or removed changes which text stands in for it (the lead), and is a full build.
///
/// The briefing's own page shows the summary, cut near 300 characters, in its description, Open
/// Graph and Twitter tags, and whole in the lead and the structured data, each once. Other pages show
/// it in the briefing's cards: the card is found by its title link to the briefing, so another
/// briefing's card with the same summary keeps its own. Feeds show it in the entries that carry the
/// briefing's body, just before (Atom) or after (JSON Feed) that body.
struct SummaryPlaces {
    let old: String
    let new: String
    /// The briefing's page, as cards link to it.
    let href: String

    /// The briefing's own page with every place of its summary replaced; nil when a place is not found
    /// exactly once, as the templates write it.
    func ownPage(_ page: [UInt8], slot: BodySlot) -> (bytes: [UInt8], slot: BodySlot)? {
        let (clipped, clippedNew) = (escapeHTML(Summaries.clip(old, to: 300)), escapeHTML(Summaries.clip(new, to: 300)))
        var changes: [PlaceEdits.Change] = []
        for before in ["<meta name=\"description\" content=\"", "<meta property=\"og:description\" content=\"",
                       "<meta name=\"twitter:description\" content=\""] {
            let found = PlaceEdits.places(before + clipped + "\">", prefix: before, old: clipped, new: clippedNew, in: page, outside: slot)
            guard found.count == 1 else { return nil }
            changes += found
        }
        let (e, n) = (escapeHTML(old), escapeHTML(new))
        let lead = PlaceEdits.places("<p class=\"summary\">" + e + "</p>\n", prefix: "<p class=\"summary\">", old: e, new: n,
                                     in: page, outside: slot)
        let (oldJSON, newJSON) = (StructuredData.json(old), StructuredData.json(new))
        let described = PlaceEdits.places("\"description\":" + oldJSON + ",\"url\":", prefix: "\"description\":", old: oldJSON,
                                          new: newJSON, in: page, outside: slot)
        guard lead.count == 1, described.count == 1 else { return nil }
        return PlaceEdits.apply(changes + lead + described, to: page, slot: slot)
    }

    /// `page` with the summary replaced in every card of the briefing outside `slot`; and how many
    /// cards there were.
    func cards(_ page: [UInt8], slot: BodySlot?) -> (bytes: [UInt8], slot: BodySlot?, count: Int) {
        let found = PlaceEdits.inCards(page, href: href, line: "\n<p class=\"card-summary\">", old: escapeHTML(old),
                                       followedBy: "</p>\n", new: escapeHTML(new), outside: slot)
        return PlaceEdits.apply(found, to: page, slot: slot)
    }

    /// An Atom feed with the summary of entry `entry` (counted from 0) replaced; nil when that entry
    /// does not end with the old summary before its content.
    func atom(_ feed: [UInt8], entry: Int) -> [UInt8]? {
        guard let past = BodySlots.nth(entry, BodySlots.atomOpening, in: feed) else { return nil }
        let e = Array(escapeHTML(old).utf8)
        let closing = Array("</summary>\n".utf8)
        let end = past - BodySlots.atomOpening.count - closing.count
        let start = end - e.count
        guard start >= 0, feed[end..<(end + closing.count)].elementsEqual(closing), feed[start..<end].elementsEqual(e),
              feed[..<start].reversed().starts(with: Array("<summary>".utf8).reversed()) else { return nil }
        return PlaceEdits.apply([PlaceEdits.Change(at: start, length: e.count, bytes: Array(escapeHTML(new).utf8))], to: feed)
    }

    /// A JSON feed with the `summary` of item `entry` (counted from 0) replaced; nil when that item
    /// has no such summary after its body.
    func json(_ feed: [UInt8], entry: Int) -> [UInt8]? {
        PlaceEdits.inJSONItem(feed, entry: entry, key: "summary", old: old, new: new).map { PlaceEdits.apply([$0], to: feed) }
    }
}
