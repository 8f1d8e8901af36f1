/// The part of the edit base an author edit (`AuthorEdit`) works from: every author name the site's
/// briefings give, and for every briefing in the site's order the indexes of its authors' names.
/// From these the edit makes each author's list of briefings, and the name their page shows, before
/// and after the edit, without loading the site.
///
/// A briefing's authors have a fixed width (two numbers: a count and up to seven 16-bit indexes),
/// so an edit patches them in place. After them, the author pages some briefing's Markdown links
/// to: an author losing their last briefing takes their page away only when no link points there.
extension EditBase {
    /// The decoded section.
    struct AuthorTable: Sendable {
        /// Every author name as the front matter spells it, in order of first appearance.
        var names: [String]
        /// Each briefing's author names, in its front matter's order.
        var authors: [[String]]
        /// Where the fixed-width numbers of briefing 0 start in the base.
        var tableAt: Int
        /// Output paths of the author pages a briefing's Markdown links to.
        var linked: Set<String> = []
    }

    /// Most authors one briefing can have for the table to record it; a site with more has no table.
    static let maxAuthors = 7

    /// Appends the section: its length, whether it could be made, then its fields. `linked` are the
    /// output paths of the author pages the briefings' Markdown links to (`linkedAuthorPages`).
    static func encodeAuthors(_ w: inout ManifestWriter, site: Site, linked: Set<String>) {
        var section = ManifestWriter(part: true)
        var index: [String: Int] = [:]
        var names: [String] = []
        for a in site.articles {
            for name in a.authors where index[name] == nil {
                index[name] = names.count
                names.append(name)
            }
        }
        let usable = names.count < 0xFFFF && site.articles.allSatisfy { $0.authors.count <= maxAuthors }
        section.bool(usable)
        if usable { encodeTable(&section, names: names, authors: site.articles.map(\.authors), linked: linked) }
        w.int(section.bytes.count)
        w.append(part: section.bytes)
    }

    /// The fields of a usable section: the names, each briefing's authors as indexes into them, the linked pages.
    private static func encodeTable(_ section: inout ManifestWriter, names: [String], authors: [[String]], linked: Set<String>) {
        let index = Dictionary(names.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        section.int(names.count)
        for name in names { section.string(name) }
        section.int(authors.count)
        for briefing in authors {
            let (low, high) = packed16(briefing.map { index[$0]! })
            section.int(low)
            section.int(high)
        }
        section.int(linked.count)
        for path in linked.sorted() { section.string(path) }
    }

    /// The base with its author section made again from `table`, for an edit that brings in a name:
    /// the names come before the fixed-width part, so the section grows and what follows it moves.
    /// Nil when the base is damaged or the table has too many names.
    func withAuthors(_ table: AuthorTable) -> EditBase? {
        guard table.names.count < 0xFFFF, table.authors.allSatisfy({ $0.count <= EditBase.maxAuthors }),
              var r = ManifestReader(bytes, magic: EditBase.magic), r.seek(to: authorsAt), let oldLength = r.int() else { return nil }
        var section = ManifestWriter(part: true)
        section.bool(true)
        EditBase.encodeTable(&section, names: table.names, authors: table.authors, linked: table.linked)
        var w = ManifestWriter(part: true)
        w.int(section.bytes.count)
        w.append(part: section.bytes)
        let oldEnd = authorsAt + 8 + oldLength
        let delta = w.bytes.count - (oldEnd - authorsAt)
        var moved = Array(bytes[..<authorsAt]) + w.bytes + bytes[oldEnd...]
        // The field holding where the rows start follows the section.
        ManifestWriter.patch(&moved, at: authorsAt + w.bytes.count, rowsAt + delta)
        return EditBase(bytes: moved)
    }

    /// A count and up to seven indexes below 65,535, sixteen bits each, in two numbers (`pack`).
    static func packed16(_ indexes: [Int]) -> (Int, Int) { pack(indexes, bits: 16) }

    /// What `packed16` packed; nil when the count or an index is out of range.
    static func unpacked16(_ low: Int, _ high: Int, vocabularySize: Int) -> [Int]? {
        unpack(low, high, bits: 16, most: maxAuthors, vocabularySize: vocabularySize)
    }

    /// The section, decoded; nil when the build could not make it or it is damaged.
    func authorTable() -> AuthorTable? {
        guard var r = ManifestReader(bytes, magic: EditBase.magic), r.seek(to: authorsAt), r.int() != nil,
              r.bool() == true, let nn = r.count() else { return nil }
        var names: [String] = []
        for _ in 0..<nn {
            guard let name = r.string() else { return nil }
            names.append(name)
        }
        guard let n = r.count() else { return nil }
        let tableAt = r.position
        var authors: [[String]] = []
        authors.reserveCapacity(n)
        for _ in 0..<n {
            guard let low = r.int(), let high = r.int(), let indexes = EditBase.unpacked16(low, high, vocabularySize: nn) else { return nil }
            authors.append(indexes.map { names[$0] })
        }
        guard let nl = r.count() else { return nil }
        var linked: Set<String> = []
        for _ in 0..<nl {
            guard let path = r.string() else { return nil }
            linked.insert(path)
        }
        return AuthorTable(names: names, authors: authors, tableAt: tableAt, linked: linked)
    }

    /// The output paths of the author pages that the links of `documents` (briefing `i`'s on the page
    /// at `pages[i]`) point to. A link reaches an author page only by naming its folder or escaping
    /// letters, so only those are resolved.
    static func linkedAuthorPages(_ documents: [RenderedMarkdown], pages: [String], routes: Routes) -> Set<String> {
        let folder = routes.outputPath(routes.authors).dropLast("index.html".count)
        let name = Array("uthors".utf8)
        // On the bytes: `String.contains` over the 50,000 links of 10,000 briefings took 50 ms.
        func mayName(_ url: String) -> Bool {
            url.utf8.withContiguousStorageIfAvailable { b in
                if b.contains(UInt8(ascii: "%")) { return true }
                guard b.count >= name.count else { return false }
                for i in 0...(b.count - name.count) where b[i] == name[0] && b[i..<(i + name.count)].elementsEqual(name) { return true }
                return false
            } ?? true
        }
        var found: Set<String> = []
        for (i, doc) in documents.enumerated() {
            for link in doc.links where mayName(link.url) {
                guard !LinkChecker.isExternal(link.url) else { continue }
                let url = link.url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                if let target = LinkChecker.targetPath(url, from: pages[i], basePath: routes.basePath), target.hasPrefix(folder) {
                    found.insert(target)
                }
            }
        }
        return found
    }

    /// Records briefing `position`'s authors, each a name of the table's, in the section of `table`.
    mutating func setAuthors(_ table: AuthorTable, at position: Int) {
        setAuthors(table, at: position...position)
    }

    /// Records the authors of the briefings at `positions`, each a name of the table's, in the section of `table`.
    mutating func setAuthors(_ table: AuthorTable, at positions: ClosedRange<Int>) {
        // One index for the range: a move across the archive records thousands of briefings.
        let index = Dictionary(table.names.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        for position in positions {
            let (low, high) = EditBase.packed16(table.authors[position].map { index[$0]! })
            patch(at: table.tableAt + 16 * position, low)
            patch(at: table.tableAt + 16 * position + 8, high)
        }
    }
}
