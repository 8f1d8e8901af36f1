import Templates

/// The year pages of a move (`MoveEdit`): the briefing's card leaves its old month's list for its new
/// one's, with the year's count and the months' jump links made again from the templates; a month
/// left without cards goes, and one that gains its first is made as the template makes it.
extension MoveEdit {
    /// A year page (`timelineYearPage`) as written, in parts: everything up to the end of its lede,
    /// each month's section (the bytes before its cards, its cards, the bytes after them), and the rest.
    struct YearPage {
        struct Month {
            var month: Int
            var head: [UInt8]
            var cards: [[UInt8]]
            /// The briefings the cards link to, by position before the move.
            var positions: [Int]
            var tail: [UInt8]
        }

        var lead: [UInt8]
        var months: [Month]
        var rest: [UInt8]

        /// The page again, with the month jump links the template writes for `months`.
        var bytes: [UInt8] {
            var out = lead
            out += Array(jumpLinks(months.map { (PublishDate.monthNames[$0.month - 1], "m-\(pad($0.month, 2))", $0.cards.count) },
                                   label: "Months").rendered.utf8)
            for m in months { out += m.head + m.cards.joined() + m.tail }
            return out + rest
        }
    }

    /// Moves the card on the year pages; why not, when a page is not as written or a year would be left empty.
    func reyear(pages: inout EditPages) -> String? {
        let (old, new) = ((oldDate.year, oldDate.month), (newDate.year, newDate.month))
        let notAsWritten = "the year pages are not as the last build wrote them"
        guard let source = rows[routes.outputPath(routes.timeline(year: old.0))],
              let target = rows[routes.outputPath(routes.timeline(year: new.0))] else {
            return "the briefing moves to a year with no briefing yet"
        }
        guard let sourcePage = pages.page(source), var year = yearPage(sourcePage.bytes),
              let m = year.months.firstIndex(where: { $0.month == old.1 }), let k = year.months[m].positions.firstIndex(of: from) else {
            return notAsWritten
        }
        let card = year.months[m].cards.remove(at: k)
        year.months[m].positions.remove(at: k)
        if year.months[m].cards.isEmpty { year.months.remove(at: m) }
        guard !year.months.isEmpty else { return "the briefing leaves a year with no other briefing" }
        if old.0 != new.0 {
            guard let lede = MoveEdit.recount(year.lead, "<p class=\"lede\">", by: -1, text: briefingCount) else { return notAsWritten }
            year.lead = lede
            pages.set(source, bytes: year.bytes, slot: sourcePage.slot)
            guard let targetPage = pages.page(target), let other = yearPage(targetPage.bytes),
                  let lede2 = MoveEdit.recount(other.lead, "<p class=\"lede\">", by: 1, text: briefingCount) else { return notAsWritten }
            year = other
            year.lead = lede2
        }
        if !year.months.contains(where: { $0.month == new.1 }) {
            guard let made = madeMonth(new.1) else { return "a month cannot be made as the template makes it" }
            year.months.insert(made, at: year.months.firstIndex { $0.month < new.1 } ?? year.months.count)
        }
        let n = year.months.firstIndex { $0.month == new.1 }!
        let j = newIndex(in: year.months[n].positions)
        year.months[n].cards.insert(card, at: j)
        year.months[n].positions.insert(from, at: j)
        guard let page = pages.page(target) else { return notAsWritten }
        pages.set(target, bytes: year.bytes, slot: page.slot)
        return nil
    }

    /// The parts of a year page; nil when it is not as the template writes it.
    func yearPage(_ bytes: [UInt8]) -> YearPage? {
        let lede = Array("<p class=\"lede\">".utf8)
        let opening = Array("<section class=\"timeline-year\" aria-labelledby=\"m-".utf8)
        let close = Array("</section>\n".utf8)
        guard let l = BodySlots.find(lede, in: bytes, from: 0), let ledeEnd = BodySlots.find(Array("</p>\n".utf8), in: bytes, from: l),
              var at = BodySlots.find(opening, in: bytes, from: ledeEnd) else { return nil }
        let jump = ledeEnd + 5..<at
        var months: [YearPage.Month] = []
        while bytes[at...].starts(with: opening) {
            let digits = bytes[(at + opening.count)..<min(at + opening.count + 2, bytes.count)]
            guard let month = Int(String(decoding: digits, as: UTF8.self)), (1...12).contains(month),
                  let list = CardRuns.list(in: bytes, from: at), let end = BodySlots.find(close, in: bytes, from: list.inside.upperBound),
                  let found = positions(linkedAt: list.cards.map { CardRuns.href(bytes, $0)?.startIndex ?? $0.lowerBound }, in: bytes) else {
                return nil
            }
            months.append(YearPage.Month(month: month, head: Array(bytes[at..<list.inside.lowerBound]), cards: list.cards.map { Array(bytes[$0]) },
                                         positions: found, tail: Array(bytes[list.inside.upperBound..<(end + close.count)])))
            at = end + close.count
        }
        let page = YearPage(lead: Array(bytes[..<jump.lowerBound]), months: months, rest: Array(bytes[at...]))
        // The jump links, made again from the months found, must be the bytes written.
        guard page.bytes.count == bytes.count, page.bytes == bytes else { return nil }
        return page
    }

    /// Month `month`'s section as the template makes it, without cards.
    private func madeMonth(_ month: Int) -> YearPage.Month? {
        let placeholder = ArticleCard(title: "", href: "", dateISO: nil, dateText: nil, summary: "", authors: [], topics: [])
        let bytes = Array(timelineYearPage(year: newDate.year, timelineHref: routes.timeline, months: [
            (name: PublishDate.monthNames[month - 1], id: "m-\(pad(month, 2))", cards: [placeholder]),
        ], newer: nil, older: nil).rendered.utf8)
        let opening = Array("<section class=\"timeline-year\" aria-labelledby=\"m-".utf8)
        guard let at = BodySlots.find(opening, in: bytes, from: 0), let list = CardRuns.list(in: bytes, from: at), list.cards.count == 1,
              let end = BodySlots.find(Array("</section>\n".utf8), in: bytes, from: list.inside.upperBound) else { return nil }
        return YearPage.Month(month: month, head: Array(bytes[at..<list.inside.lowerBound]), cards: [], positions: [],
                              tail: Array(bytes[list.inside.upperBound..<(end + 11)]))
    }
}
