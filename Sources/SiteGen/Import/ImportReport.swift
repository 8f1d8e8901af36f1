/// A line of the raw text that the importer took out of the body, and why.
public struct ReportLine: Sendable, Hashable {
    /// Line in the raw file (one-based).
    public var line: Int
    public var text: String
    public var reason: String

    /// Creates a report line.
    public init(line: Int, text: String, reason: String) {
        self.line = line
        self.text = text
        self.reason = reason
    }
}

/// What one import found, for the editor to check: the per-file report `sitegen import` prints.
public struct ImportReport: Sendable, Hashable {
    /// The raw file, relative to the site root.
    public var source: String
    /// The Markdown file written (or that would be), relative to the site root.
    public var output: String?
    /// What happened to the output: "written", "unchanged", "would write", "not written".
    public var status: String?
    public var title: String
    public var date: PublishDate?
    public var dateHint: String?
    public var authors: [String]
    public var hasBio: Bool
    /// Every topic mentioned, with counts; `topics` holds the ones proposed.
    public var topicCounts: [TopicCount]
    public var topics: [String]
    public var headings: [String]
    /// Footnotes linked both ways (marker and definition).
    public var footnotes: Int
    /// Junk, debris and repeats: text no longer anywhere in the briefing.
    public var dropped: [ReportLine]
    /// Lines that became front matter (title, date, byline, bio, credit).
    public var moved: [ReportLine]
    /// Front matter fields an editor must check.
    public var review: [String]

    /// The human-readable report.
    public func render() -> String {
        var out = ["\(source) → \(output ?? "(no output)")" + (status.map { " [\($0)]" } ?? "")]
        func row(_ label: String, _ value: String) { out.append("  " + label + String(repeating: " ", count: max(1, 11 - label.count)) + value) }
        row("title:", title + (review.contains("title") ? "  (provisional: check it)" : ""))
        row("date:", date?.isoDay ?? (dateHint.map { "none; hint \"\($0)\" has no year (draft)" } ?? "none (draft)"))
        row("authors:", authors.isEmpty ? "none (unsigned)" : authors.joined(separator: ", "))
        row("bio:", hasBio ? "moved to author_bio" : "none")
        let counted = topicCounts.prefix(10).map { "\($0.slug) \($0.mentions)" }.joined(separator: ", ")
        row("topics:", "[\(topics.joined(separator: ", "))]" + (counted.isEmpty ? "" : "  (mentions: \(counted))"))
        row("headings:", "\(headings.count)" + (headings.isEmpty ? "" : ": " + headings.joined(separator: " / ")))
        row("footnotes:", "\(footnotes) linked")
        row("moved:", "\(moved.count) line(s) to front matter")
        for m in moved { out.append("    line \(m.line): \(m.reason): \(Self.excerpt(m.text))") }
        row("dropped:", "\(dropped.count) line(s)")
        for d in dropped { out.append("    line \(d.line): \(d.reason): \(Self.excerpt(d.text))") }
        if !review.isEmpty { row("review:", review.joined(separator: ", ")) }
        return out.joined(separator: "\n")
    }

    private static func excerpt(_ text: String) -> String {
        "\"" + (text.count > 70 ? String(text.prefix(69)) + "…" : text) + "\""
    }
}

extension ImportReport: CustomStringConvertible {
    public var description: String { render() }
}
