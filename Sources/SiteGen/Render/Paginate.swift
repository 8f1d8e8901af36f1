/// Splits a list into pages and renders each with the hrefs of all pages.
enum Paginate {
    /// One output per page of `items`; at least one page, so empty lists still get a page.
    static func pages<T>(_ items: [T], perPage: Int, href: (Int) -> String,
                         render: (_ slice: ArraySlice<T>, _ pageNumber: Int, _ allHrefs: [String]) -> OutputFile) -> [OutputFile] {
        let size = max(1, perPage)
        let count = max(1, (items.count + size - 1) / size)
        let hrefs = (1...count).map(href)
        // Pages are independent: a 10,000-briefing archive has about 500 of them per listing.
        return parallelMap(Array(1...count)) { n in
            let start = (n - 1) * size
            return render(items[min(start, items.count)..<min(start + size, items.count)], n, hrefs)
        }
    }
}
