import Foundation

/// The scans `check` made of the pages it found unchanged in the output, kept for the next `check`
/// (`<manifest>.scans`).
///
/// Beside the build's output, `check` read and scanned every page: 620 of its 1,060 processor
/// milliseconds in the pages stage at 10,000 briefings. A page the page cache gives back (its file
/// checked by identity, or by the hash of its bytes) whose bytes have the hash they had when it was
/// scanned has the same links, ids and images, so its scan is taken from here: by that hash, so an
/// output copied away and back (a CI cache) keeps its scans. The strings keep their numbers: a `LinkTable` made from `strings` numbers them
/// as the scans do, and pages scanned afresh add theirs after them.
struct ScanCache: Sendable {
    /// One page's scan and the content hash of the bytes it was made from.
    struct Entry: Sendable {
        var bytesHash: String
        var scan: PageLinks
    }

    /// The output folder the pages are in.
    var output = ""
    /// The link table's strings, by number.
    var strings: [String] = []
    /// Scans by output path.
    var entries: [String: Entry] = [:]

    private static let magic = "SGK\u{2}" + siteGenVersion + "\u{0}"

    /// The cache at `path` for pages in `output`; empty when it is missing, foreign, damaged or of another output.
    static func read(_ path: String, output: String) -> ScanCache {
        guard let bytes = try? readWholeFile(path), var r = ManifestReader(bytes, magic: magic), let folder = r.string(),
              folder == output, let ns = r.count() else { return ScanCache() }
        var cache = ScanCache(output: output)
        cache.strings.reserveCapacity(ns)
        for _ in 0..<ns {
            guard let s = r.string() else { return ScanCache() }
            cache.strings.append(s)
        }
        guard let np = r.count() else { return ScanCache() }
        cache.entries.reserveCapacity(np)
        for _ in 0..<np {
            guard let path = r.string(), let bytesHash = r.string(), let links = r.int32s(), let ids = r.int32s(),
                  let ni = r.count() else { return ScanCache() }
            var images: [String] = []
            for _ in 0..<ni {
                guard let src = r.string() else { return ScanCache() }
                images.append(src)
            }
            guard (links + ids).allSatisfy({ $0 >= 0 && Int($0) < ns }) else { return ScanCache() }
            cache.entries[path] = Entry(bytesHash: bytesHash, scan: PageLinks(links: links, ids: ids, imagesWithoutAlt: images))
        }
        return r.atEnd ? cache : ScanCache()
    }

    /// Writes `entries` with only the strings they use, numbered again in order of first use, through
    /// a temporary file and a rename.
    static func write(_ entries: [String: Entry], strings: LinkStrings, output: String, to path: String) throws {
        var renumbered = [Int32](repeating: -1, count: strings.strings.count)
        var kept: [String] = []
        func number(_ n: Int32) -> Int32 {
            if renumbered[Int(n)] < 0 {
                renumbered[Int(n)] = Int32(kept.count)
                kept.append(strings[n])
            }
            return renumbered[Int(n)]
        }
        let sorted = entries.sorted { $0.key < $1.key }
        var body = ManifestWriter(part: true)
        body.int(sorted.count)
        for (path, entry) in sorted {
            body.string(path)
            body.string(entry.bytesHash)
            body.int32s(entry.scan.links.map(number))
            // Ids stay sorted by number, as `PageLinks.hasID` searches them.
            body.int32s(entry.scan.ids.map(number).sorted())
            body.int(entry.scan.imagesWithoutAlt.count)
            for src in entry.scan.imagesWithoutAlt { body.string(src) }
        }
        var w = ManifestWriter(magic: magic)
        w.string(output)
        w.int(kept.count)
        for s in kept { w.string(s) }
        w.append(part: body.bytes)
        try OutputWriter.replaceFile(path, w.bytes, makingFolder: true)
    }
}
