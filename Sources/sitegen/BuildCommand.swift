import ArgumentParser
import Foundation
import SiteGen

/// `sitegen build`: content in, a complete site in the output folder, or errors and the old site kept.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site from content/ and theme/ into output/.")

    @OptionGroup var site: SiteOptions

    @Option(help: "Where to write the site (default: ROOT/output). It is replaced only after a successful build.")
    var output: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .customLong("base-url"), help: "Override base_url from content/site.yml (e.g. for a staging host).")
    var baseURL: String?

    @Flag(help: "Ignore the incremental build cache (ROOT/.sitegen-cache): render and write every file.")
    var clean = false

    @Flag(name: .customLong("no-search"), help: "Leave out the Pagefind search index and page.")
    var noSearch = false

    @Flag(name: .shortAndLong, help: "Print the time each stage took.")
    var verbose = false

    func run() throws {
        var options = BuildOptions(root: site.root, output: output, load: site.load,
                                   strict: strict, baseURL: baseURL,
                                   manifest: site.manifest, clean: clean,
                                   search: !noSearch, searchCache: site.root + "/.sitegen-cache/search")
        options.exitsAfterBuild = true
        let result = try SiteGen.build(options)
        for warning in result.cache.warnings { Report.err("warning: \(warning)") }
        Report.print(result.diagnostics)
        if verbose {
            Report.stages(result)
            let c = result.cache
            if let why = c.editDeclined { Report.err("  full build: \(why)") }
            if c.bodiesEdited > 0 {
                Report.err("  briefings edited in place: \(c.bodiesEdited), \(c.titlesEdited) with a new title, \(c.summariesEdited) with a new summary, \(c.datesEdited) with new dates (\(c.briefingsMoved) moved), \(c.topicsEdited) with new topics, \(c.authorsEdited) with new authors (other front matter and body facts unchanged)")
            }
            if c.inputsRefreshed > 0 {
                Report.err("  inputs touched but unchanged (their new identities recorded): \(c.inputsRefreshed)")
            }
            let parsing = Markdown.parsesConcurrently ? "parsed in parallel" : "parsed one at a time"
            Report.err("  markdown: \(c.markdownRendered) rendered (\(parsing)), \(c.markdownReused) from cache; briefing pages: \(c.pagesReused) reused; listing pages: \(c.listingPagesReused) reused; files: \(c.filesWritten) written, \(c.filesKept) unchanged")
        }
        guard result.wrote else {
            Report.err("build failed: \(Report.counts(result.diagnostics)); \(options.output) was left as it was")
            throw ExitCode(1)
        }
        let total = result.timings.reduce(0) { $0 + $1.seconds }
        if result.cache.upToDate {
            Report.err(String(format: "%@ is up to date: nothing changed since the last build (%d briefings, %d files; checked in %.0f ms)",
                              options.output, result.articleCount, result.pageCount, total * 1000))
            return
        }
        Report.err(String(format: "built %d briefings, %d files into %@ in %.0f ms", result.articleCount, result.pageCount,
                          options.output, total * 1000) + (result.diagnostics.isEmpty ? "" : " (\(Report.counts(result.diagnostics)))"))
    }
}
