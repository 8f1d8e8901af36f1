import Foundation
import Templates

/// Listing pages (the paginated briefing list, author, topic and year pages) of the previous build,
/// reused when everything their template would receive is unchanged.
///
/// A listing page's fingerprint is the site-wide part (`PageFingerprint.global`), its frame, the
/// family's own inputs (heading, introduction, pagination) and a key per card it lists. A card key
/// covers every field the card shows, so a briefing's new title or summary changes exactly the
/// listing pages that show it. Pages that list every briefing or every event (home, timeline,
/// events, glossary, feeds, sitemap) are assembled on every build.
final class PageReuse: @unchecked Sendable {
    private let cache: PageCache?
    private let global: String
    /// `PageFingerprint.card` of each briefing, by index.
    let cardKeys: [String]
    private let lock = NSLock()
    private var records: [String: String] = [:]
    private var listed: [String: [Int]] = [:]
    private var reusedCount = 0

    /// Prepares reuse against `cache` (nil renders everything but still records fingerprints).
    init(_ ctx: RenderContext, global: String, cache: PageCache?) {
        self.cache = cache
        self.global = global
        cardKeys = parallelMap(Array(ctx.site.articles.indices)) { PageFingerprint.card(ctx.cards[$0]) }
    }

    /// The page at `href`, showing the titles of `showing`: the previous build's when its fingerprint
    /// matches, else `main` rendered in `frame`.
    func page(_ href: String, frame: PageFrame, inputs: [String], showing: [Int], ctx: RenderContext, main: () -> HTML) -> OutputFile {
        let path = ctx.routes.outputPath(href)
        let fingerprint = ContentHash.hex(([global, PageFingerprint.frame(frame)] + inputs).joined(separator: "\u{1}"))
        let reused = cache?.page(path, fingerprint: fingerprint)
        let file = ctx.staged(reused ?? OutputFile(path: path, text: layoutPage(frame, main: main()).rendered))
        let record = PageCache.record(fingerprint, file)
        lock.withLock {
            records[path] = record
            listed[path] = showing
            if reused != nil { reusedCount += 1 }
        }
        return file
    }

    /// Fingerprints of the listing pages made so far and the cards each lists, by output path, and how many were reused.
    var outcome: (records: [String: String], reused: Int, listed: [String: [Int]]) { lock.withLock { (records, reusedCount, listed) } }
}

extension RenderContext {
    /// A listing page that may be reused from the last build (see `PageReuse`); `inputs` must name
    /// everything `main` shows besides the frame and the cards listed in `cards`. Pagination is named
    /// by the page number and count (the hrefs follow from them): listing every href on every page
    /// made fingerprinting quadratic in the archive. `alsoShowing` names briefings whose titles the page
    /// shows outside cards (covered by `inputs`), for a title edit (`EditBase`).
    func listingPage(_ href: String, frame: PageFrame, inputs: [String], cards: [Int], alsoShowing: [Int] = [],
                     main: () -> HTML) -> OutputFile {
        guard let reuse else { return page(href, frame: frame, main: main()) }
        return reuse.page(href, frame: frame, inputs: inputs + cards.map { reuse.cardKeys[$0] }, showing: cards + alsoShowing, ctx: self,
                          main: main)
    }
}
