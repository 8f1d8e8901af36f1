import Foundation

/// How `sitegen serve` builds and serves the preview.
public struct PreviewOptions: Sendable {
    /// The site folder holding `content/` and `theme/`.
    public var root: String
    public var host: String
    /// 0 lets the system choose (tests).
    public var port: Int
    /// Where the preview site is written; never the deployment `output/`.
    public var output: String
    /// Show drafts and future-dated briefings.
    public var drafts: Bool
    /// Ignore the incremental cache for the first build.
    public var clean: Bool
    /// Watch by polling even where inotify works (network folders, tests of the fallback).
    public var polling: Bool
    /// Index the preview for search when Pagefind is installed. Off unless asked for: Pagefind indexes
    /// the whole site again after every edit (22 s of a 31.6 s rebuild at 10,000 briefings), and a
    /// build that indexes cannot put an edit in place (0.08 s without it).
    public var search: Bool
    /// Where progress and diagnostics go (standard error in the command line).
    public var log: @Sendable (String) -> Void

    /// Creates options; by default `127.0.0.1:8000`, written to `ROOT/.sitegen-cache/preview`.
    public init(root: String = ".", host: String = "127.0.0.1", port: Int = 8000, output: String? = nil, drafts: Bool = false,
                clean: Bool = false, polling: Bool = false, search: Bool = false, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.root = root
        self.host = host
        self.port = port
        self.output = output ?? join(root, ".sitegen-cache/preview")
        self.drafts = drafts
        self.clean = clean
        self.polling = polling
        self.search = search
        self.log = log
    }
}

/// The preview: a build with the live-reload script, an HTTP server over its output, and a watcher that rebuilds.
public final class Preview: @unchecked Sendable {
    public let options: PreviewOptions
    /// `http://HOST:PORT/`, the base URL the preview is built for.
    public let url: String
    public let channel = ReloadChannel()
    private let server: HTTPServer
    private var watcher: FileWatcher?
    private let buildLock = NSLock()

    /// Binds the port, builds once, then serves and watches until `stop`.
    public static func start(_ options: PreviewOptions) throws -> Preview {
        let preview = try Preview(options)
        preview.rebuild(clean: options.clean)
        preview.serveAndWatch()
        return preview
    }

    private init(_ options: PreviewOptions) throws {
        self.options = options
        // The staging folder is created beside the output, so its parent must exist.
        try FileManager.default.createDirectory(atPath: (options.output as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        server = try HTTPServer(host: options.host, port: options.port)
        // A wildcard address is not a place to browse to; links and canonical URLs use loopback then.
        let host = options.host == "0.0.0.0" ? "127.0.0.1" : options.host
        url = "http://\(host):\(server.port)/"
    }

    /// The build options of the preview: its own base URL, output, cache and reload script.
    public var buildOptions: BuildOptions {
        BuildOptions(root: options.root, output: options.output,
                     load: LoadOptions(drafts: options.drafts, future: options.drafts), baseURL: url,
                     extraScripts: [ReloadScript.path], manifest: join(options.root, ".sitegen-cache/preview.manifest"),
                     search: options.search, searchCache: join(options.root, ".sitegen-cache/preview-search"))
    }

    /// Builds the preview; a broken build keeps the last good site and puts its errors on every open page.
    @discardableResult
    public func rebuild(clean: Bool = false) -> BuildResult? {
        buildLock.lock()
        defer { buildLock.unlock() }
        var build = buildOptions
        build.clean = clean
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            let result = try SiteGen.build(build)
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            for warning in result.cache.warnings { options.log("warning: \(warning)") }
            for d in result.diagnostics { options.log(d.description) }
            if result.cache.upToDate {
                options.log(String(format: "nothing changed (checked in %.0f ms)", ms))
                channel.reload()
            } else if result.wrote {
                let c = result.cache
                options.log(String(format: "built in %.0f ms: %d files written, %d unchanged; %d briefings rendered, %d from cache",
                                   ms, c.filesWritten, c.filesKept, c.markdownRendered, c.markdownReused)
                            + (c.bodiesEdited > 0 ? "; \(c.bodiesEdited) edited in place" : ""))
                channel.reload()
            } else {
                options.log("build failed; still serving the last good site")
                channel.showErrors(result.diagnostics)
            }
            return result
        } catch {
            options.log("build failed: \(error)")
            channel.showErrors([.error(options.output, "\(error)")])
            return nil
        }
    }

    /// Answers a request: the reload script and event stream, else a file of the preview site.
    public func handle(_ request: HTTPRequest) -> HTTPReply {
        let path = request.target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.target
        switch path {
        case ReloadScript.events where request.method == "GET":
            return .eventStream
        case ReloadScript.path where request.method == "GET" || request.method == "HEAD":
            var response = HTTPResponse(status: 200, headers: [("Content-Type", "text/javascript; charset=utf-8"),
                                                               ("Cache-Control", "no-cache")],
                                        body: Array(ReloadScript.source.utf8))
            response.headOnly = request.method == "HEAD"
            return .response(response)
        default:
            return .response(StaticSite.respond(request, root: options.output))
        }
    }

    private func serveAndWatch() {
        server.start(handler: { [self] in handle($0) }, adopt: { [channel] in channel.adopt($0) })
        let folders = ["content", "theme"].map { join(options.root, $0) }.filter { FileManager.default.fileExists(atPath: $0) }
        let watcher = FileWatcher(folders: folders, forcePolling: options.polling) { [self] changed in
            options.log("changed: " + changed.prefix(3).map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
                        + (changed.count > 3 ? " and \(changed.count - 3) more" : ""))
            rebuild()
        }
        watcher.start()
        if watcher.polling { options.log("watching by polling (inotify is unavailable)") }
        self.watcher = watcher
        options.log("serving \(options.output) at \(url) (Ctrl-C stops)")
    }

    /// Stops watching and serving and closes every event stream.
    public func stop() {
        watcher?.stop()
        server.stop()
        channel.closeAll()
    }
}
