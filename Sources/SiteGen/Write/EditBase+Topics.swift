/// The part of the edit base a topic edit (`TopicEdit`) works from: the vocabulary's slugs, and for
/// every briefing in the site's order its topics, how far its related walk reached (`Related.walk`)
/// and its slug. From these the edit makes the topic lists, related lists and topic counts of the
/// site before and after the edit, without loading the site.
///
/// The topics and reach of a briefing have a fixed width (three numbers), so an edit patches them
/// in place; a briefing's topics are packed as a count and up to 15 vocabulary indexes, one byte each.
extension EditBase {
    /// The decoded section.
    struct TopicTable: Sendable {
        /// Topic slugs in the vocabulary's order.
        var vocabulary: [String]
        /// Each briefing's topic slugs, in its front matter's order.
        var topics: [[String]]
        var reach: [Int]
        var slugs: [String]
        /// Where the fixed-width numbers of briefing 0 start in the base.
        var tableAt: Int
    }

    /// Most topics one briefing can have for the table to record it; a site with more has no table.
    static let maxTopics = 15

    /// Appends the section: its length, whether it could be made, then its fields.
    static func encodeTopics(_ w: inout ManifestWriter, site: Site, reach: [Int]) {
        var section = ManifestWriter(part: true)
        let index = Dictionary(uniqueKeysWithValues: site.topics.enumerated().map { ($0.element.slug, $0.offset) })
        let usable = site.topics.count < 255 && reach.count == site.articles.count
            && site.articles.allSatisfy { $0.topics.count <= maxTopics && $0.topics.allSatisfy { index[$0] != nil } }
        section.bool(usable)
        if usable {
            section.int(site.topics.count)
            for t in site.topics { section.string(t.slug) }
            section.int(site.articles.count)
            for (i, a) in site.articles.enumerated() {
                section.int(reach[i])
                let (low, high) = packed(a.topics.map { index[$0]! })
                section.int(low)
                section.int(high)
            }
            for a in site.articles { section.string(a.slug) }
        }
        w.int(section.bytes.count)
        w.append(part: section.bytes)
    }

    /// A count and up to 15 indexes below 255, one byte each, in two numbers (`pack`).
    static func packed(_ indexes: [Int]) -> (Int, Int) { pack(indexes, bits: 8) }

    /// What `packed` packed; nil when the count or an index is out of range.
    static func unpacked(_ low: Int, _ high: Int, vocabularySize: Int) -> [Int]? {
        unpack(low, high, bits: 8, most: maxTopics, vocabularySize: vocabularySize)
    }

    /// The section, decoded; nil when the build could not make it or it is damaged.
    func topicTable() -> TopicTable? {
        guard var r = ManifestReader(bytes, magic: EditBase.magic), r.seek(to: topicsAt), r.int() != nil,
              r.bool() == true, let nv = r.count() else { return nil }
        var vocabulary: [String] = []
        for _ in 0..<nv {
            guard let slug = r.string() else { return nil }
            vocabulary.append(slug)
        }
        guard let n = r.count() else { return nil }
        let tableAt = r.position
        var topics: [[String]] = []
        var reach: [Int] = []
        topics.reserveCapacity(n)
        reach.reserveCapacity(n)
        for _ in 0..<n {
            guard let far = r.int(), let low = r.int(), let high = r.int(),
                  let indexes = EditBase.unpacked(low, high, vocabularySize: nv) else { return nil }
            reach.append(far)
            topics.append(indexes.map { vocabulary[$0] })
        }
        var slugs: [String] = []
        slugs.reserveCapacity(n)
        for _ in 0..<n {
            guard let slug = r.string() else { return nil }
            slugs.append(slug)
        }
        return TopicTable(vocabulary: vocabulary, topics: topics, reach: reach, slugs: slugs, tableAt: tableAt)
    }

    /// Records the topics and related reach of the briefings at `positions` in the section of `table`.
    mutating func setTopics(_ table: TopicTable, at positions: some Sequence<Int>) {
        // A topic edit of the newest briefing changes the reach of thousands: the vocabulary is indexed once.
        let index = Dictionary(uniqueKeysWithValues: table.vocabulary.enumerated().map { ($0.element, $0.offset) })
        for position in positions {
            let (low, high) = EditBase.packed(table.topics[position].map { index[$0]! })
            let at = table.tableAt + 24 * position
            patch(at: at, table.reach[position])
            patch(at: at + 8, low)
            patch(at: at + 16, high)
        }
    }

    /// Records the related reach alone of the briefings at `positions`, whose topics are as recorded.
    mutating func setReach(_ table: TopicTable, at positions: some Sequence<Int>) {
        for position in positions { patch(at: table.tableAt + 24 * position, table.reach[position]) }
    }

    /// Records `table`'s slugs, the recorded ones in another order (`MoveEdit`): the section keeps its
    /// length, so it is overwritten where it stands. False when the base is damaged.
    mutating func setSlugs(_ table: TopicTable) -> Bool {
        var w = ManifestWriter(part: true)
        for slug in table.slugs { w.string(slug) }
        let at = table.tableAt + 24 * table.slugs.count
        guard at + w.bytes.count <= bytes.count else { return false }
        replace(at: at, with: w.bytes)
        return true
    }
}
