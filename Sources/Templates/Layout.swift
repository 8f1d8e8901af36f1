/// The frame around every page: head, skip link, header with navigation, main, footer.
public func layoutPage(_ frame: PageFrame, main: HTML) -> HTML {
    layoutSlots(frame).filled(with: main)
}

/// The frame around a page with the page's `<main>` content left as the slot.
public func layoutSlots(_ frame: PageFrame) -> SlottedHTML {
    let print: HTML = frame.printStylesheetHref.map { "<link rel=\"stylesheet\" href=\"\($0)\" media=\"print\">\n" } ?? .empty
    let scripts = HTML.each(frame.scriptHrefs) { "<script src=\"\($0)\" defer></script>\n" }
    let ld: HTML = frame.jsonLD.map { "<script type=\"application/ld+json\">\($0)</script>\n" } ?? .empty
    let search: HTML = frame.searchHref.map {
        """
        <form class="site-search" role="search" action="\($0)" method="get">
        <label for="site-search-q">Search briefings</label>
        <input id="site-search-q" name="q" type="search" placeholder="e.g. SCO, Zarb-e-Azb">
        <button type="submit">Search</button>
        </form>

        """
    } ?? .empty
    let before: HTML = """
    <!DOCTYPE html>
    <html lang="\(frame.language)">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(frame.title)</title>
    <meta name="description" content="\(frame.description)">
    <link rel="canonical" href="\(frame.canonicalURL)">
    <link rel="alternate" type="application/atom+xml" title="\(frame.siteTitle)" href="\(frame.feedHref)">
    <meta property="og:type" content="\(frame.kind)">
    <meta property="og:title" content="\(frame.title)">
    <meta property="og:description" content="\(frame.description)">
    <meta property="og:url" content="\(frame.canonicalURL)">
    <meta property="og:site_name" content="\(frame.siteTitle)">
    <meta name="twitter:card" content="summary">
    <meta name="twitter:title" content="\(frame.title)">
    <meta name="twitter:description" content="\(frame.description)">
    <meta name="color-scheme" content="light dark">
    <link rel="stylesheet" href="\(frame.stylesheetHref)">
    \(print)\(scripts)\(ld)</head>
    <body>
    <a class="skip-link" href="#main">Skip to content</a>
    <header class="site-header">
    <p class="site-title"><a href="\(frame.homeHref)">\(frame.siteTitle)</a></p>
    <nav aria-label="Main">
    <ul>
    \(HTML.each(frame.navigation) { navItem($0) })</ul>
    </nav>
    \(search)</header>
    <main id="main">

    """
    let after: HTML = """
    </main>
    <footer class="site-footer">
    <p>\(frame.footerNote)</p>
    <p><a href="\(frame.feedHref)">Atom feed</a></p>
    </footer>
    </body>
    </html>

    """
    return SlottedHTML(before: before, after: after)
}

private func navItem(_ item: LinkItem) -> HTML {
    item.current
        ? "<li><a href=\"\(item.href)\" aria-current=\"page\">\(item.text)</a></li>\n"
        : "<li><a href=\"\(item.href)\">\(item.text)</a></li>\n"
}
