/// What the editor tells `sitegen import` beyond the raw text: overrides and where the text lives.
public struct ImportOptions: Sendable, Hashable {
    /// Replaces the title found (and clears the `title` review flag).
    public var title: String?
    /// Supplies or replaces the publication date (`--date`); clears `draft` set for a missing date.
    public var date: PublishDate?
    /// Replaces the authors found.
    public var authors: [String]?
    /// Replaces the slug made from the title.
    public var slug: String?
    /// Path of the raw text relative to the site root (`content/sources/x.txt`): written as
    /// `source.file` and used in diagnostics.
    public var sourceFile: String?

    /// Creates options; everything defaults to "as found in the text".
    public init(title: String? = nil, date: PublishDate? = nil, authors: [String]? = nil, slug: String? = nil,
                sourceFile: String? = nil) {
        self.title = title
        self.date = date
        self.authors = authors
        self.slug = slug
        self.sourceFile = sourceFile
    }
}
