/// What the top of an article says: title, publication date, byline; the kicker and ticker lines dropped.
struct HeaderInfo: Sendable, Hashable {
    var title: String?
    var titleLine = 0
    var date: FoundDate?
    var dateLine = 0
    var authors: [String] = []
    var url: String?
    var moved: [ReportLine] = []
    var dropped: [ReportLine] = []
}

/// Reads the lines above the first paragraph of prose.
enum Header {
    /// At most this many lines sit above the prose; a longer run is body text.
    static let maxLines = 12

    static func extract(_ lines: inout [RawLine], rules: ImportRules) -> HeaderInfo {
        var info = HeaderInfo()
        var candidates: [Int] = []
        for i in lines.indices.filter({ !lines[$0].text.isEmpty }).prefix(maxLines) {
            let text = lines[i].text
            if isProse(text) || isWrapStart(text, next: i + 1 < lines.count ? lines[i + 1].text : nil) { break }
            if let url = Provenance.url(onlyIn: text) {
                info.url = info.url ?? url
                info.moved.append(ReportLine(line: lines[i].number, text: text, reason: "source url"))
            } else if let pub = PublicationLine.read(text, rules: rules) {
                if info.date == nil || info.date?.date == nil && pub.date?.date != nil, let found = pub.date {
                    info.date = found
                    info.dateLine = lines[i].number
                }
                for name in pub.authors where !info.authors.contains(name) { info.authors.append(name) }
                info.moved.append(ReportLine(line: lines[i].number, text: text, reason: pub.date == nil ? "byline" : "publication line"))
            } else {
                candidates.append(i)
                continue
            }
            lines[i].text = ""
        }
        pickTitle(candidates, &lines, &info)
        return info
    }

    /// Kicker first (a short label before the real title), then the title, then repeats of it.
    private static func pickTitle(_ candidates: [Int], _ lines: inout [RawLine], _ info: inout HeaderInfo) {
        var rest = candidates[...]
        if rest.count >= 2, let k = rest.first, isKicker(lines[k].text), sameText(lines[k].text, lines[rest[rest.startIndex + 1]].text) == false {
            info.dropped.append(ReportLine(line: lines[k].number, text: lines[k].text, reason: "kicker or category label"))
            lines[k].text = ""
            rest = rest.dropFirst()
        }
        guard let t = rest.first, isTitleLike(lines[t].text) else { return }
        info.title = lines[t].text
        info.titleLine = lines[t].number
        info.moved.append(ReportLine(line: lines[t].number, text: lines[t].text, reason: "title"))
        lines[t].text = ""
        for i in rest.dropFirst() where sameText(lines[i].text, info.title ?? "") {
            info.dropped.append(ReportLine(line: lines[i].number, text: lines[i].text, reason: "repeated title"))
            lines[i].text = ""
        }
    }

    /// Prose: a long line, or a full sentence of some length. Titles are neither.
    static func isProse(_ text: String) -> Bool {
        let words = text.split(separator: " ").count
        guard let last = text.last(where: { !$0.isASCIIDigit }) else { return false }
        // Headlines don't end with a full stop; a sentence of six words or more is the story starting.
        return words > 30 || text.count > 250 || (words >= 15 && ".”\"".contains(last)) || (words >= 6 && last == ".")
    }

    /// The first line of a paragraph wrapped at a fixed width: the line after it goes on in lower case.
    static func isWrapStart(_ text: String, next: String?) -> Bool {
        guard let next, let first = next.first else { return false }
        return (40...100).contains(text.count) && first.isLowercase && !(text.last.map { ".!?:;”\"".contains($0) } ?? true)
    }

    /// A category label such as "Pakistan Region" or "OPINION": three words at most, no closing mark.
    static func isKicker(_ text: String) -> Bool {
        text.split(separator: " ").count <= 3 && !(text.last.map { ".!?:;,".contains($0) } ?? true)
    }

    static func isTitleLike(_ text: String) -> Bool {
        text.count <= 200 && text.contains(where: \.isLetter) && !(text.last.map { ",;".contains($0) } ?? true)
    }

    /// Same words, ignoring case, spacing and punctuation.
    static func sameText(_ a: String, _ b: String) -> Bool {
        func key(_ s: String) -> String { s.lowercased().filter { $0.isLetter || $0.isNumber } }
        return key(a) == key(b) && !key(a).isEmpty
    }
}
