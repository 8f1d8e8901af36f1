import Foundation

/// What the incremental machinery did in one build, for `-v` and the tests.
public struct CacheReport: Sendable, Equatable {
    /// Briefings whose Markdown came from the manifest, and those rendered by cmark.
    public var markdownReused = 0
    public var markdownRendered = 0
    /// Output files kept from the previous output (same bytes, same inode), and those written anew.
    public var filesKept = 0
    public var filesWritten = 0
    /// Briefing pages read back from the previous output because none of their inputs changed.
    public var pagesReused = 0
    /// Listing pages (briefing list, author, topic and year pages) left as they were because nothing they show changed.
    public var listingPagesReused = 0
    /// Pages `check` did not scan again: their files are the ones the last check scanned (`ScanCache`).
    public var scansReused = 0
    /// Briefings whose new body (and title, summary and dates) was put in place in the files that show it, and nothing else built (see `BodyEdit`).
    public var bodiesEdited = 0
    /// Input files whose identity changed but not their bytes: only their identity was recorded again.
    public var inputsRefreshed = 0
    /// Of those, briefings whose new title was put in place wherever the site shows it.
    public var titlesEdited = 0
    /// Of those, briefings whose new summary was put in place wherever the site shows it.
    public var summariesEdited = 0
    /// Of those, briefings whose new `date` or `updated` was put in place wherever the site shows it.
    public var datesEdited = 0
    /// Of those, briefings whose new date moved them past others or into another month (`MoveEdit`).
    public var briefingsMoved = 0
    /// Briefings whose new topics were put in place (`TopicEdit`).
    public var topicsEdited = 0
    /// Briefings whose new authors were put in place (`AuthorEdit`).
    public var authorsEdited = 0
    /// Why an edit was not put in place (`BodyEdit`) and the site was built in full instead.
    public var editDeclined: String?
    /// Nothing the build reads changed since the last build, whose output is still in place: nothing was done.
    public var upToDate = false
    /// Why the cache was not used (damaged, other version); the build is complete regardless.
    public var warnings: [String] = []

    /// An empty report.
    public init() {}
}

/// The Markdown half of an incremental build: briefings whose key is in the manifest skip cmark.
struct MarkdownCache {
    /// Where the manifest lives; nil when the build is not incremental.
    let path: String?
    /// The site folder, to read again a body the load records left out.
    private let root: String
    private let clean: Bool
    /// Reads the manifest and store but writes neither (`BuildOptions.readsCacheOnly`).
    private let readOnly: Bool
    private let previous: Manifest?
    private(set) var report = CacheReport()
    /// The Markdown store being written beside the check stage (`startStore`).
    private var storeWrite: BackgroundWork?
    private var storeFailed = false

    /// Opens the manifest named by the options; `clean` ignores it (and the next save replaces it).
    init(_ options: BuildOptions) {
        self.init(options, read: MarkdownCache.read(options))
    }

    /// Opens the manifest that `read(options)` gave.
    init(_ options: BuildOptions, read: (Manifest?, warning: String?)) {
        path = options.manifest
        root = options.root
        clean = options.clean
        readOnly = options.readsCacheOnly
        previous = read.0
        if let warning = read.warning { report.warnings.append(warning) }
    }

    /// The manifest named by the options, or nothing when there is none or the build is `clean`.
    static func read(_ options: BuildOptions) -> (Manifest?, warning: String?) {
        guard let path = options.manifest, !options.clean else { return (nil, nil) }
        return Manifest.read(path)
    }

    /// True when unchanged output files may be kept from the previous output (`--clean` rewrites them all).
    var keepsUnchangedFiles: Bool { path != nil && !clean && !readOnly }

    /// Briefing pages of the previous build that may be read back from `output` instead of rendered.
    func pageCache(output: String) -> PageCache? {
        guard path != nil, !clean, let previous, previous.output == output, !previous.pages.isEmpty else { return nil }
        return PageCache(previous: previous.pages, output: output)
    }

    /// The cache key of a briefing's Markdown (`ContentHash`): its body, everything the renderer's options come from, and the version.
    ///
    /// The whole configuration goes in (not just the Markdown options) so that a new option read from
    /// `site.yml` can never be served from a stale entry; a changed title costs one full render.
    static func key(_ article: Article, config: SiteConfig) -> String {
        key(article, configText: String(reflecting: config))
    }

    /// The key with the configuration already described: reflecting it per briefing cost 0.5 s at 10,000.
    static func key(_ article: Article, configText: String) -> String {
        ContentHash.hex("\(siteGenVersion)\n\(configText)\n\(article.bodyHash)")
    }

    /// Every briefing's rendered Markdown, from the manifest where the key matches, else from cmark.
    /// The Markdown source is taken out of `site` and each body is released as soon as it is rendered:
    /// holding all of it beside the rendered documents set the peak of a 100,000-briefing build.
    mutating func documents(_ site: inout Site) -> (documents: [RenderedMarkdown], keys: [String]) {
        let configText = String(reflecting: site.config)
        var keys = parallelMap(site.articles) { MarkdownCache.key($0, configText: configText) }
        var bodies = site.articles.map(\.body)
        for i in site.articles.indices { site.articles[i].body = "" }
        var documents = keys.map { previous?.markdown[$0]?.rendered }
        let missing = documents.indices.filter { documents[$0] == nil }
        // A briefing from the load records came without its body; it is read only when its HTML is missing.
        let noBody = ContentHash.hex("")
        for i in missing where bodies[i].isEmpty && site.articles[i].bodyHash != noBody {
            bodies[i] = ContentLoader.body(of: site.articles[i], root: root)
            // A file edited since it was loaded is stored under the key of what was rendered, never the old one.
            site.articles[i].bodyHash = ContentHash.hex(bodies[i])
            keys[i] = MarkdownCache.key(site.articles[i], configText: configText)
        }
        let options = SiteRenderer.markdownOptions(site.config)
        let rendered = bodies.withUnsafeMutableBufferPointer { slots in
            let slots = UnsafeSendable(slots)
            // Each iteration owns one index, so releasing its body races with nothing.
            return parallelMap(missing) { i -> RenderedMarkdown in
                let document = Markdown.render(slots.value[i], options: options)
                slots.value[i] = ""
                return document
            }
        }
        bodies = []
        for (i, document) in zip(missing, rendered) { documents[i] = document }
        report.markdownReused = site.articles.count - missing.count
        report.markdownRendered = missing.count
        return (documents.map { $0! }, keys)
    }

    /// Starts writing the Markdown store once every page is made: each briefing's document by its
    /// key, its HTML only where `pages` (by briefing) says its page cannot give it back. The output
    /// must not change, nor the HTML go, until `finishStore`: HTML the store keeps may have to be read
    /// from the last build's pages.
    mutating func startStore(_ ctx: RenderContext, keys: [String], pages: [PageOfBody]) {
        guard let path, !readOnly else { return }
        let store = previous?.store ?? MarkdownStore()
        storeWrite = BackgroundWork {
            var live: [String: PageOfBody] = [:]
            var position: [String: Int] = [:]
            for (i, key) in keys.enumerated() where position[key] == nil {
                position[key] = i
                live[key] = pages[i]
            }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try store.save(live, document: { key in
                let i = position[key]!
                var document = CachedMarkdown(ctx.documents[i])
                // HTML whose page changed was rendered again (`RenderContext.bodyBytes`); the old page cannot give it.
                if let again = ctx.renderedAgain.html(i) { document.html = DocumentHTML(utf8: again) }
                return document
            }, to: path + ".markdown")
        }
    }

    /// Waits for the Markdown store to be on disk; a build must not end while it is being written.
    mutating func finishStore() {
        guard let work = storeWrite else { return }
        storeWrite = nil
        if let failure = work.wait() {
            report.warnings.append("cannot save the build cache: \(failure)")
            storeFailed = true
        }
    }

    /// Records this build's Markdown and pages; a failure to save only costs the next build time.
    mutating func save(_ site: Site, keys: [String], routes: Routes,
                       pages: [String: String] = [:], output: String = "") {
        guard let path, !readOnly else { return }
        var records: [String: Manifest.ArticleRecord] = [:]
        for (i, article) in site.articles.enumerated() {
            records[article.path] = .init(key: keys[i], page: routes.outputPath(routes.article(article.slug)))
        }
        // Nothing rendered and the same briefings: the manifest on disk already says all this, and
        // encoding it again cost 1.4 s of a 10,000-briefing no-op rebuild.
        if let previous, report.markdownRendered == 0, previous.articles == records,
           previous.pages == pages, previous.output == output { return }
        var manifest = Manifest()
        manifest.articles = records
        manifest.pages = pages
        manifest.output = output
        // The Markdown store first (`startStore`): if it failed, the old manifest stays, which costs renders only.
        finishStore()
        guard !storeFailed else { return }
        do { try manifest.write(to: path) } catch { report.warnings.append("cannot save the build cache: \(error)") }
    }
}

/// Work on its own thread whose end, and error, can be waited for.
final class BackgroundWork: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var failure: Error?

    /// Starts `work` at once.
    init(_ work: @escaping @Sendable () throws -> Void) {
        Thread.detachNewThread { [self] in
            do { try work() } catch { failure = error }
            done.signal()
        }
    }

    /// Blocks until the work has ended; its error, if it threw.
    func wait() -> Error? {
        done.wait()
        done.signal()
        return failure
    }
}
