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
    public static func files(_ ctx: RenderContext) -> [OutputFile] {
        var files = parallelMap(Array(ctx.site.articles.indices)) { ArticlePages.render($0, ctx) }
        files += ListPages.render(ctx)
        files += TopicPages.render(ctx)
        files += TimelinePages.render(ctx) + EventPages.render(ctx) + GlossaryPages.render(ctx) + SearchPage.render(ctx)
        files += FeedPages.render(ctx, pages: files)
        files += ctx.assets.files
        return files.sorted { $0.path < $1.path }
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
