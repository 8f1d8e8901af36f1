/// The paged lists of a move (`MoveEdit`): the list of all briefings, a topic's listing, an author's page.
extension MoveEdit {
    /// The listing of `list` (old positions, newest first), `size` cards a page, with the briefing's card
    /// moved to its new place: only the pages from its old place to its new one change, each card
    /// between moving one place, across a page break where there is one.
    func relist(_ list: [Int], size: Int, page href: (Int) -> String, named name: String, pages: inout EditPages) -> String? {
        guard let k = list.firstIndex(of: from) else { return "the briefing is not in \(name) as recorded" }
        let j = newIndex(in: list)
        guard k != j else { return nil }
        let (first, last) = (min(k, j) / size, max(k, j) / size)
        var cards: [[UInt8]] = []
        var insides: [(row: Int, inside: Range<Int>, count: Int)] = []
        for n in first...last {
            let expected = list[(n * size)..<min((n + 1) * size, list.count)]
            guard let row = rows[routes.outputPath(href(n + 1))], let page = pages.page(row), let found = CardRuns.list(in: page.bytes),
                  let listed = CardRuns.cards(page.bytes, found.cards, linking: expected.map { routes.article(slug($0)) }) else {
                return "a page of \(name) is not as the last build wrote it"
            }
            cards += listed
            insides.append((row, found.inside, expected.count))
        }
        cards = MoveEdit.reorder(cards, from: k - first * size, to: j - first * size)
        var at = 0
        for place in insides {
            guard let page = pages.page(place.row) else { return "a page of \(name) is not as the last build wrote it" }
            var bytes = Array(page.bytes[..<place.inside.lowerBound])
            for card in cards[at..<(at + place.count)] { bytes += card }
            bytes += page.bytes[place.inside.upperBound...]
            pages.set(place.row, bytes: bytes, slot: page.slot)
            at += place.count
        }
        return nil
    }
}
