import Templates

/// The byte work of a topic edit (`BodyEdit`): a briefing whose front matter changed only in its
/// topics. Other pages show its topics in its cards; list it on the pages of the topics it joins or
/// leaves, where every later card moves by one place; count it in the topic index, in its topics'
/// parents and in the related topics of every topic it is or was under; and may list it as related,
/// or list other briefings as related because of it, on any briefing page whose related walk reached it.
///
/// Each of those is worked out from the edit base's topic table (`EditBase+Topics`) with the functions
/// the full build uses (`TopicIndex`, `Related.walk`, `TopicRelations`), and put in place with cards
/// cut from the pages the last build wrote; feeds as `TopicEdit+Feeds` says. A page not as the base
/// says the last build wrote it makes the edit a full build. A related list may appear or go; a topic whose number of
/// pages changes gets a page made or taken away (`TopicEdit+Pages`); one that gains its first or
/// loses its last briefing shows one card or none, and a chip on the home page or none (`TopicEdit+Empty`).
struct TopicEdit {
    let table: EditBase.TopicTable
    let vocabulary: [Topic]
    let routes: Routes
    let perPage: Int
    let rows: [String: Int]
    /// For entries a topic's feed takes in, made from their files (`AtomEntries.entry`), and for the
    /// theme a page made for a topic links to.
    let root: String
    let markdown: MarkdownOptions
    let config: SiteConfig
    /// The scripts every page loads (`BuildOptions.extraScripts`).
    let extraScripts: [String]

    /// What the edit changes in the base besides the pages: the table, and the rows each briefing's
    /// entry lists as showing it (`EditBase.Entry.shownOn`), by position.
    struct Outcome {
        var table: EditBase.TopicTable
        var shown = ShownChanges()
        /// Topic feeds that carry a first entry (`refeed`).
        var feedsMade: [EditBase.Feed] = []
    }

    typealias Failure = String

    /// Puts the new topics of `article` (at `entry`) in every page; the changes to the base, or why not.
    func put(_ article: Article, entry: EditBase.Entry, base: EditBase, entriesAt: Int,
             pages: inout EditPages) -> Result<Outcome, BodyEdit.Declined> {
        func no(_ why: String) -> Result<Outcome, BodyEdit.Declined> { .failure(BodyEdit.Declined(reason: why)) }
        let p = entry.position
        let old = table.topics[p], new = article.topics
        let known = Set(table.vocabulary)
        guard !new.isEmpty, new.count <= EditBase.maxTopics, new.allSatisfy(known.contains) else {
            return no("the new topics of \(article.path) are not slugs of content/topics.yml, or none")
        }
        var outcome = Outcome(table: table)
        outcome.table.topics[p] = new
        let before = TopicIndex(topics: vocabulary, articleTopics: table.topics)
        let oldTagged = TopicIndex.tagged(old, topicsBySlug: before.topicsBySlug)
        let newTagged = TopicIndex.tagged(new, topicsBySlug: before.topicsBySlug)
        let after = before.moving(p, from: oldTagged, to: newTagged)
        let moved = oldTagged.symmetricDifference(newTagged).sorted()
        let href = routes.article(article.slug)
        let oldLinks = inlineLinks(RenderContext.topicLinks(old, routes: routes, topicsBySlug: before.topicsBySlug)).rendered
        let newLinks = inlineLinks(RenderContext.topicLinks(new, routes: routes, topicsBySlug: before.topicsBySlug)).rendered
        // Its own page's topics line, then its cards wherever they stand.
        let line = "<p class=\"briefing-topics\"><span class=\"label\">Topics:</span> "
        guard let own = pages.page(entry.row), let slot = own.slot else { return no("the page of \(article.path) is not as the last build wrote it") }
        let lines = PlaceEdits.places(line + oldLinks + "</p>\n", prefix: line, old: oldLinks, new: newLinks, in: own.bytes, outside: slot)
        guard lines.count == 1 else { return no("the page of \(article.path) does not show its topics as the last build wrote it") }
        let relined = PlaceEdits.apply(lines, to: own.bytes, slot: slot)
        pages.set(entry.row, bytes: relined.bytes, slot: relined.slot)
        if let why = BodyEdit.cardPages(entry, base: base, pages: &pages, { page, slot in
            PlaceEdits.apply(PlaceEdits.inCards(page, href: href, line: "<p class=\"card-topics\">", old: oldLinks,
                                                followedBy: "</p>\n", new: newLinks, outside: slot), to: page, slot: slot)
        }) { return no(why) }
        for slug in moved {
            if let why = relist(slug, position: p, before: before, after: after, pages: &pages, outcome: &outcome) { return no(why) }
        }
        if let why = recount(moved, before: before, after: after, pages: &pages) { return no(why) }
        if let why = rechip(gained: moved.filter { before.articlesByTopic[$0] == nil }, lost: moved.filter { after.articlesByTopic[$0] == nil },
                            after: after, pages: &pages) { return no(why) }
        if let why = refeed(p, old: old, new: new, moved: moved, before: before, after: after, base: base, entriesAt: entriesAt,
                            entry: entry, pages: &pages, shown: &outcome.shown, feedsMade: &outcome.feedsMade) { return no(why) }
        for slug in oldTagged.union(newTagged).sorted() {
            if let why = relate(slug, before: before, after: after, outcome: outcome, pages: &pages) { return no(why) }
        }
        if let why = rerelate(p, moved: Set(moved), before: before, after: after, pages: &pages, outcome: &outcome) { return no(why) }
        return .success(outcome)
    }

    /// The page rows of topic `slug`'s listing, first page first; nil when one is not recorded.
    private func listingRows(_ slug: String, count: Int) -> [Int]? {
        let size = max(1, perPage)
        let pageCount = max(1, (count + size - 1) / size)
        let found = (1...pageCount).compactMap { rows[routes.outputPath(routes.topic(slug, page: $0))] }
        return found.count == pageCount ? found : nil
    }

    /// The card of the briefing at `position` as listing pages show it (`CardRuns.card(of:)`).
    func card(_ position: Int, pages: inout EditPages) -> [UInt8]? {
        CardRuns.card(of: position, slug: table.slugs[position], perPage: perPage, routes: routes, rows: rows, pages: &pages)
    }

    /// Topic `slug`'s listing with the briefing at `position` taken out or put in, every later card moved.
    private func relist(_ slug: String, position: Int, before: TopicIndex, after: TopicIndex, pages: inout EditPages,
                        outcome: inout Outcome) -> Failure? {
        let (was, will) = (before.articlesByTopic[slug] ?? [], after.articlesByTopic[slug] ?? [])
        if was.isEmpty || will.isEmpty { return reempty(slug, position: position, gains: was.isEmpty, pages: &pages, outcome: &outcome) }
        guard let listing = listingRows(slug, count: was.count) else { return "the pages of topic \(slug) are not all recorded" }
        let size = max(1, perPage)
        // Every card of the listing in order, each checked against the briefing the table puts there.
        var cards: [[UInt8]] = []
        var insides: [(row: Int, inside: Range<Int>)] = []
        for (k, row) in listing.enumerated() {
            guard let page = pages.page(row), let list = CardRuns.list(in: page.bytes) else {
                return "a page of topic \(slug) is not as the last build wrote it"
            }
            let expected = was[min(k * size, was.count)..<min((k + 1) * size, was.count)]
            guard let listed = CardRuns.cards(page.bytes, list.cards, linking: expected.map { routes.article(table.slugs[$0]) }) else {
                return "a page of topic \(slug) does not list the briefings recorded"
            }
            cards += listed
            insides.append((row, list.inside))
        }
        if let at = was.firstIndex(of: position) {
            cards.remove(at: at)
        } else if let at = will.firstIndex(of: position), let card = card(position, pages: &pages) {
            cards.insert(card, at: at)
        } else {
            return "the card of \(table.slugs[position]) is not in the list of all briefings as the last build wrote it"
        }
        let (oldCount, newCount) = (insides.count, max(1, (will.count + size - 1) / size))
        // A page past the new last is taken away by `repage`, not emptied here.
        for (k, place) in insides.enumerated() where k < newCount {
            let range = min(k * size, cards.count)..<min((k + 1) * size, cards.count)
            let (then, now) = (Set(was[min(k * size, was.count)..<min((k + 1) * size, was.count)]), Set(will[range]))
            guard then != now, let page = pages.page(place.row) else { continue }
            var bytes = Array(page.bytes[..<place.inside.lowerBound])
            for card in cards[range] { bytes += card }
            bytes += page.bytes[place.inside.upperBound...]
            pages.set(place.row, bytes: bytes, slot: page.slot)
            for i in now.subtracting(then) { outcome.shown.added[i, default: []].insert(place.row) }
            // The first page also shows the titles of its events' briefings: a card leaving it may still be shown there.
            if k > 0 { for i in then.subtracting(now) { outcome.shown.removed[i, default: []].insert(place.row) } }
        }
        guard newCount == oldCount else {
            return repage(slug, was: was, will: will, cards: cards, listing: listing, from: oldCount, to: newCount,
                          topics: before.topicsBySlug, pages: &pages, outcome: &outcome)
        }
        return nil
    }

    /// The counts of the topics in `moved` in the topic index and on their parents' first pages.
    private func recount(_ moved: [String], before: TopicIndex, after: TopicIndex, pages: inout EditPages) -> Failure? {
        guard let indexRow = rows[routes.outputPath(routes.topics)] else { return "the topic index is not recorded" }
        for slug in moved {
            let (was, will) = (before.articlesByTopic[slug]?.count ?? 0, after.articlesByTopic[slug]?.count ?? 0)
            let opening = "<li><a href=\"\(routes.topic(slug))\">"
            // The topic's own item, and the first count after it: its own.
            let count = Array("</a> <span class=\"count\">".utf8)
            let (oldText, newText) = (Array(TopicPages.countText(was).utf8), Array(TopicPages.countText(will).utf8))
            guard let index = pages.page(indexRow), let at = BodySlots.find(Array(opening.utf8), in: index.bytes, from: 0),
                  BodySlots.find(Array(opening.utf8), in: index.bytes, from: at + 1) == nil,
                  let c = BodySlots.find(count, in: index.bytes, from: at), index.bytes[(c + count.count)...].starts(with: oldText + Array("</span>".utf8))
            else { return "the topic index does not count \(slug) as the last build wrote it" }
            let change = PlaceEdits.Change(at: c + count.count, length: oldText.count, bytes: newText)
            pages.set(indexRow, bytes: PlaceEdits.apply([change], to: index.bytes), slot: nil)
            guard let topic = before.topicsBySlug[slug], let parent = topic.parent, before.topicsBySlug[parent] != nil else { continue }
            guard let row = rows[routes.outputPath(routes.topic(parent))], let page = pages.page(row) else {
                return "the first page of topic \(parent) is not as the last build wrote it"
            }
            let item = opening + escapeHTML(RenderContext.displayName(topic)) + "</a> <span class=\"count\">("
            let counted = PlaceEdits.places(item + "\(was))</span>", prefix: item, old: "\(was)", new: "\(will)", in: page.bytes, outside: nil)
            guard counted.count == 1 else { return "the first page of topic \(parent) does not count \(slug) as the last build wrote it" }
            pages.set(row, bytes: PlaceEdits.apply(counted, to: page.bytes), slot: page.slot)
        }
        return nil
    }

    /// Topic `slug`'s related topics on its first page, when the edit changes them.
    private func relate(_ slug: String, before: TopicIndex, after: TopicIndex, outcome: Outcome, pages: inout EditPages) -> Failure? {
        let was = TopicRelations.related(to: slug, topicsOf: { table.topics[$0] }, index: before)
        let will = TopicRelations.related(to: slug, topicsOf: { outcome.table.topics[$0] }, index: after)
        guard !was.elementsEqual(will, by: { $0.slug == $1.slug && $0.count == $1.count }) else { return nil }
        let old = Array(TopicExtras.relatedTopics(was, topicsBySlug: before.topicsBySlug, routes: routes).rendered.utf8)
        let new = Array(TopicExtras.relatedTopics(will, topicsBySlug: before.topicsBySlug, routes: routes).rendered.utf8)
        guard let row = rows[routes.outputPath(routes.topic(slug))], let page = pages.page(row) else {
            return "the first page of topic \(slug) is not as the last build wrote it"
        }
        // Without related topics the section is left out, before the feed link.
        let anchor = old.isEmpty ? Array("<p class=\"topic-feed\">".utf8) : old
        guard let at = BodySlots.find(anchor, in: page.bytes, from: 0),
              BodySlots.find(anchor, in: page.bytes, from: at + anchor.count) == nil else {
            return "the first page of topic \(slug) does not show its related topics as the last build wrote it"
        }
        let change = PlaceEdits.Change(at: at, length: old.count, bytes: new)
        pages.set(row, bytes: PlaceEdits.apply([change], to: page.bytes), slot: page.slot)
        return nil
    }

    /// The related lists that change: those of newer briefings whose walk reached the edited briefing
    /// through a topic it joined or left (`Related.walk` reads only earlier briefings), and its own.
    private func rerelate(_ p: Int, moved: Set<String>, before: TopicIndex, after: TopicIndex, pages: inout EditPages,
                          outcome: inout Outcome) -> Failure? {
        let walked = table.topics.indices.filter { x in
            x == p || (x < p && table.reach[x] >= p && table.topics[x].contains(where: moved.contains))
        }
        // The walks are independent and, for the newest briefing, one per briefing of its topics: on every core.
        let walks = parallelMap(walked) { [table, outcome] x in
            (Related.walk(x, topics: table.topics[x], index: before), Related.walk(x, topics: outcome.table.topics[x], index: after))
        }
        for (x, (was, will)) in zip(walked, walks) {
            guard was.reach == table.reach[x] else { return "the related briefings of \(table.slugs[x]) are not as recorded" }
            outcome.table.reach[x] = will.reach
            guard was.related != will.related else { continue }
            if let why = relink(x, was: was.related, will: will.related, pages: &pages, outcome: &outcome) { return why }
        }
        return nil
    }

    /// Briefing `x`'s page with the related list `will` instead of `was`; a list that appears is put
    /// where the template puts it, after the article, and one that goes is taken out whole.
    func relink(_ x: Int, was: [Int], will: [Int], pages: inout EditPages, outcome: inout Outcome) -> Failure? {
        let slug = table.slugs[x]
        guard let row = rows[routes.outputPath(routes.article(slug))], let page = pages.page(row), let slot = page.slot else {
            return "the page of \(slug) is not as the last build wrote it"
        }
        let notAsWritten: Failure = "the page of \(slug) does not show its related briefings as the last build wrote it"
        // Nothing after the body but the template's own markup closes an article: the section, if any, follows at once.
        let articleEnd = Array("</article>\n".utf8)
        guard let end = BodySlots.find(articleEnd, in: page.bytes, from: slot.start + slot.length) else { return notAsWritten }
        let sectionAt = end + articleEnd.count
        let section = Array("<section class=\"related\" aria-labelledby=\"related-title\">".utf8)
        guard page.bytes[sectionAt...].starts(with: section) == !was.isEmpty else { return notAsWritten }
        var replaced = sectionAt..<sectionAt
        var shown: [Int: [UInt8]] = [:]
        if !was.isEmpty {
            let closing = CardRuns.listEnd + Array("</section>\n".utf8)
            guard let list = CardRuns.list(in: page.bytes, from: sectionAt), list.cards.count == was.count,
                  let listed = CardRuns.cards(page.bytes, list.cards, linking: was.map { routes.article(table.slugs[$0]) }),
                  page.bytes[list.inside.upperBound...].starts(with: closing) else { return notAsWritten }
            shown = Dictionary(zip(was, listed), uniquingKeysWith: { first, _ in first })
            replaced = sectionAt..<(list.inside.upperBound + closing.count)
        }
        var inside: [UInt8] = []
        for i in will {
            guard let card = shown[i] ?? card(i, pages: &pages).flatMap(CardRuns.level3) else {
                return "the card of \(table.slugs[i]) is not in the list of all briefings as the last build wrote it"
            }
            inside += card
        }
        let markup = will.isEmpty ? [] : Array(relatedSection(cardList(HTML(trusted: String(decoding: inside, as: UTF8.self)))).rendered.utf8)
        var bytes = Array(page.bytes[..<replaced.lowerBound])
        bytes += markup
        bytes += page.bytes[replaced.upperBound...]
        pages.set(row, bytes: bytes, slot: slot)
        for i in Set(will).subtracting(was) { outcome.shown.added[i, default: []].insert(row) }
        // A neighbour's page shows its title as "Older" or "Newer" besides any card.
        for i in Set(was).subtracting(will) where abs(i - x) != 1 { outcome.shown.removed[i, default: []].insert(row) }
        return nil
    }
}

extension TopicEdit {
    /// The topic edit of `article`, whose front matter changed besides its title, summary and dates
    /// (`FrontMatterEdit`): when only its topics changed; why not otherwise.
    /// `table` is the base's (`EditBase.topicTable`), whose slug at the entry's position is the article's.
    static func make(_ article: Article, entry: EditBase.Entry, table: EditBase.TopicTable, base: EditBase, root: String,
                     routes: Routes, config: SiteConfig, extraScripts: [String]) -> Result<TopicEdit, BodyEdit.Declined> {
        func no(_ why: String) -> Result<TopicEdit, BodyEdit.Declined> { .failure(BodyEdit.Declined(reason: why)) }
        var was = article
        was.topics = table.topics[entry.position]
        guard EditBase.rest(was) == entry.rest else {
            return no("the front matter of \(article.path) changed besides its title, summary, dates and topics")
        }
        guard let bytes = try? readWholeFile(join(root, "content/topics.yml")) else { return no("content/topics.yml cannot be read") }
        let topics = TopicsDecoder.decode(path: "content/topics.yml", bytes: bytes).0
        guard topics.map(\.slug) == table.vocabulary, let rows = base.rowsByPath() else {
            return no("the topics of the last build are not those of content/topics.yml")
        }
        return .success(TopicEdit(table: table, vocabulary: topics, routes: routes, perPage: config.perPage, rows: rows, root: root,
                                  markdown: SiteRenderer.markdownOptions(config), config: config, extraScripts: extraScripts))
    }

    /// Records `outcome`'s topic table in `base`: the briefings whose topics or related reach changed.
    func record(_ outcome: Outcome, editing p: Int, base: inout EditBase) {
        base.setTopics(outcome.table, at: outcome.table.topics.indices.lazy.filter { $0 == p || outcome.table.reach[$0] != table.reach[$0] })
    }
}
