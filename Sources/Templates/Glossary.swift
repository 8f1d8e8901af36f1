/// A glossary entry as shown: the acronym, what it stands for, its topic and the briefings that use it.
public struct GlossaryEntryView: Sendable, Hashable {
    public var acronym: String
    public var expansion: String
    public var id: String
    public var topic: LinkItem?
    public var briefings: [LinkItem]

    /// Creates an entry.
    public init(acronym: String, expansion: String, id: String, topic: LinkItem?, briefings: [LinkItem]) {
        self.acronym = acronym
        self.expansion = expansion
        self.id = id
        self.topic = topic
        self.briefings = briefings
    }
}

/// `/glossary/`: acronyms grouped by initial.
public func glossaryPage(_ entries: [GlossaryEntryView]) -> HTML {
    var groups: [(letter: String, entries: [GlossaryEntryView])] = []
    for e in entries {
        let letter = String(e.acronym.prefix(1)).uppercased()
        if groups.last?.letter == letter { groups[groups.count - 1].entries.append(e) } else { groups.append((letter, [e])) }
    }
    let id = { (letter: String) in "l-" + letter.lowercased().filter { $0.isLetter || $0.isNumber } }
    return """
    <h1>Glossary</h1>
    <p class="lede">The acronyms used in the briefings, with the topics and briefings that use them.</p>
    \(jumpLinks(groups.map { ($0.letter, id($0.letter), $0.entries.count) }, label: "Letters"))\(entries.isEmpty ? "<p class=\"empty\">No acronyms yet.</p>\n" : .empty)\(HTML.each(groups) { g in
        """
        <section aria-labelledby="\(id(g.letter))">
        <h2 id="\(id(g.letter))">\(g.letter)</h2>
        <dl class="glossary">
        \(HTML.each(g.entries) { glossaryEntry($0) })</dl>
        </section>

        """
    })
    """
}

private func glossaryEntry(_ e: GlossaryEntryView) -> HTML {
    let topic: HTML = e.topic.map { "<dd>Topic: <a href=\"\($0.href)\">\($0.text)</a></dd>\n" } ?? .empty
    let used: HTML = e.briefings.isEmpty ? .empty : "<dd>Used in: \(inlineLinks(e.briefings))</dd>\n"
    return "<dt id=\"\(e.id)\"><abbr title=\"\(e.expansion)\">\(e.acronym)</abbr></dt>\n<dd>\(e.expansion)</dd>\n\(topic)\(used)"
}
