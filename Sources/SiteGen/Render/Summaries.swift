/// Short texts derived from a briefing: its summary and reading time.
enum Summaries {
    /// The front matter summary, else the first paragraph cut at a word near 240 characters.
    static func summary(of article: Article, rendered: RenderedMarkdown) -> String {
        let s = explicit(article)
        return s.isEmpty ? rendered.prose.lead : s
    }

    /// The summary the front matter gives, trimmed; empty when it gives none (the page's lead shows it).
    static func explicit(_ article: Article) -> String {
        article.summary?.trimmingSpaces ?? ""
    }

    /// Minutes at 220 words a minute, at least one.
    static func readingMinutes(words: Int) -> Int { max(1, (words + 219) / 220) }

    /// Cuts text at the last space before `limit` characters and adds an ellipsis.
    static func clip(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let atSpace = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atSpace.trimmingSpaces + "…"
    }
}
