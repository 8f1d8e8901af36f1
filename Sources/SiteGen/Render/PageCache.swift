import Templates
import Foundation

/// Briefing pages of the previous build, reused when nothing they show has changed.
///
/// A briefing page reads its own front matter and Markdown, its older and newer neighbours' titles,
/// the cards of its related briefings, and site-wide things (configuration, vocabulary, theme,
/// glossary, navigation). Those inputs are hashed into a fingerprint; a page whose fingerprint
/// matches the last build's is left where it is in the output folder (the writer links it into the
/// new output) instead of assembled again, as long as the file there still has the size, inode and
/// modification time that build recorded: a page edited by hand in the output is rebuilt.
public struct PageCache: Sendable {
    /// `fingerprint bytes-hash size inode mtime` of the previous build's briefing pages, by output path.
    public let previous: [String: String]
    /// The output folder those pages are in.
    public let output: String
    /// The identity of each page `page` gave back, as it found it: the page stays as it is, so its new
    /// record needs no second look at the file (`written`).
    let verified = FoundIdentities()

    /// The previous page at `path` when its fingerprint is `fingerprint` and the file is as written:
    /// unread when it has the identity recorded, else (an output copied away and back, as a CI cache
    /// restores it) read and hashed.
    func page(_ path: String, fingerprint: String) -> OutputFile? {
        guard let record = previous[path].flatMap(PageCache.fields), record.fingerprint.elementsEqual(fingerprint.utf8),
              let stat = PageCache.fileIdentity(output + "/" + path) else { return nil }
        if !record.identity.elementsEqual(stat.utf8) {
            guard let bytes = try? readWholeFile(output + "/" + path), ContentHash.hex(bytes).utf8.elementsEqual(record.hash),
                  PageCache.fileIdentity(output + "/" + path) == stat else { return nil }
        }
        verified.note(path, stat)
        var file = OutputFile(path: path, reusedFrom: output, hash: String(Substring(record.hash)))
        file.bodySlot = BodySlot(text: Substring(record.slot))
        return file
    }

    /// A record's four fields, `fingerprint hash slot identity`, read in place: splitting it into six
    /// strings and joining three again was a third of a page lookup, and an edit rebuild makes one for
    /// each of 13,000 pages. Nil for a record of another shape.
    static func fields(_ record: String) -> (fingerprint: Substring.UTF8View, hash: Substring.UTF8View, slot: Substring.UTF8View,
                                             identity: Substring.UTF8View)? {
        let fields = record.utf8.split(separator: UInt8(ascii: " "), maxSplits: 3, omittingEmptySubsequences: false)
        guard fields.count == 4 else { return nil }
        return (fields[0], fields[1], fields[2], fields[3])
    }

    /// What the build knows of a page before it is written: its inputs' fingerprint, its bytes' hash
    /// and its body slot (`-` for none).
    static func record(_ fingerprint: String, _ file: OutputFile) -> String {
        fingerprint + " " + file.contentHash + " " + (file.bodySlot?.text ?? "-")
    }

    /// The output identity (`size inode mtime`) at the end of a `written` record.
    static func identity(inRecord record: String) -> String {
        record.split(separator: " ").suffix(3).joined(separator: " ")
    }

    /// The records with the identity each page has in `output` once written; pages that cannot be
    /// examined are left out, which only means they are assembled again next time.
    /// `known` holds the identities of files this build wrote (see `Staging`) and of the pages `page`
    /// gave back (`verified`): an edit rebuild that reuses 12,000 pages at 10,000 briefings saves an
    /// `lstat` of each. The others are looked up: a page made again whose bytes the output already had
    /// may have been changed in place by an edit since its record was written.
    static func written(_ records: [String: String], in output: String, known: [String: String] = [:]) -> [String: String] {
        let unknown = records.keys.filter { known[$0] == nil }.sorted()
        let looked = parallelMap(unknown) { fileIdentity(output + "/" + $0) }
        var out: [String: String] = [:]
        out.reserveCapacity(records.count)
        for (path, record) in records {
            if let identity = known[path] { out[path] = record + " " + identity }
        }
        for (path, identity) in zip(unknown, looked) {
            if let identity, let record = records[path] { out[path] = record + " " + identity }
        }
        return out
    }

    /// Size, inode and modification time of a regular file; nil for anything else.
    static func fileIdentity(_ path: String) -> String? {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return identity(st)
    }

    /// A regular file's identity as the records hold it.
    static func identity(_ st: stat) -> String {
        "\(st.st_size) \(st.st_ino) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
    }
}

/// Output identities noted by path from any thread (`PageCache.verified`).
final class FoundIdentities: @unchecked Sendable {
    private let lock = NSLock()
    private var byPath: [String: String] = [:]

    func note(_ path: String, _ identity: String) {
        lock.withLock { byPath[path] = identity }
    }

    /// Every identity noted so far.
    var all: [String: String] { lock.withLock { byPath } }

    /// The identity noted for `path`, if any.
    func identity(of path: String) -> String? { lock.withLock { byPath[path] } }
}

/// The fingerprints behind `PageCache`.
enum PageFingerprint {
    /// What every briefing page reads from the site as a whole.
    static func global(_ ctx: RenderContext) -> String {
        var parts = [siteGenVersion, String(reflecting: ctx.site.config), String(reflecting: ctx.site.topics)]
        parts += ctx.assets.names.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        parts += ctx.glossary.expansions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        parts += ctx.extraScripts + [ctx.search == nil ? "no-search" : "search"]
        // A rebuilt SiteGen may render differently under the same version: its pages are not reused.
        parts.append(BuildStamp.executableIdentity)
        return ContentHash.hex(parts.joined(separator: "\u{1}"))
    }

    /// The fingerprint of briefing `i`'s page, given the site-wide part, its related briefings and
    /// every briefing's `described` front matter.
    static func article(_ i: Int, _ ctx: RenderContext, global: String, related: [Int], described: [String]) -> String {
        let articles = ctx.site.articles
        var text = global + "\u{1}" + described[i] + "\u{1}" + ctx.documents[i].markup.hash
        for j in [i - 1, i + 1] where articles.indices.contains(j) { text += "\u{1}n:" + articles[j].title + "\u{2}" + articles[j].slug }
        for j in related { text += "\u{1}r:" + described[j] + "\u{2}" + ctx.summaries[j] }
        return ContentHash.hex(text)
    }

    /// The hash of `describe` for every briefing, made once: each page's fingerprint also covers its
    /// related briefings, and describing them again per page was a tenth of an edit rebuild.
    static func described(_ ctx: RenderContext) -> [String] {
        parallelMap(ctx.site.articles) { ContentHash.hex(describe($0)) }
    }

    /// Every field a briefing card shows.
    static func card(_ c: ArticleCard) -> String {
        let links = { (items: [LinkItem]) in items.map { $0.text + "\u{3}" + $0.href }.joined(separator: "\u{4}") }
        return ContentHash.hex([c.title, c.href, c.dateISO ?? "-", c.dateText ?? "-", c.summary, links(c.authors), links(c.topics)]
            .joined(separator: "\u{2}"))
    }

    /// Every field of a page's frame (title, description, canonical address, navigation, structured data…).
    static func frame(_ f: PageFrame) -> String {
        let nav = f.navigation.map { $0.text + "\u{3}" + $0.href + ($0.current ? "\u{3}*" : "") }.joined(separator: "\u{4}")
        return [f.title, f.description, f.language, f.siteTitle, f.homeHref, f.canonicalURL, f.stylesheetHref,
                f.printStylesheetHref ?? "-", f.scriptHrefs.joined(separator: "\u{3}"), f.feedHref, f.searchHref ?? "-", nav,
                f.kind, f.jsonLD?.rendered ?? "-", f.footerNote].joined(separator: "\u{2}")
    }

    /// Every front matter field a page can show (the body is covered by the rendered HTML). Written out
    /// field by field: `String(reflecting:)` made fingerprinting slower than rendering.
    static func describe(_ a: Article) -> String {
        describe(a, title: a.title, summary: a.summary ?? "-", date: a.date?.rfc3339 ?? "-", updated: a.updated?.rfc3339 ?? "-")
    }

    /// `describe` with `title`, `summary` and the dates in place of the briefing's: with empty ones,
    /// every field but those, which an edit can put in place (`BodyEdit`).
    static func describe(_ a: Article, title: String, summary: String, date: String, updated: String) -> String {
        let source = a.source.map { [$0.name ?? "", $0.url ?? "", $0.file ?? "", $0.sha256 ?? ""].joined(separator: "\u{3}") } ?? "-"
        let fields: [String] = [
            a.path, a.slug, title, date, updated, a.authors.joined(separator: "\u{3}"),
            a.authorBio ?? "-", a.topics.joined(separator: "\u{3}"), summary, a.takeaways.joined(separator: "\u{3}"),
            a.draft ? "draft" : "-", source, a.review.joined(separator: "\u{3}"),
        ]
        return fields.joined(separator: "\u{2}")
    }
}
