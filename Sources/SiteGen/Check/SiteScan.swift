/// Every HTML page of a generated site scanned once, for all of `check`'s rules: the link check,
/// the orphan search and the external links (each scanned every page on its own before).
struct SiteScan {
    /// Where a link leads.
    enum Outcome: Sendable {
        /// To the page at this index of `pages`.
        case page(Int)
        /// To a file that is not a page, or off the site.
        case elsewhere
        /// Nowhere: what is wrong, for the report.
        case broken(String)
    }

    /// The path of each HTML page, sorted.
    let paths: [String]
    /// The scan of `paths[i]`.
    let pages: [PageLinks]
    let strings: LinkStrings
    private let pageIndex: [String: Int]
    private let otherFiles: Set<String>
    private let basePath: String
    /// The outcome of each link that leads to the same place from every page (absolute, external or
    /// empty), by string number; nil for relative links and for strings that are only ids.
    private var fixed: [Outcome?] = []
    /// For a link that is only a fragment (`#x`), the string number of `x`, -1 when no page has that
    /// id; nil for any other link.
    private var ownFragment: [Int32?] = []

    /// Scans the HTML pages among `files` that `scanned` has not already scanned as they were made.
    init(_ files: [OutputFile], scanned: PageScanner?, basePath: String) {
        let table = scanned?.table ?? LinkTable()
        let html = files.filter { $0.path.hasSuffix(".html") }.sorted { $0.path < $1.path }
        paths = html.map(\.path)
        pages = parallelMap(html) { file in
            scanned?.scan(of: file.path) ?? PageLinks(HTMLScan((try? file.contents()) ?? []), table: table)
        }
        strings = table.frozen
        var index: [String: Int] = [:]
        index.reserveCapacity(paths.count)
        for (i, path) in paths.enumerated() { index[path] = i }
        pageIndex = index
        otherFiles = Set(files.lazy.map(\.path).filter { !$0.hasSuffix(".html") })
        self.basePath = basePath
        var used = [Bool](repeating: false, count: strings.strings.count)
        for page in pages { for link in page.links { used[Int(link)] = true } }
        let scan = self
        fixed = parallelMap(Array(used.indices)) { n -> Outcome? in
            guard used[n] else { return nil }
            let url = scan.strings.strings[n]
            guard url.isEmpty || url.utf8.first == 47 || LinkChecker.isExternal(url) else { return nil } // "/"
            return scan.resolve(url, from: "")
        }
        ownFragment = used.indices.map { n -> Int32? in
            let url = strings.strings[n]
            guard used[n], url.utf8.count > 1, url.utf8.first == UInt8(ascii: "#") else { return nil }
            return strings.numbers[String(url.dropFirst())] ?? -1
        }
    }

    /// Where link number `link` on page `page` leads.
    func outcome(_ link: Int32, onPage page: Int) -> Outcome {
        if let outcome = fixed[Int(link)] { return outcome }
        // A footnote's, a heading's or the skip link's `#id` on its own page needs no path worked out:
        // ten of every briefing page's links are such, and resolving each was most of the link check.
        if let id = ownFragment[Int(link)], id >= 0, pages[page].hasID(id) { return .page(page) }
        return resolve(strings[link], from: paths[page])
    }

    /// Where `url` on the page at `page` leads.
    private func resolve(_ url: String, from page: String) -> Outcome {
        var target: Int?
        let problem = LinkChecker.resolve(url, from: page, basePath: basePath, exists: { path in
            target = pageIndex[path]
            return target != nil || otherFiles.contains(path)
        }, hasID: { _, fragment in
            guard let target else { return true }
            return strings.numbers[fragment].map { pages[target].hasID($0) } ?? false
        })
        if let problem { return .broken(problem) }
        return target.map { .page($0) } ?? .elsewhere
    }
}
