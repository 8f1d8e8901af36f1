/// How often an article mentions one topic of the vocabulary.
public struct TopicCount: Sendable, Hashable {
    public var slug: String
    public var mentions: Int
    public var inTitle: Bool
}

/// Proposes topics from the controlled vocabulary by counting mentions of each topic's names.
enum TopicMatch {
    /// Mention counts for every topic mentioned, most mentioned first (then by slug).
    ///
    /// Where names overlap ("ASEAN Regional Forum" holds "ASEAN"), the longest mention wins, so a
    /// forum's name counts for the forum and not also for the bloc.
    static func count(title: String, body: String, topics: [Topic]) -> [TopicCount] {
        let inTitle = counts(in: title, topics: topics)
        let inBody = counts(in: body, topics: topics)
        return topics.indices.compactMap { t -> TopicCount? in
            let total = (inTitle[t] ?? 0) + (inBody[t] ?? 0)
            return total == 0 ? nil : TopicCount(slug: topics[t].slug, mentions: total, inTitle: (inTitle[t] ?? 0) > 0)
        }
        .sorted { ($1.mentions, $0.slug) < ($0.mentions, $1.slug) }
    }

    /// Slugs that pass the threshold, at most `rules.maxTopics`.
    static func propose(_ counts: [TopicCount], rules: ImportRules) -> [String] {
        Array(counts.filter { $0.mentions >= rules.topicMinMentions || $0.inTitle }.prefix(rules.maxTopics).map(\.slug))
    }

    /// Mentions per topic index in `text`.
    private static func counts(in text: String, topics: [Topic]) -> [Int: Int] {
        let chars = Array(text)
        let lower = chars.map { $0.lowercased().first ?? $0 }
        var hits: [(start: Int, length: Int, topic: Int)] = []
        for (t, topic) in topics.enumerated() {
            for name in Set(topic.mentionNames) where !name.isEmpty {
                let exact = isAcronym(name)
                let needle = exact ? Array(name) : Array(name).map { $0.lowercased().first ?? $0 }
                for start in occurrences(of: needle, in: exact ? chars : lower) {
                    hits.append((start, needle.count, t))
                }
            }
        }
        hits.sort { ($0.start, -$0.length, $0.topic) < ($1.start, -$1.length, $1.topic) }
        var result: [Int: Int] = [:]
        var reached = 0
        for hit in hits where hit.start >= reached {
            result[hit.topic, default: 0] += 1
            reached = hit.start + hit.length
        }
        return result
    }

    /// Starts of `needle` in `haystack` standing as whole words.
    private static func occurrences(of needle: [Character], in haystack: [Character]) -> [Int] {
        guard let first = needle.first, needle.count <= haystack.count else { return [] }
        var out: [Int] = []
        var i = 0
        while i + needle.count <= haystack.count {
            defer { i += 1 }
            guard haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) else { continue }
            let end = i + needle.count
            let openBefore = i == 0 || !isWordChar(haystack[i - 1])
            let openAfter = end == haystack.count || !isWordChar(haystack[end]) || (needle.last == "." && haystack[end] == " ")
            if openBefore && openAfter { out.append(i) }
        }
        return out
    }

    private static func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// "US", "U.S.", "ASEAN": two or more capitals and no small letters; matched with case.
    static func isAcronym(_ name: String) -> Bool {
        name.filter(\.isUppercase).count >= 2 && !name.contains(where: \.isLowercase)
    }
}
