/// Briefing cards (`articleCard`) as runs of bytes in the pages the last build wrote: a topic edit
/// (`TopicEdit`) moves them between the pages of a listing and into related lists as they are.
enum CardRuns {
    static let listOpening = Array("<ol class=\"cards\">\n".utf8)
    static let listEnd = Array("</ol>\n".utf8)
    private static let cardOpening = Array("<li class=\"card\">\n".utf8)
    private static let cardEnd = Array("</li>\n".utf8)
    private static let titleLink = Array("class=\"card-title\"><a href=\"".utf8)

    /// The first card list at or after `from`: the bytes between its opening and its end, and each
    /// card in them; nil when there is none, or its inside is not cards one after another.
    static func list(in page: [UInt8], from: Int = 0) -> (inside: Range<Int>, cards: [Range<Int>])? {
        guard let open = BodySlots.find(listOpening, in: page, from: from) else { return nil }
        let start = open + listOpening.count
        guard let end = BodySlots.find(listEnd, in: page, from: start) else { return nil }
        var cards: [Range<Int>] = []
        var at = start
        while at < end {
            // Titles and summaries are escaped, so a card holds no `</li>` of its own.
            guard page[at..<end].starts(with: cardOpening), let close = BodySlots.find(cardEnd, in: page, from: at),
                  close < end else { return nil }
            cards.append(at..<close + cardEnd.count)
            at = close + cardEnd.count
        }
        return at == end ? (start..<end, cards) : nil
    }

    /// The address a card's title links to.
    static func href(_ page: [UInt8], _ card: Range<Int>) -> ArraySlice<UInt8>? {
        guard let at = BodySlots.find(titleLink, in: page, from: card.lowerBound), at < card.upperBound else { return nil }
        let start = at + titleLink.count
        guard let end = page[start..<card.upperBound].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        return page[start..<end]
    }

    /// The bytes of `cards` (ranges of `page`), when they link, one for one, to the pages `hrefs`; nil
    /// when the list is not the one recorded.
    static func cards(_ page: [UInt8], _ cards: [Range<Int>], linking hrefs: [String]) -> [[UInt8]]? {
        guard cards.count == hrefs.count else { return nil }
        var out: [[UInt8]] = []
        out.reserveCapacity(cards.count)
        for (range, wanted) in zip(cards, hrefs) {
            guard let linked = href(page, range), linked.elementsEqual(wanted.utf8) else { return nil }
            out.append(Array(page[range]))
        }
        return out
    }

    /// The card in the first card list of `page` whose title links to `href`.
    static func card(linking href: String, in page: [UInt8]) -> [UInt8]? {
        guard let list = list(in: page) else { return nil }
        let wanted = Array(href.utf8)
        return list.cards.first { CardRuns.href(page, $0).map { $0.elementsEqual(wanted) } ?? false }.map { Array(page[$0]) }
    }

    /// The card of the briefing at `position` (whose slug is `slug`) as listing pages show it, from its
    /// page of the list of all briefings; `rows` are the base's rows by output path.
    static func card(of position: Int, slug: String, perPage: Int, routes: Routes, rows: [String: Int],
                     pages: inout EditPages) -> [UInt8]? {
        let size = max(1, perPage)
        guard let row = rows[routes.outputPath(routes.articles(page: position / size + 1))], let page = pages.page(row) else { return nil }
        return card(linking: routes.article(slug), in: page.bytes)
    }

    /// A card as a level-2 list shows it, as a level-3 list shows it (the related list of a briefing page).
    static func level3(_ card: [UInt8]) -> [UInt8]? {
        let (h2, h3) = (Array("<h2 class=\"card-title\">".utf8), Array("<h3 class=\"card-title\">".utf8))
        let (end2, end3) = (Array("</h2>\n".utf8), Array("</h3>\n".utf8))
        guard card.starts(with: cardOpening + h2), let close = BodySlots.find(end2, in: card, from: cardOpening.count) else { return nil }
        return cardOpening + h3 + card[(cardOpening.count + h2.count)..<close] + end3 + card[(close + end2.count)...]
    }
}
