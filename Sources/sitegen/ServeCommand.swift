import ArgumentParser
import Foundation
import SiteGen

/// `sitegen serve`: builds a preview, serves it, rebuilds on every edit and reloads open pages.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Preview the site at http://127.0.0.1:8000/ with live reload.")

    @Option(help: "The site folder holding content/ and theme/.")
    var root = "."

    @Option(help: "The address to listen on; 127.0.0.1 keeps the preview on this machine, 0.0.0.0 shares it.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8000

    @Option(help: "Where to write the preview (default: ROOT/.sitegen-cache/preview); never the deployment output/.")
    var output: String?

    @Flag(help: "Show drafts and future-dated briefings.")
    var drafts = false

    @Flag(help: "Ignore the incremental build cache for the first build.")
    var clean = false

    @Flag(help: "Watch by polling instead of inotify (for network or container-mounted folders).")
    var poll = false

    @Flag(help: "Index the preview for search with Pagefind (the whole index again on every edit: seconds, not milliseconds, for a large site).")
    var search = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() throws {
        StopSignals.block()
        let options = PreviewOptions(root: root, host: host, port: port, output: output, drafts: drafts, clean: clean,
                                     polling: poll, search: search, log: { Report.err($0) })
        let preview: Preview
        do { preview = try Preview.start(options) } catch {
            Report.err("serve: \(error)")
            throw ExitCode(1)
        }
        _ = StopSignals.wait()
        preview.stop()
        Report.err("stopped")
    }
}
