/// The output files an edit rewrites, as it makes them: each read once from the output, checked to be
/// the file the base records, then changed in memory by every briefing the edit touches.
struct EditPages {
    /// A page's bytes so far, and its body's slot in them.
    struct Page {
        var path: String
        var bytes: [UInt8]
        var slot: BodySlot?
    }

    let base: EditBase
    let output: String
    /// Pages read so far, by row; `changed` are those whose bytes differ from the output's.
    private(set) var pages: [Int: Page] = [:]
    private(set) var changed: Set<Int> = []
    /// Pages as the output holds them, by row, for those read so far.
    private(set) var originals: [Int: Page] = [:]
    /// Pages the edit takes out of the output.
    private(set) var removed: Set<Int> = []
    /// Pages the edit makes, by row: past the base's last row, or in place of a page taken away before.
    private(set) var made: [Int: String] = [:]
    /// Pages read with the bytes the base records but another identity, by row: the base takes the new one.
    private(set) var reidentified: [Int: EditBase.OutputIdentity] = [:]
    /// The row the next page made past the base's rows gets.
    private var nextRow: Int?

    init(base: EditBase, output: String) {
        self.base = base
        self.output = output
    }

    /// Row `row`'s page as changed so far; nil when the output's file is not as the base records it:
    /// its identity, or else (an output copied away and back) the hash of its bytes.
    mutating func page(_ row: Int) -> Page? {
        guard !removed.contains(row) else { return nil }
        if let page = pages[row] { return page }
        guard let recorded = base.row(row) else { return nil }
        let full = join(output, recorded.path)
        guard let file = EditBase.recorded(recorded, at: full), let bytes = file.bytes ?? (try? readWholeFile(full)) else { return nil }
        if file.bytes != nil { reidentified[row] = file.identity }
        let page = Page(path: recorded.path, bytes: bytes, slot: recorded.slot)
        pages[row] = page
        originals[row] = page
        return page
    }

    /// Makes a page at `path` with `bytes`, in row `row` (one whose page was taken away) or a new row;
    /// the row, or nil when the base's rows cannot be counted.
    mutating func make(_ path: String, bytes: [UInt8], in row: Int?) -> Int? {
        guard let row = row ?? nextRow ?? base.rowCount else { return nil }
        if row >= (nextRow ?? base.rowCount ?? 0) { nextRow = row + 1 }
        pages[row] = Page(path: path, bytes: bytes, slot: nil)
        changed.insert(row)
        removed.remove(row)
        made[row] = path
        return row
    }

    /// Takes row `row`'s page out of the output, once it was read as the base records it.
    mutating func remove(_ row: Int) {
        guard pages[row] != nil else { return }
        pages[row] = nil
        changed.remove(row)
        removed.insert(row)
    }

    /// Replaces row `row`'s bytes and slot.
    mutating func set(_ row: Int, bytes: [UInt8], slot: BodySlot?) {
        guard var page = pages[row], page.bytes != bytes || page.slot != slot else { return }
        page.bytes = bytes
        page.slot = slot
        pages[row] = page
        changed.insert(row)
    }
}
