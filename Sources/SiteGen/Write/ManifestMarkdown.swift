/// `RenderedMarkdown` in the Markdown store: the same fields, in the manifest's binary format. The
/// HTML is framed apart from the rest (see `MarkdownStore`), so reading the store can skip it.
struct CachedMarkdown: Sendable {
    var html: DocumentHTML
    /// The rendered document's own values: turning 10,000 cached documents back into rendered ones
    /// then copies no heading or link (it made two arrays a briefing in every incremental build).
    var headings: [Heading]
    var links: [Link]
    var prose: ProseFacts
    var wordCount: Int
    var footnoteCount: Int

    /// Stores a rendered document.
    init(_ m: RenderedMarkdown) {
        html = m.markup
        headings = m.headings
        links = m.links
        prose = m.prose
        wordCount = m.wordCount
        footnoteCount = m.footnoteCount
    }

    /// Appends every field but the HTML's text (its hash is written) to a manifest.
    func encode(_ w: inout ManifestWriter) {
        w.string(html.hash)
        w.int(headings.count)
        for h in headings { w.int(h.level); w.string(h.text); w.string(h.id); w.int(h.line) }
        w.int(links.count)
        for l in links { w.string(l.url); w.int(l.line); w.bool(l.isImage); w.string(l.alt) }
        prose.encode(&w)
        w.int(wordCount)
        w.int(footnoteCount)
    }

    /// Reads the fields back, the HTML being the one `html` finds by its hash; nil when the manifest is damaged.
    init?(decoding r: inout ManifestReader, html: (_ hash: String) -> DocumentHTML) {
        guard let hash = r.string(), let nh = r.count() else { return nil }
        var headings: [Heading] = []
        headings.reserveCapacity(nh)
        for _ in 0..<nh {
            guard let level = r.int(), let text = r.string(), let id = r.string(), let line = r.int() else { return nil }
            headings.append(Heading(level: level, text: text, id: id, line: line))
        }
        guard let nl = r.count() else { return nil }
        var links: [Link] = []
        links.reserveCapacity(nl)
        for _ in 0..<nl {
            guard let url = r.string(), let line = r.int(), let isImage = r.bool(), let alt = r.string() else { return nil }
            links.append(Link(url: url, line: line, isImage: isImage, alt: alt))
        }
        guard let prose = ProseFacts(decoding: &r), let words = r.int(), let notes = r.int() else { return nil }
        self.html = html(hash)
        self.headings = headings
        self.links = links
        self.prose = prose
        self.wordCount = words
        self.footnoteCount = notes
    }

    /// The rendered document again.
    var rendered: RenderedMarkdown {
        RenderedMarkdown(markup: html, headings: headings, links: links, prose: prose, wordCount: wordCount, footnoteCount: footnoteCount)
    }
}

extension ProseFacts {
    /// Appends the facts to a manifest; a missing month, day or end year is written as -1.
    func encode(_ w: inout ManifestWriter) {
        w.string(lead)
        w.int(dated.count)
        for d in dated {
            w.int(d.date.year); w.int(d.date.month ?? -1); w.int(d.date.day ?? -1); w.int(d.date.endYear ?? -1)
            w.string(d.sentence); w.string(d.paragraph); w.int(d.line); w.int(d.ordinal)
        }
        w.int(definitions.count)
        for d in definitions { w.string(d.acronym); w.string(d.expansion) }
        w.int(capitalWords.count)
        for word in capitalWords { w.string(word) }
    }

    /// Reads the facts back; nil when the manifest is damaged.
    init?(decoding r: inout ManifestReader) {
        func optional(_ n: Int) -> Int? { n < 0 ? nil : n }
        guard let lead = r.string(), let nd = r.count() else { return nil }
        var dated: [DatedSentence] = []
        for _ in 0..<nd {
            guard let year = r.int(), let month = r.int(), let day = r.int(), let end = r.int(),
                  let sentence = r.string(), let paragraph = r.string(), let line = r.int(), let ordinal = r.int() else { return nil }
            let date = EventDate(year: year, month: optional(month), day: optional(day), endYear: optional(end))
            dated.append(DatedSentence(date: date, sentence: sentence, paragraph: paragraph, line: line, ordinal: ordinal))
        }
        guard let nf = r.count() else { return nil }
        var definitions: [Definition] = []
        for _ in 0..<nf {
            guard let acronym = r.string(), let expansion = r.string() else { return nil }
            definitions.append(Definition(acronym: acronym, expansion: expansion))
        }
        guard let nw = r.count() else { return nil }
        var words: [String] = []
        words.reserveCapacity(nw)
        for _ in 0..<nw {
            guard let word = r.string() else { return nil }
            words.append(word)
        }
        self.init(lead: lead, dated: dated, definitions: definitions, capitalWords: words)
    }
}
