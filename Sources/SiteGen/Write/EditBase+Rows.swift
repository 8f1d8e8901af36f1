import Foundation

/// The pages an edit may rewrite, as `EditBase` records them: one row per HTML page, feed and JSON
/// file of the output, with its identity and, for a briefing page, its body's slot.
///
/// Rows have a fixed width, so an edit reads and patches only the rows of the pages it touches. The
/// rows of pages no briefing lists by card (home, timeline, events, glossary, feeds) are kept apart as
/// `alwaysRows`: they show every briefing, or the newest, and an edit of a title looks through them all.
extension EditBase {
    /// A page as the last build, or the last edit, left it.
    struct PageRow: Sendable, Equatable {
        var path: String
        /// Nil when the build could not examine the file: an edit that needs it is a full build.
        var identity: OutputIdentity?
        var slot: BodySlot?
        /// `ContentHash.page` of its bytes; 0 when not known. An output copied elsewhere and back (a CI
        /// cache) has new identities but the same bytes: the hash tells (`EditPages.page`).
        var hash = 0
    }

    /// The rows of a build's output, made while encoding the base.
    struct Rows {
        var rows: [PageRow] = []
        /// Row by output path.
        var index: [String: Int] = [:]

        /// Rows as a base records them.
        init(rows: [PageRow]) {
            self.rows = rows
            for (k, row) in rows.enumerated() { index[row.path] = k }
        }

        /// Rows for every page, feed and JSON file in `files`, with identities from `pageRecords`
        /// (briefing and listing pages) or from `output` (the few others).
        init(files: [OutputFile], pageRecords: [String: String], output: String) {
            for file in files where EditBase.Rows.isRecorded(file.path) {
                index[file.path] = rows.count
                let identity = pageRecords[file.path].flatMap(OutputIdentity.init(record:)) ?? OutputIdentity(output + "/" + file.path)
                rows.append(PageRow(path: file.path, identity: identity, slot: file.bodySlot, hash: ContentHash.page(hex: file.contentHash)))
            }
        }

        /// Pages, data files and feeds, which may show titles, summaries and dates, and the sitemap, which shows dates.
        static func isRecorded(_ path: String) -> Bool {
            path.hasSuffix(".html") || path.hasSuffix(".json") || path.hasSuffix(".xml")
        }

        /// For each briefing, the rows of the other briefing and listing pages showing its title:
        /// its neighbours' pages, the pages it is related to, and the listing pages with its card.
        func showing(pages: [Int?], shown: SiteRenderer.Shown) -> [[Int]] {
            var on = [[Int]](repeating: [], count: pages.count)
            for (i, page) in pages.enumerated() {
                // A briefing page without a slot could not keep its body apart: -1, a row no edit can read.
                guard let found = page else { continue }
                let page = rows[found].slot == nil ? -1 : found
                for j in [i - 1, i + 1] where on.indices.contains(j) { on[j].append(page) }
                if i < shown.related.count { for j in shown.related[i] where on.indices.contains(j) { on[j].append(page) } }
            }
            for (path, cards) in shown.listed {
                guard let row = index[path] else { continue }
                for j in cards where on.indices.contains(j) { on[j].append(row) }
            }
            return on.map { Array(Set($0)).sorted() }
        }

        /// Appends the rows to `bytes`: count, where the fixed rows and `alwaysRows` start, the paths,
        /// then seven numbers a row, then the rows of `always` (path offset, size, inode, mtime, slot start, slot length; -1 for
        /// none; the hash of the bytes, 0 for none).
        func encode(into bytes: inout [UInt8], always: [Int]) {
            var w = ManifestWriter(part: true)
            let headerSize = 24
            // Offsets are from the section's start: a retitled entry before it moves the whole section.
            var pathAt: [Int] = []
            for row in rows {
                pathAt.append(headerSize + w.bytes.count)
                w.string(row.path)
            }
            let fixedAt = headerSize + w.bytes.count
            for (k, row) in rows.enumerated() {
                w.int(pathAt[k])
                w.int(row.identity?.size ?? -1); w.int(row.identity?.inode ?? -1); w.int(row.identity?.mtime ?? -1)
                w.int(row.slot?.start ?? -1); w.int(row.slot?.length ?? -1); w.int(row.hash)
            }
            let alwaysAt = headerSize + w.bytes.count
            w.int(always.count)
            for k in always { w.int(k) }
            var header = ManifestWriter(part: true)
            header.int(rows.count); header.int(fixedAt); header.int(alwaysAt)
            bytes += header.bytes
            bytes += w.bytes
        }
    }

    private static let rowWidth = 56

    /// Where row `k`'s seven numbers start; nil past the last row or in a damaged base.
    private func rowAt(_ k: Int) -> Int? {
        guard var r = ManifestReader(bytes, magic: EditBase.magic), r.seek(to: rowsAt), let n = r.int(), let fixedAt = r.int(),
              k >= 0, k < n, rowsAt + fixedAt + (k + 1) * EditBase.rowWidth <= bytes.count else { return nil }
        return rowsAt + fixedAt + k * EditBase.rowWidth
    }

    /// Row `k`; nil when there is none.
    func row(_ k: Int) -> PageRow? {
        guard let at = rowAt(k), var r = ManifestReader(bytes, magic: EditBase.magic), r.seek(to: at),
              let pathAt = r.int(), let size = r.int(), let inode = r.int(), let mtime = r.int(),
              let start = r.int(), let length = r.int(), let hash = r.int() else { return nil }
        var p = r
        guard p.seek(to: rowsAt + pathAt), let path = p.string() else { return nil }
        return PageRow(path: path, identity: size < 0 ? nil : OutputIdentity(size: size, inode: inode, mtime: mtime),
                       slot: start < 0 ? nil : BodySlot(start: start, length: length), hash: hash)
    }

    /// Every row by its output path; nil in a damaged base.
    func rowsByPath() -> [String: Int]? {
        guard var r = ManifestReader(bytes, magic: EditBase.magic), r.seek(to: rowsAt), let n = r.count(), r.int() != nil,
              r.int() != nil else { return nil }
        var out: [String: Int] = [:]
        out.reserveCapacity(n)
        for k in 0..<n {
            guard let path = r.string() else { return nil }
            out[path] = k
        }
        return out
    }

    /// The rows of the pages that list no cards (see the type's summary).
    var alwaysRows: [Int] {
        guard var r = ManifestReader(bytes, magic: EditBase.magic), r.seek(to: rowsAt), r.int() != nil, r.int() != nil,
              let alwaysAt = r.int(), r.seek(to: rowsAt + alwaysAt), let n = r.count() else { return [] }
        return (0..<n).compactMap { _ in r.int() }
    }

    /// The file at `full` when it is the one `row` records: its identity now, and its bytes when they
    /// were read to tell (its identity is another, as in an output copied away and back, and its bytes
    /// hash as recorded). Nil when it is missing, not the recorded file, or the row records none.
    static func recorded(_ row: PageRow, at full: String) -> (identity: OutputIdentity, bytes: [UInt8]?)? {
        guard let identity = row.identity, let now = OutputIdentity(full) else { return nil }
        if now == identity { return (now, nil) }
        guard row.hash != 0, let bytes = try? readWholeFile(full), ContentHash.page(bytes) == row.hash,
              OutputIdentity(full) == now else { return nil }
        return (now, bytes)
    }

    /// Checks that every page, feed and data file of the output is the file its row records
    /// (`recorded`) and that the files of rows taken away are gone: what an edit that reads no page
    /// checks instead, one `lstat` a row (13,617 at 10,000 briefings) on every core. The rows whose
    /// files have the recorded bytes under a new identity, with it; nil when a file is not as recorded.
    func outputAsRecorded(_ output: String) -> [Int: OutputIdentity]? {
        guard let n = rowCount else { return nil }
        enum Found { case same, moved(OutputIdentity), differs }
        let found = parallelMap(Array(0..<n)) { k -> Found in
            guard let row = row(k) else { return .differs }
            let full = join(output, row.path)
            guard row.identity != nil else { return access(full, F_OK) != 0 ? .same : .differs }
            guard let file = EditBase.recorded(row, at: full) else { return .differs }
            return file.bytes == nil ? .same : .moved(file.identity)
        }
        var moved: [Int: OutputIdentity] = [:]
        for (k, f) in found.enumerated() {
            switch f {
            case .same: continue
            case .moved(let identity): moved[k] = identity
            case .differs: return nil
            }
        }
        return moved
    }

    /// How many rows the base has; nil when it is damaged.
    var rowCount: Int? {
        guard var r = ManifestReader(bytes, magic: EditBase.magic), r.seek(to: rowsAt) else { return nil }
        return r.count()
    }

    /// Adds rows for pages an edit makes at `paths`, matching no file until `setRow`; the number of
    /// the first, or nil in a damaged base. The rows are the base's last section, so it is encoded
    /// again whole, once for all of them.
    mutating func appendRows(_ paths: [String]) -> Int? {
        guard let n = rowCount else { return nil }
        var rows: [PageRow] = []
        rows.reserveCapacity(n + paths.count)
        for k in 0..<n {
            guard let row = row(k) else { return nil }
            rows.append(row)
        }
        rows += paths.map { PageRow(path: $0, identity: nil, slot: nil) }
        var section: [UInt8] = []
        Rows(rows: rows).encode(into: &section, always: alwaysRows)
        replaceRows(with: section)
        return n
    }

    /// Records that row `k`'s file was taken away: the row matches no file, so no edit reads it.
    mutating func setRowGone(_ k: Int) {
        guard let at = rowAt(k) else { return }
        for n in 1...5 { patch(at: at + 8 * n, -1) }
        patch(at: at + 48, 0)
    }

    /// Records row `k`'s new identity, slot and hash.
    mutating func setRow(_ k: Int, identity: OutputIdentity, slot: BodySlot?, hash: Int) {
        guard let at = rowAt(k) else { return }
        let values = [identity.size, identity.inode, identity.mtime, slot?.start ?? -1, slot?.length ?? -1, hash]
        for (n, value) in values.enumerated() { patch(at: at + 8 * (n + 1), value) }
    }
}
