import Templates

/// Wraps the first use of each known acronym in a briefing's HTML in `<abbr title="…">`.
///
/// cmark-gfm's safe mode drops raw HTML nodes, so this runs on the rendered HTML instead: it walks
/// the markup, touches only text between tags, and never text inside links, code, headings (their
/// ids and the table of contents stay as they are) or an existing `<abbr>`.
enum Abbreviations {
    /// Elements whose text is left alone.
    static let skipped: Set<String> = ["a", "code", "pre", "abbr", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style",
                                       "sup", "kbd", "samp", "title", "textarea"]

    /// `html` with the first whole-word use of each acronym in `expansions` marked up.
    static func mark(_ html: String, _ expansions: [String: String]) -> String {
        // Most briefings use few of the acronyms: only those present as words are looked for tag by tag.
        var pending = expansions.filter { html.containsWholeWord($0.key) }
        guard !pending.isEmpty else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + 256)
        var depth = 0
        var rest = Substring(html)
        while !rest.isEmpty {
            guard let lt = rest.firstIndex(of: "<") else {
                out += depth == 0 ? markText(rest, &pending) : String(rest)
                break
            }
            out += depth == 0 ? markText(rest[..<lt], &pending) : String(rest[..<lt])
            let gt = rest[lt...].firstIndex(of: ">") ?? rest.index(before: rest.endIndex)
            let tag = rest[lt...gt]
            out += tag
            let closing = tag.dropFirst().first == "/"
            let name = tag.dropFirst(closing ? 2 : 1).prefix { $0.isLetter || $0.isNumber }.lowercased()
            if skipped.contains(name), !tag.hasSuffix("/>") { depth = max(0, depth + (closing ? -1 : 1)) }
            rest = rest[rest.index(after: gt)...]
        }
        return out
    }

    /// Marks the first whole-word use of each pending acronym in a run of text.
    private static func markText(_ text: Substring, _ pending: inout [String: String]) -> String {
        guard !pending.isEmpty else { return String(text) }
        var out = ""
        var word = ""
        func flush() {
            if let title = pending.removeValue(forKey: word) {
                out += ("<abbr title=\"\(title)\">\(word)</abbr>" as HTML).rendered
            } else {
                out += word
            }
            word = ""
        }
        var inEntity = false
        for c in text {
            // "&amp;" and "&#39;" are escapes, not words.
            if c == "&" { inEntity = true }
            if inEntity {
                flush()
                out.append(c)
                if c == ";" || c.isWhitespace { inEntity = false }
                continue
            }
            if c.isLetter || c.isNumber { word.append(c) } else { flush(); out.append(c) }
        }
        flush()
        return out
    }
}
