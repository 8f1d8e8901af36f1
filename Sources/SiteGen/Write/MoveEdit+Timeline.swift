import Templates

/// The timeline of a move (`MoveEdit`): the briefing's card on the year pages, under its month
/// (`MoveEdit+Years`), and its line on `/timeline/`, with the counts of the years it leaves and joins.
/// A month it leaves without briefings goes, and one it joins without any is made.
extension MoveEdit {
    /// Moves the card between or within months of the year pages, then the line on the timeline.
    func retime(pages: inout EditPages) -> String? {
        if let why = reyear(pages: &pages) { return why }
        return retimeline(pages: &pages)
    }

    /// A list of items of a page and, for each, the briefing it links to.
    typealias Items = (inside: Range<Int>, items: [Range<Int>], positions: [Int])

    /// `/timeline/`: the line leaves its old month's list and joins its new one's; the years count it.
    private func retimeline(pages: inout EditPages) -> String? {
        guard let row = rows[routes.outputPath(routes.timeline)] else { return "the timeline is not recorded" }
        let (old, new) = ((oldDate.year, oldDate.month), (newDate.year, newDate.month))
        func month(_ y: Int, _ m: Int) -> (page: EditPages.Page, list: Items)? {
            let opening = Array("<h3 id=\"y-\(y)-\(pad(m, 2))\">\(PublishDate.monthNames[m - 1])</h3>\n<ol class=\"timeline-list\">\n".utf8)
            guard let page = pages.page(row), let at = BodySlots.find(opening, in: page.bytes, from: 0),
                  let list = MoveEdit.lines(page.bytes, from: at + opening.count) else { return nil }
            // A line is the date, then the link: `<li><time …>…</time> <a href="…">`.
            let link = Array(" <a href=\"".utf8)
            let starts = list.items.map { line in BodySlots.find(link, in: page.bytes, from: line.lowerBound).map { $0 + link.count } ?? line.upperBound }
            guard zip(starts, list.items).allSatisfy({ $0 < $1.upperBound }), let found = positions(linkedAt: starts, in: page.bytes) else {
                return nil
            }
            return (page, (list.inside, list.items, found))
        }
        let notAsWritten = "the timeline is not as the last build wrote it"
        guard let was = month(old.0, old.1), let k = was.list.positions.firstIndex(of: from) else { return notAsWritten }
        if old == new { return reorder(was.list, k, in: was.page, row: row, pages: &pages) }
        let line = Array(was.page.bytes[was.list.items[k]])
        var bytes = was.page.bytes
        if was.list.positions.count == 1 {
            // The month's heading and list go with its last line.
            let heading = Array("<h3 id=\"y-\(old.0)-\(pad(old.1, 2))\">".utf8)
            let listEnd = was.list.inside.upperBound + Array("</ol>\n".utf8).count
            guard let at = BodySlots.find(heading, in: bytes, from: 0), at < was.list.inside.lowerBound,
                  bytes[was.list.inside.upperBound...].starts(with: "</ol>\n".utf8) else { return notAsWritten }
            bytes.removeSubrange(at..<listEnd)
        } else {
            bytes.removeSubrange(was.list.items[k])
        }
        pages.set(row, bytes: bytes, slot: nil)
        var joined: [UInt8]
        if let will = month(new.0, new.1) {
            let j = newIndex(in: will.list.positions)
            joined = will.page.bytes
            joined.insert(contentsOf: line, at: j < will.list.items.count ? will.list.items[j].lowerBound : will.list.inside.upperBound)
        } else {
            guard let made = monthMade(bytes, year: new.0, month: new.1, line: line) else {
                return "the briefing moves to a year of the timeline with no briefing yet"
            }
            joined = made
        }
        if old.0 != new.0 {
            for (year, delta) in [(old.0, -1), (new.0, 1)] {
                guard let heading = MoveEdit.recount(joined, "<h2 id=\"y-\(year)\"><a href=\"\(routes.timeline(year: year))\">\(year)</a> <span class=\"count\">",
                                                     by: delta, text: briefingCount),
                      let jump = MoveEdit.recountJump(heading, "<li><a href=\"#y-\(year)\">", by: delta) else { return notAsWritten }
                joined = jump
            }
        }
        pages.set(row, bytes: joined, slot: nil)
        return nil
    }

    /// `/timeline/` with month `month` of `year`, which had no briefing, made around `line` where the
    /// template puts it: before the year's first earlier month, or last in the year's section.
    private func monthMade(_ bytes: [UInt8], year: Int, month: Int, line: [UInt8]) -> [UInt8]? {
        let section = Array("<section class=\"timeline-year\" aria-labelledby=\"y-\(year)\">\n".utf8)
        guard let start = BodySlots.find(section, in: bytes, from: 0),
              let end = BodySlots.find(Array("</section>\n".utf8), in: bytes, from: start) else { return nil }
        let heading = Array("<h3 id=\"y-\(year)-".utf8)
        var at = end
        var from = start
        while let h = BodySlots.find(heading, in: bytes, from: from), h < end {
            let digits = bytes[(h + heading.count)..<min(h + heading.count + 2, end)]
            guard digits.count == 2, let m = Int(String(decoding: digits, as: UTF8.self)) else { return nil }
            if m < month {
                at = h
                break
            }
            from = h + heading.count
        }
        let list = Array(timelineList([]).rendered.utf8)
        let opening = Array("<ol class=\"timeline-list\">\n".utf8)
        guard list.starts(with: opening) else { return nil }
        let made = Array("<h3 id=\"y-\(year)-\(pad(month, 2))\">\(PublishDate.monthNames[month - 1])</h3>\n".utf8)
            + opening + line + list[opening.count...]
        var out = bytes
        out.insert(contentsOf: made, at: at)
        return out
    }

    /// The list `items` of `page` with item `k`, the briefing's, put where the new order puts it.
    func reorder(_ list: Items, _ k: Int, in page: EditPages.Page, row: Int, pages: inout EditPages) -> String? {
        let j = newIndex(in: list.positions)
        guard j != k else { return nil }
        let items = MoveEdit.reorder(list.items.map { Array(page.bytes[$0]) }, from: k, to: j)
        var bytes = Array(page.bytes[..<list.inside.lowerBound])
        for item in items { bytes += item }
        bytes += page.bytes[list.inside.upperBound...]
        pages.set(row, bytes: bytes, slot: page.slot)
        return nil
    }

    /// The lines of a timeline list whose inside starts at `from`: each `<li>` to its end, up to the list's end.
    static func lines(_ page: [UInt8], from: Int) -> (inside: Range<Int>, items: [Range<Int>])? {
        let (opening, end, listEnd) = (Array("<li>".utf8), Array("</li>\n".utf8), Array("</ol>\n".utf8))
        var items: [Range<Int>] = []
        var at = from
        while !page[at...].starts(with: listEnd) {
            guard page[at...].starts(with: opening), let close = BodySlots.find(end, in: page, from: at) else { return nil }
            items.append(at..<(close + end.count))
            at = close + end.count
        }
        return (from..<at, items)
    }

    /// `bytes` with the count of the jump link that starts with `prefix` (`jumpLinks`: `Name</a> <span
    /// class="count">(N)</span>`) changed by `delta`; `bytes` when the page has no jump links (a single
    /// section), nil when the link is not there as written.
    static func recountJump(_ bytes: [UInt8], _ prefix: String, by delta: Int) -> [UInt8]? {
        let needle = Array(prefix.utf8)
        guard let at = BodySlots.find(needle, in: bytes, from: 0) else { return bytes }
        let open = Array("</a> <span class=\"count\">(".utf8)
        guard let o = BodySlots.find(open, in: bytes, from: at + needle.count), o - at < 120 else { return nil }
        return recount(bytes, at: o + open.count, by: delta) { "\($0))" }
    }

    /// `bytes` with the count `text` makes, right after the first `prefix`, changed by `delta`; nil when it is not there as written.
    static func recount(_ bytes: [UInt8], _ prefix: String, by delta: Int, text: (Int) -> String) -> [UInt8]? {
        let needle = Array(prefix.utf8)
        guard let at = BodySlots.find(needle, in: bytes, from: 0) else { return nil }
        return recount(bytes, at: at + needle.count, by: delta, text: text)
    }

    /// `bytes` with the number at `start`, written as `text` makes it, changed by `delta`.
    private static func recount(_ bytes: [UInt8], at start: Int, by delta: Int, text: (Int) -> String) -> [UInt8]? {
        var (n, end) = (0, start)
        while end < bytes.count, bytes[end] >= 48, bytes[end] <= 57, end - start < 12 {
            n = n * 10 + Int(bytes[end] - 48)
            end += 1
        }
        let (old, new) = (Array(text(n).utf8), Array(text(n + delta).utf8))
        guard end > start, bytes[start...].starts(with: old) else { return nil }
        return Array(bytes[..<start]) + new + bytes[(start + old.count)...]
    }
}
