/// Briefing pages of the previous build, reused when nothing they show has changed.
///
/// A briefing page reads its own front matter and Markdown, its older and newer neighbours' titles,
/// the cards of its related briefings, and site-wide things (configuration, vocabulary, theme,
/// glossary, navigation). Those inputs are hashed into a fingerprint; a page whose fingerprint
/// matches the last build's is read back from the output folder instead of assembled again, and only
/// if its bytes still hash to what that build wrote (a page edited by hand in the output is rebuilt).
public struct PageCache: Sendable {
    /// `fingerprint bytes-hash` of the previous build's briefing pages, by output path.
    public let previous: [String: String]
    /// The output folder those pages are in.
    public let output: String

    /// The previous page at `path`, when its fingerprint is `fingerprint` and it can be read.
    func page(_ path: String, fingerprint: String) -> OutputFile? {
        guard let record = previous[path], record.hasPrefix(fingerprint + " "),
              let bytes = try? readWholeFile(output + "/" + path),
              record == PageCache.record(fingerprint, bytes) else { return nil }
        return OutputFile(path: path, bytes: bytes)
    }

    /// What the manifest keeps for a page: its inputs' fingerprint and its bytes' hash.
    static func record(_ fingerprint: String, _ bytes: [UInt8]) -> String {
        fingerprint + " " + FNV1a64.hex(bytes)
    }
}

/// The fingerprints behind `PageCache`.
enum PageFingerprint {
    /// What every briefing page reads from the site as a whole.
    static func global(_ ctx: RenderContext) -> String {
        var parts = [siteGenVersion, String(reflecting: ctx.site.config), String(reflecting: ctx.site.topics)]
        parts += ctx.assets.names.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        parts += ctx.glossary.expansions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        parts += ctx.extraScripts + [ctx.search == nil ? "no-search" : "search"]
        return SHA256.hex(parts.joined(separator: "\u{1}"))
    }

    /// The fingerprint of briefing `i`'s page, given the site-wide part and its related briefings.
    static func article(_ i: Int, _ ctx: RenderContext, global: String, related: [Int]) -> String {
        let articles = ctx.site.articles
        var html = FNV1a64()
        html.mix(ctx.documents[i].html.utf8)
        var text = global + "\u{1}" + describe(articles[i]) + "\u{1}" + html.hex
        for j in [i - 1, i + 1] where articles.indices.contains(j) { text += "\u{1}n:" + articles[j].title + "\u{2}" + articles[j].slug }
        for j in related { text += "\u{1}r:" + describe(articles[j]) + "\u{2}" + ctx.summaries[j] }
        return SHA256.hex(text)
    }

    /// Every front matter field a page can show (the body is covered by the rendered HTML). Written out
    /// field by field: `String(reflecting:)` made fingerprinting slower than rendering.
    private static func describe(_ a: Article) -> String {
        let source = a.source.map { [$0.name ?? "", $0.url ?? "", $0.file ?? "", $0.sha256 ?? ""].joined(separator: "\u{3}") } ?? "-"
        let fields: [String] = [
            a.path, a.slug, a.title, a.date?.rfc3339 ?? "-", a.updated?.rfc3339 ?? "-", a.authors.joined(separator: "\u{3}"),
            a.authorBio ?? "-", a.topics.joined(separator: "\u{3}"), a.summary ?? "-", a.takeaways.joined(separator: "\u{3}"),
            a.draft ? "draft" : "-", source, a.review.joined(separator: "\u{3}"),
        ]
        return fields.joined(separator: "\u{2}")
    }
}
