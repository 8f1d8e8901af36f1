/// A list of briefing cards with their dates, authors, topics and summaries.
public func articleList(_ cards: [ArticleCard], headingLevel: Int = 2) -> HTML {
    guard !cards.isEmpty else { return "<p class=\"empty\">No briefings yet.</p>\n" }
    return cardList(HTML.each(cards) { articleCard($0, headingLevel: headingLevel) })
}

/// The ordered list around `cards`, the markup of cards one after another (`articleCard`).
public func cardList(_ cards: HTML) -> HTML {
    """
    <ol class="cards">
    \(cards)</ol>

    """
}

/// One briefing card.
public func articleCard(_ card: ArticleCard, headingLevel: Int = 2) -> HTML {
    if card.renderedByLevel.count == 2, headingLevel == 2 || headingLevel == 3 { return card.renderedByLevel[headingLevel - 2] }
    let h = HTML(trusted: "h\(max(2, min(6, headingLevel)))")
    let date: HTML = card.dateISO.map { "<time datetime=\"\($0)\">\(card.dateText ?? $0)</time>" } ?? "<span>Undated</span>"
    let by: HTML = card.authors.isEmpty ? .empty : " · \(inlineLinks(card.authors))"
    let topics: HTML = card.topics.isEmpty ? .empty : "<p class=\"card-topics\">\(inlineLinks(card.topics))</p>\n"
    return """
    <li class="card">
    <\(h) class="card-title"><a href="\(card.href)">\(card.title)</a></\(h)>
    <p class="card-meta">\(date)\(by)</p>
    <p class="card-summary">\(card.summary)</p>
    \(topics)</li>

    """
}

/// Links separated by commas.
public func inlineLinks(_ links: [LinkItem]) -> HTML {
    HTML.join(links.map { "<a href=\"\($0.href)\">\($0.text)</a>" }, separator: ", ")
}

/// Previous / numbered / next links for a paginated list; nothing for a single page.
public func paginationNav(_ pagination: Pagination) -> HTML {
    guard pagination.pages.count > 1 else { return .empty }
    let prev: HTML = pagination.previous.map { "<li><a href=\"\($0)\" rel=\"prev\">Newer</a></li>\n" } ?? .empty
    let next: HTML = pagination.next.map { "<li><a href=\"\($0)\" rel=\"next\">Older</a></li>\n" } ?? .empty
    // A window of pages around the current one, plus the first and last: listing every page number
    // made each page's size grow with the archive, and the whole list quadratic.
    let count = pagination.pages.count
    let around = max(1, pagination.current - 2)...min(count, pagination.current + 2)
    let shown = Set([1, count] + Array(around)).sorted()
    var items: [HTML] = []
    for (k, n) in shown.enumerated() {
        if k > 0, n - shown[k - 1] > 1 { items.append("<li class=\"gap\" aria-hidden=\"true\">…</li>\n") }
        let href = pagination.pages[n - 1]
        items.append(n == pagination.current
            ? "<li><a href=\"\(href)\" aria-current=\"page\">\(n)</a></li>\n"
            : "<li><a href=\"\(href)\">\(n)</a></li>\n")
    }
    let numbers = HTML.join(items)
    return """
    <nav class="pagination" aria-label="Pages">
    <ul>
    \(prev)\(numbers)\(next)</ul>
    </nav>

    """
}
