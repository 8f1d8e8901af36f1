/// `RenderedMarkdown` in the manifest: the same fields, in the manifest's binary format.
struct CachedMarkdown: Sendable {
    struct CachedHeading: Sendable { var level: Int; var text: String; var id: String; var line: Int }
    struct CachedLink: Sendable { var url: String; var line: Int; var isImage: Bool; var alt: String }
    struct CachedParagraph: Sendable { var id: String; var text: String; var line: Int }

    var html: String
    var headings: [CachedHeading]
    var links: [CachedLink]
    var paragraphs: [CachedParagraph]
    var wordCount: Int
    var footnoteCount: Int

    /// Stores a rendered document.
    init(_ m: RenderedMarkdown) {
        html = m.html
        headings = m.headings.map { CachedHeading(level: $0.level, text: $0.text, id: $0.id, line: $0.line) }
        links = m.links.map { CachedLink(url: $0.url, line: $0.line, isImage: $0.isImage, alt: $0.alt) }
        paragraphs = m.paragraphs.map { CachedParagraph(id: $0.id, text: $0.text, line: $0.line) }
        wordCount = m.wordCount
        footnoteCount = m.footnoteCount
    }

    /// Appends the fields to a manifest.
    func encode(_ w: inout ManifestWriter) {
        w.string(html)
        w.int(headings.count)
        for h in headings { w.int(h.level); w.string(h.text); w.string(h.id); w.int(h.line) }
        w.int(links.count)
        for l in links { w.string(l.url); w.int(l.line); w.bool(l.isImage); w.string(l.alt) }
        w.int(paragraphs.count)
        for p in paragraphs { w.string(p.id); w.string(p.text); w.int(p.line) }
        w.int(wordCount)
        w.int(footnoteCount)
    }

    /// Reads the fields back; nil when the manifest is damaged.
    init?(decoding r: inout ManifestReader) {
        guard let html = r.string(), let nh = r.count() else { return nil }
        var headings: [CachedHeading] = []
        for _ in 0..<nh {
            guard let level = r.int(), let text = r.string(), let id = r.string(), let line = r.int() else { return nil }
            headings.append(CachedHeading(level: level, text: text, id: id, line: line))
        }
        guard let nl = r.count() else { return nil }
        var links: [CachedLink] = []
        for _ in 0..<nl {
            guard let url = r.string(), let line = r.int(), let isImage = r.bool(), let alt = r.string() else { return nil }
            links.append(CachedLink(url: url, line: line, isImage: isImage, alt: alt))
        }
        guard let np = r.count() else { return nil }
        var paragraphs: [CachedParagraph] = []
        for _ in 0..<np {
            guard let id = r.string(), let text = r.string(), let line = r.int() else { return nil }
            paragraphs.append(CachedParagraph(id: id, text: text, line: line))
        }
        guard let words = r.int(), let notes = r.int() else { return nil }
        self.html = html
        self.headings = headings
        self.links = links
        self.paragraphs = paragraphs
        self.wordCount = words
        self.footnoteCount = notes
    }

    /// The rendered document again.
    var rendered: RenderedMarkdown {
        RenderedMarkdown(html: html, headings: headings.map { Heading(level: $0.level, text: $0.text, id: $0.id, line: $0.line) },
                         links: links.map { Link(url: $0.url, line: $0.line, isImage: $0.isImage, alt: $0.alt) },
                         paragraphs: paragraphs.map { Paragraph(id: $0.id, text: $0.text, line: $0.line) },
                         wordCount: wordCount, footnoteCount: footnoteCount)
    }
}
