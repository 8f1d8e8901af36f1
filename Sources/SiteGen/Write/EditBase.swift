import Foundation

/// What the output folder was built from, in the detail `BodyEdit` needs to rewrite it for an edit of
/// briefing bodies, titles, summaries and dates alone (`<manifest>.edit`).
///
/// For every input file its identity and the hash of its bytes (`InputHashes`); for every briefing the
/// hash of its front matter and of every fact other pages draw from its body (`facts`), where its page
/// is and holds the body, and which feed entries carry the body. Written after each full build and patched after each body edit; removed
/// before a full build touches the output, so it never describes an output it did not see.
///
/// At 10,000 briefings the file is about 3 MB. An edit reads the header, walks the input identities
/// once beside the scan of the inputs, and decodes only the entries of the briefings that changed;
/// the identities and slots it changes have fixed widths, so the file is patched, not encoded again.
struct EditBase {
    /// One briefing whose body, title, summary or dates can be replaced in place.
    struct Entry: Sendable, Equatable {
        /// `ContentHash` of `PageFingerprint.describe`: every front matter field a page shows.
        var describe: String
        /// The same without the title, the summary and the dates (`EditBase.rest`).
        var rest: String
        /// `EditBase.facts` of its rendered Markdown.
        var facts: String
        var title: String
        /// The editor's summary, trimmed; empty when the front matter has none (pages then show the lead).
        var summary: String
        /// `date` and `updated` as RFC 3339; empty when the front matter has none.
        var date: String
        var updated: String
        /// The row (see `PageRow`) of its page.
        var row: Int
        /// Its place in the site's order, newest first (see `epochs`).
        var position: Int
        /// Feed entries carrying its body: an index into `feeds`, and the entry's place in that feed.
        var feeds: [FeedEntry]
        /// Rows of the other briefing and listing pages that show its title: neighbours, related, cards.
        var shownOn: [Int]
        /// Where the entry is in the base.
        var at: Range<Int> = 0..<0
        var path = ""

        /// The entry as the base stores it.
        var bytes: [UInt8] {
            var w = ManifestWriter(part: true)
            w.string(path); w.string(describe); w.string(rest); w.string(facts); w.string(title); w.string(summary); w.string(date); w.string(updated)
            w.int(row); w.int(position)
            w.int(feeds.count)
            for f in feeds { w.int(f.feed); w.int(f.entry) }
            w.int(shownOn.count)
            for r in shownOn { w.int(r) }
            return w.bytes
        }
    }

    /// One entry of a feed.
    struct FeedEntry: Sendable, Equatable {
        var feed: Int
        var entry: Int
    }

    /// A feed that carries bodies, and its row.
    struct Feed: Sendable, Equatable {
        var path: String
        var row: Int
    }

    /// An output file's size, inode and modification time in nanoseconds (`lstat`, regular files only).
    struct OutputIdentity: Sendable, Equatable {
        var size: Int
        var inode: Int
        var mtime: Int

        /// The identity of the file at `path`; nil when it is not a regular file.
        init?(_ path: String) {
            var st = stat()
            guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
            self.init(size: Int(st.st_size), inode: Int(st.st_ino), mtime: Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec))
        }

        init(size: Int, inode: Int, mtime: Int) {
            self.size = size
            self.inode = inode
            self.mtime = mtime
        }

        /// The identity at the end of a `PageCache.written` record (`size inode sec.nsec`). Read from
        /// the bytes: splitting the 14,000 records of a 10,000-briefing build took 0.1 processor-seconds.
        init?(record: String) {
            var numbers: [Int] = []
            var value = 0, scale = 1, digits = 0
            for b in record.utf8.reversed() {
                if b >= 48 && b <= 57 {
                    guard digits < 18 else { return nil }
                    value += Int(b - 48) * scale
                    scale *= 10
                    digits += 1
                    continue
                }
                guard digits > 0, b == (numbers.isEmpty ? UInt8(ascii: ".") : UInt8(ascii: " ")) else { return nil }
                numbers.append(value)
                (value, scale, digits) = (0, 1, 0)
                if numbers.count == 4 { break }
            }
            guard numbers.count == 4 else { return nil }
            self.init(size: numbers[3], inode: numbers[2], mtime: numbers[1] * 1_000_000_000 + numbers[0])
        }
    }

    /// `BuildStamp.settings` of the build.
    let settings: String
    /// What the build reported (a body edit reports it again, with the files it took away uncounted).
    private(set) var outcome: BuildOutcome
    /// Where `outcome`'s file count is in the base.
    private let pageCountAt: Int
    /// The glossary's expansions, with which pages mark acronyms in bodies.
    let expansions: [String: String]
    var feeds: [Feed]
    /// The encoded base, patched in place by the `set` functions.
    private(set) var bytes: [UInt8]
    private let inputsAt: Int
    /// Where the page rows start (see `EditBase+Rows`), where that is recorded, and the sorted
    /// `titleKey`s of every briefing.
    private(set) var rowsAt: Int
    private let rowsAtField: Int
    private let titleKeysAt: Int
    private let titleKeyCount: Int
    /// Where the publication instants of every briefing start, newest first (`epochs`), and how many.
    private let epochsAt: Int
    private let epochCount: Int
    /// The row of `sitemap.xml`, whose `lastmod` shows each briefing's last date; -1 when it has none.
    let sitemapRow: Int
    /// Where the section of `EditBase+Topics` starts.
    let topicsAt: Int
    /// Where the section of `EditBase+Authors` starts.
    let authorsAt: Int

    static let magic = "SGE\u{A}" + siteGenVersion + "\u{0}"

    /// Everything a briefing's body gives the rest of the site besides its HTML: headings, links,
    /// prose facts (of the capital words, those that can be acronyms), reading time and footnote count. Two bodies with the same facts differ only in
    /// the bytes of the HTML itself. Line numbers are included, so an edit that moves them is a full build.
    static func facts(_ doc: RenderedMarkdown) -> String {
        var w = ManifestWriter(part: true)
        w.int(doc.headings.count)
        for h in doc.headings { w.int(h.level); w.string(h.text); w.string(h.id); w.int(h.line) }
        w.int(doc.links.count)
        for l in doc.links { w.string(l.url); w.int(l.line); w.bool(l.isImage); w.string(l.alt) }
        // Capital words matter only as acronyms the glossary may know; curly quotes and dashes count as
        // capitals in the scan, and an edit that adds them changes nothing another page shows.
        var prose = doc.prose
        prose.capitalWords = prose.capitalWords.filter(AcronymDefinitions.isAcronym)
        prose.encode(&w)
        w.int(Summaries.readingMinutes(words: doc.wordCount))
        w.int(doc.footnoteCount)
        return ContentHash.hex(w.bytes)
    }

    /// The base of a full build of the site at `root` that has just written `files` into `output`.
    /// Inputs newer than `recentNanos` are recorded as matching no file (see `BuildStamp`), so the next
    /// build looks at them again; each with the hash of its bytes (`InputHashes`). `pageRecords` are `PageCache.written` records and `described` the `describe`
    /// hashes; pages some link points into with a `#fragment` (`anchored`) get no entry, since their
    /// ids are read by other briefings' link checks.
    static func encode(settings: String, outcome: BuildOutcome, ctx: RenderContext, root: String, scan: BuildStamp.Scan,
                       recentNanos: Int64, files: [OutputFile], pageRecords: [String: String], described: [String], shown: SiteRenderer.Shown,
                       anchored: Set<String>, output: String) -> [UInt8] {
        let articles = ctx.site.articles
        // The topic and author sections need neither rows nor entries, and the rows are made on one
        // core: made beside them, on another thread, this encoding took 88-102 ms at 10,000 briefings
        // instead of 112-118 ms.
        let sections = Prefetch { [site = ctx.site, documents = ctx.documents, routes = ctx.routes] in
            var part = ManifestWriter(part: true)
            encodeTopics(&part, site: site, reach: shown.reach)
            let articlePaths = site.articles.map { routes.outputPath(routes.article($0.slug)) }
            encodeAuthors(&part, site: site, linked: linkedAuthorPages(documents, pages: articlePaths, routes: routes))
            return part.bytes
        }
        let rows = Rows(files: files, pageRecords: pageRecords, output: output)
        let pages = articles.map { rows.index[ctx.routes.outputPath(ctx.routes.article($0.slug))] }
        let shownOn = rows.showing(pages: pages, shown: shown)
        var feeds: [Feed] = []
        var carried: [[FeedEntry]] = Array(repeating: [], count: articles.count)
        for file in files where !file.embeds.isEmpty {
            guard let row = rows.index[file.path], rows.rows[row].identity != nil else { continue }
            for (n, i) in file.embeds.enumerated() { carried[i].append(FeedEntry(feed: feeds.count, entry: n)) }
            feeds.append(Feed(path: file.path, row: row))
        }
        let entries = parallelMap(Array(articles.indices)) { i -> [UInt8] in
            guard let row = pages[i], !anchored.contains(rows.rows[row].path), rows.rows[row].slot != nil,
                  rows.rows[row].identity != nil else { return [] }
            return Entry(describe: described[i], rest: rest(articles[i]), facts: facts(ctx.documents[i]), title: articles[i].title,
                         summary: Summaries.explicit(articles[i]), date: articles[i].date?.rfc3339 ?? "",
                         updated: articles[i].updated?.rfc3339 ?? "", row: row, position: i, feeds: carried[i],
                         shownOn: shownOn[i], path: articles[i].path).bytes
        }
        var w = ManifestWriter(magic: magic)
        w.string(settings)
        outcome.encode(&w)
        w.int(ctx.glossary.expansions.count)
        for (key, value) in ctx.glossary.expansions.sorted(by: { $0.key < $1.key }) { w.string(key); w.string(value) }
        w.int(feeds.count)
        for feed in feeds { w.string(feed.path); w.int(feed.row) }
        let keys = articles.map { titleKey($0.title) }.sorted()
        w.int(keys.count)
        for key in keys { w.int(key) }
        w.int(articles.count)
        for a in articles { w.int(a.date?.epochSeconds ?? undated) }
        w.int(rows.index["sitemap.xml"] ?? -1)
        w.append(part: sections.value)
        let rowsAtField = w.bytes.count
        w.int(0)
        w.reserve(scan.files.count * 98 + entries.reduce(0) { $0 + $1.count })
        w.int(scan.files.count)
        let hashes = InputHashes.recorded(scan, site: ctx.site, root: root, recentNanos: recentNanos)
        for (file, hash) in zip(scan.files, hashes) {
            w.string(file.path)
            let f = file.identity.newestNanos < recentNanos ? file.identity.fields : BuildStamp.InputIdentity.none
            w.int(f.size); w.int(f.inode); w.int(f.mtime); w.int(f.ctime); w.int(f.mode); w.int(hash)
        }
        w.int(entries.filter { !$0.isEmpty }.count)
        for entry in entries { w.append(part: entry) }
        var bytes = w.bytes
        ManifestWriter.patch(&bytes, at: rowsAtField, bytes.count)
        let briefingRows = Set(pages.compactMap { $0 })
        // The sitemap shows dates, never titles or cards: only a date edit reads it, by its own row.
        let always = rows.rows.indices.filter {
            !briefingRows.contains($0) && shown.listed[rows.rows[$0].path] == nil && rows.rows[$0].path != "sitemap.xml"
        }
        rows.encode(into: &bytes, always: always)
        return bytes
    }

    /// The hash of every front matter field a page can show but the title, the summary and the dates.
    static func rest(_ a: Article) -> String {
        ContentHash.hex(PageFingerprint.describe(a, title: "", summary: "", date: "", updated: ""))
    }

    /// What `epochs` records for an undated briefing.
    static let undated = Int.min

    /// The publication instant (`PublishDate.epochSeconds`) of the briefing at `position` in the site's
    /// order, `undated` for none; nil past the last briefing.
    func epoch(at position: Int) -> Int? {
        guard position >= 0, position < epochCount, var r = ManifestReader(bytes, magic: EditBase.magic),
              r.seek(to: epochsAt + 8 * position) else { return nil }
        return r.int()
    }

    /// The publication instants of every briefing, newest first; nil when the base is damaged.
    func epochList() -> [Int]? {
        guard var r = ManifestReader(bytes, magic: EditBase.magic), r.seek(to: epochsAt) else { return nil }
        var out: [Int] = []
        out.reserveCapacity(epochCount)
        for _ in 0..<epochCount {
            guard let e = r.int() else { return nil }
            out.append(e)
        }
        return out
    }

    /// Records, for the briefings whose entries record a position in `moved`, the new position it gives.
    /// Positions have a fixed width, so the entries are patched where they stand; false when the base is damaged.
    mutating func setPositions(_ moved: [Int: Int], entriesAt: Int) -> Bool {
        guard var r = ManifestReader(bytes, magic: EditBase.magic), r.seek(to: entriesAt), let n = r.count() else { return false }
        var patches: [(Int, Int)] = []
        for _ in 0..<n {
            for _ in 0..<8 { guard r.stringBytes() != nil else { return false } }
            guard r.int() != nil else { return false }
            let at = r.position
            guard let position = r.int(), let nf = r.count(), r.seek(to: r.position + 16 * nf), let ns = r.count(),
                  r.seek(to: r.position + 8 * ns) else { return false }
            if let new = moved[position] { patches.append((at, new)) }
        }
        for (at, value) in patches { patch(at: at, value) }
        return true
    }

    /// Records the new publication instant of the briefing at `position`.
    mutating func setEpoch(at position: Int, _ value: Int) {
        guard position >= 0, position < epochCount else { return }
        patch(at: epochsAt + 8 * position, value)
    }

    /// What the duplicate-title check compares (`ContentChecks`), hashed.
    static func titleKey(_ title: String) -> Int {
        var h = FNV1a64()
        h.mix(Array(ContentChecks.titleKey(title).utf8))
        return Int(bitPattern: UInt(h.value))
    }

    /// True when some briefing of the build had a title with `key`.
    func hasTitleKey(_ key: Int) -> Bool {
        var (low, high) = (0, titleKeyCount)
        while low < high {
            let mid = (low + high) / 2
            guard var r = ManifestReader(bytes, magic: EditBase.magic), r.seek(to: titleKeysAt + 8 * mid), let value = r.int() else { return false }
            if value == key { return true }
            if value < key { low = mid + 1 } else { high = mid }
        }
        return false
    }

    /// Reads the header of the base in `bytes`; nil when it is foreign or damaged.
    init?(bytes: [UInt8]) {
        guard var r = ManifestReader(bytes, magic: EditBase.magic), let settings = r.string(),
              let outcome = BuildOutcome(decoding: &r) else { return nil }
        // The outcome ends with the file count and the briefing count (`BuildOutcome.encode`).
        pageCountAt = r.position - 16
        guard let ne = r.count() else { return nil }
        var expansions: [String: String] = [:]
        for _ in 0..<ne {
            guard let key = r.string(), let value = r.string() else { return nil }
            expansions[key] = value
        }
        guard let nf = r.count() else { return nil }
        var feeds: [Feed] = []
        for _ in 0..<nf {
            guard let path = r.string(), let row = r.int() else { return nil }
            feeds.append(Feed(path: path, row: row))
        }
        guard let nk = r.count(), nk * 8 <= bytes.count - r.position else { return nil }
        titleKeysAt = r.position
        titleKeyCount = nk
        guard r.seek(to: r.position + 8 * nk), let nd = r.count(), nd * 8 <= bytes.count - r.position else { return nil }
        epochsAt = r.position
        epochCount = nd
        guard r.seek(to: r.position + 8 * nd), let sitemapRow = r.int() else { return nil }
        self.sitemapRow = sitemapRow
        topicsAt = r.position
        guard let topicsLength = r.int(), topicsLength >= 0, r.seek(to: r.position + topicsLength) else { return nil }
        authorsAt = r.position
        guard let authorsLength = r.int(), authorsLength >= 0, r.seek(to: r.position + authorsLength) else { return nil }
        rowsAtField = r.position
        guard let rowsAt = r.int(), rowsAt > r.position, rowsAt <= bytes.count else { return nil }
        (self.settings, self.outcome, self.expansions, self.feeds, self.rowsAt) = (settings, outcome, expansions, feeds, rowsAt)
        self.bytes = bytes
        inputsAt = r.position
    }

    /// Reads the base at `path`; nil when it is missing, foreign or damaged.
    static func read(_ path: String) -> EditBase? {
        (try? readWholeFile(path)).flatMap { EditBase(bytes: $0) }
    }

    /// Compares the recorded inputs with `scan`, in order: the files whose identity changed, each with
    /// where its identity is recorded and the hash recorded for its bytes (0: not known), and where the
    /// briefing entries start. Nil when the files are not the same list or the base is damaged.
    func changes(_ scan: BuildStamp.Scan) -> (changed: [(index: Int, at: Int, hash: Int)], entriesAt: Int)? {
        guard var r = ManifestReader(bytes, magic: EditBase.magic), r.seek(to: inputsAt), r.count() == scan.files.count else {
            return nil
        }
        var changed: [(index: Int, at: Int, hash: Int)] = []
        for (i, file) in scan.files.enumerated() {
            guard let path = r.stringBytes(), path.elementsEqual(file.path.utf8) else { return nil }
            let at = r.position
            guard let size = r.int(), let inode = r.int(), let mtime = r.int(), let ctime = r.int(), let mode = r.int(),
                  let hash = r.int() else { return nil }
            if file.identity.fields != (size, inode, mtime, ctime, mode) { changed.append((i, at, hash)) }
        }
        return (changed, r.position)
    }

    /// The entry of the briefing at `path`, looked for from `entriesAt`; nil when it has none.
    func entry(_ path: String, entriesAt: Int) -> Entry? {
        var found: Entry?
        walkEntries(from: entriesAt) { key, _ in key.elementsEqual(path.utf8) } found: { entry in
            found = entry
            return false
        }
        return found
    }

    /// The entries of the briefings at `positions` in the site's order, by position; nil when the base is damaged.
    func entries(at positions: Set<Int>, entriesAt: Int) -> [Int: Entry]? {
        var out: [Int: Entry] = [:]
        guard !positions.isEmpty else { return out }
        let complete = walkEntries(from: entriesAt) { _, position in positions.contains(position) } found: { entry in
            out[entry.position] = entry
            return out.count < positions.count
        }
        return complete ? out : nil
    }

    /// Walks the entries from `entriesAt`, decoding those `wanted` (by path and position) and handing
    /// them to `found` until it returns false; false when the base is damaged.
    @discardableResult
    private func walkEntries(from entriesAt: Int, wanted: (ArraySlice<UInt8>, Int) -> Bool, found: (Entry) -> Bool) -> Bool {
        guard var r = ManifestReader(bytes, magic: EditBase.magic), r.seek(to: entriesAt), let n = r.count() else { return false }
        for _ in 0..<n {
            let start = r.position
            guard let key = r.stringBytes() else { return false }
            var probe = r
            for _ in 0..<7 { guard probe.stringBytes() != nil else { return false } }
            guard probe.int() != nil, let position = probe.int() else { return false }
            guard wanted(key, position) else {
                guard let nf = probe.count(), probe.seek(to: probe.position + 16 * nf), let ns = probe.count(),
                      probe.seek(to: probe.position + 8 * ns) else { return false }
                r = probe
                continue
            }
            guard let describe = r.string(), let rest = r.string(), let facts = r.string(), let title = r.string(),
                  let summary = r.string(), let date = r.string(), let updated = r.string(), let row = r.int(),
                  let position = r.int(), let nf = r.count() else { return false }
            var carried: [FeedEntry] = []
            for _ in 0..<nf {
                guard let feed = r.int(), let entry = r.int(), feeds.indices.contains(feed) else { return false }
                carried.append(FeedEntry(feed: feed, entry: entry))
            }
            guard let ns = r.count() else { return false }
            var shownOn: [Int] = []
            for _ in 0..<ns {
                guard let row = r.int() else { return false }
                shownOn.append(row)
            }
            let entry = Entry(describe: describe, rest: rest, facts: facts, title: title, summary: summary, date: date,
                              updated: updated, row: row, position: position, feeds: carried, shownOn: shownOn,
                              at: start..<r.position, path: String(decoding: key, as: UTF8.self))
            guard found(entry) else { return true }
        }
        return true
    }

    /// Records an input's new identity at `at` (from `changes`), and the hash of its bytes; nil records
    /// an identity that matches no file.
    mutating func setInput(at: Int, _ identity: BuildStamp.InputIdentity?, hash: Int) {
        let f = identity?.fields ?? BuildStamp.InputIdentity.none
        for (k, value) in [f.size, f.inode, f.mtime, f.ctime, f.mode, hash].enumerated() { ManifestWriter.patch(&bytes, at: at + 8 * k, value) }
    }

    /// Records a briefing's new title, summary, dates and `describe` hash in its entry (`new`). The
    /// entry's length changes, so entries redescribed together go last first, and the rows, which follow, move.
    mutating func redescribe(_ entry: Entry, as new: Entry) {
        let bytes = new.bytes
        self.bytes.replaceSubrange(entry.at, with: bytes)
        rowsAt += bytes.count - entry.at.count
        patch(at: rowsAtField, rowsAt)
    }

    /// Records the output's file count after an edit made `change` more files (fewer when negative).
    mutating func countFiles(_ change: Int) {
        outcome.pageCount += change
        patch(at: pageCountAt, outcome.pageCount)
    }

    /// The base with `added` recorded after its feeds: topic feeds that carried no body when it was
    /// made and carry one now. Everything after the feed list moves; nil in a damaged base.
    func withFeeds(_ added: [Feed]) -> EditBase? {
        guard !added.isEmpty else { return self }
        guard var r = ManifestReader(bytes, magic: EditBase.magic), r.string() != nil, BuildOutcome(decoding: &r) != nil,
              let ne = r.count() else { return nil }
        for _ in 0..<ne { guard r.string() != nil, r.string() != nil else { return nil } }
        let countAt = r.position
        guard let nf = r.count() else { return nil }
        for _ in 0..<nf { guard r.string() != nil, r.int() != nil else { return nil } }
        var w = ManifestWriter(part: true)
        for feed in added { w.string(feed.path); w.int(feed.row) }
        var moved = bytes
        moved.insert(contentsOf: w.bytes, at: r.position)
        ManifestWriter.patch(&moved, at: countAt, nf + added.count)
        ManifestWriter.patch(&moved, at: rowsAtField + w.bytes.count, rowsAt + w.bytes.count)
        return EditBase(bytes: moved)
    }

    /// Replaces the rows, the base's last section, with `section` (`Rows.encode`).
    mutating func replaceRows(with section: [UInt8]) {
        bytes.replaceSubrange(rowsAt..., with: section)
    }

    /// Overwrites `count` bytes at `at` with as many others.
    mutating func replace(at: Int, with new: [UInt8]) {
        bytes.replaceSubrange(at..<(at + new.count), with: new)
    }

    /// Overwrites eight bytes at `at` (see `EditBase+Rows`).
    mutating func patch(at: Int, _ value: Int) {
        ManifestWriter.patch(&bytes, at: at, value)
    }

    /// Writes `bytes` through a temporary file and a rename.
    static func write(_ bytes: [UInt8], to path: String) throws {
        try OutputWriter.replaceFile(path, bytes)
    }
}
