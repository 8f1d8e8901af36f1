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

    /// Creates options.
    public init(root: String = ".", output: String? = nil, load: LoadOptions = LoadOptions(), strict: Bool = false,
                baseURL: String? = nil, extraScripts: [String] = []) {
        self.root = root
        self.output = output ?? join(root, "output")
        self.load = load
        self.strict = strict
        self.baseURL = baseURL
        self.extraScripts = extraScripts
    }
}

/// What a build did: its problems, what it wrote and how long each stage took.
public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// True when the new site replaced the output folder.
    public var wrote: Bool
    public var pageCount: Int
    public var articleCount: Int
    /// Seconds per stage, in pipeline order.
    public var timings: [(stage: String, seconds: Double)]
    /// The rendered site, for callers that check or serve it.
    public var files: [OutputFile]
}

/// Load → Index → Render → Check → Write. Nothing is written unless every stage before Write succeeded.
public func build(_ options: BuildOptions) throws -> BuildResult {
    var clock = StageClock()
    var (loaded, diagnostics) = clock.time("load") { ContentLoader.load(root: options.root, options: options.load) }
    guard var site = loaded, !diagnostics.failsBuild(strict: options.strict) else {
        return BuildResult(diagnostics: diagnostics.sortedForReport(), wrote: false, pageCount: 0,
                           articleCount: loaded?.articles.count ?? 0, timings: clock.timings, files: [])
    }
    if let base = options.baseURL { site.config.baseURL = base.hasSuffix("/") ? base : base + "/" }
    let index = clock.time("index") { SiteIndex(site) }
    let documents = clock.time("markdown") { SiteRenderer.documents(site) }
    let ctx = RenderContext(site: site, index: index, documents: documents, extraScripts: options.extraScripts)
    let files = clock.time("pages") { SiteRenderer.files(ctx) }
    diagnostics += clock.time("check") { LinkChecker.check(files, ctx: ctx) }
    diagnostics = diagnostics.sortedForReport()
    guard !diagnostics.failsBuild(strict: options.strict) else {
        return BuildResult(diagnostics: diagnostics, wrote: false, pageCount: files.count, articleCount: site.articles.count,
                           timings: clock.timings, files: files)
    }
    _ = try clock.time("write") { try OutputWriter.write(files, to: options.output) }
    return BuildResult(diagnostics: diagnostics, wrote: true, pageCount: files.count, articleCount: site.articles.count,
                       timings: clock.timings, files: files)
}

/// Times each stage of a build.
struct StageClock {
    private(set) var timings: [(stage: String, seconds: Double)] = []

    mutating func time<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        return result
    }
}
