/// Pages no reader can reach: every HTML page must be linked, directly or not, from the home page.
enum Orphans {
    /// Follows internal links from `index.html`; each page never reached is an error (`404.html` is reached by the server).
    static func check(_ files: [OutputFile], ctx: RenderContext) -> [Diagnostic] {
        let basePath = ctx.routes.basePath
        let pages = files.filter { $0.path.hasSuffix(".html") }
        let scans = parallelMap(pages) { HTMLScan((try? $0.contents()) ?? []) }
        var links: [String: [String]] = [:]
        for (page, scan) in zip(pages, scans) { links[page.path] = scan.links }
        guard links["index.html"] != nil else { return [.error("output/index.html", "the site has no home page")] }

        var reached: Set<String> = ["index.html"]
        var queue = ["index.html"]
        while let page = queue.popLast() {
            for url in links[page] ?? [] where !url.isEmpty && !LinkChecker.isExternal(url) {
                let target = url.firstIndex(of: "#").map { String(url[..<$0]) } ?? url
                guard let path = LinkChecker.targetPath(target, from: page, basePath: basePath),
                      links[path] != nil, reached.insert(path).inserted else { continue }
                queue.append(path)
            }
        }
        let places = PagePlaces(ctx)
        return pages.map(\.path).filter { !reached.contains($0) && $0 != "404.html" }.map { path in
            places.diagnostic(.error, page: path, url: nil,
                              "page \(path) is not linked from any page reachable from the home page; link to it or remove it")
        }
    }
}
