import Foundation

/// The rendered Markdown half of the manifest: an append-only file of documents by cache key, beside
/// the small manifest file (`<manifest>.markdown`).
///
/// At 10,000 briefings the documents take 167 MB; rewriting them whenever one briefing changed cost an
/// edit rebuild over a second. A build appends only the documents it rendered, and rewrites the file
/// with just the live documents once dead ones outweigh them. Each entry is framed by its length, so a
/// write cut short leaves a tail that is ignored (and dropped by the next rewrite), never half-read.
struct MarkdownStore: Sendable {
    /// The byte after "SGS" numbers the entry layout (3: prose facts instead of paragraph text, and
    /// the HTML framed apart from the other fields).
    private static var magic: String { "SGS\u{3}" + siteGenVersion + "\u{0}" }

    /// Documents by key, as read.
    private(set) var documents: [String: CachedMarkdown] = [:]
    /// Encoded size of each entry, to weigh live against dead bytes.
    private var sizes: [String: Int] = [:]
    /// Bytes of the file as read; 0 when it is missing or unusable.
    private var fileSize = 0
    /// False when the file is missing, from another version, or ends in a damaged entry: the next save rewrites it.
    private var intact = false

    /// Reads the store at `path`; a missing or foreign file gives an empty store.
    ///
    /// Only each entry's frame and fields are read; its HTML stays in the file until a page needs it
    /// (`DocumentHTML`). Decoding all of it cost an edit rebuild 0.4 s at 10,000 briefings, and at
    /// 100,000 put 1.6 GB of HTML in memory.
    static func read(_ path: String) -> MarkdownStore {
        var store = MarkdownStore()
        guard let file = StoreFile(path: path) else { return store }
        let header = Array(magic.utf8)
        let size = file.size
        guard let start = file.read(at: 0, count: min(header.count, size)), start == header else { return store }
        store.intact = true
        var offset = header.count
        while offset < size {
            // One read usually takes the frame, the key and the fields: they are a few KB at most.
            guard let head = file.read(at: offset, count: min(size - offset, 16 + 8192)), head.count >= 16,
                  var frame = ManifestReader(Array(head[0..<16]), magic: ""),
                  let length = frame.int(), let metaLength = frame.int(),
                  metaLength >= 0, length >= 8 + metaLength, offset + 8 + length <= size,
                  let meta = head.count >= 16 + metaLength ? Array(head[16..<(16 + metaLength)])
                      : file.read(at: offset + 16, count: metaLength),
                  var r = ManifestReader(meta, magic: ""), let key = r.string() else {
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
            store.documents[key] = document
            store.sizes[key] = 8 + length
            offset += 8 + length
        }
        store.fileSize = offset
        return store
    }

    /// Makes the file hold the document of every key in `live`: appends the ones it lacks, or rewrites
    /// the file when it is damaged or mostly dead entries. `document` gives a key's document.
    func save(_ live: Set<String>, document: (String) -> CachedMarkdown, to path: String) throws {
        let missing = live.filter { documents[$0] == nil }.sorted()
        let liveBytes = live.reduce(0) { $0 + (sizes[$1] ?? 0) }
        let deadBytes = fileSize - MarkdownStore.magic.utf8.count - liveBytes
        if intact, deadBytes <= liveBytes {
            guard !missing.isEmpty else { return }
            let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
            guard fd >= 0 else { throw WriteError.cannotWrite("\(path): \(String(cString: strerror(errno)))") }
            defer { close(fd) }
            try MarkdownStore.write(missing, document: document, to: fd, path: path)
        } else {
            let temporary = "\(path).tmp-\(getpid())"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw WriteError.cannotWrite("\(temporary): \(String(cString: strerror(errno)))") }
            do {
                try OutputWriter.writeAll(fd, Array(MarkdownStore.magic.utf8), path: temporary)
                try MarkdownStore.write(live.sorted(), document: document, to: fd, path: temporary)
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
    private static func write(_ keys: [String], document: (String) -> CachedMarkdown, to fd: Int32, path: String) throws {
        var start = 0
        while start < keys.count {
            let batch = Array(keys[start..<min(keys.count, start + 512)])
            let frames = try MarkdownStore.frames(batch.map { ($0, document($0)) })
            var bytes: [UInt8] = []
            bytes.reserveCapacity(frames.reduce(0) { $0 + $1.count })
            for frame in frames { bytes.append(contentsOf: frame) }
            try OutputWriter.writeAll(fd, bytes, path: path)
            start += batch.count
        }
    }

    /// Each entry framed as its length, the length of its key and fields, those, then the HTML: encoded
    /// in parallel. A stored HTML that can no longer be read fails the save (the next build renders it).
    private static func frames(_ entries: [(String, CachedMarkdown)]) throws -> [[UInt8]] {
        try parallelMap(entries) { key, document -> Result<[UInt8], Error> in
            Result {
                var meta = ManifestWriter(part: true)
                meta.string(key)
                document.encode(&meta)
                let html = try document.html.bytes()
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
