/// The link check every build runs: each link and image an editor wrote in a briefing's Markdown
/// resolves to a file of the site, and its `#anchor` to an element of that page.
///
/// Links the templates generate come from `Routes` and are checked by the tests; `sitegen check`
/// scans every generated page as well (raw HTML included), which at 10,000 briefings cost a build
/// 1.5 s. Only pages a fragment points into are searched for ids, and only for `id="`.
enum BodyLinks {
    /// Problems with the links in the briefings' Markdown, at the lines that wrote them, and the pages
    /// those links point into with a `#fragment` (their ids matter to the check).
    static func check(_ files: [OutputFile], ctx: RenderContext) -> (diagnostics: [Diagnostic], anchored: Set<String>) {
        let basePath = ctx.routes.basePath
        var fileIndex: [String: Int] = [:]
        for (i, file) in files.enumerated() { fileIndex[file.path] = i }
        let paths = Set(fileIndex.keys)
        let unsafe = ctx.site.config.unsafeHTML

        /// A link as its page shows it, with the page it sits on and the target path when it has an anchor.
        struct Written { var article: Int; var link: Link; var url: String; var page: String; var anchored: String? }
        // Per briefing and in parallel: at 10,000 briefings the 50,000 links took 0.18 s on one core.
        let written = parallelMap(Array(ctx.documents.indices)) { i -> [Written] in
            let links = ctx.documents[i].links
            guard !links.isEmpty else { return [] }
            let page = ctx.routes.outputPath(ctx.routes.article(ctx.site.articles[i].slug))
            return links.map { link in
                var url = link.url
                // The same rewriting `TreeRewriter` applies, so the check sees what the page links to.
                if unsafe, HTMLSanitizer.isDangerousURL(url) {
                    url = ""
                } else if basePath != "/", url.hasPrefix("/"), !url.hasPrefix("//"), !url.hasPrefix(basePath) {
                    url = basePath + url.dropFirst()
                }
                var anchored: String?
                // Found among the bytes: walking `Character`s for it was two thirds of this map.
                if let hash = url.utf8.firstIndex(of: UInt8(ascii: "#")), hash != url.utf8.index(before: url.utf8.endIndex),
                   !LinkChecker.isExternal(url) {
                    anchored = LinkChecker.targetPath(String(url[..<hash]), from: page, basePath: basePath)
                }
                return Written(article: i, link: link, url: url, page: page, anchored: anchored)
            }
        }
        let anchored = Set(written.joined().compactMap(\.anchored))
        let targets = Array(anchored.filter { fileIndex[$0] != nil }).sorted()
        let idSets = parallelMap(targets) { PageIDs.find(in: (try? files[fileIndex[$0]!].contents()) ?? []) }
        let ids = Dictionary(uniqueKeysWithValues: zip(targets, idSets))

        let diagnostics = parallelMap(written) { links -> [Diagnostic] in
            var found: [Diagnostic] = []
            for w in links {
                let a = ctx.site.articles[w.article]
                let line = a.bodyLine + w.link.line - 1
                if let problem = LinkChecker.resolve(w.url, from: w.page, basePath: basePath, paths: paths, ids: ids) {
                    found.append(.error(a.path, line: line, problem))
                }
                if w.link.isImage, w.link.alt.trimmingSpaces.isEmpty {
                    found.append(.error(a.path, line: line, "image `\(w.link.url)` has no alt text; write `![what it shows](\(w.link.url))`"))
                }
            }
            return found
        }.flatMap { $0 }
        return (diagnostics, anchored)
    }
}

/// The `id` attributes of a generated page.
enum PageIDs {
    /// Every value of an ` id="…"` attribute: text never holds that sequence, because SiteGen escapes `"` in text.
    static func find(in bytes: [UInt8]) -> Set<String> {
        var ids: Set<String> = []
        bytes.withUnsafeBufferPointer { page in
            let marker: [UInt8] = Array(" id=\"".utf8)
            marker.withUnsafeBufferPointer { marker in
                var offset = 0
                while let at = firstOffset(of: marker, in: page, from: offset) {
                    let start = at + marker.count
                    var end = start
                    while end < page.count, page[end] != 34 { end += 1 }
                    ids.insert(unescape(ArraySlice(page[start..<end])))
                    offset = end
                }
            }
        }
        return ids
    }
}
