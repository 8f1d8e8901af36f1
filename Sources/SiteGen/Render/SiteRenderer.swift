import Dispatch

/// The Render stage: Markdown of every briefing, then every page, feed and asset as `OutputFile`s.
public enum SiteRenderer {
    /// Renders every briefing's Markdown on every core (`Markdown` serialises parses only where it must).
    public static func documents(_ site: Site) -> [RenderedMarkdown] {
        let options = markdownOptions(site.config)
        return parallelMap(site.articles) { Markdown.render($0.body, options: options) }
    }

    /// How the site's configuration asks briefings' Markdown to be rendered.
    static func markdownOptions(_ config: SiteConfig) -> MarkdownOptions {
        MarkdownOptions(unsafeHTML: config.unsafeHTML, smart: config.smartPunctuation, linkBase: config.basePath)
    }

    /// Every file of the site, sorted by path.
    public static func files(_ ctx: RenderContext) -> [OutputFile] {
        // Without a staging folder nothing can fail.
        (try? files(ctx, reusing: nil).files) ?? []
    }

    /// What `files` made: every file, the fingerprint record of each reusable page by path, how many
    /// briefing and listing pages were reused from the last build, each briefing's `describe` hash,
    /// which briefings' titles each page shows (`Shown`, for `EditBase`), and what each briefing's
    /// page says of where its HTML can be found again (for the Markdown store).
    typealias Rendered = (files: [OutputFile], fingerprints: [String: String], reused: Int, listingReused: Int, described: [String],
                          shown: Shown, bodies: [PageOfBody])

    /// The briefings whose cards or titles the briefing and listing pages show besides their own:
    /// each briefing's related briefings, by index, and the cards of each listing page, by output path.
    struct Shown: Sendable {
        var related: [[Int]] = []
        /// How far each briefing's related walk reached (`Related.walk`).
        var reach: [Int] = []
        var listed: [String: [Int]] = [:]
    }

    /// One job of the page pool: a listing family's files, or one briefing page.
    private enum Made {
        case family([OutputFile])
        /// The page, its `PageCache` record, where it keeps the HTML, its related briefings, how far
        /// their walk reached, and its sitemap date.
        case article(Result<(OutputFile, String, PageOfBody, [Int], Int, String?), Error>)
    }

    /// Every file of the site, sorted by path, with the fingerprint of each briefing page; briefing pages
    /// whose fingerprint matches `cache` are left in the previous output instead of rendered. With a
    /// `sink`, pages go there as they are made and come back without their bytes.
    static func files(_ ctx: RenderContext, reusing cache: PageCache?,
                      sink: (any PageSink)? = nil) throws -> Rendered {
        let global = PageFingerprint.global(ctx)
        let described = PageFingerprint.described(ctx)
        // The listing families read only the context; feeds need no page of this build.
        var listing = ctx
        listing.reuse = PageReuse(ctx, global: global, cache: cache)
        listing.sink = sink
        let families: [@Sendable (RenderContext) -> [OutputFile]] = [
            ListPages.render, TopicPages.render, TimelinePages.render, EventPages.render, FeedPages.feeds, GlossaryPages.render,
            SearchPage.render,
        ]
        // One pool for families and briefing pages: the briefing pages on both sides of the families
        // (the largest first) fill both cores to the end. As two stages, one core idled for a third of
        // the listing pages (ListPages alone is half their work) and for all of the feeds.
        let articleCount = ctx.site.articles.count
        let carried = FeedPages.carried(ctx)
        // The families come after 60 % of the briefing pages, which have let their HTML go by then:
        // the families' allocations (RSS grew 0.35 GB in their first seconds at 100,000 briefings) take
        // its place instead of adding to it. First in the pool, they set the build's peak: 1,796-1,842 MiB
        // against 1,494-1,674 MiB, in the same time.
        let familiesAt = articleCount * 3 / 5
        let made = parallelMap(Array(0..<(families.count + articleCount))) { job -> Made in
            if job >= familiesAt && job < familiesAt + families.count { return .family(families[job - familiesAt](listing)) }
            let i = job < familiesAt ? job : job - families.count
            let (related, reach) = Related.walk(i, topics: ctx.site.articles[i].topics, index: ctx.index.topics)
            let fingerprint = PageFingerprint.article(i, ctx, global: global, related: related, described: described)
            let path = ctx.routes.outputPath(ctx.routes.article(ctx.site.articles[i].slug))
            let old = cache?.page(path, fingerprint: fingerprint)
            let (page, givesHTML) = old.map { ($0, false) } ?? ArticlePages.page(i, ctx, related: related)
            // Its own page was the last to show this HTML, and holds it for the store; the feeds, made
            // beside, read theirs. HTML no page holds stays for the store (`RenderContext.releaseHTML`).
            if givesHTML, !carried.contains(i) {
                ctx.documents[i].markup.letGo()
                ctx.renderedAgain.letGo(i)
            }
            let article = ctx.site.articles[i]
            let lastmod = (article.updated ?? article.date)?.isoDay
            return .article(Result {
                var placed = try sink?.put(page) ?? page
                placed.bodySlot = page.bodySlot
                let hash = placed.contentHash
                let body: PageOfBody = old != nil ? .reused(path: path, hash: hash)
                    : .made(givesHTML ? .page(path: path, hash: hash) : .inline)
                return (placed, PageCache.record(fingerprint, placed), body, related, reach, lastmod)
            })
        }
        var fingerprints: [String: String] = [:]
        fingerprints.reserveCapacity(articleCount)
        var files: [OutputFile] = []
        files.reserveCapacity(made.count + articleCount / 3)
        var reused = 0
        var bodies: [PageOfBody] = []
        bodies.reserveCapacity(articleCount)
        var shown = Shown()
        shown.related.reserveCapacity(articleCount)
        shown.reach.reserveCapacity(articleCount)
        var listed: [OutputFile] = []
        var lastmods: [String: String] = [:]
        lastmods.reserveCapacity(articleCount)
        for result in made {
            switch result {
            case .family(let family):
                listed += family
            case .article(let result):
                let (file, record, body, related, reach, lastmod) = try result.get()
                shown.related.append(related)
                shown.reach.append(reach)
                bodies.append(body)
                fingerprints[file.path] = record
                lastmods[file.path] = lastmod
                files.append(file)
                if case .reused = body { reused += 1 }
            }
        }
        files += listed
        let (listingRecords, listingReused, listedCards) = listing.reuse!.outcome
        shown.listed = listedCards
        fingerprints.merge(listingRecords) { first, _ in first }
        files += FeedPages.render(ctx, pages: files, lastmods: lastmods)
        files += ctx.assets.files
        if let failure = ctx.unreadable.first { throw failure }
        return (files.sorted { $0.path < $1.path }, fingerprints, reused, listingReused, described, shown, bodies)
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
