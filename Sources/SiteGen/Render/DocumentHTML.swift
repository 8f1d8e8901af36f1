import Glibc

/// The HTML of a rendered briefing: in memory when this build rendered it, otherwise a place in the
/// Markdown store or in the briefing's page of the last build, read only when a page that shows it is made.
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
        /// The same, let go by `letGo` once its briefing's page is made (see `releasable`).
        case held(HeldBytes)
        case stored(StoreFile, offset: Int, length: Int)
        /// The body slot of a page in the output, which gives the HTML back through `PageBodyInverse`.
        case page(String, offset: Int, length: Int)
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

    /// HTML that the body slot of the page at `path` gives back (see `PageBodyInverse`), hashing to `hash`.
    init(page path: String, slot: BodySlot, hash: String) {
        place = .page(path, offset: slot.start, length: slot.length)
        self.hash = hash
    }

    /// Bytes of HTML this value holds in memory, or held until `letGo`.
    var heldBytes: Int {
        switch place {
        case .memory(let bytes): bytes.count
        case .held(let held): held.count
        default: 0
        }
    }

    /// The same HTML, in memory until `letGo`: at 100,000 briefings the pages stage grew by 0.4 GB
    /// over 1 GB of HTML it had no more use for, and set the build's peak.
    func releasable() -> DocumentHTML {
        guard case .memory(let bytes) = place else { return self }
        return DocumentHTML(place: .held(HeldBytes(bytes)), hash: hash)
    }

    /// Lets the HTML go, if `releasable` made it so. Only the job that makes the briefing's page may
    /// call this, and no other job may read this HTML after it (the feeds' briefings are kept).
    func letGo() {
        if case .held(let held) = place { held.bytes = nil }
    }

    private init(place: Place, hash: String) {
        self.place = place
        self.hash = hash
    }

    /// The same document without its HTML: only its hash is kept.
    func released() -> DocumentHTML {
        DocumentHTML(place: .released, hash: hash)
    }

    /// The HTML; a stored one is read and checked against its hash, and a failure says so.
    public func text() throws -> String {
        if case .memory(let bytes) = place { return String(decoding: bytes, as: UTF8.self) }
        if case .held(let held) = place, let bytes = held.bytes { return String(decoding: bytes, as: UTF8.self) }
        guard let html = String(validating: try bytes(), as: UTF8.self) else { throw StoreError.changed(storePath) }
        return html
    }

    /// The UTF-8 bytes, read and checked as `text()` does (writing the store again needs no String).
    func bytes() throws -> [UInt8] {
        switch place {
        case .memory(let bytes):
            return bytes
        case .held(let held):
            guard let bytes = held.bytes else { throw StoreError.released }
            return bytes
        case .stored(let file, let offset, let length):
            guard let bytes = file.read(at: offset, count: length), ContentHash.hex(bytes) == hash else {
                throw StoreError.changed(file.path)
            }
            return bytes
        case .page(let path, let offset, let length):
            guard let body = StoreFile(path: path)?.read(at: offset, count: length) else { throw StoreError.pageChanged(path) }
            let bytes = PageBodyInverse.html(body)
            guard ContentHash.hex(bytes) == hash else { throw StoreError.pageChanged(path) }
            return bytes
        case .released:
            throw StoreError.released
        }
    }

    /// The store file a stored HTML comes from, for messages.
    private var storePath: String {
        if case .stored(let file, _, _) = place { return file.path }
        if case .page(let path, _, _) = place { return path }
        return "memory"
    }

    public static func == (a: DocumentHTML, b: DocumentHTML) -> Bool { a.hash == b.hash }
    public func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}

/// HTML a briefing page's job lets go of (`DocumentHTML.letGo`). Unlocked: one job writes it, once,
/// and no job reads it after (see `SiteRenderer.files`).
final class HeldBytes: @unchecked Sendable {
    var bytes: [UInt8]?
    /// The bytes it held at first.
    let count: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        count = bytes.count
    }
}

/// The build cache was changed by something else while a build read it.
public enum StoreError: Error, CustomStringConvertible {
    case changed(String)
    /// A page the store points into no longer gives its briefing's HTML back.
    case pageChanged(String)
    /// A briefing's HTML was asked for after the build let it go: a SiteGen bug, not a content problem.
    case released

    public var description: String {
        switch self {
        case .changed(let path): "the build cache \(path) changed while it was read"
        case .pageChanged(let path): "the page \(path) changed since the build that wrote it"
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
