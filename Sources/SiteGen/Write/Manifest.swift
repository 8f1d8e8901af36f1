import Foundation

/// The version written into build manifests: a manifest from another version is never trusted.
public let siteGenVersion = "0.5.0"

/// The incremental build record in `.sitegen-cache/`: what each briefing's Markdown rendered to, keyed by input hash.
///
/// Only a cache: when it is missing, unreadable or from another version the build renders everything,
/// so a bad manifest can cost time but never produce a wrong site.
struct Manifest: Sendable {
    /// Bumped whenever the layout below changes.
    static let format = 4

    var format: Int
    var version: String
    /// Markdown key (see `MarkdownCache.key`) → what it rendered to, as read from `store`.
    var markdown: [String: CachedMarkdown]
    /// The file the rendered Markdown is kept in, beside the manifest (`<manifest>.markdown`).
    var store = MarkdownStore()
    /// Source path → its Markdown key and the page it produced: the inputs and outputs of the last build.
    var articles: [String: ArticleRecord]
    /// The output folder the page fingerprints describe: pages are reused only from that folder.
    var output = ""
    /// Each briefing page's inputs' fingerprint, bytes' hash and file identity, by output path (see `PageCache`).
    var pages: [String: String] = [:]

    /// One briefing's input hash and output page.
    struct ArticleRecord: Sendable, Equatable {
        var key: String
        var page: String
    }

    /// An empty manifest of this version.
    init(markdown: [String: CachedMarkdown] = [:], articles: [String: ArticleRecord] = [:]) {
        self.format = Manifest.format
        self.version = siteGenVersion
        self.markdown = markdown
        self.articles = articles
    }

    /// Reads a manifest; nil with a warning when it cannot be used, nil and no warning when there is none yet.
    static func read(_ path: String) -> (Manifest?, warning: String?) {
        guard FileManager.default.fileExists(atPath: path) else { return (nil, nil) }
        let rebuild = "; building everything"
        guard let bytes = try? readWholeFile(path) else { return (nil, "cannot read the build cache \(path)\(rebuild)") }
        guard let manifest = Manifest(decoding: bytes) else {
            return (nil, "the build cache \(path) is damaged\(rebuild) (it will be rewritten)")
        }
        guard manifest.format == format, manifest.version == siteGenVersion else {
            return (nil, "the build cache \(path) was written by SiteGen \(manifest.version)\(rebuild)")
        }
        var complete = manifest
        complete.store = MarkdownStore.read(path + ".markdown", pages: manifest.pages, output: manifest.output)
        complete.markdown = complete.store.documents
        return (complete, nil)
    }

    /// The file's bytes (see `ManifestWriter`); entries in key order, so equal manifests are equal files.
    /// The rendered Markdown is not among them: `MarkdownStore` keeps it in its own file.
    var encoded: [UInt8] {
        var w = ManifestWriter()
        w.int(format)
        w.string(version)
        w.int(articles.count)
        for (path, record) in articles.sorted(by: { $0.key < $1.key }) {
            w.string(path)
            w.string(record.key)
            w.string(record.page)
        }
        w.string(output)
        w.int(pages.count)
        for (path, fingerprint) in pages.sorted(by: { $0.key < $1.key }) {
            w.string(path)
            w.string(fingerprint)
        }
        return w.bytes
    }

    /// Decodes a manifest file; nil when any field is missing or malformed.
    init?(decoding bytes: [UInt8]) {
        guard var r = ManifestReader(bytes), let format = r.int(), let version = r.string() else { return nil }
        self.init()
        self.format = format
        self.version = version
        // A manifest of another format or version is reported as such by `read`, without decoding the rest.
        guard format == Manifest.format, version == siteGenVersion else { return }
        guard let a = r.count() else { return nil }
        for _ in 0..<a {
            guard let path = r.string(), let key = r.string(), let page = r.string() else { return nil }
            articles[path] = ArticleRecord(key: key, page: page)
        }
        guard let output = r.string(), let p = r.count() else { return nil }
        self.output = output
        for _ in 0..<p {
            guard let path = r.string(), let fingerprint = r.string() else { return nil }
            pages[path] = fingerprint
        }
        guard r.atEnd else { return nil }
    }

    /// Writes the manifest through a temporary file and a rename, so an interrupted write leaves no half file.
    func write(to path: String) throws {
        try OutputWriter.replaceFile(path, encoded, makingFolder: true)
    }
}
