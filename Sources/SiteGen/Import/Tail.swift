/// What the end of an article says about itself: signature, bio, print credit, original URL.
struct TailInfo: Sendable, Hashable {
    var authors: [String] = []
    var bio: [String] = []
    var date: FoundDate?
    var dateLine = 0
    var outlet: String?
    var url: String?
    /// Authors read from bare name lines with no bio to confirm them.
    var guessedAuthors = false
    var moved: [ReportLine] = []
}

/// Takes signature, bio, credit and URL lines off the end of an article.
enum Tail {
    static func extract(_ lines: inout [RawLine], rules: ImportRules) -> TailInfo {
        var info = TailInfo()
        let filled = lines.indices.filter { !lines[$0].text.isEmpty }
        var end = filled.count
        // An "About the Author" section: a name line, then the bio.
        if let h = filled.suffix(8).last(where: { ImportRules.listed(lines[$0].text, in: rules.bioHeadings) }),
           let rank = filled.firstIndex(of: h) {
            info.moved.append(ReportLine(line: lines[h].number, text: lines[h].text, reason: "bio heading"))
            for j in filled[(rank + 1)...] {
                let text = lines[j].text
                if !take(text, line: lines[j].number, into: &info, rules: rules) {
                    if info.bio.isEmpty, Byline.isName(Byline.clean(text)) {
                        info.authors.append(Byline.clean(text))
                        info.moved.append(ReportLine(line: lines[j].number, text: text, reason: "author"))
                    } else {
                        info.bio.append(bioText(text))
                        info.moved.append(ReportLine(line: lines[j].number, text: text, reason: "author_bio"))
                    }
                }
                lines[j].text = ""
            }
            lines[h].text = ""
            end = rank
        }
        // Walking back from the end: bio lines, credits, URLs and signatures, until the prose starts.
        var signatures: [String] = []
        for j in filled[..<end].reversed() {
            let text = lines[j].text
            if isBio(text, rules: rules) {
                info.bio.insert(bioText(text), at: 0)
                info.moved.append(ReportLine(line: lines[j].number, text: text, reason: "author_bio"))
            } else if take(text, line: lines[j].number, into: &info, rules: rules) {
            } else if Byline.isName(signature(text)) {
                signatures.insert(signature(text), at: 0)
                info.moved.append(ReportLine(line: lines[j].number, text: text, reason: "author (signature)"))
            } else {
                break
            }
            lines[j].text = ""
        }
        info.guessedAuthors = !signatures.isEmpty && info.bio.isEmpty
        for name in signatures where !info.authors.contains(name) { info.authors.append(name) }
        info.moved.sort { $0.line < $1.line }
        return info
    }

    /// Takes a credit or URL line into `info`; false when the line is neither.
    private static func take(_ text: String, line: Int, into info: inout TailInfo, rules: ImportRules) -> Bool {
        if let url = Provenance.url(onlyIn: text) {
            info.url = info.url ?? url
            info.moved.append(ReportLine(line: line, text: text, reason: "source url"))
            return true
        }
        guard ImportRules.starts(text, with: rules.credits) else { return false }
        let found = DateScan.first(in: text)
        if info.date == nil, found?.date != nil { info.date = found; info.dateLine = line }
        info.outlet = info.outlet ?? Provenance.outlet(inCredit: text, credits: rules.credits, dateStart: found?.range.lowerBound)
        info.moved.append(ReportLine(line: line, text: text, reason: "print credit"))
        return true
    }

    /// True for "*The author is …", "(The writer is …)", "— The writer …".
    static func isBio(_ text: String, rules: ImportRules) -> Bool {
        ImportRules.starts(bioText(text), with: rules.bioStarts)
    }

    /// Bio text without the star, brackets or dash that set it off from the article.
    static func bioText(_ text: String) -> String {
        var s = Substring(text)
        while let f = s.first, "*_—–-( ".contains(f) { s.removeFirst() }
        while let l = s.last, "*_) ".contains(l), !(l == ")" && s.contains("(")) { s.removeLast() }
        return String(s)
    }

    /// A signature line without a leading dash.
    private static func signature(_ text: String) -> String {
        Byline.clean(String(text.drop(while: { "—–- ".contains($0) })))
    }
}
