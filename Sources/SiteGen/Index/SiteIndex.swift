/// Lookups derived from the loaded site: topics with their hierarchy, authors, years, neighbours.
///
/// Built once per build in linear time; every list holds article positions in `Site.articles`
/// (newest first), so later stages never sort again.
public struct SiteIndex: Sendable {
    /// Topics, their hierarchy and the briefings each lists.
    public let topics: TopicIndex
    /// Topics by slug.
    public var topicsBySlug: [String: Topic] { topics.topicsBySlug }
    /// Child topic slugs of each topic, by name.
    public var children: [String: [String]] { topics.children }
    /// Articles tagged with a topic or any of its descendants, newest first.
    public var articlesByTopic: [String: [Int]] { topics.articlesByTopic }
    /// Authors by slug, in name order.
    public let authors: [Author]
    /// Author slug of each author name.
    public let authorSlugs: [String: String]
    /// Years, newest first, each with its months newest first and their articles.
    public let years: [Year]
    /// Undated articles (drafts in preview), listed apart.
    public let undated: [Int]

    /// A contributor and the briefings they wrote.
    public struct Author: Sendable, Hashable {
        public var slug: String
        public var name: String
        public var bio: String?
        public var articles: [Int]
    }

    /// A year of the timeline.
    public struct Year: Sendable, Hashable {
        public var year: Int
        public var months: [(month: Int, articles: [Int])]
        public var count: Int { months.reduce(0) { $0 + $1.articles.count } }

        public static func == (a: Year, b: Year) -> Bool {
            a.year == b.year && a.months.map(\.month) == b.months.map(\.month) && a.months.map(\.articles) == b.months.map(\.articles)
        }

        public func hash(into h: inout Hasher) { h.combine(year) }
    }

    /// Indexes a site.
    public init(_ site: Site) {
        topics = TopicIndex(topics: site.topics, articleTopics: site.articles.lazy.map(\.topics))
        var byAuthor: [String: (name: String, bio: String?, articles: [Int])] = [:]
        var slugs: [String: String] = [:]
        var byMonth: [Int: [Int: [Int]]] = [:]
        var undated: [Int] = []
        for (i, article) in site.articles.enumerated() {
            for name in article.authors {
                let slug = Slug.make(name)
                slugs[name] = slug
                var entry = byAuthor[slug] ?? (name, nil, [])
                if entry.bio == nil, article.authors.count == 1 { entry.bio = article.authorBio }
                entry.articles.append(i)
                byAuthor[slug] = entry
            }
            if let d = article.date { byMonth[d.year, default: [:]][d.month, default: []].append(i) } else { undated.append(i) }
        }
        authorSlugs = slugs
        authors = byAuthor.map { Author(slug: $0.key, name: $0.value.name, bio: $0.value.bio, articles: $0.value.articles) }
            .sorted { ($0.name, $0.slug) < ($1.name, $1.slug) }
        years = byMonth.keys.sorted(by: >).map { y in
            Year(year: y, months: byMonth[y]!.keys.sorted(by: >).map { ($0, byMonth[y]![$0]!) })
        }
        self.undated = undated
    }

    /// Topics ordered for display: by kind, then name.
    public func topicsInOrder(_ site: Site) -> [Topic] {
        site.topics.sorted { (Topic.Kind.allCases.firstIndex(of: $0.kind)!, $0.name) < (Topic.Kind.allCases.firstIndex(of: $1.kind)!, $1.name) }
    }
}
