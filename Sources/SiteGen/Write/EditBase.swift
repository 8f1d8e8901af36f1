import Foundation

/// What the output folder was built from, in the detail `BodyEdit` needs to rewrite it for an edit of
/// briefing bodies alone (`<manifest>.edit`).
///
/// For every input file its identity; for every briefing the hash of its front matter and of every
/// fact other pages draw from its body (`facts`), where its page is and holds the body, and which feed
/// entries carry the body. Written after each full build and patched after each body edit; removed
/// before a full build touches the output, so it never describes an output it did not see.
///
/// At 10,000 briefings the file is about 3 MB. An edit reads the header, walks the input identities
/// once beside the scan of the inputs, and decodes only the entries of the briefings that changed;
/// the identities and slots it changes have fixed widths, so the file is patched, not encoded again.
struct EditBase {
    /// One briefing whose body can be replaced in place.
    struct Entry: Sendable, Equatable {
        /// `ContentHash` of `PageFingerprint.describe`: every front matter field a page shows.
        var describe: String
        /// `EditBase.facts` of its rendered Markdown.
        var facts: String
        /// Its page, the page's identity and the body's slot in it.
        var page: String
        var pageIdentity: OutputIdentity
        var slot: BodySlot
        /// Feed entries carrying its body: an index into `feeds`, and the entry's place in that feed.
        var feeds: [FeedEntry]
    }

    /// One entry of a feed.
    struct FeedEntry: Sendable, Equatable {
        var feed: Int
        var entry: Int
    }

    /// A feed that carries bodies, its identity, and where the identity is in the file.
    struct Feed: Sendable, Equatable {
        var path: String
        var identity: OutputIdentity
        var at = 0
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

        /// The identity at the end of a `PageCache.written` record (`size inode sec.nsec`).
        init?(record: String) {
            let fields = record.split(separator: " ").suffix(3)
            let time = fields.last?.split(separator: ".") ?? []
            guard fields.count == 3, time.count == 2, let size = Int(fields.first!), let inode = Int(fields.dropFirst().first!),
                  let sec = Int(time[0]), let nsec = Int(time[1]) else { return nil }
            self.init(size: size, inode: inode, mtime: sec * 1_000_000_000 + nsec)
        }
    }

    /// An entry found by `entry(_:)`, with where its changing fields are in the file.
    struct Located {
        var entry: Entry
        var identityAt: Int
        var slotLengthAt: Int
    }

    /// `BuildStamp.settings` of the build.
    let settings: String
    /// What the build reported (a body edit reports it again).
    let outcome: BuildOutcome
    /// The glossary's expansions, with which pages mark acronyms in bodies.
    let expansions: [String: String]
    var feeds: [Feed]
    /// The encoded base, patched in place by the `set` functions.
    private(set) var bytes: [UInt8]
    private let inputsAt: Int

    private static let magic = "SGE\u{2}" + siteGenVersion + "\u{0}"

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

    /// The base of a full build that has just written `files` into `output`. Inputs newer than
    /// `recentNanos` are recorded as matching no file (see `BuildStamp`), so the next build looks at
    /// them again. `pageRecords` are `PageCache.written` records and `described` the `describe`
    /// hashes; pages some link points into with a `#fragment` (`anchored`) are left out, since their
    /// ids are read by other briefings' link checks.
    static func encode(settings: String, outcome: BuildOutcome, ctx: RenderContext, scan: BuildStamp.Scan, recentNanos: Int64, files: [OutputFile],
                       pageRecords: [String: String], described: [String], anchored: Set<String>, output: String) -> [UInt8] {
        var feeds: [(path: String, identity: OutputIdentity)] = []
        var carried: [[FeedEntry]] = Array(repeating: [], count: ctx.site.articles.count)
        var slots: [String: BodySlot] = [:]
        for file in files {
            if let slot = file.bodySlot { slots[file.path] = slot }
            guard !file.embeds.isEmpty, let identity = OutputIdentity(output + "/" + file.path) else { continue }
            for (n, i) in file.embeds.enumerated() { carried[i].append(FeedEntry(feed: feeds.count, entry: n)) }
            feeds.append((file.path, identity))
        }
        let entries = parallelMap(Array(ctx.site.articles.indices)) { i -> [UInt8] in
            let page = ctx.routes.outputPath(ctx.routes.article(ctx.site.articles[i].slug))
            guard !anchored.contains(page), let slot = slots[page], let identity = pageRecords[page].flatMap(OutputIdentity.init(record:))
            else { return [] }
            var w = ManifestWriter(part: true)
            w.string(ctx.site.articles[i].path); w.string(described[i]); w.string(facts(ctx.documents[i])); w.string(page)
            w.int(identity.size); w.int(identity.inode); w.int(identity.mtime)
            w.int(slot.start); w.int(slot.length)
            w.int(carried[i].count)
            for f in carried[i] { w.int(f.feed); w.int(f.entry) }
            return w.bytes
        }
        var w = ManifestWriter(magic: magic)
        w.string(settings)
        outcome.encode(&w)
        w.int(ctx.glossary.expansions.count)
        for (key, value) in ctx.glossary.expansions.sorted(by: { $0.key < $1.key }) { w.string(key); w.string(value) }
        w.int(feeds.count)
        for feed in feeds { w.string(feed.path); w.int(feed.identity.size); w.int(feed.identity.inode); w.int(feed.identity.mtime) }
        w.reserve(scan.files.count * 90 + entries.reduce(0) { $0 + $1.count })
        w.int(scan.files.count)
        for file in scan.files {
            w.string(file.path)
            let f = file.identity.newestNanos < recentNanos ? file.identity.fields : BuildStamp.InputIdentity.none
            w.int(f.size); w.int(f.inode); w.int(f.mtime); w.int(f.ctime); w.int(f.mode)
        }
        w.int(entries.filter { !$0.isEmpty }.count)
        for entry in entries { w.append(part: entry) }
        return w.bytes
    }

    /// Reads the header of the base in `bytes`; nil when it is foreign or damaged.
    init?(bytes: [UInt8]) {
        guard var r = ManifestReader(bytes, magic: EditBase.magic), let settings = r.string(),
              let outcome = BuildOutcome(decoding: &r), let ne = r.count() else { return nil }
        var expansions: [String: String] = [:]
        for _ in 0..<ne {
            guard let key = r.string(), let value = r.string() else { return nil }
            expansions[key] = value
        }
        guard let nf = r.count() else { return nil }
        var feeds: [Feed] = []
        for _ in 0..<nf {
            guard let path = r.string() else { return nil }
            let at = r.position
            guard let size = r.int(), let inode = r.int(), let mtime = r.int() else { return nil }
            feeds.append(Feed(path: path, identity: OutputIdentity(size: size, inode: inode, mtime: mtime), at: at))
        }
        (self.settings, self.outcome, self.expansions, self.feeds) = (settings, outcome, expansions, feeds)
        self.bytes = bytes
        inputsAt = r.position
    }

    /// Reads the base at `path`; nil when it is missing, foreign or damaged.
    static func read(_ path: String) -> EditBase? {
        (try? readWholeFile(path)).flatMap { EditBase(bytes: $0) }
    }

    /// Compares the recorded inputs with `scan`, in order: the indexes of the files whose identity
    /// changed and where each identity is recorded, and where the briefing entries start. Nil when
    /// the files are not the same list, the file is damaged, or more than `limit` changed.
    func changes(_ scan: BuildStamp.Scan, limit: Int) -> (changed: [(index: Int, at: Int)], entriesAt: Int)? {
        guard var r = ManifestReader(bytes, magic: EditBase.magic), r.seek(to: inputsAt), r.count() == scan.files.count else {
            return nil
        }
        var changed: [(index: Int, at: Int)] = []
        for (i, file) in scan.files.enumerated() {
            guard let path = r.stringBytes(), path.elementsEqual(file.path.utf8) else { return nil }
            let at = r.position
            guard let size = r.int(), let inode = r.int(), let mtime = r.int(), let ctime = r.int(), let mode = r.int() else { return nil }
            if file.identity.fields != (size, inode, mtime, ctime, mode) {
                changed.append((i, at))
                if changed.count > limit { return nil }
            }
        }
        return (changed, r.position)
    }

    /// The entry of the briefing at `path`, looked for from `entriesAt`; nil when it has none.
    func entry(_ path: String, entriesAt: Int) -> Located? {
        guard var r = ManifestReader(bytes, magic: EditBase.magic), r.seek(to: entriesAt), let n = r.count() else { return nil }
        for _ in 0..<n {
            guard let key = r.stringBytes() else { return nil }
            guard key.elementsEqual(path.utf8) else {
                guard r.stringBytes() != nil, r.stringBytes() != nil, r.stringBytes() != nil else { return nil }
                for _ in 0..<5 { guard r.int() != nil else { return nil } }
                guard let nf = r.count() else { return nil }
                for _ in 0..<(2 * nf) { guard r.int() != nil else { return nil } }
                continue
            }
            guard let describe = r.string(), let facts = r.string(), let page = r.string() else { return nil }
            let identityAt = r.position
            guard let size = r.int(), let inode = r.int(), let mtime = r.int(), let start = r.int() else { return nil }
            let slotLengthAt = r.position
            guard let length = r.int(), let nf = r.count() else { return nil }
            var carried: [FeedEntry] = []
            for _ in 0..<nf {
                guard let feed = r.int(), let entry = r.int(), feeds.indices.contains(feed) else { return nil }
                carried.append(FeedEntry(feed: feed, entry: entry))
            }
            let entry = Entry(describe: describe, facts: facts, page: page,
                              pageIdentity: OutputIdentity(size: size, inode: inode, mtime: mtime),
                              slot: BodySlot(start: start, length: length), feeds: carried)
            return Located(entry: entry, identityAt: identityAt, slotLengthAt: slotLengthAt)
        }
        return nil
    }

    /// Records an input's new identity at `at` (from `changes`); nil records one that matches no file.
    mutating func setInput(at: Int, _ identity: BuildStamp.InputIdentity?) {
        let f = identity?.fields ?? BuildStamp.InputIdentity.none
        for (k, value) in [f.size, f.inode, f.mtime, f.ctime, f.mode].enumerated() { ManifestWriter.patch(&bytes, at: at + 8 * k, value) }
    }

    /// Records an output file's new identity at `at` (an entry's `identityAt`, or a feed's `at`).
    mutating func setOutput(at: Int, _ identity: OutputIdentity) {
        for (k, value) in [identity.size, identity.inode, identity.mtime].enumerated() { ManifestWriter.patch(&bytes, at: at + 8 * k, value) }
    }

    /// Records a body slot's new length at `at` (an entry's `slotLengthAt`).
    mutating func setSlotLength(at: Int, _ length: Int) {
        ManifestWriter.patch(&bytes, at: at, length)
    }

    /// Writes `bytes` through a temporary file and a rename.
    static func write(_ bytes: [UInt8], to path: String) throws {
        try OutputWriter.replaceFile(path, bytes)
    }
}
