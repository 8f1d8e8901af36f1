import ArgumentParser
import Foundation
import SiteGen

/// `sitegen check`: the build's validation plus whole-site rules, for CI; writes nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check content and the generated site: links, anchors, orphan pages, images, titles, summaries, topics.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var site: SiteOptions


    @Flag(help: "Exit with status 1 on warnings too.")
    var strict = false

    @Flag(help: "Also request every external link (needs the network; off by default).")
    var external = false

    @Option(help: "Seconds to wait for each external link.")
    var timeout = 5.0

    @Option(help: "text (path:line: message) or json.")
    var format = Format.text

    @Option(name: .customLong("base-url"), help: "Override base_url from content/site.yml.")
    var baseURL: String?

    @Option(help: "Where the last build wrote the site (default: ROOT/output): its unchanged pages are scanned there instead of rendered again. Nothing is written to it.")
    var output: String?

    @Flag(name: .shortAndLong, help: "Print the time each stage took and what came from the last build.")
    var verbose = false

    func run() throws {
        var options = BuildOptions(root: site.root, output: output, load: site.load, strict: strict, baseURL: baseURL,
                                   manifest: site.manifest)
        options.exitsAfterBuild = true
        let result = try checkSite(options, checks: SiteCheckOptions(external: external, timeout: timeout))
        if verbose {
            Report.stages(result)
            let c = result.cache
            Report.err("  markdown: \(c.markdownRendered) rendered, \(c.markdownReused) from the build cache; pages: \(c.pagesReused) briefing and \(c.listingPagesReused) listing pages read from \(options.output) (\(c.scansReused) of them as the last check scanned them), the rest rendered")
        }
        switch format {
        case .json: print(CheckReport.json(result.diagnostics))
        case .text: Report.print(result.diagnostics)
        }
        if result.diagnostics.failsBuild(strict: strict) {
            if format == .text { Report.err("check failed: \(Report.counts(result.diagnostics))") }
            throw ExitCode(1)
        }
        if format == .text {
            Report.err("checked \(result.articleCount) briefings, \(result.pageCount) files: \(Report.counts(result.diagnostics))")
        }
    }
}
