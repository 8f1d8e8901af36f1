import Foundation

/// The edit fast path: when the only inputs that changed since the last build are briefings whose
/// front matter, and every fact other pages draw from their body (`EditBase.facts`), are unchanged,
/// the only bytes of the site that change are those bodies' HTML in their own pages and in the feeds.
/// Those are rewritten in place; nothing else is loaded, indexed or rendered.
///
/// A one-briefing edit at 10,000 briefings was 1.4–1.9 s as a full incremental build, each stage a
/// pass over the whole site; this reads one base file, renders the edited Markdown and rewrites the
/// page and feeds that carry it. Anything it cannot prove unchanged (a new or removed file, another
/// input, front matter, a heading, a link, a dated sentence, a file in the output that is not as
/// recorded, a problem reported for the briefing) sends the build down the full path instead.
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
        guard !options.clean, !options.search, options.write, options.siteChecks == nil, let manifest = options.manifest else {
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
            case .success(let plan):
                return apply(plan, base: base, options: options, started: started, basePath: manifest + ".edit")
            }
        }
        declined = result == nil ? why ?? "an output file could not be replaced" : nil
        return result
    }

    /// New bytes for each file that changes, and the base as it will be once they are written.
    struct Plan {
        /// Output paths with their new bytes.
        var writes: [(path: String, bytes: [UInt8])]
        var base: EditBase
        /// Where each written page's identity goes in `base`, by output path.
        var identityAt: [String: Int]
        var rendered: Int
    }

    /// Works out the new bytes of every page and feed that carries a changed body; nil when anything
    /// besides such bodies changed.
    static func plan(_ options: BuildOptions, started: BuildStamp.Start, base: EditBase) -> Result<Plan, Declined> {
        func no(_ reason: String) -> Result<Plan, Declined> { .failure(Declined(reason: reason)) }
        guard base.settings == BuildStamp.settings(options) else { return no("the build settings or SiteGen changed") }
        if base.outcome.publicationDue(options.load) { return no("a future briefing is due") }
        guard noBuildLeftBehind(options.output) else { return no("an earlier build was interrupted") }
        guard let (changes, entriesAt) = base.changes(started.scan, limit: maxEdits) else {
            return no("files were added or removed, or more than \(maxEdits) changed")
        }
        guard !changes.isEmpty else { return no("no input changed, but the output did") }
        let reported = Set(base.outcome.diagnostics.map(\.path))

        guard let configBytes = try? readWholeFile(join(options.root, "content/site.yml")),
              var config = ConfigDecoder.decode(path: "content/site.yml", bytes: configBytes).0 else {
            return no("content/site.yml cannot be read")
        }
        if let url = options.baseURL { config.baseURL = url.hasSuffix("/") ? url : url + "/" }
        let markdown = SiteRenderer.markdownOptions(config)

        var next = base
        var pages: [(path: String, bytes: [UInt8])] = []
        var identityAt: [String: Int] = [:]
        var feedBodies: [Int: [(entry: Int, html: String)]] = [:]
        let recentNanos = started.startNanos - options.racyWindowNanos
        for change in changes {
            let file = started.scan.files[change.index]
            guard file.path.hasPrefix("content/articles/"), let found = base.entry(file.path, entriesAt: entriesAt) else {
                return no("\(file.path) is not a published briefing whose page no link points into")
            }
            guard !reported.contains(file.path) else { return no("the last build reported a problem in \(file.path)") }
            guard let bytes = try? readWholeFile(join(options.root, file.path)) else { return no("\(file.path) cannot be read") }
            let entry = found.entry
            let (decoded, problems) = ArticleDecoder.decode(path: file.path, bytes: bytes)
            guard let article = decoded, problems.isEmpty else { return no("\(file.path) has a problem") }
            guard published(article, options.load), ContentHash.hex(PageFingerprint.describe(article)) == entry.describe else {
                return no("the front matter of \(file.path) changed")
            }
            let doc = Markdown.render(article.body, options: markdown)
            let pagePath = join(options.output, entry.page)
            guard EditBase.facts(doc) == entry.facts else {
                return no("a heading, link, dated sentence, acronym, the lead or the reading time of \(file.path) changed")
            }
            guard EditBase.OutputIdentity(pagePath) == entry.pageIdentity, let page = try? readWholeFile(pagePath),
                  let spliced = BodySlots.splicePage(page, slot: entry.slot,
                                                     body: ArticlePages.pageBody(doc.html, expansions: base.expansions))
            else { return no("\(entry.page) is not as the last build wrote it") }
            pages.append((entry.page, spliced.bytes))
            identityAt[entry.page] = found.identityAt
            next.setSlotLength(at: found.slotLengthAt, spliced.slot.length)
            next.setInput(at: change.at, file.identity.newestNanos < recentNanos ? file.identity : nil)
            for carried in entry.feeds { feedBodies[carried.feed, default: []].append((carried.entry, doc.html)) }
        }
        var feeds: [(path: String, bytes: [UInt8])] = []
        for (index, bodies) in feedBodies.sorted(by: { $0.key < $1.key }) {
            let feed = base.feeds[index]
            let feedPath = join(options.output, feed.path)
            guard EditBase.OutputIdentity(feedPath) == feed.identity, var bytes = try? readWholeFile(feedPath) else {
                return no("\(feed.path) is not as the last build wrote it")
            }
            for body in bodies {
                let spliced = feed.path.hasSuffix(".json")
                    ? BodySlots.spliceJSON(bytes, entry: body.entry, html: body.html)
                    : BodySlots.spliceAtom(bytes, entry: body.entry, html: body.html)
                guard let spliced else { return no("\(feed.path) has no entry \(body.entry + 1)") }
                bytes = spliced
            }
            feeds.append((feed.path, bytes))
            identityAt[feed.path] = feed.at
        }
        return .success(Plan(writes: pages + feeds, base: next, identityAt: identityAt, rendered: changes.count))
    }

    /// Writes the plan's files, each through a temporary file and a rename, then the new base and stamp.
    static func apply(_ plan: Plan, base: EditBase, options: BuildOptions, started: BuildStamp.Start,
                      basePath: String) -> BuildResult? {
        // Until the new base is written the old one would describe files that are changing.
        unlink(basePath)
        var next = plan.base
        var written = 0
        for (path, bytes) in plan.writes {
            let full = join(options.output, path)
            // Bytes already there stay, with their inode and time (a revert to the last build's text).
            if (try? readWholeFile(full)) != bytes {
                // If this fails, the files written so far match no base: the full build redoes them.
                guard (try? OutputWriter.replaceFile(full, bytes)) != nil else { return nil }
                written += 1
            }
            guard let at = plan.identityAt[path], let identity = EditBase.OutputIdentity(full) else { return nil }
            next.setOutput(at: at, identity)
        }
        try? EditBase.write(next.bytes, to: basePath)
        started.record(options, outcome: base.outcome)
        var report = CacheReport()
        report.markdownRendered = plan.rendered
        report.filesWritten = written
        report.filesKept = base.outcome.pageCount - written
        report.bodiesEdited = plan.rendered
        return BuildResult(diagnostics: base.outcome.diagnostics, wrote: true, pageCount: base.outcome.pageCount,
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
