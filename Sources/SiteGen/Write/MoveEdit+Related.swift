import Templates

/// The briefing pages of a move (`MoveEdit`): "Older" and "Newer" around its old and new place, and
/// the related lists whose walk passed either place.
extension MoveEdit {
    /// The neighbour links of the briefing's page, of its old neighbours (now each other's) and of its new ones.
    func reneighbour(pages: inout EditPages) -> String? {
        let n = table.slugs.count
        var places: Set<Int> = [to, to - 1, to + 1]
        for x in [from - 1, from + 1] where x >= 0 && x < n { places.insert(newPosition(x)) }
        let opening = Array("<nav class=\"neighbours\" aria-label=\"More briefings\">\n<ul>\n".utf8)
        let closing = Array("</ul>\n</nav>\n".utf8)
        for y in places.sorted() where y >= 0 && y < n {
            let slug = newSlug(y)
            guard let row = rows[routes.outputPath(routes.article(slug))], let page = pages.page(row), let slot = page.slot,
                  let at = BodySlots.find(opening, in: page.bytes, from: slot.start + slot.length),
                  let end = BodySlots.find(closing, in: page.bytes, from: at + opening.count) else {
                return "the page of \(slug) does not show its neighbours as the last build wrote it"
            }
            var items = ""
            for (z, kind, label) in [(y + 1, "prev", "Older"), (y - 1, "next", "Newer")] where z >= 0 && z < n {
                guard let title = title(z, pages: &pages) else { return "the card of \(newSlug(z)) is not as the last build wrote it" }
                items += "<li class=\"\(kind)\"><a href=\"\(routes.article(newSlug(z)))\" rel=\"\(kind)\">\(label): " + title + "</a></li>\n"
            }
            let change = PlaceEdits.Change(at: at + opening.count, length: end - at - opening.count, bytes: Array(items.utf8))
            let moved = PlaceEdits.apply([change], to: page.bytes, slot: slot)
            pages.set(row, bytes: moved.bytes, slot: moved.slot)
        }
        return nil
    }

    /// The slug of the briefing at new position `y`.
    func newSlug(_ y: Int) -> String { slug(oldPosition(y)) }

    /// The title, as pages write it, of the briefing at new position `y`: from its card on the list of all briefings, once moved.
    private func title(_ y: Int, pages: inout EditPages) -> String? {
        guard let card = CardRuns.card(of: y, slug: newSlug(y), perPage: perPage, routes: routes, rows: rows, pages: &pages) else { return nil }
        let opening = Array("<a href=\"\(routes.article(newSlug(y)))\">".utf8)
        guard let at = BodySlots.find(opening, in: card, from: 0),
              let end = BodySlots.find(Array("</a>".utf8), in: card, from: at + opening.count) else { return nil }
        return String(decoding: card[(at + opening.count)..<end], as: UTF8.self)
    }

    /// Walks again the related lists a move can change and puts those that changed in their pages;
    /// every briefing's related reach in the new order.
    ///
    /// A walk reads only briefings after its own, newest first, up to its reach. A briefing after both
    /// places sees the same briefings in the same order; one before both sees them in the same order
    /// but for the moved briefing, so only a walk that reached the nearer place can change; one
    /// between the places gains or loses the moved briefing as a candidate. Only walks through a topic
    /// the moved briefing is tagged with can meet it at all.
    func rerelate(pages: inout EditPages) -> Result<[Int], BodyEdit.Declined> {
        func no(_ why: String) -> Result<[Int], BodyEdit.Declined> { .failure(BodyEdit.Declined(reason: why)) }
        let tagged = TopicIndex.tagged(table.topics[from], topicsBySlug: before.topicsBySlug)
        let (low, high) = (min(from, to), max(from, to))
        // Passed: those between the places, which change sides of the moved briefing.
        let walked = (0...high).filter { x in
            x == from || (table.topics[x].contains(where: tagged.contains) && (newPosition(x) != x || (x < low && table.reach[x] >= low)))
        }
        let walks = parallelMap(walked) { x in
            (Related.walk(x, topics: table.topics[x], index: before), Related.walk(newPosition(x), topics: table.topics[x], index: after))
        }
        var reach = reordered(table.reach.map { $0 == Int.max ? $0 : newPosition($0) })
        var outcome = TopicEdit.Outcome(table: related.table)
        for (x, (was, will)) in zip(walked, walks) {
            guard was.reach == table.reach[x] else { return no("the related briefings of \(slug(x)) are not as recorded") }
            let y = newPosition(x)
            reach[y] = will.reach
            let shown = was.related.map(newPosition)
            guard shown != will.related else { continue }
            if let why = related.relink(y, was: shown, will: will.related, pages: &pages, outcome: &outcome) { return no(why) }
        }
        return .success(reach)
    }
}
