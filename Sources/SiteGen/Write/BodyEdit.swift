import Foundation

/// The edit fast path: when the only inputs that changed since the last build are briefings whose
/// front matter, but for the title, the summary and the dates, and every fact other pages draw from
/// their body (`EditBase.facts`), are unchanged, the only bytes of the site that change are those
/// bodies' HTML in their own pages and in the feeds, those titles where pages, feeds and data files
/// show them (`TitlePlaces`), those summaries where pages and feeds show them (`SummaryPlaces`), and
/// those dates where pages, feeds and the sitemap show them (`DatePlaces`). Those are rewritten in
/// place; nothing else is loaded, indexed or rendered. One briefing's new topics or authors alone
/// (`FrontMatterEdit`), or one briefing's date that moves it (`MoveEdit`), are put in place after the bodies.
///
/// A one-briefing edit at 10,000 briefings was 1.4–1.9 s as a full incremental build, each stage a
/// pass over the whole site; this reads one base file, renders the edited Markdown and rewrites the
/// files that carry it. Anything it cannot prove unchanged (a new or removed file, another input,
/// other front matter, a title another briefing has, a heading, a link, a dated sentence, a file in
/// the output that is not as recorded, a problem reported for the briefing) sends the build down the
/// full path instead.
enum BodyEdit {
    /// At most this many changed briefings are patched; more is a full build, which shares the work out.
    static let maxEdits = 32

    /// Why an edit was not put in place; `-v` prints it.
    struct Declined: Error {
        var reason: String
    }

    /// The build's result when the edit could be applied in place; otherwise nil, and why in `declined`.
    static func attempt(_ options: BuildOptions, started: BuildStamp.Start, clock: inout StageClock,
                        declined: inout String?) -> BuildResult? {
        guard options.editsInPlace, !options.clean, !options.search, options.write, options.siteChecks == nil,
              let manifest = options.manifest else {
            return nil
        }
        var why: String?
        let result = clock.time("edit") { () -> BuildResult? in
            guard let base = EditBase.read(manifest + ".edit") else {
                why = "no record of the last build's pages"
                return nil
            }
            switch plan(options, started: started, base: base) {
            case .failure(let no):
                why = no.reason
                return nil
            case .success(var plan):
                // The plan gives up its base, so the rows are patched in the one copy (8 MB at 10,000 briefings).
                var next = plan.base
                plan.base = base
                return apply(plan, next: &next, base: base, options: options, started: started, basePath: manifest + ".edit")
            }
        }
        declined = result == nil ? why ?? "an output file could not be replaced" : nil
        return result
    }

    /// New bytes for each file that changes, and the base as it will be once they are written.
    struct Plan {
        var pages: EditPages
        var base: EditBase
        var rendered: Int
        var retitled: Int
        var resummarised: Int
        var redated: Int
        var retopiced: Int
        var reauthored: Int
        var moved: Int
        /// Inputs whose identity changed but not their bytes.
        var refreshed: Int
        /// Output files found with the recorded bytes under another identity, by row, besides those the edit read.
        var reidentified: [Int: EditBase.OutputIdentity] = [:]
    }

    /// Works out the new bytes of every page, feed and data file that carries a changed body, title,
    /// summary or date; a failure when anything else changed.
    static func plan(_ options: BuildOptions, started: BuildStamp.Start, base: EditBase) -> Result<Plan, Declined> {
        func no(_ reason: String) -> Result<Plan, Declined> { .failure(Declined(reason: reason)) }
        guard base.settings == BuildStamp.settings(options) else { return no("the build settings or SiteGen changed") }
        if base.outcome.publicationDue(options.load) { return no("a future briefing is due") }
        guard noBuildLeftBehind(options.output) else { return no("an earlier build was interrupted") }
        guard let (identities, entriesAt) = base.changes(started.scan) else { return no("files were added or removed") }
        let (touched, changes) = InputHashes.sort(identities, scan: started.scan, root: options.root)
        guard changes.count <= maxEdits else { return no("more than \(maxEdits) files changed") }
        // Without an edit no page is read, so none would be checked: every page must be as the base records it.
        var reidentified: [Int: EditBase.OutputIdentity] = [:]
        if changes.isEmpty {
            guard !touched.isEmpty, let moved = base.outputAsRecorded(options.output) else { return no("no input changed, but the output did") }
            reidentified = moved
        }
        let reported = Set(base.outcome.diagnostics.map(\.path))

        guard let configBytes = try? readWholeFile(join(options.root, "content/site.yml")),
              var config = ConfigDecoder.decode(path: "content/site.yml", bytes: configBytes).0 else {
            return no("content/site.yml cannot be read")
        }
        if let url = options.baseURL { config.baseURL = url.hasSuffix("/") ? url : url + "/" }
        let markdown = SiteRenderer.markdownOptions(config)
        let routes = Routes(config)

        var next = base
        var pages = EditPages(base: base, output: options.output)
        var newTitles: Set<Int> = []
        var redescribed: [(old: EditBase.Entry, new: EditBase.Entry)] = []
        var (retitled, resummarised, redated, retopiced, reauthored) = (0, 0, 0, 0, 0)
        var pending: (edit: FrontMatterEdit, article: Article, entry: EditBase.Entry, describe: String)?
        var moving: (edit: MoveEdit, entry: EditBase.Entry)?
        var namesLater: EditBase.AuthorTable?
        var feedsLater: [EditBase.Feed] = []
        let recentNanos = started.startNanos - options.racyWindowNanos
        for file in touched {
            let identity = started.scan.files[file.index].identity
            next.setInput(at: file.at, identity.newestNanos < recentNanos ? identity : nil, hash: file.recorded)
        }
        for change in changes {
            let file = started.scan.files[change.index]
            guard file.path.hasPrefix("content/articles/"), let entry = base.entry(file.path, entriesAt: entriesAt) else {
                return no("\(file.path) is not a published briefing whose page no link points into")
            }
            guard !reported.contains(file.path) else { return no("the last build reported a problem in \(file.path)") }
            guard let bytes = change.bytes else { return no("\(file.path) cannot be read") }
            let (decoded, problems) = ArticleDecoder.decode(path: file.path, bytes: bytes)
            guard let article = decoded, problems.isEmpty else { return no("\(file.path) has a problem") }
            guard published(article, options.load) else { return no("\(file.path) is no longer published") }
            var places: TitlePlaces?
            var summaryPlaces: SummaryPlaces?
            let describe = ContentHash.hex(PageFingerprint.describe(article))
            let summary = Summaries.explicit(article)
            var listEdit: FrontMatterEdit?
            if describe != entry.describe, EditBase.rest(article) != entry.rest {
                guard pending == nil else { return no("the topics or authors of more than one briefing changed") }
                switch FrontMatterEdit.make(article, entry: entry, base: base, root: options.root, routes: routes, config: config,
                                            extraScripts: options.extraScripts) {
                case .failure(let why): return .failure(why)
                case .success(let edit): listEdit = edit
                }
            }
            if summary != entry.summary {
                // Without an editor's summary the page shows the lead instead, in other places.
                guard !summary.isEmpty, !entry.summary.isEmpty else { return no("a summary was added to or removed from \(file.path)") }
                summaryPlaces = SummaryPlaces(old: entry.summary, new: summary, href: routes.article(article.slug))
            }
            if article.title != entry.title {
                // A title another briefing has is reported; the site's own title makes a different page title.
                let key = EditBase.titleKey(article.title)
                guard article.title != config.title, entry.title != config.title,
                      key == EditBase.titleKey(entry.title) || (!base.hasTitleKey(key) && newTitles.insert(key).inserted) else {
                    return no("the new title of \(file.path) is the site's or another briefing's")
                }
                let href = routes.article(article.slug)
                places = TitlePlaces(old: entry.title, new: article.title, href: href, absolute: routes.absolute(href),
                                     siteTitle: config.title, dated: article.date != nil)
            }
            var datePlaces: DatePlaces?
            switch DatePlaces.edit(article, entry: entry, base: base, config: config, routes: routes) {
            case .failure(let why): return .failure(why)
            case .success(let places): datePlaces = places
            }
            if let datePlaces {
                // Each date is checked against its neighbours' as the last build recorded them.
                redated += 1
                guard redated == 1 else { return no("the dates of more than one briefing changed") }
                if datePlaces.moves {
                    // Cards are cut from the pages as they are, after every title, summary and date is put in them.
                    guard listEdit == nil else { return no("the date of \(file.path) moves it, with other front matter") }
                    switch MoveEdit.make(article, entry: entry, base: base, entriesAt: entriesAt, root: options.root, routes: routes,
                                         config: config, extraScripts: options.extraScripts) {
                    case .failure(let why): return .failure(why)
                    case .success(let edit): moving = (edit, entry)
                    }
                }
            }
            let doc = Markdown.render(article.body, options: markdown)
            guard EditBase.facts(doc) == entry.facts else {
                return no("a heading, link, dated sentence, acronym, the lead or the reading time of \(file.path) changed")
            }
            let body = ArticlePages.pageBody(doc.html, expansions: base.expansions)
            guard let page = pages.page(entry.row), let slot = page.slot,
                  let spliced = BodySlots.splicePage(page.bytes, slot: slot, body: body)
            else { return no("the page of \(file.path) is not as the last build wrote it") }
            pages.set(entry.row, bytes: spliced.bytes, slot: spliced.slot)
            for carried in entry.feeds {
                let feed = base.feeds[carried.feed]
                guard let bytes = pages.page(feed.row)?.bytes else { return no("\(feed.path) is not as the last build wrote it") }
                let spliced = feed.path.hasSuffix(".json")
                    ? BodySlots.spliceJSON(bytes, entry: carried.entry, html: doc.html)
                    : BodySlots.spliceAtom(bytes, entry: carried.entry, html: doc.html)
                guard let spliced else { return no("\(feed.path) has no entry \(carried.entry + 1)") }
                pages.set(feed.row, bytes: spliced, slot: nil)
            }
            if let places {
                if let why = retitle(places, entry: entry, base: base, pages: &pages) { return no(why) }
                retitled += 1
            }
            if let summaryPlaces {
                if let why = resummarise(summaryPlaces, entry: entry, base: base, pages: &pages) { return no(why) }
                resummarised += 1
            }
            if let datePlaces {
                // After the title: the citations it finds carry the new title.
                if let why = redate(datePlaces, entry: entry, base: base, pages: &pages) { return no(why) }
                if let date = article.date, date.rfc3339 != entry.date { next.setEpoch(at: entry.position, date.epochSeconds) }
            }
            if let listEdit {
                // Put in place once every body is: it needs the front matter of every other briefing unchanged.
                pending = (listEdit, article, entry, describe)
            } else if describe != entry.describe {
                var new = entry
                (new.title, new.summary, new.describe) = (article.title, summary, describe)
                (new.date, new.updated) = (article.date?.rfc3339 ?? "", article.updated?.rfc3339 ?? "")
                redescribed.append((entry, new))
            }
            next.setInput(at: change.at, file.identity.newestNanos < recentNanos ? file.identity : nil, hash: change.hash)
        }
        if let (edit, entry) = moving {
            guard pending == nil else { return no("the date of \(entry.path) moves it, with another briefing's topics or authors") }
            // After every body, title, summary and date: the cards it moves carry them.
            switch edit.put(pages: &pages, base: base, entriesAt: entriesAt, path: entry.path) {
            case .failure(let why): return .failure(why)
            case .success(let outcome):
                guard edit.record(outcome, base: &next, entriesAt: entriesAt) else { return no("the base cannot record the move") }
                var shown = edit.shown(pages, always: Set(base.alwaysRows))
                shown.feeds = outcome.feeds
                // Entries already redescribed take their rows and new place here, not as a second change.
                let touched = Set(redescribed.map(\.old.position))
                guard let others = shown.redescribed(besides: entry.position, base: base, entriesAt: entriesAt) else {
                    return no("the entries of the briefings whose cards moved cannot be read")
                }
                func moved(_ pair: (old: EditBase.Entry, new: EditBase.Entry)) -> (old: EditBase.Entry, new: EditBase.Entry) {
                    var new = pair.new
                    new.shownOn = shown.rows(pair.old.shownOn, of: pair.old.position)
                    new.feeds = shown.carried(pair.old.feeds, of: pair.old.position)
                    new.position = edit.newPosition(pair.old.position)
                    return (pair.old, new)
                }
                redescribed = redescribed.map(moved) + others.filter { !touched.contains($0.old.position) }.map(moved)
            }
        }
        if let (edit, article, entry, describe) = pending {
            // Cards and related lists are cut from the pages as they are: other titles, summaries and dates must stand.
            guard redescribed.isEmpty else { return no("the topics or authors of \(article.path) changed with other front matter") }
            switch edit.put(article, entry: entry, base: base, entriesAt: entriesAt, pages: &pages, next: &next, namesLater: &namesLater,
                            feedsLater: &feedsLater) {
            case .failure(let why): return .failure(why)
            case .success(let shown):
                guard let others = shown.redescribed(besides: entry.position, base: next, entriesAt: entriesAt) else {
                    return no("the entries of the briefings whose cards moved cannot be read")
                }
                var new = entry
                (new.rest, new.describe) = (EditBase.rest(article), describe)
                new.shownOn = shown.rows(entry.shownOn, of: entry.position)
                new.feeds = shown.carried(entry.feeds, of: entry.position)
                redescribed = others + [(entry, new)]
                if edit.isTopics { retopiced = 1 } else { reauthored = 1 }
            }
        }
        for edit in redescribed.sorted(by: { $0.old.at.lowerBound > $1.old.at.lowerBound }) {
            next.redescribe(edit.old, as: edit.new)
        }
        if let table = namesLater {
            guard let grown = next.withAuthors(table) else { return no("the author table cannot take another name") }
            next = grown
        }
        guard let fed = next.withFeeds(feedsLater) else { return no("the feeds of the last build cannot be read") }
        next = fed
        return .success(Plan(pages: pages, base: next, rendered: changes.count, retitled: retitled, resummarised: resummarised,
                             redated: redated, retopiced: retopiced, reauthored: reauthored, moved: moving == nil ? 0 : 1,
                             refreshed: touched.count, reidentified: reidentified))
    }

    /// Writes the plan's files, each through a temporary file and a rename, then the new base (`next`,
    /// the plan's, patched with the files' identities) and stamp.
    static func apply(_ plan: Plan, next: inout EditBase, base: EditBase, options: BuildOptions, started: BuildStamp.Start,
                      basePath: String) -> BuildResult? {
        // Until the new base is written the old one would describe files that are changing.
        unlink(basePath)
        var written = 0
        // Pages made past the base's rows get the next ones, in order (`EditPages.make` numbers them so).
        guard let rowCount = next.rowCount else { return nil }
        let past = plan.pages.made.filter { $0.key >= rowCount }.sorted { $0.key < $1.key }
        if !past.isEmpty {
            guard past.map(\.key) == Array(rowCount..<(rowCount + past.count)), next.appendRows(past.map(\.value)) == rowCount else {
                return nil
            }
        }
        for row in plan.pages.changed.sorted() {
            guard let page = plan.pages.pages[row] else { continue }
            let full = join(options.output, page.path)
            // If this fails, the files written so far match no base: the full build redoes them.
            guard (try? OutputWriter.replaceFile(full, page.bytes, makingFolder: plan.pages.made[row] != nil)) != nil,
                  let identity = EditBase.OutputIdentity(full) else { return nil }
            written += 1
            next.setRow(row, identity: identity, slot: page.slot, hash: ContentHash.page(page.bytes))
        }
        // Pages found under a new identity with the bytes the base records, and left as they are.
        for (row, identity) in plan.reidentified.merging(plan.pages.reidentified, uniquingKeysWith: { first, _ in first })
            where !plan.pages.changed.contains(row) && !plan.pages.removed.contains(row) {
            guard let recorded = base.row(row) else { return nil }
            next.setRow(row, identity: identity, slot: recorded.slot, hash: recorded.hash)
        }
        for row in plan.pages.removed.sorted() {
            guard let recorded = base.row(row) else { return nil }
            let full = join(options.output, recorded.path)
            guard unlink(full) == 0 || errno == ENOENT else { return nil }
            // A page an edit takes away (an author's, a topic's last) is the only file of its folder.
            rmdir((full as NSString).deletingLastPathComponent)
            next.setRowGone(row)
        }
        next.countFiles(plan.pages.made.count - plan.pages.removed.count)
        try? EditBase.write(next.bytes, to: basePath)
        started.record(options, outcome: next.outcome)
        var report = CacheReport()
        report.markdownRendered = plan.rendered
        report.filesWritten = written
        report.filesKept = next.outcome.pageCount - written
        report.bodiesEdited = plan.rendered
        report.titlesEdited = plan.retitled
        report.summariesEdited = plan.resummarised
        report.datesEdited = plan.redated
        report.briefingsMoved = plan.moved
        report.topicsEdited = plan.retopiced
        report.authorsEdited = plan.reauthored
        report.inputsRefreshed = plan.refreshed
        return BuildResult(diagnostics: base.outcome.diagnostics, wrote: true, pageCount: next.outcome.pageCount,
                           articleCount: base.outcome.articleCount,
                           timings: [], files: [], cache: report)
    }

    /// True when the briefing is one a build with `options` publishes.
    private static func published(_ article: Article, _ options: LoadOptions) -> Bool {
        if article.draft && !options.drafts { return false }
        if let date = article.date, date.epochSeconds > options.now, !options.future { return false }
        return true
    }

    /// False when a killed build left a staging or old output folder beside the output: the full
    /// build finishes or removes it (see `Staging.removeAbandoned`).
    private static func noBuildLeftBehind(_ output: String) -> Bool {
        let trimmed = output.hasSuffix("/") ? String(output.dropLast()) : output
        let parent = (trimmed as NSString).deletingLastPathComponent
        let name = (trimmed as NSString).lastPathComponent
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.isEmpty ? "." : parent) else { return false }
        return !entries.contains { $0.hasPrefix(name + ".staging-") || $0.hasPrefix(name + ".old-") }
    }
}
