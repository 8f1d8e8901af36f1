/// Editorial rules over the loaded briefings: each has a summary and a topic, and no two share a title.
///
/// Duplicate slugs are not repeated here: Load already reports them as errors (`ArticleRules`).
enum ContentChecks {
    /// Problems with the briefings of `site`; `summaries` are the derived summaries in the same order.
    static func check(_ site: Site, summaries: [String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var byTitle: [String: [Article]] = [:]
        for a in site.articles {
            if Summaries.explicit(a).isEmpty {
                diagnostics.append(.warning(a.path, line: 1,
                    "no `summary:`; lists and feeds show the first paragraph instead. Write a one-sentence summary"))
            }
            if a.topics.isEmpty {
                diagnostics.append(.warning(a.path, line: 1,
                    "no `topics:`; the briefing appears on no topic page. Add at least one slug from content/topics.yml"))
            }
            byTitle[titleKey(a.title), default: []].append(a)
        }
        for (_, same) in byTitle where same.count > 1 {
            let paths = same.map(\.path).sorted()
            for a in same {
                let others = paths.filter { $0 != a.path }.joined(separator: ", ")
                diagnostics.append(.error(a.path, line: a.line(of: "title"),
                    "title \"\(a.title)\" is also used by \(others); readers and search engines cannot tell them apart"))
            }
        }
        return diagnostics
    }

    /// Two titles with the same key are duplicates: case and surrounding spaces do not tell briefings apart.
    static func titleKey(_ title: String) -> String { title.trimmingSpaces.lowercased() }
}
