/// Everything read from one raw article, and the decisions that turn it into front matter and body.
struct Facts {
    var path: String
    var header: HeaderInfo
    var tail: TailInfo
    var units: [BodyUnit]
    var marks: [FootnoteMark]
    var notes: [Note]
    var diagnostics: [Diagnostic] = []

    init(path: String, header: HeaderInfo, tail: TailInfo, units: [BodyUnit], marks: [FootnoteMark], notes: [Note]) {
        self.path = path
        self.header = header
        self.tail = tail
        self.units = units
        self.marks = marks
        self.notes = notes
    }

    /// The first paragraph's wire dateline (`ISLAMABAD, JAN 22 /DNA/:`), if any.
    var dateline: Dateline? {
        guard let first = units.first, first.kind == .paragraph else { return nil }
        return Dateline.parse(first.text)
    }

    /// The lead paragraph as plain text, without dateline or footnote markers.
    var lead: String? {
        guard let u = units.firstIndex(where: { $0.kind == .paragraph }) else { return nil }
        let text = BodyMarkdown.plain(units[u].text, marks.filter { $0.unit == u })
        guard u == 0, let dateline else { return text }
        return String(text.dropFirst(dateline.length))
    }

    mutating func briefing(raw: [UInt8], options: ImportOptions, rules: ImportRules, topics: [Topic],
                           dropped: [ReportLine]) -> ImportedBriefing {
        var review: [String] = []
        let title = decideTitle(options, &review)
        let (date, hint) = decideDate(options, &review)
        let found = (header.authors + tail.authors).filter { !rules.ignores(author: $0) }
        let authors = options.authors ?? found.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if options.authors == nil, header.authors.isEmpty, tail.guessedAuthors {
            review.append("authors")
            diagnostics.append(.warning(path, line: tail.moved.first?.line ?? 1, "took the author from a closing name line (\(authors.joined(separator: ", "))); check `authors` and remove it from `review`"))
        }
        let bodyText = units.indices.map { u in BodyMarkdown.plain(units[u].text, marks.filter { $0.unit == u }) }.joined(separator: "\n")
        let counts = TopicMatch.count(title: title, body: bodyText, topics: topics)
        let proposed = TopicMatch.propose(counts, rules: rules)
        let summary = lead.map { Summary.from(lead: $0, maxChars: rules.summaryMaxChars) }.flatMap { $0.isEmpty ? nil : $0 }
        let sha = SHA256.hex(raw)
        var slug = options.slug.map { ImportSlug.make($0) } ?? ImportSlug.make(title)
        if slug.isEmpty { slug = "briefing-" + sha.prefix(12) }
        let url = header.url ?? tail.url
        linkWarnings()
        let front = ImportFrontMatter(
            title: title, slug: options.slug == nil ? nil : slug, date: date, dateHint: date == nil ? hint : nil,
            authors: authors, authorBio: tail.bio.isEmpty ? nil : tail.bio.joined(separator: " "), topics: proposed,
            summary: summary, draft: date == nil, review: review,
            sourceName: dateline?.agency ?? tail.outlet ?? url.flatMap(Provenance.host), sourceURL: url,
            sourceFile: options.sourceFile, sha256: sha)
        let body = BodyMarkdown.render(units, marks: marks, notes: notes)
        let markdown = front.yaml + (body.isEmpty ? "" : "\n" + body + "\n")
        let report = ImportReport(
            source: path, title: title, date: date, dateHint: front.dateHint, authors: authors, hasBio: !tail.bio.isEmpty,
            topicCounts: counts, topics: proposed, headings: units.filter { $0.kind == .heading }.map(\.text),
            footnotes: Set(marks.map(\.number)).count, dropped: (dropped + header.dropped).sorted { $0.line < $1.line },
            moved: (header.moved + tail.moved).sorted { $0.line < $1.line }, review: review)
        return ImportedBriefing(slug: slug, markdown: markdown, report: report, diagnostics: diagnostics)
    }

    /// The title line; else a provisional title from the first heading or sentence, flagged for review.
    private mutating func decideTitle(_ options: ImportOptions, _ review: inout [String]) -> String {
        if let title = options.title?.trimmingSpaces, !title.isEmpty { return title }
        if let title = header.title { return title }
        let heading = units.first { $0.kind == .heading }?.text
        let sentence = lead.flatMap { Summary.split($0).first }.map { Summary.clip($0, to: 90) }
        let title = [heading, sentence].compactMap { $0 }.first { !$0.isEmpty } ?? "Untitled briefing"
        review.append("title")
        diagnostics.append(.warning(path, "has no title line; used \"\(title)\" for now: write the real title in `title` and remove it from `review` (or pass --title)"))
        return title
    }

    /// The publication date from the top, the dateline or a print credit; never today's date.
    private mutating func decideDate(_ options: ImportOptions, _ review: inout [String]) -> (PublishDate?, String?) {
        if let date = options.date { return (date, nil) }
        let candidates: [(FoundDate?, Int)] = [(header.date, header.dateLine), (dateline?.date, units.first?.line ?? 1), (tail.date, tail.dateLine)]
        if let (found, line) = candidates.first(where: { $0.0?.date != nil }), let found, let date = found.date {
            if found.ambiguous {
                review.append("date")
                diagnostics.append(.warning(path, line: line, "date \"\(found.hint ?? date.isoDay)\" could be read day-first or month-first; read it as \(date.isoDay): check `date`"))
            }
            return (date, nil)
        }
        let hint = candidates.compactMap { $0.0?.hint }.first
        review.append("date")
        if let hint {
            diagnostics.append(.warning(path, line: candidates.first { $0.0?.hint != nil }?.1 ?? 1, "dateline \"\(hint)\" has no year, so the briefing has no date and is a draft: set `date` or import with --date YYYY-MM-DD"))
        } else {
            diagnostics.append(.warning(path, "no publication date found; the briefing is a draft: set `date` or import with --date YYYY-MM-DD"))
        }
        return (nil, hint)
    }

    /// Warns about notes with no marker in the text; their definitions are kept for the editor to place.
    private mutating func linkWarnings() {
        let linked = Set(marks.map(\.number))
        for note in notes where !linked.contains(note.number) {
            diagnostics.append(.warning(path, line: note.line, "note \(note.number) has no marker in the text; put [^\(note.number)] where it belongs"))
        }
    }
}
