import Glibc

/// The HTML of a rendered briefing: in memory when this build rendered it, otherwise a place in the
/// Markdown store, read only when a page that shows it is made.
///
/// An edit rebuild at 10,000 briefings re-renders one briefing page, yet it decoded the HTML of all of
/// them from the store (100 MB, 0.4 s); at 100,000 that decoded HTML set the edit's 2.9 GB peak.
public struct DocumentHTML: Sendable, Hashable {
    /// `ContentHash` of the HTML, known without reading it: page fingerprints use it.
    public let hash: String
    private let place: Place

    private enum Place: Sendable {
        /// Well-formed UTF-8.
        case memory([UInt8])
        case stored(StoreFile, offset: Int, length: Int)
        /// Let go once every page that shows it was made (`RenderContext.releaseHTML`).
        case released
    }

    /// HTML in memory.
    public init(_ html: String) {
        self.init(utf8: Array(html.utf8))
    }

    /// HTML in memory as well-formed UTF-8 (see `UTF8Check`): a page copies these bytes as they are.
    init(utf8 bytes: [UInt8]) {
        place = .memory(bytes)
        hash = ContentHash.hex(bytes)
    }

    /// HTML of `length` bytes at `offset` of an open store file, hashing to `hash`.
    init(stored file: StoreFile, offset: Int, length: Int, hash: String) {
        place = .stored(file, offset: offset, length: length)
        self.hash = hash
    }

    /// Bytes of HTML this value holds in memory.
    var heldBytes: Int {
        if case .memory(let bytes) = place { return bytes.count }
        return 0
    }

    /// The same document without its HTML: only its hash is kept.
    func released() -> DocumentHTML {
        DocumentHTML(released: hash)
    }

    private init(released hash: String) {
        place = .released
        self.hash = hash
    }

    /// The HTML; a stored one is read and checked against its hash, and a failure says so.
    public func text() throws -> String {
        if case .memory(let bytes) = place { return String(decoding: bytes, as: UTF8.self) }
        guard let html = String(validating: try bytes(), as: UTF8.self) else { throw StoreError.changed(storePath) }
        return html
    }

    /// The UTF-8 bytes, read and checked as `text()` does (writing the store again needs no String).
    func bytes() throws -> [UInt8] {
        switch place {
        case .memory(let bytes):
            return bytes
        case .stored(let file, let offset, let length):
            guard let bytes = file.read(at: offset, count: length), ContentHash.hex(bytes) == hash else {
                throw StoreError.changed(file.path)
            }
            return bytes
        case .released:
            throw StoreError.released
        }
    }

    /// The store file a stored HTML comes from, for messages.
    private var storePath: String {
        if case .stored(let file, _, _) = place { return file.path }
        return "memory"
    }

    public static func == (a: DocumentHTML, b: DocumentHTML) -> Bool { a.hash == b.hash }
    public func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}

/// The build cache was changed by something else while a build read it.
public enum StoreError: Error, CustomStringConvertible {
    case changed(String)
    /// A briefing's HTML was asked for after the build let it go: a SiteGen bug, not a content problem.
    case released

    public var description: String {
        switch self {
        case .changed(let path): "the build cache \(path) changed while it was read"
        case .released: "a briefing's HTML was read after the build let it go (a SiteGen bug); build with --clean"
        }
    }
}

/// An open store file, read at offsets. It stays the file that was read even when a later save
/// replaces the path with a compacted copy, so the places in it stay valid for the whole build.
final class StoreFile: Sendable {
    let path: String
    private let fd: Int32

    /// Opens `path` for reading; nil when it cannot be opened.
    init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    /// Size of the file now.
    var size: Int {
        var st = stat()
        return fstat(fd, &st) == 0 ? Int(st.st_size) : 0
    }

    /// `count` bytes at `offset`, or nil when the file is shorter or cannot be read.
    func read(at offset: Int, count: Int) -> [UInt8]? {
        guard count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return bytes
    }
}
