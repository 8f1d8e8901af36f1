import Templates

/// Where a briefing's title sits in the files that show it, and its replacement there: the byte work
/// of a title edit (`BodyEdit`).
///
/// Other pages show a title only as the text of a link to the briefing (cards, neighbours, timeline,
/// events, glossary) or in a feed entry beside the briefing's address, so each place is found by that
/// link or address, not by the text alone, and never inside a body's slot: a body may link to the
/// briefing with its title as the text, and that text is the author's. The briefing's own page
/// shows it in its head, heading, structured data and citations, each expected a known number of times.
struct TitlePlaces {
    let old: String
    let new: String
    /// The briefing's page, as pages link to it and as feeds give it.
    let href: String
    let absolute: String
    let siteTitle: String
    let dated: Bool

    typealias Change = PlaceEdits.Change

    /// The briefing's own page with every place of its title replaced; nil when a place is not found
    /// exactly as often as the templates write it.
    func ownPage(_ page: [UInt8], slot: BodySlot) -> (bytes: [UInt8], slot: BodySlot)? {
        let (e, n, site) = (escapeHTML(old), escapeHTML(new), escapeHTML(siteTitle))
        var changes: [Change] = []
        // The frame's title, Open Graph and Twitter titles: "<title> | <site>".
        for (before, after) in [("<title>", " | \(site)</title>"), ("<meta property=\"og:title\" content=\"", " | \(site)\">"),
                                ("<meta name=\"twitter:title\" content=\"", " | \(site)\">")] {
            let found = PlaceEdits.places(before + e + after, prefix: before, old: e, new: n, in: page, outside: slot)
            guard found.count == 1 else { return nil }
            changes += found
        }
        let heading = PlaceEdits.places("<h1>" + e + "</h1>", prefix: "<h1>", old: e, new: n, in: page, outside: slot)
        let (oldJSON, newJSON) = (StructuredData.json(old), StructuredData.json(new))
        let headline = PlaceEdits.places("\"headline\":" + oldJSON + ",", prefix: "\"headline\":", old: oldJSON, new: newJSON, in: page, outside: slot)
        guard heading.count == 1, headline.count == 1 else { return nil }
        changes += heading + headline
        // Citations end the title with a full stop unless it has one (`Citations.make`).
        let (od, nd) = (escapeHTML(Citations.withStop(old)), escapeHTML(Citations.withStop(new)))
        let apa = PlaceEdits.places("). " + od + " " + site + ". ", prefix: "). ", old: od, new: nd, in: page, outside: slot)
        let quoted = PlaceEdits.places("“" + od + "” " + site + ", ", prefix: "“", old: od, new: nd, in: page, outside: slot)
        guard apa.count == (dated ? 1 : 0), quoted.count == (dated ? 2 : 0) else { return nil }
        return PlaceEdits.apply(changes + apa + quoted, to: page, slot: slot)
    }

    /// `page` with the title replaced wherever it is the text of a link to the briefing, outside
    /// `slot`; and how many places there were.
    func links(_ page: [UInt8], slot: BodySlot?) -> (bytes: [UInt8], slot: BodySlot?, count: Int) {
        let found = linkPlaces(in: page, opening: "<a href=\"" + href, quote: "\"", old: escapeHTML(old), new: escapeHTML(new), outside: slot)
        return PlaceEdits.apply(found, to: page, slot: slot)
    }

    /// A page, feed or data file that lists every briefing or the newest, with the title replaced
    /// wherever it shows it; and how many places there were.
    func listing(_ path: String, _ bytes: [UInt8]) -> (bytes: [UInt8], count: Int) {
        var found: [Change]
        if path.hasSuffix(".xml") {
            let (e, n) = (escapeHTML(old), escapeHTML(new))
            found = PlaceEdits.places("<entry>\n<title>" + e + "</title>\n<id>" + escapeHTML(absolute) + "</id>", prefix: "<entry>\n<title>",
                           old: e, new: n, in: bytes, outside: nil)
        } else if path.hasSuffix(".json") {
            guard let oldJSON = BodySlots.jsonEscaped(old), let newJSON = BodySlots.jsonEscaped(new),
                  let oldInHTML = BodySlots.jsonEscaped(escapeHTML(old)), let newInHTML = BodySlots.jsonEscaped(escapeHTML(new)),
                  let opening = BodySlots.jsonEscaped("<a href=\"" + absolute) else { return (bytes, 0) }
            found = feedItems(bytes, old: oldJSON, new: newJSON)
            found += linkPlaces(in: bytes, opening: String(decoding: opening, as: UTF8.self), quote: "\\\"",
                                old: String(decoding: oldInHTML, as: UTF8.self), new: String(decoding: newInHTML, as: UTF8.self), outside: nil)
        } else {
            let linked = links(bytes, slot: nil)
            return (linked.bytes, linked.count)
        }
        return (PlaceEdits.apply(found, to: bytes), found.count)
    }

    /// JSON Feed items of the briefing: `"title" : "…",` right before its `"url"`.
    private func feedItems(_ bytes: [UInt8], old: [UInt8], new: [UInt8]) -> [Change] {
        let prefix = Array("\"title\" : \"".utf8)
        let needle = prefix + old + Array("\",\n".utf8)
        let url = Array("\"url\" : \"".utf8) + (BodySlots.jsonEscaped(absolute) ?? []) + [UInt8(ascii: "\"")]
        var out: [Change] = []
        var from = 0
        while let at = BodySlots.find(needle, in: bytes, from: from) {
            var next = at + needle.count
            while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
            if bytes[next...].starts(with: url) { out.append(Change(at: at + prefix.count, length: old.count, bytes: new)) }
            from = at + 1
        }
        return out
    }

    /// Links opened by `opening` (the briefing's address, with or without a `#fragment`, then any
    /// attributes) whose text is `old`, or "Older: " or "Newer: " and `old` (neighbours).
    private func linkPlaces(in bytes: [UInt8], opening: String, quote: String, old: String, new: String,
                            outside slot: BodySlot?) -> [Change] {
        let open = Array(opening.utf8), q = Array(quote.utf8), oldBytes = Array(old.utf8) + Array("</a>".utf8)
        var out: [Change] = []
        var from = 0
        while let at = BodySlots.find(open, in: bytes, from: from) {
            from = at + open.count
            guard !PlaceEdits.inside(slot, at) else { continue }
            var i = at + open.count
            if i < bytes.count, bytes[i] == UInt8(ascii: "#") {
                while i < bytes.count, !bytes[i...].starts(with: q), bytes[i] != UInt8(ascii: "<") { i += 1 }
            }
            guard bytes[i...].starts(with: q) else { continue }
            while i < bytes.count, bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "<") { i += 1 }
            guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else { continue }
            i += 1
            for label in ["Older: ", "Newer: "] where bytes[i...].starts(with: Array(label.utf8)) { i += label.utf8.count }
            if bytes[i...].starts(with: oldBytes) { out.append(Change(at: i, length: old.utf8.count, bytes: Array(new.utf8))) }
        }
        return out
    }
}
