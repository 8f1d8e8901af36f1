/// What `sitegen check` adds to the link check every build runs.
public struct SiteCheckOptions: Sendable {
    /// Also request every external link (off by default: CI has no network).
    public var external: Bool
    /// Seconds to wait for each external link.
    public var timeout: Double

    /// Creates options; external links are not checked unless asked.
    public init(external: Bool = false, timeout: Double = 5) {
        self.external = external
        self.timeout = timeout
    }
}

/// The `check` rules over a whole generated site: content rules, orphans, and (if asked) external links.
public enum SiteChecks {
    /// Every problem the rules find, in no particular order (the build sorts them).
    static func check(_ scan: SiteScan, ctx: RenderContext, places: PagePlaces, options: SiteCheckOptions) -> [Diagnostic] {
        var diagnostics = ContentChecks.check(ctx.site, summaries: ctx.summaries)
        diagnostics += Orphans.check(scan, places: places)
        if options.external { diagnostics += ExternalLinks.check(scan, ctx: ctx, places: places, timeout: options.timeout) }
        return diagnostics
    }
}

/// Runs a build that stops before Write with every `check` rule on: what `sitegen check` prints.
/// With `options.manifest`, unchanged briefings come from the last build's records and rendered
/// Markdown, which `check` reads but never writes.
public func checkSite(_ options: BuildOptions, checks: SiteCheckOptions = SiteCheckOptions()) throws -> BuildResult {
    var options = options
    options.siteChecks = checks
    options.write = false
    options.readsCacheOnly = true
    return try build(options)
}
