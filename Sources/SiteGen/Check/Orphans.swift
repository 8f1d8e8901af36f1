/// Pages no reader can reach: every HTML page must be linked, directly or not, from the home page.
enum Orphans {
    /// Follows internal links from `index.html`; each page never reached is an error (`404.html` is reached by the server).
    static func check(_ scan: SiteScan, places: PagePlaces) -> [Diagnostic] {
        guard let home = scan.paths.firstIndex(of: "index.html") else { return [.error("output/index.html", "the site has no home page")] }
        var reached = [Bool](repeating: false, count: scan.paths.count)
        reached[home] = true
        var queue = [home]
        while let page = queue.popLast() {
            for link in scan.pages[page].links {
                guard case .page(let target) = scan.outcome(link, onPage: page), !reached[target] else { continue }
                reached[target] = true
                queue.append(target)
            }
        }
        return scan.paths.indices.filter { !reached[$0] && scan.paths[$0] != "404.html" }.map { i in
            places.diagnostic(.error, page: scan.paths[i], url: nil,
                              "page \(scan.paths[i]) is not linked from any page reachable from the home page; link to it or remove it")
        }
    }
}
