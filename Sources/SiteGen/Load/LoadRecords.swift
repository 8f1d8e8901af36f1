import Foundation

/// Every briefing file's decoded front matter and problems, by the file's identity, kept between
/// builds (`<manifest>.articles`).
///
/// Reading and decoding 10,000 briefings took 0.5–0.8 s of a one-briefing edit rebuild; a file whose
/// size, inode, modification and change times are those recorded decodes as it did then, so only
/// files that changed are read; one whose identity changed but whose bytes hash as recorded (a
/// checkout, a copy) is read but not decoded again, and its record kept under the new identity. The Markdown body is not kept: its hash is the Markdown store's key,
/// and a body is read again only if the store has no HTML for it. Files touched within the racy
/// window of a build are not recorded (see `BuildStamp`), so an edit in the same clock tick as the
/// recording is never mistaken for the recorded file.
struct LoadRecords: Sendable {
    /// What decoding one file gave.
    struct Record: Sendable {
        var identity: String { didSet { encoded = nil } }
        var article: Article? { didSet { encoded = nil } }
        var diagnostics: [Diagnostic] { didSet { encoded = nil } }
        /// `ContentHash.file` of the bytes the record was decoded from.
        var sourceHash: Int { didSet { encoded = nil } }
        /// Where the records file this record was read from holds its encoding (`source`); nil once changed.
        fileprivate(set) var encoded: Range<Int>?

        init(identity: String, article: Article?, diagnostics: [Diagnostic], sourceHash: Int) {
            (self.identity, self.article, self.diagnostics, self.sourceHash) = (identity, article, diagnostics, sourceHash)
        }
    }

    /// Records by path relative to the site root.
    var records: [String: Record] = [:]
    /// The bytes of the file the records were read from: a record taken over unchanged is written
    /// again from them instead of encoded (10,000 encodings when one briefing is added).
    private var source: [UInt8] = []

    /// No records; those put in that were read with `previous` are written from its bytes.
    init(reusingEncodingsOf previous: LoadRecords? = nil) {
        source = previous?.source ?? []
    }

    private static let magic = "SGA\u{3}" + siteGenVersion + "\u{0}"

    /// The identity of the file at `fullPath` (following a symbolic link), and its newest time; nil when it cannot be read.
    static func identity(_ fullPath: String) -> (identity: String, newestNanos: Int64)? {
        var st = stat()
        guard stat(fullPath, &st) == 0 else { return nil }
        return spelt(BuildStamp.InputIdentity(st))
    }

    /// The identity `identity(_:)` gives the file the stamp's scan found as `scanned` (the scan follows
    /// links as `stat` does); nil when that is not a regular file (a dangling link's own fields).
    static func identity(regular scanned: BuildStamp.InputIdentity) -> (identity: String, newestNanos: Int64)? {
        mode_t(truncatingIfNeeded: scanned.fields.mode) & S_IFMT == S_IFREG ? spelt(scanned) : nil
    }

    /// One spelling of a file's identity for both ways of finding it.
    private static func spelt(_ id: BuildStamp.InputIdentity) -> (identity: String, newestNanos: Int64) {
        let f = id.fields
        return ("\(f.size) \(f.inode) \(f.mtime) \(f.ctime) \(f.mode)", id.newestNanos)
    }

    /// Reads the records at `path`; a missing, foreign or damaged file gives none.
    ///
    /// Each record is framed (path, length, fields), so the frames are found in one pass and decoded
    /// in parallel: decoding 10,000 records one after another was 0.37 s of an edit rebuild.
    static func read(_ path: String) -> LoadRecords {
        guard let bytes = try? readWholeFile(path), var r = ManifestReader(bytes, magic: magic), let n = r.count() else {
            return LoadRecords()
        }
        var frames: [(file: String, start: Int, end: Int)] = []
        frames.reserveCapacity(n)
        for _ in 0..<n {
            guard let file = r.string(), let length = r.count() else { return LoadRecords() }
            let start = r.position
            guard r.seek(to: start + length) else { return LoadRecords() }
            frames.append((file, start, start + length))
        }
        guard r.atEnd else { return LoadRecords() }
        let decoded = parallelMap(frames) { frame -> Record? in
            var f = r
            guard f.seek(to: frame.start), let identity = f.string(), let sourceHash = f.int(), let hasArticle = f.bool() else { return nil }
            var article: Article?
            if hasArticle {
                guard let a = Article(decoding: &f, path: frame.file) else { return nil }
                article = a
            }
            guard let diagnostics = [Diagnostic](decoding: &f), f.position == frame.end else { return nil }
            var record = Record(identity: identity, article: article, diagnostics: diagnostics, sourceHash: sourceHash)
            record.encoded = frame.start..<frame.end
            return record
        }
        var out = LoadRecords()
        out.source = bytes
        out.records.reserveCapacity(n)
        for (frame, record) in zip(frames, decoded) {
            guard let record else { return LoadRecords() }
            out.records[frame.file] = record
        }
        return out
    }

    /// Writes the records through a temporary file and a rename; records are encoded in parallel.
    func write(to path: String) throws {
        let sorted = records.sorted(by: { $0.key < $1.key })
        let source = source
        let parts = parallelMap(sorted) { _, record -> [UInt8] in
            if let range = record.encoded, range.upperBound <= source.count { return Array(source[range]) }
            var w = ManifestWriter(part: true)
            w.string(record.identity)
            w.int(record.sourceHash)
            w.bool(record.article != nil)
            record.article?.encode(&w)
            record.diagnostics.encode(&w)
            return w.bytes
        }
        var w = ManifestWriter(magic: LoadRecords.magic)
        w.reserve(parts.reduce(0) { $0 + $1.count + 80 })
        w.int(records.count)
        for ((file, _), part) in zip(sorted, parts) {
            w.string(file)
            w.int(part.count)
            w.append(part: part)
        }
        try OutputWriter.replaceFile(path, w.bytes, makingFolder: true)
    }
}

extension Article {
    /// Appends every field but `path` (the record's key) and `body` (see `LoadRecords`).
    func encode(_ w: inout ManifestWriter) {
        func optional(_ s: String?) { w.bool(s != nil); w.string(s ?? "") }
        func day(_ d: PublishDate?) {
            w.bool(d != nil)
            w.int(d?.year ?? 0); w.int(d?.month ?? 0); w.int(d?.day ?? 0)
            w.int(d?.secondsOfDay ?? -1); w.int(d?.offsetMinutes ?? 0)
        }
        func list(_ items: [String]) { w.int(items.count); for item in items { w.string(item) } }
        w.string(slug); w.string(title); day(date); day(updated); list(authors); optional(authorBio); list(topics)
        optional(summary); list(takeaways); w.bool(draft)
        w.bool(source != nil)
        optional(source?.name); optional(source?.url); optional(source?.file); optional(source?.sha256)
        list(review); w.string(bodyHash); w.int(bodyLine)
        let lines = keyLines.sorted { $0.key < $1.key }
        w.int(lines.count)
        for (key, line) in lines { w.string(key); w.int(line) }
    }

    /// Reads what `encode` wrote, with an empty body; nil when the bytes are damaged.
    init?(decoding r: inout ManifestReader, path: String) {
        func optional() -> String?? {
            guard let has = r.bool(), let s = r.string() else { return nil }
            return .some(has ? s : nil)
        }
        func day() -> PublishDate?? {
            guard let has = r.bool(), let y = r.int(), let m = r.int(), let d = r.int(), let seconds = r.int(),
                  let offset = r.int() else { return nil }
            return .some(has ? PublishDate(year: y, month: m, day: d, secondsOfDay: seconds < 0 ? nil : seconds,
                                           offsetMinutes: offset) : nil)
        }
        func list() -> [String]? {
            guard let n = r.count() else { return nil }
            var items: [String] = []
            for _ in 0..<n {
                guard let item = r.string() else { return nil }
                items.append(item)
            }
            return items
        }
        guard let slug = r.string(), let title = r.string(), let date = day(), let updated = day(), let authors = list(),
              let bio = optional(), let topics = list(), let summary = optional(), let takeaways = list(), let draft = r.bool(),
              let hasSource = r.bool(), let name = optional(), let url = optional(), let file = optional(), let sha = optional(),
              let review = list(), let bodyHash = r.string(), let bodyLine = r.int(), let n = r.count() else { return nil }
        var keyLines: [String: Int] = [:]
        for _ in 0..<n {
            guard let key = r.string(), let line = r.int() else { return nil }
            keyLines[key] = line
        }
        self.init(path: path, slug: slug, title: title, date: date, updated: updated, authors: authors, authorBio: bio,
                  topics: topics, summary: summary, takeaways: takeaways, draft: draft,
                  source: hasSource ? Source(name: name, url: url, file: file, sha256: sha) : nil, review: review,
                  body: "", bodyLine: bodyLine, keyLines: keyLines)
        self.bodyHash = bodyHash
    }
}

extension [Diagnostic] {
    /// Appends the diagnostics.
    func encode(_ w: inout ManifestWriter) {
        w.int(count)
        for d in self { w.string(d.severity.rawValue); w.string(d.path); w.int(d.line); w.string(d.message) }
    }

    /// Reads what `encode` wrote; nil when the bytes are damaged.
    init?(decoding r: inout ManifestReader) {
        guard let n = r.count() else { return nil }
        var out: [Diagnostic] = []
        for _ in 0..<n {
            guard let severity = r.string().flatMap(Diagnostic.Severity.init(rawValue:)), let file = r.string(),
                  let line = r.int(), let message = r.string() else { return nil }
            out.append(Diagnostic(severity, file, line: line, message))
        }
        self = out
    }
}
