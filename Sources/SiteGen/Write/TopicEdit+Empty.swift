import Templates

/// A topic edit that gives a topic its first briefing or takes its last (`TopicEdit`): the topic's
/// page goes from saying it has none to listing one card, or back, and the home page's topic chips,
/// which name only topics with briefings, gain or lose the topic where a full build sorts it.
extension TopicEdit {
    /// What a listing without cards shows instead of its list (`articleList`).
    static let emptyList = Array("<p class=\"empty\">No briefings yet.</p>\n".utf8)

    /// Topic `slug`'s only page with the card of the briefing at `position` in place of the empty
    /// state (`gains`), or the other way round.
    func reempty(_ slug: String, position: Int, gains: Bool, pages: inout EditPages, outcome: inout Outcome) -> Failure? {
        guard let row = rows[routes.outputPath(routes.topic(slug))], let page = pages.page(row) else {
            return "the page of topic \(slug) is not as the last build wrote it"
        }
        if gains {
            guard let card = card(position, pages: &pages), let at = BodySlots.find(TopicEdit.emptyList, in: page.bytes, from: 0),
                  BodySlots.find(TopicEdit.emptyList, in: page.bytes, from: at + 1) == nil else {
                return "the page of topic \(slug) does not show its briefings as the last build wrote it"
            }
            let list = CardRuns.listOpening + card + CardRuns.listEnd
            pages.set(row, bytes: Array(page.bytes[..<at]) + list + page.bytes[(at + TopicEdit.emptyList.count)...], slot: page.slot)
            outcome.shown.added[position, default: []].insert(row)
        } else {
            // The one card left is the edited briefing's, as the table says.
            guard let found = CardRuns.list(in: page.bytes),
                  CardRuns.cards(page.bytes, found.cards, linking: [routes.article(table.slugs[position])]) != nil else {
                return "the page of topic \(slug) does not list the briefings recorded"
            }
            let (start, end) = (found.inside.lowerBound - CardRuns.listOpening.count, found.inside.upperBound + CardRuns.listEnd.count)
            pages.set(row, bytes: Array(page.bytes[..<start]) + TopicEdit.emptyList + page.bytes[end...], slot: page.slot)
        }
        return nil
    }

    /// The home page's topic chips with the topics in `gained` put in and those in `lost` taken out;
    /// `after` is the topic index after the edit.
    func rechip(gained: [String], lost: [String], after: TopicIndex, pages: inout EditPages) -> Failure? {
        guard !gained.isEmpty || !lost.isEmpty else { return nil }
        guard let row = rows[routes.outputPath(routes.home)], let home = pages.page(row),
              let list = BodySlots.find(Array("<ul class=\"topic-chips\">\n".utf8), in: home.bytes, from: 0) else {
            return "the home page does not show its topic chips as the last build wrote it"
        }
        func chip(_ slug: String) -> [UInt8] {
            Array("<li><a href=\"\(routes.topic(slug))\">\(escapeHTML(after.topicsBySlug[slug].map(RenderContext.displayName) ?? slug))</a></li>\n".utf8)
        }
        var bytes = home.bytes
        for slug in lost {
            let old = chip(slug)
            guard let at = BodySlots.find(old, in: bytes, from: list) else { return "the home page has no chip of topic \(slug)" }
            bytes.removeSubrange(at..<(at + old.count))
        }
        // The chips go by kind, then name (`SiteIndex.topicsInOrder`); only topics with briefings have one.
        let kinds = Topic.Kind.allCases
        let ordered = vocabulary.sorted { (kinds.firstIndex(of: $0.kind)!, $0.name) < (kinds.firstIndex(of: $1.kind)!, $1.name) }
        var shown = Set(ordered.map(\.slug).filter { after.articlesByTopic[$0] != nil }).subtracting(gained)
        for slug in gained {
            guard let k = ordered.firstIndex(where: { $0.slug == slug }) else { return "topic \(slug) is not in the vocabulary" }
            let next = ordered[(k + 1)...].first { shown.contains($0.slug) }
            let anchor = next.map { Array("<li><a href=\"\(routes.topic($0.slug))\">".utf8) } ?? Array("</ul>\n".utf8)
            guard let at = BodySlots.find(anchor, in: bytes, from: list) else { return "the home page does not show its topic chips as written" }
            bytes.insert(contentsOf: chip(slug), at: at)
            shown.insert(slug)
        }
        pages.set(row, bytes: bytes, slot: home.slot)
        return nil
    }
}
