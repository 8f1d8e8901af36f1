/// The glossary of a move (`MoveEdit`): each acronym lists the briefings that use it newest first
/// (`glossaryPage`), so the briefing's link moves within every list that holds it.
extension MoveEdit {
    /// Moves the briefing's link in every "Used in" list of the glossary; why not, when a list is not as written.
    func reglossary(pages: inout EditPages) -> String? {
        guard let row = rows[routes.outputPath(routes.glossary)] else { return nil }
        guard let page = pages.page(row) else { return "the glossary is not as the last build wrote it" }
        let (opening, closing) = (Array("<dd>Used in: ".utf8), Array("</dd>\n".utf8))
        let separator = Array(", ".utf8)
        let link = Array("<a href=\"\(routes.article(slug(from)))\">".utf8)
        var bytes = page.bytes
        var at = 0
        while let start = BodySlots.find(opening, in: bytes, from: at), let end = BodySlots.find(closing, in: bytes, from: start) {
            at = end
            let inside = (start + opening.count)..<end
            guard let mine = BodySlots.find(link, in: bytes, from: inside.lowerBound), mine < end else { continue }
            // Titles are escaped, so `</a>, <a ` only stands between two links.
            var items: [Range<Int>] = []
            var from = inside.lowerBound
            while let stop = BodySlots.find(Array("</a>".utf8), in: bytes, from: from), stop < end {
                items.append(from..<(stop + 4))
                from = stop + 4
                guard from < end else { break }
                guard bytes[from...].starts(with: separator) else { return "the glossary is not as the last build wrote it" }
                from += separator.count
            }
            let opening = Array("<a href=\"".utf8)
            guard from == end, items.allSatisfy({ bytes[$0].starts(with: opening) }),
                  let positions = positions(linkedAt: items.map { $0.lowerBound + opening.count }, in: bytes),
                  let k = positions.firstIndex(of: self.from) else { return "the glossary is not as the last build wrote it" }
            let links = MoveEdit.reorder(items.map { Array(bytes[$0]) }, from: k, to: newIndex(in: positions))
            bytes.replaceSubrange(inside, with: Array(links.joined(separator: separator)))
        }
        pages.set(row, bytes: bytes, slot: nil)
        return nil
    }
}
