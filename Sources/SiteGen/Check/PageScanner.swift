import Foundation

/// `check`'s page sink: scans each HTML page as soon as it is made and keeps the scan, not the bytes.
///
/// `check` writes nothing, so before this every page stayed in memory until the check stage: 3.9 GB at
/// 100,000 briefings. A scan keeps a page's distinct links and ids as numbers (`LinkTable`). A page
/// the page cache gave back unchanged from the output takes its scan from the last check's
/// (`ScanCache`) when its file is the one scanned then.
final class PageScanner: PageSink, @unchecked Sendable {
    /// The strings of every page scanned so far, numbered as `previous` numbers them.
    let table: LinkTable
    private let previous: ScanCache
    /// The identities the page cache found its pages with (`PageCache.verified`).
    private let verified: FoundIdentities?
    private let lock = NSLock()
    private var scans: [String: PageLinks] = [:]
    /// The content hash of each page scanned from a file the page cache gave back.
    private var hashes: [String: String] = [:]
    private var cachedCount = 0

    /// A scanner that takes scans from `previous` for the pages the page cache gave back (`verified`
    /// notes them) with the bytes' hash recorded there.
    init(previous: ScanCache = ScanCache(), verified: FoundIdentities? = nil) {
        let seeded = LinkTable(strings: previous.strings)
        table = seeded ?? LinkTable()
        self.previous = seeded == nil ? ScanCache() : previous
        self.verified = verified
    }

    /// Scans an HTML page and returns it without its bytes; any other file is kept as it is.
    func put(_ file: OutputFile) throws -> OutputFile {
        guard file.path.hasSuffix(".html") else { return file }
        // A page the page cache gave back holds the bytes its record names (by its identity, or by
        // their hash in an output restored from a cache): their scan serves, whatever the file's identity.
        let hash = file.reused.flatMap { $0.staged || verified?.identity(of: file.path) == nil ? nil : $0.hash }
        let cached = hash.flatMap { h in previous.entries[file.path].flatMap { $0.bytesHash == h ? $0.scan : nil } }
        let scan = try cached ?? PageLinks(HTMLScan(file.contents()), table: table)
        lock.withLock {
            scans[file.path] = scan
            if let hash { hashes[file.path] = hash }
            if cached != nil { cachedCount += 1 }
        }
        return OutputFile(path: file.path, bytes: [])
    }

    /// The scan of the page at `path`, if it came through `put`.
    func scan(of path: String) -> PageLinks? { lock.withLock { scans[path] } }

    /// How many scans came from `previous`.
    var fromCache: Int { lock.withLock { cachedCount } }

    /// The scans the next `check` can take, when they differ from `previous`'s: some were made afresh
    /// from unchanged files, or some of its pages are gone. Nil when writing them again would change nothing.
    var toKeep: [String: ScanCache.Entry]? {
        lock.withLock {
            guard cachedCount != hashes.count || hashes.count != previous.entries.count else { return nil }
            var out: [String: ScanCache.Entry] = [:]
            out.reserveCapacity(hashes.count)
            for (path, hash) in hashes { if let scan = scans[path] { out[path] = ScanCache.Entry(bytesHash: hash, scan: scan) } }
            return out
        }
    }
}
