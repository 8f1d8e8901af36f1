import ArgumentParser
import Foundation
import SiteGen

/// `sitegen import`: raw scraped articles in, Markdown briefings with front matter out.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn raw article texts (.txt files or folders of them) into Markdown briefings in content/articles/.",
        discussion: """
        Each raw text is copied to content/sources/ and its briefing written to content/articles/<slug>.md, \
        with a report of what was recovered and which lines were dropped. Re-importing the same text changes \
        nothing; a briefing an editor changed is kept unless --force. Junk rules: content/import-rules.yml.
        """)

    @Argument(help: "Raw .txt files or folders holding them.")
    var paths: [String]

    @Option(help: "The site folder holding content/.")
    var root = "."

    @Flag(name: .customLong("dry-run"), help: "Print the Markdown and the report; write nothing.")
    var dryRun = false

    @Flag(help: "Overwrite briefings that were edited since they were imported.")
    var force = false

    @Option(help: "Publication date (YYYY-MM-DD) when the text has none or has it wrong.")
    var date: String?

    @Option(help: "Title to use instead of the one found (one file only).")
    var title: String?

    @Option(help: "Author to use instead of those found; repeat for several.")
    var author: [String] = []

    @Option(help: "Slug to use instead of the one made from the title (one file only).")
    var slug: String?

    func validate() throws {
        if let date, PublishDate(iso: date) == nil {
            throw ValidationError("--date \(date) is not a date; write it as YYYY-MM-DD")
        }
    }

    func run() throws {
        var topics: [Topic] = []
        let topicsPath = root + "/content/topics.yml"
        if let bytes = FileManager.default.contents(atPath: topicsPath) {
            let (decoded, problems) = TopicsDecoder.decode(path: "content/topics.yml", bytes: Array(bytes))
            Report.print(problems)
            topics = decoded
        }
        let options = ImportOptions(title: title, date: date.flatMap { PublishDate(iso: $0) },
                                    authors: author.isEmpty ? nil : author, slug: slug)
        let result = runImport(paths: paths, root: root, options: options, topics: topics, dryRun: dryRun, force: force)
        if dryRun {
            for (file, markdown) in result.briefings { print("==> \(file) <==\n\(markdown)") }
        }
        for report in result.reports { Report.err(report.render()) }
        Report.print(result.diagnostics.sortedForReport())
        if result.failed { throw ExitCode(1) }
    }
}
