/// Turns one content file into an `Article`, collecting every problem instead of stopping at the first.
enum ArticleDecoder {
    /// Front matter keys an article may use.
    static let knownKeys = ["title", "date", "updated", "authors", "author", "author_bio", "topics", "summary",
                            "takeaways", "draft", "source", "slug", "review", "date_hint"]
    static let sourceKeys = ["name", "url", "file", "sha256"]

    /// Decodes `bytes` read from `path` (relative to the site root).
    static func decode(path: String, bytes: [UInt8]) -> (Article?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let text: String
        switch TextDecoding.decode(bytes) {
        case .success(let t): text = t
        case .failure(let problem):
            let line = if case .invalidUTF8(let l) = problem { l } else { 1 }
            return (nil, [.error(path, line: line, problem.message)])
        }
        let parts: FrontMatter
        switch FrontMatter.split(text) {
        case .success(let p): parts = p
        case .failure(let problem): return (nil, [.error(path, line: problem.line, problem.message)])
        }
        guard let fields = YAMLMapping.parse(parts.yaml, path: path, lineOffset: parts.yamlLine - 1,
                                             what: "front matter", into: &diagnostics) else {
            return (nil, diagnostics)
        }
        fields.warnUnknownKeys(knownKeys, what: "front matter", &diagnostics)

        let draft = fields.bool("draft", &diagnostics) ?? false
        let title = fields.string("title", &diagnostics)?.trimmingSpaces ?? ""
        if title.isEmpty {
            diagnostics.append(.error(path, line: fields.entry("title")?.line ?? 1,
                                      "missing `title`; add a line `title: \"…\"` to the front matter"))
        }
        let date = decodeDate("date", fields, &diagnostics)
        if date == nil, !draft, fields.entry("date").map({ _ in fields.string("date", &diagnostics) == nil }) ?? true {
            diagnostics.append(.error(path, line: fields.entry("date")?.line ?? 1,
                                      "missing `date`; add `date: YYYY-MM-DD` (or `draft: true` until it is known)"))
        }
        let slug = decodeSlug(path: path, fields, &diagnostics)
        var authors = fields.strings("authors", &diagnostics)
        if authors.isEmpty { authors = fields.strings("author", &diagnostics) }
        let sourceFields = fields.mapping("source", &diagnostics)
        sourceFields?.warnUnknownKeys(sourceKeys, what: "`source`", &diagnostics)
        let source = sourceFields.map {
            Article.Source(name: $0.string("name", &diagnostics), url: $0.string("url", &diagnostics),
                           file: $0.string("file", &diagnostics), sha256: $0.string("sha256", &diagnostics))
        }
        var keyLines: [String: Int] = [:]
        for (key, _, line) in fields.entries { keyLines[key] = line }
        let article = Article(
            path: path, slug: slug, title: title, date: date, updated: decodeDate("updated", fields, &diagnostics),
            authors: authors.map(\.trimmingSpaces).filter { !$0.isEmpty },
            authorBio: fields.string("author_bio", &diagnostics), topics: fields.strings("topics", &diagnostics),
            summary: fields.string("summary", &diagnostics), takeaways: fields.strings("takeaways", &diagnostics),
            draft: draft, source: source, review: fields.strings("review", &diagnostics),
            body: parts.body, bodyLine: parts.bodyLine, keyLines: keyLines)
        return (diagnostics.contains { $0.severity == .error } ? nil : article, diagnostics)
    }

    private static func decodeDate(_ key: String, _ fields: YAMLMapping, _ diagnostics: inout [Diagnostic]) -> PublishDate? {
        guard let text = fields.string(key, &diagnostics) else { return nil }
        if let date = PublishDate(iso: text) { return date }
        diagnostics.append(.error(fields.path, line: fields.entry(key)?.line ?? 1,
                                  "cannot read `\(key): \(text)` as a date; write it as YYYY-MM-DD, e.g. `\(key): 2025-07-11`"))
        return nil
    }

    private static func decodeSlug(path: String, _ fields: YAMLMapping, _ diagnostics: inout [Diagnostic]) -> String {
        if let given = fields.string("slug", &diagnostics) {
            if Slug.isValid(given) { return given }
            diagnostics.append(.error(path, line: fields.entry("slug")?.line ?? 1,
                                      "`slug: \(given)` may only hold lower-case letters, digits and hyphens; try `slug: \(Slug.make(given))`"))
            return Slug.make(given)
        }
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let stem = file.hasSuffix(".md") ? String(file.dropLast(3)) : file
        return Slug.isValid(stem) ? stem : Slug.make(stem)
    }
}
