import Foundation

/// What a build reads, where it writes and what it includes.
public struct BuildOptions: Sendable {
    /// The site folder holding `content/` and `theme/`.
    public var root: String
    /// Where the site goes; `root/output` by default.
    public var output: String
    public var load: LoadOptions
    /// Warnings fail the build too.
    public var strict: Bool
    /// Replaces `base_url` (the preview serves from its own address).
    public var baseURL: String?
    /// Scripts added to every page (the preview's live reload); never set by `build`.
    public var extraScripts: [String]
    /// The incremental build manifest (`ROOT/.sitegen-cache/…`); nil renders everything and rewrites every file.
    public var manifest: String?
    /// Ignore the manifest: render and write everything (the manifest is then rewritten).
    public var clean: Bool
    /// Read the manifest (load records, rendered Markdown, the pages it recorded in `output`) but write
    /// none of the build's cache files (`check`, which writes only its own, `ScanCache`).
    public var readsCacheOnly = false
    /// The `check` command's rules over the generated site, and its scan of every page's links; a build
    /// without them checks only the links written in Markdown (`BodyLinks`).
    public var siteChecks: SiteCheckOptions?
    /// False stops after Check: nothing is written (the `check` command).
    public var write: Bool
    /// Index the site with Pagefind for `/search/`; without Pagefind the build warns and leaves search out.
    public var search: Bool
    /// Where Pagefind bundles are kept by the content they index (`ROOT/.sitegen-cache/search`); nil indexes every time.
    public var searchCache: String?
    /// The process exits once the build returns (`sitegen build`): its values are left for the
    /// operating system to take back rather than freed one by one (see `Disposal`).
    public var exitsAfterBuild = false
    /// How recent an input may be for the build to record a no-op stamp (see `BuildStamp`); tests shorten it.
    var racyWindowNanos: Int64 = 2_000_000_000
    /// False makes every build after the first a full incremental one (tests of its caches).
    var editsInPlace = true

    /// Creates options.
    public init(root: String = ".", output: String? = nil, load: LoadOptions = LoadOptions(), strict: Bool = false,
                baseURL: String? = nil, extraScripts: [String] = [], manifest: String? = nil, clean: Bool = false,
                siteChecks: SiteCheckOptions? = nil, write: Bool = true, search: Bool = true,
                searchCache: String? = nil) {
        self.root = root
        self.output = output ?? join(root, "output")
        self.load = load
        self.strict = strict
        self.baseURL = baseURL
        self.extraScripts = extraScripts
        self.manifest = manifest
        self.clean = clean
        self.siteChecks = siteChecks
        self.write = write
        self.search = search
        self.searchCache = searchCache
    }
}

/// What a build did: its problems, what it wrote and how long each stage took.
public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// True when the output folder holds the site of these inputs: replaced by this build, or already
    /// current (`cache.upToDate`, and `files` is then empty).
    public var wrote: Bool
    public var pageCount: Int
    public var articleCount: Int
    /// Seconds per stage, in pipeline order.
    public var timings: [(stage: String, seconds: Double)]
    /// Processor seconds per stage (all threads), in the order of `timings`.
    public var processorTimes: [Double] = []
    /// The rendered site, for callers that check or serve it; empty for `check` (`checkSite`), which
    /// keeps each page's scan, not its bytes.
    public var files: [OutputFile]
    /// What the incremental cache reused and why it was ignored, if it was.
    public var cache = CacheReport()
}

/// Load → Index → Render → Check → Write. Nothing is written unless every stage before Write succeeded.
public func build(_ options: BuildOptions) throws -> BuildResult {
    do {
        return try buildOnce(options)
    } catch let damaged as StoreError where !options.clean {
        // The cache is only a cache: a briefing's HTML it cannot give back costs a full build, not a failure.
        var again = options
        again.clean = true
        var result = try buildOnce(again)
        result.cache.warnings.append("\(damaged); built everything again")
        return result
    }
}

/// One attempt at `build`.
private func buildOnce(_ options: BuildOptions) throws -> BuildResult {
    var clock = StageClock()
    // With a stamp on disk the scan is waited for here; without one it runs beside the Load stage.
    let (started, current) = clock.time("stamp") { () -> (BuildStamp.Start?, BuildStamp?) in
        let started = BuildStamp.Start(options)
        return (started, started?.current(options))
    }
    if let stamp = current {
        var report = CacheReport()
        report.upToDate = true
        return BuildResult(diagnostics: stamp.outcome.diagnostics, wrote: true, pageCount: stamp.outcome.pageCount,
                           articleCount: stamp.outcome.articleCount, timings: clock.timings, processorTimes: clock.cpu, files: [], cache: report)
    }
    var declined: String?
    if let started, var edited = BodyEdit.attempt(options, started: started, clock: &clock, declined: &declined) {
        (edited.timings, edited.processorTimes) = (clock.timings, clock.cpu)
        return edited
    }
    // Read while the load stage runs (0.12-0.14 s at 10,000 briefings, on one core).
    let lastManifest = Prefetch { MarkdownCache.read(options) }
    // `check` takes the scans of the pages unchanged since the last check from that check.
    let scansPath = options.siteChecks != nil && !options.write ? options.manifest.map { $0 + ".scans" } : nil
    let lastScans = scansPath.map { path in Prefetch { [output = options.output] in ScanCache.read(path, output: output) } }
    let cacheWrites = PendingWrites()
    defer { cacheWrites.finish() }
    let records = options.manifest.map {
        var use = ContentLoader.RecordsUse(path: $0 + ".articles", trust: !options.clean, racyWindowNanos: options.racyWindowNanos,
                                           writes: cacheWrites, readOnly: options.readsCacheOnly)
        // The briefing files as the stamp saw them: what this build describes, so load and stamp agree.
        if let scan = started?.scan {
            use.known = Dictionary(scan.files.lazy.filter { $0.path.hasPrefix("content/articles/") }.map { ($0.path, $0.identity) },
                                   uniquingKeysWith: { first, _ in first })
        }
        return use
    }
    var (loaded, diagnostics) = clock.time("load") { ContentLoader.load(root: options.root, options: options.load, records: records) }
    guard var site = loaded, !diagnostics.failsBuild(strict: options.strict) else {
        return BuildResult(diagnostics: diagnostics.sortedForReport(), wrote: false, pageCount: 0,
                           articleCount: loaded?.articles.count ?? 0, timings: clock.timings, processorTimes: clock.cpu, files: [])
    }
    if let base = options.baseURL { site.config.baseURL = base.hasSuffix("/") ? base : base + "/" }
    let index = clock.time("index") { SiteIndex(site) }
    var cache = clock.time("cache") { MarkdownCache(options, read: lastManifest.value) }
    defer { cache.finishStore() }
    // The loaded site would keep every Markdown body alive; `documents` takes them out of `site` one by one.
    loaded = nil
    var documents: [RenderedMarkdown]
    let keys: [String]
    (documents, keys) = clock.time("markdown") { cache.documents(&site) }
    // `check` renders the pages as the build it checks made them: with the search box when that build
    // left a Pagefind bundle in the output, so those pages are scanned there, not rendered again.
    let builtBundle = options.search && !options.write && options.siteChecks != nil ? SearchIndex.bundle(in: options.output) : []
    let indexing = options.search && options.write ? SearchIndex.locate(remembering: options.searchCache.map { $0 + "-pagefind" }) : nil
    let search = indexing ?? (builtBundle.isEmpty ? nil : SearchIndex.madeByBuild)
    var ctx = clock.time("events") {
        RenderContext(site: site, index: index, documents: documents, extraScripts: options.extraScripts, search: search)
    }
    // A briefing whose HTML the store finds in a page changed since is rendered from its file again.
    ctx.sourceRoot = options.root
    // From here the context holds the only copy of the HTML, so `releaseHTML` below can let it go.
    documents = []
    let staging = options.write ? try Staging(output: options.output, keepUnchanged: cache.keepsUnchangedFiles) : nil
    let rendered: SiteRenderer.Rendered
    var files: [OutputFile]
    let pageCache = cache.pageCache(output: options.output)
    // `check` writes nothing: each page is scanned as it is made and its bytes let go.
    let scanner = options.siteChecks != nil && staging == nil
        ? PageScanner(previous: lastScans?.value ?? ScanCache(), verified: pageCache?.verified) : nil
    // The scans for the next check are written beside the checks; a cache that cannot be written costs that check time, nothing else.
    var scansWrite: BackgroundWork?
    defer { _ = scansWrite?.wait() }
    do {
        rendered = try clock.time("pages") {
            try SiteRenderer.files(ctx, reusing: pageCache, sink: staging ?? scanner)
        }
        if let scanner, let scansPath, let kept = scanner.toKeep {
            let (strings, output) = (scanner.table.frozen, options.output)
            scansWrite = BackgroundWork { try ScanCache.write(kept, strings: strings, output: output, to: scansPath) }
        }
        files = rendered.files
        files += try clock.time("search") { try SearchIndex.run(indexing, over: files, cache: options.searchCache, beside: options.output) }
        files += builtBundle
    } catch {
        staging?.discard()
        throw error
    }
    // Every page and feed is made, and the old output is still as it was: the Markdown store is written
    // beside the check stage, and may read HTML from the old pages.
    cache.startStore(ctx, keys: keys, pages: rendered.bodies)
    diagnostics += Timeline.warnings(site, index: index) + (options.search && options.write && search == nil ? [SearchIndex.missingWarning] : [])
    var anchored: Set<String> = []
    // `sitegen build` and `sitegen check` exit once this returns, by either way out: freeing the site,
    // its caches and page records one by one took 40-60 ms at 10,000 briefings (see `Disposal`).
    defer {
        if options.exitsAfterBuild {
            Disposal.keepUntilExit(site, index, ctx, rendered, cache, lastManifest, lastScans as Any, scanner as Any, started as Any,
                                   anchored, keys, diagnostics, records as Any)
        }
    }
    diagnostics += clock.time("check") {
        // `check` scans every generated page; a build checks the links editors wrote (see `BodyLinks`).
        guard let checks = options.siteChecks else {
            let body = BodyLinks.check(files, ctx: ctx)
            anchored = body.anchored
            return body.diagnostics
        }
        let scan = SiteScan(files, scanned: scanner, basePath: ctx.routes.basePath)
        // Where each problem is reported, worked out once for every rule (a map of every briefing page).
        let places = PagePlaces(ctx)
        return LinkChecker.check(scan, ctx: ctx, places: places) + SiteChecks.check(scan, ctx: ctx, places: places, options: checks)
    }
    // The store has what it needs of the HTML (1 GB at 100,000 briefings, most of it let go as each
    // page was made); the rest goes before the write and manifest stages allocate theirs.
    clock.time("store") { cache.finishStore() }
    HeapTrim.run(afterReleasing: ctx.releaseHTML())
    diagnostics = diagnostics.sortedForReport()
    // What the caches gave this build, as they stand when it returns.
    func reuse(_ cache: MarkdownCache) -> CacheReport {
        var report = cache.report
        (report.pagesReused, report.listingPagesReused) = (rendered.reused, rendered.listingReused)
        report.scansReused = scanner?.fromCache ?? 0
        let again = ctx.renderedAgain.count
        (report.markdownRendered, report.markdownReused) = (report.markdownRendered + again, report.markdownReused - again)
        return report
    }
    guard let staging, !diagnostics.failsBuild(strict: options.strict) else {
        // A failed build's pages are still returned (the preview shows nothing of them, tests look at them).
        // Pages `check` scanned have no bytes left to give.
        let kept = scanner == nil ? files.map { $0.movedOut(of: staging) } : []
        staging?.discard()
        return BuildResult(diagnostics: diagnostics, wrote: false, pageCount: files.count, articleCount: site.articles.count,
                           timings: clock.timings, processorTimes: clock.cpu, files: kept, cache: reuse(cache))
    }
    // The edit base describes the output about to change; a build that stops halfway must not leave it behind.
    let editBasePath = options.manifest.map { $0 + ".edit" }
    if let editBasePath { unlink(editBasePath) }
    let written = try clock.time("write") { try OutputWriter.write(files, into: staging) }
    // The swapped-out output goes beside the manifest stage; the build waits for it before returning.
    let oldOutput = written.movedAside.map(OldOutput.start)
    // Pages put in the staging folder, or linked from the old output, are now in the output folder.
    files = files.map { $0.moved(to: options.output) }
    let outcome = BuildOutcome(nextPublication: site.nextPublication, diagnostics: diagnostics, pageCount: files.count,
                               articleCount: site.articles.count)
    clock.time("manifest") {
        let pages = cache.path == nil ? [:] : PageCache.written(rendered.fingerprints, in: options.output,
                                                                         known: staging.writtenIdentities.merging(pageCache?.verified.all ?? [:]) { written, _ in written })
        // Only a build without search can be followed by a body edit (Pagefind indexes whole sites).
        // The edit base and the manifest are encoded side by side: each took about half of this stage.
        var editBase: BackgroundWork?
        if let started, let editBasePath, !options.search {
            let (settings, racyWindow, files, ctx, anchored, root) = (BuildStamp.settings(options), options.racyWindowNanos, files, ctx,
                                                                      anchored, options.root)
            let (described, shown, output) = (rendered.described, rendered.shown, options.output)
            editBase = BackgroundWork {
                let base = EditBase.encode(settings: settings, outcome: outcome, ctx: ctx, root: root, scan: started.scan,
                                           recentNanos: started.startNanos - racyWindow, files: files, pageRecords: pages,
                                           described: described, shown: shown, anchored: anchored, output: output)
                // Without a base the next edit is a full build, so a failure to write one is not reported.
                try? EditBase.write(base, to: editBasePath)
            }
        }
        cache.save(site, keys: keys, routes: ctx.routes, pages: pages, output: options.output)
        _ = editBase?.wait()
    }
    clock.time("tidy") { _ = oldOutput?.wait() }
    started?.record(options, outcome: outcome)
    var report = reuse(cache)
    report.editDeclined = declined
    (report.filesKept, report.filesWritten) = (written.kept, written.written)
    return BuildResult(diagnostics: diagnostics, wrote: true, pageCount: files.count, articleCount: site.articles.count,
                       timings: clock.timings, processorTimes: clock.cpu, files: files, cache: report)
}

/// Times each stage of a build.
struct StageClock {
    private(set) var timings: [(stage: String, seconds: Double)] = []
    /// Processor seconds (user and system, all threads) per stage: with `timings`, how parallel each stage ran.
    private(set) var cpu: [Double] = []

    mutating func time<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = StageClock.processorSeconds()
        let result = try body()
        timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        cpu.append(StageClock.processorSeconds() - cpuStart)
        return result
    }

    static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
