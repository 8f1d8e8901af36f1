import Foundation

/// What to include beyond published briefings.
public struct LoadOptions: Sendable {
    /// Include `draft: true` briefings.
    public var drafts: Bool
    /// Include briefings dated after `now`.
    public var future: Bool
    /// The moment "future" is measured from, in seconds since 1970.
    public var now: Int

    /// Creates options; by default drafts and future briefings are left out.
    public init(drafts: Bool = false, future: Bool = false, now: Int = Int(Date().timeIntervalSince1970)) {
        self.drafts = drafts
        self.future = future
        self.now = now
    }
}

/// Reads the site folder: `content/site.yml`, `content/topics.yml`, `content/articles/`, `theme/`.
public enum ContentLoader {
    /// Where a build keeps its `LoadRecords`, and whether the last ones may be used (`--clean` only writes them).
    struct RecordsUse {
        var path: String
        var trust: Bool
        /// Files touched this recently are decoded but not recorded (see `BuildStamp`).
        var racyWindowNanos: Int64
        /// Where the new records are written beside later stages; nil writes them before `load` returns.
        var writes: PendingWrites?
        /// Use the records but never write them (`check`).
        var readOnly = false
        /// Identities the build's stamp already took (`BuildStamp.scan`, by path from the site root):
        /// a regular file found here is not looked up again (at 100,000 briefings that saved 0.17 s of the load stage).
        var known: [String: BuildStamp.InputIdentity] = [:]
    }

    /// Loads and validates everything; the site is nil only when nothing sensible can be built.
    public static func load(root: String, options: LoadOptions = LoadOptions(), io: FileIO = .disk) -> (Site?, [Diagnostic]) {
        load(root: root, options: options, io: io, records: nil)
    }

    /// `load`, reading unchanged briefing files from `records` instead of decoding them (disk only).
    static func load(root: String, options: LoadOptions = LoadOptions(), io: FileIO = .disk,
                     records: RecordsUse?) -> (Site?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let configPath = "content/site.yml"
        guard let configBytes = try? io.read(join(root, configPath)) else {
            return (nil, [.error(configPath, "not found; create it with at least `title:` and `base_url:` (is --root the site folder?)")])
        }
        let (config, configProblems) = ConfigDecoder.decode(path: configPath, bytes: configBytes)
        diagnostics += configProblems

        var topics: [Topic] = []
        let topicsPath = "content/topics.yml"
        var read = [configPath: ContentHash.file(configBytes)]
        if let bytes = try? io.read(join(root, topicsPath)) {
            let (decoded, problems) = TopicsDecoder.decode(path: topicsPath, bytes: bytes)
            topics = decoded
            diagnostics += problems
            read[topicsPath] = ContentHash.file(bytes)
        }

        let (articles, articleProblems, sourceHashes) = loadArticles(root: root, io: io, records: records)
        diagnostics += articleProblems
        diagnostics += ArticleRules.check(articles, topics: topics)

        let (themeFiles, themeProblems) = loadTheme(root: root, io: io)
        diagnostics += themeProblems
        guard let config else { return (nil, diagnostics) }
        let published = articles.filter { article in
            if article.draft && !options.drafts { return false }
            if let date = article.date, date.epochSeconds > options.now, !options.future { return false }
            return true
        }
        var site = Site(config: config, topics: topics, articles: published, themeFiles: themeFiles)
        site.sourceHashes = sourceHashes.merging(read) { first, _ in first }
        if !options.future {
            site.nextPublication = articles.compactMap { a in
                a.draft && !options.drafts ? nil : a.date.map(\.epochSeconds).flatMap { $0 > options.now ? $0 : nil }
            }.min()
        }
        return (site, diagnostics)
    }

    /// Decodes every Markdown file under `content/articles`, in parallel; order stays that of the paths.
    /// With `records`, a file whose identity is recorded is taken from the records, unread.
    /// Also gives `ContentHash.file` of each file's bytes as decoded, by path (`Site.sourceHashes`).
    static func loadArticles(root: String, io: FileIO, records: RecordsUse? = nil) -> ([Article], [Diagnostic], [String: Int]) {
        let folder = "content/articles"
        let files = ((try? io.listFiles(join(root, folder))) ?? []).filter { !isHidden($0) }
        let previous = records.flatMap { $0.trust ? LoadRecords.read($0.path) : nil } ?? LoadRecords()
        let recentNanos = wallNanos() - (records?.racyWindowNanos ?? 0)
        var results = [(article: Article?, problems: [Diagnostic], record: LoadRecords.Record?, kept: Bool, hash: Int)](
            repeating: (nil, [], nil, false, 0), count: files.count)
        results.withUnsafeMutableBufferPointer { slots in
            let slots = UnsafeSendable(slots)
            DispatchQueue.concurrentPerform(iterations: files.count) { i in
                let path = folder + "/" + files[i]
                let fullPath = join(root, path)
                guard let records, let id = records.known[path].flatMap(LoadRecords.identity(regular:)) ?? LoadRecords.identity(fullPath) else {
                    let (article, problems, hash) = decodeFile(path: path, fullPath: fullPath, io: io)
                    slots.value[i] = (article, problems, nil, false, hash)
                    return
                }
                if let old = previous.records[path] {
                    if old.identity == id.identity {
                        slots.value[i] = (old.article, old.diagnostics, old, true, old.sourceHash)
                        return
                    }
                    // Touched but unchanged (a checkout, a copy): read and hashed, not decoded again.
                    if old.sourceHash != 0, let bytes = try? io.read(fullPath), ContentHash.file(bytes) == old.sourceHash {
                        var moved = old
                        moved.identity = id.identity
                        slots.value[i] = (old.article, old.diagnostics, id.newestNanos < recentNanos ? moved : nil, false, old.sourceHash)
                        return
                    }
                }
                let (article, problems, hash) = decodeFile(path: path, fullPath: fullPath, io: io)
                var kept = article
                kept?.body = ""
                let record = id.newestNanos < recentNanos
                    ? LoadRecords.Record(identity: id.identity, article: kept, diagnostics: problems, sourceHash: hash) : nil
                slots.value[i] = (article, problems, record, false, hash)
            }
        }
        if let records, !records.readOnly {
            var next = LoadRecords(reusingEncodingsOf: previous)
            for (i, result) in results.enumerated() { next.records[folder + "/" + files[i]] = result.record }
            // Written only when something changed; a records file that cannot be written costs the next build time, nothing else.
            if results.contains(where: { !$0.kept }) || next.records.count != previous.records.count {
                // 0.11-0.15 s at 10,000 briefings, on one core, while the next stages can use both.
                let (path, next) = (records.path, next)
                if let writes = records.writes { writes.start { try next.write(to: path) } } else { try? next.write(to: path) }
            }
        }
        let hashes = Dictionary(zip(files, results).filter { $0.1.hash != 0 }.map { (folder + "/" + $0.0, $0.1.hash) },
                                uniquingKeysWith: { first, _ in first })
        return (results.compactMap(\.article), results.flatMap(\.problems), hashes)
    }

    /// The files of `theme/`, but hidden ones, and a problem for each that cannot be read.
    static func loadTheme(root: String, io: FileIO = .disk) -> ([ThemeFile], [Diagnostic]) {
        var files: [ThemeFile] = []
        var problems: [Diagnostic] = []
        for rel in (try? io.listFiles(join(root, "theme"))) ?? [] where !isHidden(rel) {
            do { files.append(ThemeFile(path: rel, bytes: try io.read(join(root, "theme/" + rel)))) } catch {
                problems.append(.error("theme/" + rel, "cannot be read: \(error.localizedDescription)"))
            }
        }
        return (files, problems)
    }

    /// The Markdown body of an article taken from the load records, read again from its file; empty
    /// when the file no longer decodes (the next build reports why).
    static func body(of article: Article, root: String) -> String {
        guard let bytes = try? readWholeFile(join(root, article.path)) else { return "" }
        return ArticleDecoder.decode(path: article.path, bytes: bytes).0?.body ?? ""
    }

    /// The file's article and problems, and `ContentHash.file` of its bytes (0 when it cannot be read).
    private static func decodeFile(path: String, fullPath: String, io: FileIO) -> (Article?, [Diagnostic], Int) {
        let bytes: [UInt8]
        do { bytes = try io.read(fullPath) } catch {
            return (nil, [.error(path, "cannot be read: \(error.localizedDescription)")], 0)
        }
        let hash = ContentHash.file(bytes)
        guard path.hasSuffix(".md") || path.hasSuffix(".markdown") else {
            if bytes.contains(0) {
                return (nil, [.error(path, "this is a binary file, not Markdown; move it out of content/articles")], hash)
            }
            return (nil, [.warning(path, "ignored: only `.md` files are briefings; rename it to `.md` or move it")], hash)
        }
        let (article, problems) = ArticleDecoder.decode(path: path, bytes: bytes)
        return (article, problems, hash)
    }

    private static func isHidden(_ relativePath: String) -> Bool {
        relativePath.split(separator: "/").contains { $0.hasPrefix(".") } || relativePath.hasSuffix("~")
    }
}

/// Joins a root folder and a relative path.
func join(_ root: String, _ path: String) -> String {
    root.isEmpty || root == "." ? path : (root.hasSuffix("/") ? root + path : root + "/" + path)
}

/// Lets a buffer be written from `concurrentPerform`, where each iteration owns one distinct slot.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
