import Templates

/// The byte work of a date edit that moves a briefing (`DatePlaces.moves`): past other briefings in
/// the site's order, or into another month. Once its new dates are in place wherever they show
/// (`BodyEdit.redate`), its card moves in every list that holds it, and the cards between its old and
/// new place move by one, page by page: the list of all briefings and the home page, its topics'
/// listings, its authors' pages, its year's months and the timeline (`+Lists`, `+Years`,
/// `+Timeline`); its link in the glossary (`+Glossary`); its entries in the feeds whose window holds
/// it (`+Feeds`). Its old and new neighbours show other briefings as "Older" and "Newer", and the
/// related lists whose walk (`Related.walk`) passed its old or new place are walked again, as
/// `TopicEdit` does for a topic edit (`+Related`); the base takes the new order (`+Record`).
///
/// Nothing is rendered but a feed entry that comes into a window: cards, lines and titles are cut from
/// the pages the last build wrote, and a page that is not as the base records it makes the edit a full build. So does a move the pages
/// cannot take as they are: a year that gains its first briefing or loses its last, or an event of
/// the briefing dated as one of a briefing it passes.
///
/// Positions below are the site's order before the edit (`from` is the briefing's) unless named new.
struct MoveEdit {
    let table: EditBase.TopicTable
    let authorTable: EditBase.AuthorTable
    /// The briefing's place before and after the edit.
    let from: Int
    let to: Int
    let oldDate: PublishDate
    let newDate: PublishDate
    /// Makes the related lists again (`TopicEdit.relink`) once the table is in the new order.
    let related: TopicEdit
    /// Each briefing's position by slug.
    let index: [String: Int]
    /// The topic lists before the move and after it (`TopicIndex`), the second in the new order.
    let before: TopicIndex
    let after: TopicIndex
    /// How many briefings have a date: they come first in the site's order.
    let dated: Int

    /// The site's addresses, page size and recorded rows by output path, as the related lists' edit has them.
    var routes: Routes { related.routes }
    var perPage: Int { related.perPage }
    var rows: [String: Int] { related.rows }

    /// The new place of the briefing at `x`.
    func newPosition(_ x: Int) -> Int { MoveEdit.position(x, from: from, to: to) }

    /// The new place of the briefing at `x` when the one at `from` moves to `to`.
    static func position(_ x: Int, from: Int, to: Int) -> Int {
        if x == from { return to }
        if from < to, x > from, x <= to { return x - 1 }
        if to < from, x >= to, x < from { return x + 1 }
        return x
    }

    /// Where the briefing now at `y` was.
    func oldPosition(_ y: Int) -> Int {
        if y == to { return from }
        if from < to, y >= from, y < to { return y + 1 }
        if to < from, y > to, y <= from { return y - 1 }
        return y
    }

    /// `values`, indexed by old position, in the new order.
    func reordered<T>(_ values: [T]) -> [T] { MoveEdit.reorder(values, from: from, to: to) }

    /// `values` with the one at `from` taken out and put in at `to`.
    static func reorder<T>(_ values: [T], from: Int, to: Int) -> [T] {
        var out = values
        let moved = out.remove(at: from)
        out.insert(moved, at: to)
        return out
    }

    /// What every briefing page's address starts with: `/articles/`.
    var articlesPrefix: String { String(routes.article("").dropLast()) }

    /// The briefing (old position) whose page the link value starting at `start` of `bytes` is the
    /// address of (`/articles/<slug>/` up to the closing quote); nil for any other address.
    func briefing(linkedAt start: Int, in bytes: [UInt8]) -> Int? {
        let prefix = Array(articlesPrefix.utf8)
        let from = start + prefix.count
        guard bytes[start...].starts(with: prefix), let quote = bytes[from...].firstIndex(of: UInt8(ascii: "\"")), quote > from,
              bytes[quote - 1] == UInt8(ascii: "/"), !bytes[from..<(quote - 1)].contains(UInt8(ascii: "/")) else { return nil }
        return index[String(decoding: bytes[from..<(quote - 1)], as: UTF8.self)]
    }

    /// The briefings the link values starting at `starts` are the pages of, checked to be newest first
    /// as every list of them is; nil when one is not a briefing's page or they are out of order.
    func positions(linkedAt starts: [Int], in bytes: [UInt8]) -> [Int]? {
        var out: [Int] = []
        for start in starts {
            guard let x = briefing(linkedAt: start, in: bytes), out.last.map({ $0 < x }) ?? true else { return nil }
            out.append(x)
        }
        return out
    }

    /// The slug of the briefing at old position `x`.
    func slug(_ x: Int) -> String { table.slugs[x] }

    /// The move of `article` (at `entry`) to its new date; why not, when the pages cannot take it as they are.
    static func make(_ article: Article, entry: EditBase.Entry, base: EditBase, entriesAt: Int, root: String, routes: Routes,
                     config: SiteConfig, extraScripts: [String]) -> Result<MoveEdit, BodyEdit.Declined> {
        func no(_ why: String) -> Result<MoveEdit, BodyEdit.Declined> { .failure(BodyEdit.Declined(reason: why)) }
        let p = entry.position
        guard let newDate = article.date, let oldDate = PublishDate(iso: entry.date), let table = base.topicTable(),
              table.slugs.indices.contains(p), table.slugs[p] == article.slug, let authors = base.authorTable(),
              authors.authors.count == table.slugs.count, let epochs = base.epochList(), epochs.count == table.slugs.count,
              let rows = base.rowsByPath() else {
            return no("the last build recorded no order of the briefings to move \(article.path) in")
        }
        guard let bytes = try? readWholeFile(join(root, "content/topics.yml")) else { return no("content/topics.yml cannot be read") }
        let topics = TopicsDecoder.decode(path: "content/topics.yml", bytes: bytes).0
        guard topics.map(\.slug) == table.vocabulary, table.topics[p] == article.topics else {
            return no("the topics of \(article.path) or of the site changed with its date")
        }
        // Newest first, undated last, equal instants by slug (`Site.newestFirst`).
        let t = newDate.epochSeconds
        var to = 0
        var tied: Set<Int> = []
        for (x, e) in epochs.enumerated() where x != p && e != EditBase.undated {
            if e == t { tied.insert(x) }
            if e > t || (e == t && table.slugs[x] < article.slug) { to += 1 }
        }
        // Equal instants written differently are not equal dates, and the full build's order of them is its own.
        if !tied.isEmpty {
            guard let entries = base.entries(at: tied, entriesAt: entriesAt), entries.values.allSatisfy({ $0.date == newDate.rfc3339 }) else {
                return no("the new date of \(article.path) is another briefing's instant, written otherwise")
            }
        }
        var moved = table
        (moved.topics, moved.slugs) = (reorder(table.topics, from: p, to: to), reorder(table.slugs, from: p, to: to))
        let before = TopicIndex(topics: topics, articleTopics: table.topics)
        let edit = MoveEdit(table: table, authorTable: authors, from: p, to: to, oldDate: oldDate, newDate: newDate,
                            related: TopicEdit(table: moved, vocabulary: topics, routes: routes, perPage: config.perPage, rows: rows,
                                               root: root, markdown: SiteRenderer.markdownOptions(config), config: config,
                                               extraScripts: extraScripts),
                            index: Dictionary(table.slugs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first }),
                            before: before, after: before.renumbered { MoveEdit.position($0, from: p, to: to) },
                            dated: epochs.filter { $0 != EditBase.undated }.count)
        return .success(edit)
    }

    /// What the move changes in the base besides the pages: each briefing's related reach, in the new
    /// order, and the feed entries that changed places (`ShownChanges.feeds`).
    struct Outcome {
        var reach: [Int]
        var feeds: [Int: [Int: Int?]]
    }

    /// Moves the briefing's cards, lines, feed entries and neighbours in `pages`, and walks the related lists again.
    func put(pages: inout EditPages, base: EditBase, entriesAt: Int, path: String) -> Result<Outcome, BodyEdit.Declined> {
        func no(_ why: String) -> Result<Outcome, BodyEdit.Declined> { .failure(BodyEdit.Declined(reason: why)) }
        let n = table.slugs.count
        // Before any page changes: events that would change places cannot take the move.
        if let why = eventsStay(pages: &pages) { return no(why) }
        if let why = reglossary(pages: &pages) { return no(why) }
        let size = max(1, perPage)
        if let why = relist(Array(0..<n), size: size, page: { routes.articles(page: $0) }, named: "the list of all briefings",
                            pages: &pages) { return no(why) }
        if let why = rehome(pages: &pages) { return no(why) }
        for slug in TopicIndex.tagged(table.topics[from], topicsBySlug: before.topicsBySlug).sorted() {
            let list = before.articlesByTopic[slug] ?? []
            if let why = relist(list, size: size, page: { routes.topic(slug, page: $0) }, named: "topic \(slug)", pages: &pages) {
                return no(why)
            }
        }
        // An author's page lists a briefing once for each of its names with the page's slug (`SiteIndex`).
        let slugOf = Dictionary(authorTable.names.map { ($0, Slug.make($0)) }, uniquingKeysWith: { first, _ in first })
        for slug in Set(authorTable.authors[from].compactMap { slugOf[$0] }).sorted() {
            let list = authorTable.authors.indices.flatMap { i in authorTable.authors[i].filter { slugOf[$0] == slug }.map { _ in i } }
            guard list.filter({ $0 == from }).count == 1 else { return no("the briefing names the author of \(slug) twice") }
            if let why = relist(list, size: list.count, page: { _ in routes.author(slug) }, named: "author \(slug)", pages: &pages) {
                return no(why)
            }
        }
        if let why = retime(pages: &pages) { return no(why) }
        if let why = reneighbour(pages: &pages) { return no(why) }
        let moved: [Int: [Int: Int?]]
        switch refeed(pages: &pages, base: base, entriesAt: entriesAt, path: path) {
        case .failure(let why): return .failure(why)
        case .success(let entries): moved = entries
        }
        switch rerelate(pages: &pages) {
        case .failure(let why): return .failure(why)
        case .success(let reach): return .success(Outcome(reach: reach, feeds: moved))
        }
    }

    /// The place among `list` (old positions, in order) the briefing takes after the move.
    func newIndex(in list: [Int]) -> Int {
        list.filter { $0 != from && newPosition($0) < to }.count
    }

    /// Why not, when the move would reorder the events: they are listed newest first by their own
    /// dates, and those of one date in the briefings' order (`Events.extract`). Only an event of the
    /// briefing dated as an event of a briefing it passes changes places; every other list of events
    /// (the events page, the topics' first pages, the TimelineJS data) then stays as it is.
    private func eventsStay(pages: inout EditPages) -> String? {
        let path = routes.outputPath(routes.events)
        guard let row = rows[path] else { return nil }
        guard let page = pages.page(row) else { return "\(path) is not as the last build wrote it" }
        let bytes = page.bytes
        let (item, time, timeEnd) = (Array("<li class=\"event\">\n<p class=\"event-date\">".utf8), Array("<time ".utf8), Array("</time>".utf8))
        let source = Array("<p class=\"event-source\">From <a href=\"\(articlesPrefix)".utf8)
        var events: [(date: ArraySlice<UInt8>, slug: String)] = []
        var at = 0
        while let start = BodySlots.find(item, in: bytes, from: at) {
            guard let t = BodySlots.find(time, in: bytes, from: start), let te = BodySlots.find(timeEnd, in: bytes, from: t),
                  let s = BodySlots.find(source, in: bytes, from: te), let slash = bytes[(s + source.count)...].firstIndex(of: UInt8(ascii: "/")) else {
                return "\(path) is not as the last build wrote it"
            }
            events.append((bytes[t..<te], String(decoding: bytes[(s + source.count)..<slash], as: UTF8.self)))
            at = s
        }
        let mine = Set(events.filter { $0.slug == slug(from) }.map { Array($0.date) })
        guard !mine.isEmpty else { return nil }
        for e in events where e.slug != slug(from) && mine.contains(Array(e.date)) {
            guard let x = index[e.slug] else { return "\(path) is not as the last build wrote it" }
            if newPosition(x) != x { return "an event of the briefing has the date of an event of \(e.slug), which it passes" }
        }
        return nil
    }
}
