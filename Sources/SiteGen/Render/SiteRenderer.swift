import Dispatch

/// The Render stage: Markdown of every briefing, then every page, feed and asset as `OutputFile`s.
public enum SiteRenderer {
    /// Renders every briefing's Markdown; parses are serialised inside `Markdown`, the rest runs in parallel.
    public static func documents(_ site: Site) -> [RenderedMarkdown] {
        let options = MarkdownOptions(unsafeHTML: site.config.unsafeHTML, smart: site.config.smartPunctuation,
                                      linkBase: site.config.basePath)
        return parallelMap(site.articles) { Markdown.render($0.body, options: options) }
    }

    /// Every file of the site, sorted by path.
    public static func files(_ ctx: RenderContext) -> [OutputFile] { files(ctx, reusing: nil).files }

    /// Every file of the site, sorted by path, with the fingerprint of each briefing page; briefing pages
    /// whose fingerprint matches `cache` are read back instead of rendered.
    public static func files(_ ctx: RenderContext, reusing cache: PageCache?) -> (files: [OutputFile], fingerprints: [String: String], reused: Int) {
        let global = PageFingerprint.global(ctx)
        let pages = parallelMap(Array(ctx.site.articles.indices)) { i -> (OutputFile, String, Bool) in
            let related = Related.find(i, in: ctx.site, index: ctx.index)
            let fingerprint = PageFingerprint.article(i, ctx, global: global, related: related)
            let path = ctx.routes.outputPath(ctx.routes.article(ctx.site.articles[i].slug))
            if let old = cache?.page(path, fingerprint: fingerprint) { return (old, fingerprint, true) }
            return (ArticlePages.render(i, ctx, related: related), fingerprint, false)
        }
        var fingerprints: [String: String] = [:]
        for (file, fingerprint, _) in pages { fingerprints[file.path] = PageCache.record(fingerprint, file) }
        var files = pages.map(\.0)
        files += ListPages.render(ctx)
        files += TopicPages.render(ctx)
        files += TimelinePages.render(ctx) + EventPages.render(ctx) + GlossaryPages.render(ctx) + SearchPage.render(ctx)
        files += FeedPages.render(ctx, pages: files)
        files += ctx.assets.files
        return (files.sorted { $0.path < $1.path }, fingerprints, pages.filter(\.2).count)
    }
}

/// Maps in parallel over all cores, keeping the order of `items`.
func parallelMap<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
    guard items.count > 1 else { return items.map(transform) }
    return withoutActuallyEscaping(transform) { transform in
        var results = [R?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { slots in
            let slots = UnsafeSendable(slots)
            let work = UnsafeSendable(transform)
            let input = UnsafeSendable(items)
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                slots.value[i] = work.value(input.value[i])
            }
        }
        return results.map { $0! }
    }
}
