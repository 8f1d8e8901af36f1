import Foundation

/// The rendered Markdown half of the manifest: an append-only file of documents by cache key, beside
/// the small manifest file (`<manifest>.markdown`).
///
/// At 10,000 briefings the documents take 167 MB; rewriting them whenever one briefing changed cost an
/// edit rebuild over a second. A build appends only the documents it rendered, and rewrites the file
/// with just the live documents once dead ones outweigh them. Each entry is framed by its length, so a
/// write cut short leaves a tail that is ignored (and dropped by the next rewrite), never half-read.
struct MarkdownStore: Sendable {
    /// The byte after "SGS" numbers the entry layout (2: prose facts instead of paragraph text).
    private static var magic: String { "SGS\u{2}" + siteGenVersion + "\u{0}" }

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
    /// The file is read in blocks and decoded entry by entry: reading it whole put its 1.6 GB beside
    /// the decoded documents when an edit rebuilt 100,000 briefings.
    static func read(_ path: String) -> MarkdownStore {
        var store = MarkdownStore()
        guard let file = BlockReader(path: path) else { return store }
        let header = Array(magic.utf8)
        guard let start = file.take(header.count), start == header else { return store }
        store.intact = true
        var size = header.count
        while !file.atEnd {
            guard let prefix = file.take(8), var lengthReader = ManifestReader(prefix, magic: ""),
                  let length = lengthReader.int(), length > 0, length < 1 << 32,
                  let body = file.take(length), var r = ManifestReader(body, magic: ""),
                  let key = r.string(), let document = CachedMarkdown(decoding: &r), r.atEnd else {
                store.intact = false
                break
            }
            store.documents[key] = document
            store.sizes[key] = 8 + length
            size += 8 + length
        }
        store.fileSize = size
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
            let frames = MarkdownStore.frames(batch.map { ($0, document($0)) })
            var bytes: [UInt8] = []
            bytes.reserveCapacity(frames.reduce(0) { $0 + $1.count })
            for frame in frames { bytes.append(contentsOf: frame) }
            try OutputWriter.writeAll(fd, bytes, path: path)
            start += batch.count
        }
    }

    /// Each entry as its length and then its key and document, encoded in parallel.
    private static func frames(_ entries: [(String, CachedMarkdown)]) -> [[UInt8]] {
        parallelMap(entries) { key, document -> [UInt8] in
            var body = ManifestWriter(part: true)
            body.string(key)
            document.encode(&body)
            var frame = ManifestWriter(part: true)
            frame.int(body.bytes.count)
            frame.append(part: body.bytes)
            return frame.bytes
        }
    }
}

/// Reads a file front to back in blocks, handing out byte ranges of any length.
final class BlockReader {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var offset = 0
    private var exhausted = false
    /// What each read fills: the file's size up to 8 MB.
    private var chunk: [UInt8] = []

    /// Opens `path`; nil when it cannot be read.
    init?(path: String) {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
    }

    deinit { close(fd) }

    /// True when every byte has been handed out.
    var atEnd: Bool {
        fill(1)
        return offset == buffer.count
    }

    /// The next `count` bytes, or nil when the file ends first.
    func take(_ count: Int) -> [UInt8]? {
        fill(count)
        guard buffer.count - offset >= count else { return nil }
        defer { offset += count }
        return Array(buffer[offset..<(offset + count)])
    }

    private func fill(_ count: Int) {
        guard buffer.count - offset < count, !exhausted else { return }
        buffer.removeFirst(offset)
        offset = 0
        if chunk.isEmpty {
            var st = stat()
            let size = fstat(fd, &st) == 0 ? Int(st.st_size) : 0
            chunk = [UInt8](repeating: 0, count: min(max(size, 4096), 8 << 20))
        }
        while buffer.count < count, !exhausted {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { exhausted = true; break }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }
}
