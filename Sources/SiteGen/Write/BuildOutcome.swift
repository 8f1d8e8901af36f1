/// What a build that wrote its output reported, kept by the shortcuts that skip the next build or
/// most of it (`BuildStamp`, `EditBase`) so they can report it again.
struct BuildOutcome: Equatable, Sendable {
    /// The first future date among briefings held back as future; nil when none is.
    var nextPublication: Int?
    var diagnostics: [Diagnostic]
    var pageCount: Int
    var articleCount: Int

    /// True when a briefing held back as future is due by `now`: it is published with no file changing.
    func publicationDue(_ load: LoadOptions) -> Bool {
        guard let next = nextPublication, !load.future else { return false }
        return load.now >= next
    }

    /// Appends the fields in the order `init(decoding:)` reads them.
    func encode(_ w: inout ManifestWriter) {
        w.bool(nextPublication != nil)
        w.int(nextPublication ?? 0)
        diagnostics.encode(&w)
        w.int(pageCount)
        w.int(articleCount)
    }

    /// Reads what `encode` wrote; nil when the bytes are damaged.
    init?(decoding r: inout ManifestReader) {
        guard let hasNext = r.bool(), let next = r.int(), let diagnostics = [Diagnostic](decoding: &r),
              let pageCount = r.int(), let articleCount = r.int() else { return nil }
        self.init(nextPublication: hasNext ? next : nil, diagnostics: diagnostics, pageCount: pageCount, articleCount: articleCount)
    }

    init(nextPublication: Int?, diagnostics: [Diagnostic], pageCount: Int, articleCount: Int) {
        self.nextPublication = nextPublication
        self.diagnostics = diagnostics
        self.pageCount = pageCount
        self.articleCount = articleCount
    }
}
