import Foundation

/// `check`'s page sink: scans each HTML page as soon as it is made and keeps the scan, not the bytes.
///
/// `check` writes nothing, so before this every page stayed in memory until the check stage: 3.9 GB at
/// 100,000 briefings. A scan keeps a page's distinct links and ids as numbers (`LinkTable`).
final class PageScanner: PageSink, @unchecked Sendable {
    /// The strings of every page scanned so far.
    let table = LinkTable()
    private let lock = NSLock()
    private var scans: [String: PageLinks] = [:]

    /// Scans an HTML page and returns it without its bytes; any other file is kept as it is.
    func put(_ file: OutputFile) throws -> OutputFile {
        guard file.path.hasSuffix(".html") else { return file }
        let scan = PageLinks(HTMLScan(try file.contents()), table: table)
        lock.withLock { scans[file.path] = scan }
        return OutputFile(path: file.path, bytes: [])
    }

    /// The scan of the page at `path`, if it came through `put`.
    func scan(of path: String) -> PageLinks? { lock.withLock { scans[path] } }
}
