/// The internal link check: every link and `#anchor` in the generated site resolves, every image has alt text.
public enum LinkChecker {
    /// Checks the pages among `files`; problems in a briefing's body point at its Markdown line.
    public static func check(_ files: [OutputFile], ctx: RenderContext) -> [Diagnostic] {
        let basePath = ctx.routes.basePath
        let paths = Set(files.map(\.path))
        let pages = files.filter { $0.path.hasSuffix(".html") }
        let scans = parallelMap(pages) { HTMLScan((try? $0.contents()) ?? []) }
        var idsByPath: [String: Set<String>] = [:]
        for (page, scan) in zip(pages, scans) { idsByPath[page.path] = scan.ids }
        let places = PagePlaces(ctx)
        // The preview's own scripts are served by the preview server, not written into the site.
        let served = Set(ctx.extraScripts)

        // Pages are checked in parallel; each page's problems keep their order, pages keep theirs.
        var diagnostics = parallelMap(Array(pages.indices)) { i -> [Diagnostic] in
            let page = pages[i].path
            var found: [Diagnostic] = []
            for url in scans[i].links where !served.contains(url) {
                if let problem = resolve(url, from: page, basePath: basePath, paths: paths, ids: idsByPath) {
                    found.append(places.diagnostic(.error, page: page, url: url, problem))
                }
            }
            for src in scans[i].imagesWithoutAlt {
                found.append(places.diagnostic(.error, page: page, url: src, "image `\(src)` has no alt text; write `![what it shows](\(src))`"))
            }
            return found
        }.flatMap { $0 }
        for (i, doc) in ctx.documents.enumerated() {
            let a = ctx.site.articles[i]
            for image in doc.links where image.isImage && image.alt.trimmingSpaces.isEmpty {
                diagnostics.append(.error(a.path, line: a.bodyLine + image.line - 1,
                                          "image `\(image.url)` has no alt text; write `![what it shows](\(image.url))`"))
            }
        }
        return diagnostics
    }

    /// Nil when `url` on page `from` resolves, else what is wrong.
    static func resolve(_ url: String, from page: String, basePath: String, paths: Set<String>,
                        ids: [String: Set<String>]) -> String? {
        if url.isEmpty { return "empty link target (a link to a script URL is emptied); give the link a real address" }
        if isExternal(url) { return nil }
        var target = url
        var fragment: String?
        if let hash = url.utf8.firstIndex(of: 35) { // "#"
            fragment = String(url[url.utf8.index(after: hash)...])
            target = String(url[..<hash])
        }
        guard let path = targetPath(target, from: page, basePath: basePath) else {
            return "link `\(url)` points outside the site's base path \(basePath); link to `\(basePath)…` or use a relative link"
        }
        guard paths.contains(path) else { return "broken link `\(url)`: the site has no page \(path); fix the address or remove the link" }
        if let fragment, !fragment.isEmpty, let targetIds = ids[path], !targetIds.contains(fragment) {
            return "broken anchor `\(url)`: \(path) has no element with id \"\(fragment)\""
        }
        return nil
    }

    /// The output path an internal link (without `#fragment`) points at, or nil when it leaves the base path.
    static func targetPath(_ target: String, from page: String, basePath: String) -> String? {
        var target = target
        if let q = target.firstIndex(of: "?") { target = String(target[..<q]) }
        if target.isEmpty { return page }
        if target.hasPrefix("/") {
            guard target.hasPrefix(basePath) else { return nil }
            return normalise(String(target.dropFirst(basePath.count)))
        }
        let folder = page.contains("/") ? String(page[...page.lastIndex(of: "/")!]) : ""
        return normalise(folder + target)
    }

    /// True for scheme URLs (`https:`, `mailto:`) and protocol-relative ones (`//host`).
    static func isExternal(_ url: String) -> Bool {
        if url.hasPrefix("//") { return true }
        // A scheme is whatever precedes the first ":", as long as no "/", "#" or "?" comes first.
        for b in url.utf8 {
            switch b {
            case 58: return true
            case 47, 35, 63: return false
            default: continue
            }
        }
        return false
    }

    /// Resolves `.` and `..` and maps folders to their `index.html`.
    static func normalise(_ path: String) -> String {
        // Generated links are already clean: no dot segments and no doubled slashes.
        if !path.hasPrefix("."), !path.hasPrefix("/"), !path.containsBytes("/."), !path.containsBytes("//") {
            return path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
        }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        var out = parts.joined(separator: "/")
        if path.isEmpty || path.hasSuffix("/") { out += out.isEmpty ? "index.html" : "/index.html" }
        return out
    }
}
