/// Content rules across articles: unique slugs and topics from the vocabulary.
enum ArticleRules {
    /// Problems that only show when looking at all articles and the vocabulary together.
    static func check(_ articles: [Article], topics: [Topic]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstBySlug: [String: Article] = [:]
        for article in articles.sorted(by: { $0.path < $1.path }) {
            if let first = firstBySlug[article.slug] {
                diagnostics.append(.error(article.path, line: article.keyLines["slug"] ?? 1,
                                          "duplicate slug `\(article.slug)`, also used by \(first.path); set a different `slug:` or rename the file"))
            } else {
                firstBySlug[article.slug] = article
            }
        }
        let slugs = topics.map(\.slug)
        let known = Set(slugs)
        for article in articles {
            for topic in article.topics where !known.contains(topic) {
                let hint = Suggest.closest(to: topic, in: slugs).map { " (did you mean \"\($0)\"?)" } ?? ""
                diagnostics.append(.error(article.path, line: article.line(of: "topics"),
                                          "unknown topic \"\(topic)\"\(hint); use a slug from content/topics.yml or add it there"))
            }
        }
        return diagnostics
    }
}
