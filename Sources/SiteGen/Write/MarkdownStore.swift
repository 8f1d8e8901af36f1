import Foundation

/// The rendered Markdown half of the manifest: an append-only file of documents by cache key, beside
/// the small manifest file (`<manifest>.markdown`).
///
/// When every entry held its HTML, the documents took 167 MB at 10,000 briefings, and rewriting them
/// whenever one briefing changed cost an edit rebuild over a second. A build appends only the entries
/// that changed, and rewrites the file with just the live ones once dead ones outweigh them. Each
/// entry is framed by its length, so a write cut short leaves a tail that is ignored (and dropped by
/// the next rewrite), never half-read.
///
/// An entry holds its HTML only when no page does (`BodyHome`): the body of a briefing's page gives
/// the HTML back (`PageBodyInverse`), and keeping it twice was 106 MB of writing in a clean build at
/// 10,000 briefings. Such an entry counts only while the manifest records that page with the same
/// bytes' hash; a page changed in the output since has its briefing rendered again.
struct MarkdownStore: Sendable {
    /// The byte after "SGS" numbers the entry layout (4: the HTML's home before the fields, and HTML
    /// only in entries whose home is the store).
    private static var magic: String { "SGS\u{4}" + siteGenVersion + "\u{0}" }

    /// Documents by key, as read; entries whose page no longer holds their HTML are left out.
    private(set) var documents: [String: CachedMarkdown] = [:]
    /// Where each document in `documents` has its HTML.
    private(set) var homes: [String: BodyHome] = [:]
    /// Keys with an entry in the file, whether or not it could be used (for the tests).
    private(set) var framed: Set<String> = []
    /// Encoded size of each entry, to weigh live against dead bytes.
    private var sizes: [String: Int] = [:]
    /// Bytes of the file as read; 0 when it is missing or unusable.
    private var fileSize = 0
    /// False when the file is missing, from another version, or ends in a damaged entry: the next save rewrites it.
    private var intact = false

    /// Reads the store at `path`; a missing or foreign file gives an empty store. `pages` are the last
    /// build's page records (`PageCache`) in `output`, where entries without HTML find it.
    ///
    /// Only each entry's frame and fields are read; its HTML stays in the file until a page needs it
    /// (`DocumentHTML`). Decoding all of it cost an edit rebuild 0.4 s at 10,000 briefings, and at
    /// 100,000 put 1.6 GB of HTML in memory.
    static func read(_ path: String, pages: [String: String] = [:], output: String = "") -> MarkdownStore {
        var store = MarkdownStore()
        guard let file = StoreFile(path: path) else { return store }
        let header = Array(magic.utf8)
        let size = file.size
        guard let start = file.read(at: 0, count: min(header.count, size)), start == header else { return store }
        store.intact = true
        var offset = header.count
        // Entries whose HTML is in a page are about 1 KB: they are read through a window of 1 MB.
        var window = StoreWindow(file: file, size: size)
        while offset < size {
            guard let head = window.read(at: offset, count: 16), var frame = ManifestReader(head, magic: ""),
                  let length = frame.int(), let metaLength = frame.int(),
                  metaLength >= 0, length >= 8 + metaLength, offset + 8 + length <= size,
                  let meta = window.read(at: offset + 16, count: metaLength),
                  var r = ManifestReader(meta, magic: ""), let key = r.string(), let home = BodyHome(decoding: &r) else {
                store.intact = false
                break
            }
            let htmlOffset = offset + 16 + metaLength
            let htmlLength = length - 8 - metaLength
            guard let document = CachedMarkdown(decoding: &r, html: {
                DocumentHTML(stored: file, offset: htmlOffset, length: htmlLength, hash: $0)
            }), r.atEnd else {
                store.intact = false
                break
            }
            store.framed.insert(key)
            offset += 8 + length
            // The newest usable entry of a key is taken. A build that failed its checks may have
            // appended entries for pages it never wrote: the entry before them still describes the output.
            var found = document
            if case .page(let page, let hash) = home {
                guard let slot = MarkdownStore.slot(of: page, hash: hash, pages: pages) else { continue }
                found.html = DocumentHTML(page: join(output, page), slot: slot, hash: document.html.hash)
            }
            store.documents[key] = found
            store.homes[key] = home
            store.sizes[key] = 8 + length
        }
        store.fileSize = offset
        return store
    }

    /// The body slot of the page at `path` when the records give its bytes `hash`; nil otherwise. The
    /// file is not looked at here: most pages are kept as they are and their HTML never read, and a
    /// page that changed since is found out when it is (`DocumentHTML`, `RenderContext.bodyBytes`).
    private static func slot(of path: String, hash: String, pages: [String: String]) -> BodySlot? {
        guard let record = pages[path].flatMap(PageCache.fields), record.hash.elementsEqual(hash.utf8) else { return nil }
        return BodySlot(text: Substring(record.slot))
    }

    /// Makes the file hold an entry for every key in `live`, its HTML where the key's page this build
    /// says it is: appends the entries that are new or moved, or rewrites the file when it is damaged
    /// or mostly dead entries. `document` gives a key's document.
    func save(_ live: [String: PageOfBody], document: (String) -> CachedMarkdown, to path: String) throws {
        var wanted: [String: BodyHome] = [:]
        var changed: [String] = []
        for (key, page) in live {
            let old = homes[key]
            switch page {
            case .made(let home):
                wanted[key] = home
                if old != home { changed.append(key) }
            case .reused(let page, let hash):
                // An entry a kept page holds stays; one whose page is gone keeps its HTML in the store.
                if let old, old == .inline || old == .page(path: page, hash: hash) {
                    wanted[key] = old
                } else {
                    wanted[key] = .inline
                    changed.append(key)
                }
            }
        }
        changed.sort()
        // An entry replaced now is as large as its successor: counted as live, it becomes dead next time.
        let liveBytes = live.keys.reduce(0) { $0 + (sizes[$1] ?? 0) }
        let deadBytes = fileSize - MarkdownStore.magic.utf8.count - liveBytes
        let entry = { (key: String) in (key, document(key), wanted[key]!) }
        if intact, deadBytes <= liveBytes {
            guard !changed.isEmpty else { return }
            let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
            guard fd >= 0 else { throw WriteError.cannotWrite("\(path): \(String(cString: strerror(errno)))") }
            defer { close(fd) }
            try MarkdownStore.write(changed, entry: entry, to: fd, path: path)
        } else {
            let temporary = "\(path).tmp-\(getpid())"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw WriteError.cannotWrite("\(temporary): \(String(cString: strerror(errno)))") }
            do {
                try OutputWriter.writeAll(fd, Array(MarkdownStore.magic.utf8), path: temporary)
                try MarkdownStore.write(live.keys.sorted(), entry: entry, to: fd, path: temporary)
                close(fd)
            } catch {
                close(fd)
                unlink(temporary)
                throw error
            }
            guard rename(temporary, path) == 0 else {
                unlink(temporary)
                throw WriteError.cannotWrite("\(path): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Encodes the entries in parallel, a batch at a time, writing each batch as it is ready: the whole
    /// store never sits in memory twice (a 10,000-briefing build peaked 330 MB higher when it did).
    private static func write(_ keys: [String], entry: (String) -> (String, CachedMarkdown, BodyHome), to fd: Int32,
                              path: String) throws {
        var start = 0
        while start < keys.count {
            let batch = Array(keys[start..<min(keys.count, start + 512)])
            let frames = try MarkdownStore.frames(batch, entry)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(frames.reduce(0) { $0 + $1.count })
            for frame in frames { bytes.append(contentsOf: frame) }
            try OutputWriter.writeAll(fd, bytes, path: path)
            start += batch.count
        }
    }

    /// Each entry framed as its length, the length of its key, home and fields, those, then the HTML
    /// when its home is the store: encoded in parallel. A stored HTML that can no longer be read fails
    /// the save (the next build renders it).
    private static func frames(_ keys: [String], _ entry: (String) -> (String, CachedMarkdown, BodyHome)) throws -> [[UInt8]] {
        try parallelMap(keys) { key -> Result<[UInt8], Error> in
            Result {
                let (key, document, home) = entry(key)
                var meta = ManifestWriter(part: true)
                meta.string(key)
                home.encode(&meta)
                document.encode(&meta)
                let html = home == .inline ? try document.html.bytes() : []
                var frame = ManifestWriter(part: true)
                frame.reserve(16 + meta.bytes.count + html.count)
                frame.int(8 + meta.bytes.count + html.count)
                frame.int(meta.bytes.count)
                frame.append(part: meta.bytes)
                frame.append(part: html)
                return frame.bytes
            }
        }.map { try $0.get() }
    }
}

/// Reads a file front to back through a window of at least 1 MB, so many small reads cost few system calls.
private struct StoreWindow {
    let file: StoreFile
    let size: Int
    private var start = 0
    private var bytes: [UInt8] = []

    init(file: StoreFile, size: Int) {
        self.file = file
        self.size = size
    }

    /// `count` bytes at `offset`; nil past the end of the file.
    mutating func read(at offset: Int, count: Int) -> [UInt8]? {
        guard count >= 0, offset >= 0, offset + count <= size else { return nil }
        if offset < start || offset + count > start + bytes.count {
            guard let read = file.read(at: offset, count: max(count, min(1 << 20, size - offset))) else { return nil }
            (start, bytes) = (offset, read)
        }
        return Array(bytes[(offset - start)..<(offset - start + count)])
    }
}
