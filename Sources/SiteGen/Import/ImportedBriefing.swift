/// The result of importing one raw article: the Markdown file and what the editor should know.
public struct ImportedBriefing: Sendable, Hashable {
    /// File name stem under `content/articles/`.
    public var slug: String
    /// The whole file: front matter and body.
    public var markdown: String
    public var report: ImportReport
    /// Warnings for what needs an editor, errors for input that could not be imported.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(slug: String, markdown: String, report: ImportReport, diagnostics: [Diagnostic]) {
        self.slug = slug
        self.markdown = markdown
        self.report = report
        self.diagnostics = diagnostics
    }

    /// True when the input could not be imported at all (nothing should be written).
    public var failed: Bool { diagnostics.contains { $0.severity == .error } }
}
