import Templates

/// Makes the pages an edit adds to the output (a new author's page, a topic's new last page) with the
/// templates a full build uses, in the frame a full build gives every page (`RenderContext.frame`:
/// the configuration, the theme's fingerprinted files, the scripts every page loads).
struct EditPageMaker {
    let context: RenderContext

    /// A maker for the site at `root` whose pages load `extraScripts`.
    init(config: SiteConfig, root: String, extraScripts: [String]) {
        let site = Site(config: config, topics: [], articles: [], themeFiles: ContentLoader.loadTheme(root: root).0)
        context = RenderContext(site: site, index: SiteIndex(site), documents: [], extraScripts: extraScripts)
    }

    /// True when `page`, as the last build wrote it, has the frame this maker gives a page titled
    /// `title` at `href`: pages made here are then framed as a full build frames them.
    func frames(_ page: [UInt8], title: String, description: String? = nil, href: String, section: String) -> Bool {
        let slots = layoutSlots(context.frame(title: title, description: description, href: href, section: section))
        let (before, after) = (Array(slots.before.rendered.utf8), Array(slots.after.rendered.utf8))
        return page.count >= before.count + after.count && page.starts(with: before) && page.suffix(after.count).elementsEqual(after)
    }

    /// A listing page at `href`: `view` (whose cards are ignored) framed, with `cards`, runs cut from
    /// pages as written, for its list; nil when the template's list is not where `CardRuns` looks.
    func listing(title: String, description: String? = nil, href: String, section: String, view: ListPageView,
                 cards: [[UInt8]]) -> [UInt8]? {
        var view = view
        // A card of the template's shape marks where the cards go.
        view.cards = [ArticleCard(title: "", href: "", dateISO: nil, dateText: nil, summary: "", authors: [], topics: [])]
        let frame = context.frame(title: title, description: description, href: href, section: section)
        let bytes = Array(layoutPage(frame, main: listPage(view)).rendered.utf8)
        guard let list = CardRuns.list(in: bytes), list.cards.count == 1 else { return nil }
        return Array(bytes[..<list.inside.lowerBound]) + cards.joined() + bytes[list.inside.upperBound...]
    }
}
