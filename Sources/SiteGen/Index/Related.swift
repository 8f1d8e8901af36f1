/// Related briefings: most shared topics first, then newest, found without comparing all pairs.
public enum Related {
    /// How many candidates one article's walk may visit; bounds the work at any archive size.
    static let walkLimit = 1000

    /// Up to `limit` positions of articles sharing topics with article `i`.
    public static func find(_ i: Int, in site: Site, index: SiteIndex, limit: Int = 5) -> [Int] {
        walk(i, topics: site.articles[i].topics, index: index.topics, limit: limit).related
    }

    /// `find` for article `i` tagged with `topics`, and how far its walk reached: the newest-first
    /// position of the last candidate it looked at, `Int.max` when it ran out of candidates. A change
    /// to the topics of an article past that position leaves the walk as it was (`TopicEdit`).
    static func walk(_ i: Int, topics: [String], index: TopicIndex, limit: Int = 5) -> (related: [Int], reach: Int) {
        let lists = topics.compactMap { index.articlesByTopic[$0] }.filter { !$0.isEmpty }
        guard !lists.isEmpty else { return ([], Int.max) }
        let best = lists.count
        // The lists' first entries, one after another in a local array: the walk never reads past entry
        // `walkLimit` of any list. Binding each shared list to a name at every step retained and
        // released it, on buffers both rendering threads use at once.
        var flat: [Int] = []
        var starts: [Int] = []
        var ends: [Int] = []
        for list in lists {
            starts.append(flat.count)
            flat += list.prefix(walkLimit + 1)
            ends.append(flat.count)
        }
        var heads = starts
        // The merge meets candidates newest first, so the first `limit` with each count of shared
        // topics are the ones to keep: no list of every candidate to sort (8 % of an edit rebuild).
        var byShared = [[Int]](repeating: [], count: best + 1)
        var steps = 0
        var fullMatches = 0
        var reach = Int.max
        // A k-way merge in position (recency) order counts how many of the topics each candidate shares.
        while steps < walkLimit {
            var next = Int.max
            for k in 0..<best where heads[k] < ends[k] { next = min(next, flat[heads[k]]) }
            if next == Int.max {
                reach = Int.max
                break
            }
            reach = next
            var shared = 0
            for k in 0..<best where heads[k] < ends[k] && flat[heads[k]] == next {
                shared += 1
                heads[k] += 1
            }
            steps += 1
            guard next != i else { continue }
            if byShared[shared].count < limit { byShared[shared].append(next) }
            if shared == best {
                fullMatches += 1
                if fullMatches >= limit { break }
            }
        }
        return (Array(byShared.reversed().joined().prefix(limit)), reach)
    }
}
