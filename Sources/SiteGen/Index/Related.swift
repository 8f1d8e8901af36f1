/// Related briefings: earlier briefings only, most shared topics first, then the latest of them,
/// found without comparing all pairs.
///
/// Only briefings published before this one are candidates (Hugo's default, `includeNewer = false`):
/// a reader of a 2009 briefing gets its background from before 2009, not the newest briefings on
/// every topic; and publishing a briefing changes no older briefing's page. When newer ones were
/// candidates, a new briefing entered the related lists of 1,211 of the 10,000 benchmark briefings.
public enum Related {
    /// How many candidates one article's walk may visit; bounds the work at any archive size.
    static let walkLimit = 1000

    /// Up to `limit` positions of articles sharing topics with article `i`.
    public static func find(_ i: Int, in site: Site, index: SiteIndex, limit: Int = 5) -> [Int] {
        walk(i, topics: site.articles[i].topics, index: index.topics, limit: limit).related
    }

    /// `find` for article `i` tagged with `topics`, and how far its walk reached: the newest-first
    /// position of the last candidate it looked at, `Int.max` when it ran out of candidates. The walk
    /// reads only positions after `i`, so a change to the topics of an article before `i` or past that
    /// position leaves it as it was (`TopicEdit`).
    static func walk(_ i: Int, topics: [String], index: TopicIndex, limit: Int = 5) -> (related: [Int], reach: Int) {
        let lists = topics.compactMap { index.articlesByTopic[$0] }.filter { !$0.isEmpty }
        guard !lists.isEmpty else { return ([], Int.max) }
        // Every topic counts towards a full match, even one with no earlier briefing: how many topics a
        // full match shares must not depend on other briefings, or a topic edit past `reach` could
        // change where the walk stops.
        let best = lists.count
        // The lists' first entries, one after another in a local array: the walk never reads past entry
        // `walkLimit` of any list. Binding each shared list to a name at every step retained and
        // released it, on buffers both rendering threads use at once.
        var flat: [Int] = []
        var starts: [Int] = []
        var ends: [Int] = []
        for list in lists {
            starts.append(flat.count)
            flat += list[firstAfter(i, in: list)...].prefix(walkLimit + 1)
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
            if byShared[shared].count < limit { byShared[shared].append(next) }
            if shared == best {
                fullMatches += 1
                if fullMatches >= limit { break }
            }
        }
        return (Array(byShared.reversed().joined().prefix(limit)), reach)
    }

    /// The index of the first entry of `list` (positions, ascending) greater than `i`.
    private static func firstAfter(_ i: Int, in list: [Int]) -> Int {
        var (low, high) = (0, list.count)
        while low < high {
            let mid = (low + high) / 2
            if list[mid] <= i { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
