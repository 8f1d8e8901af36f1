import Foundation
import Testing
@testable import SiteGen

/// The preview end to end on a loopback port: live-reload events after edits, errors for broken edits,
/// preview-only bits kept out of `build`, and the watcher's fallbacks.
@Suite(.serialized) struct LiveReloadTests {
    /// A preview of a fresh copy of the fixture site on a port the system picks.
    func startPreview(drafts: Bool = false, polling: Bool = false) throws -> (Preview, String) {
        let base = TestPaths.temporaryFolder()
        try FileIOTestSupport.copyFixture(to: base)
        let preview = try Preview.start(PreviewOptions(root: base + "/site", port: 0, drafts: drafts, polling: polling,
                                                       search: false))
        return (preview, base + "/site")
    }

    func port(_ preview: Preview) -> Int { Int(preview.url.split(separator: ":").last!.dropLast())! }

    @Test func anEditSendsAReloadEventAndTheNewTextIsServed() throws {
        let (preview, site) = try startPreview()
        defer { preview.stop() }
        let events = try LoopbackClient(port: port(preview), target: "/__sitegen/events")
        #expect(events.waitFor("event: hello", seconds: 5))
        let article = site + "/content/articles/russia-2021.md"
        let text = try String(contentsOfFile: article, encoding: .utf8)
        try FileIOTestSupport.write(article, text + "\nA sentence added while previewing.\n")
        #expect(events.waitFor("event: reload", seconds: 10), "no reload event: \(events.text)")
        let page = try LoopbackClient(port: port(preview), target: "/articles/russia-2021/").readAll()
        #expect(page.hasPrefix("HTTP/1.1 200 OK"))
        #expect(page.contains("A sentence added while previewing."))
    }

    @Test func aBrokenEditShowsItsErrorsAndKeepsTheLastGoodSite() throws {
        let (preview, site) = try startPreview()
        defer { preview.stop() }
        let before = try LoopbackClient(port: port(preview), target: "/").readAll()
        let events = try LoopbackClient(port: port(preview), target: "/__sitegen/events")
        #expect(events.waitFor("event: hello", seconds: 5))
        let broken = site + "/content/articles/broken.md"
        try FileIOTestSupport.write(broken, "---\ntitle: Broken\ndate: someday\n---\nText.\n")
        #expect(events.waitFor("event: errors", seconds: 10))
        #expect(events.waitFor("content/articles/broken.md:3: error:", seconds: 2), "\(events.text)")
        let during = try LoopbackClient(port: port(preview), target: "/").readAll()
        #expect(during == before, "the last good site is still served")
        // A page opened while the site is broken gets the errors on connecting.
        let late = try LoopbackClient(port: port(preview), target: "/__sitegen/events")
        #expect(late.waitFor("content/articles/broken.md:3: error:", seconds: 5))
        try FileManager.default.removeItem(atPath: broken)
        #expect(events.waitFor("event: reload", seconds: 10), "fixing the file clears the errors")
    }

    /// Log lines of a preview, from its build thread.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func add(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
        func contains(_ text: String) -> Bool { lock.lock(); defer { lock.unlock() }; return lines.contains { $0.contains(text) } }
    }

    @Test func byDefaultThePreviewHasNoSearchAndPutsABodyEditInPlace() throws {
        let base = TestPaths.temporaryFolder()
        try FileIOTestSupport.copyFixture(to: base)
        // Files younger than the racy window (2 s) are looked at again by the next build, not recorded.
        Thread.sleep(forTimeInterval: 2.2)
        let log = Log()
        let preview = try Preview.start(PreviewOptions(root: base + "/site", port: 0, log: log.add))
        defer { preview.stop() }
        #expect(!FileManager.default.fileExists(atPath: preview.options.output + "/pagefind"))
        let events = try LoopbackClient(port: port(preview), target: "/__sitegen/events")
        #expect(events.waitFor("event: hello", seconds: 5))
        let article = base + "/site/content/articles/russia-2021.md"
        try FileIOTestSupport.write(article, try String(contentsOfFile: article, encoding: .utf8) + "\nAdded in the preview.\n")
        #expect(events.waitFor("event: reload", seconds: 10), "no reload event: \(events.text)")
        #expect(log.contains("1 edited in place"))
        let page = try LoopbackClient(port: port(preview), target: "/articles/russia-2021/").readAll()
        #expect(page.contains("Added in the preview.") && !page.contains("data-pagefind-body"))
    }

    @Test func previewPagesLoadTheReloadScriptButBuildOutputNever() throws {
        let (preview, site) = try startPreview()
        defer { preview.stop() }
        let page = try LoopbackClient(port: port(preview), target: "/").readAll()
        #expect(page.contains("<script src=\"/__sitegen/reload.js\" defer></script>"))
        #expect(page.contains("<link rel=\"canonical\" href=\"\(preview.url)\">"))
        let script = try LoopbackClient(port: port(preview), target: "/__sitegen/reload.js").readAll()
        #expect(script.contains("text/javascript") && script.contains("new EventSource(\"/__sitegen/events\")"))
        #expect(!script.contains("http://") && !script.contains("https://"), "the script makes no external requests")
        #expect(!FileManager.default.fileExists(atPath: site + "/output"), "serve never writes the deployment output")
        let (result, out) = try buildFixture(root: site)
        #expect(result.wrote)
        for (path, bytes) in TestPaths.tree(out) where path.hasSuffix(".html") {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("__sitegen"), "\(path) carries preview-only bits")
        }
    }

    @Test func draftsShowOnlyWhenAsked() throws {
        let (plain, _) = try startPreview()
        let hidden = try LoopbackClient(port: port(plain), target: "/articles/undated-draft/").readAll()
        plain.stop()
        #expect(hidden.hasPrefix("HTTP/1.1 404"))
        let (drafts, _) = try startPreview(drafts: true)
        defer { drafts.stop() }
        let shown = try LoopbackClient(port: port(drafts), target: "/articles/undated-draft/").readAll()
        #expect(shown.hasPrefix("HTTP/1.1 200") && shown.contains("An Unfinished Draft"))
    }

    @Test func theServerRefusesEscapesOverTheWire() throws {
        let (preview, _) = try startPreview()
        defer { preview.stop() }
        for target in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/%00"] {
            let response = try LoopbackClient(port: port(preview), target: target).readAll()
            #expect(response.hasPrefix("HTTP/1.1 400"), "\(target): \(response.prefix(40))")
            #expect(!response.contains("root:"))
        }
        let post = try LoopbackClient(port: port(preview), method: "POST", target: "/").readAll()
        #expect(post.hasPrefix("HTTP/1.1 405"))
    }

    @Test(arguments: [false, true])
    func theWatcherSeesNewSubfoldersAndDebouncesBursts(polling: Bool) throws {
        let folder = TestPaths.temporaryFolder()
        let calls = Calls()
        let watcher = FileWatcher(folders: [folder], forcePolling: polling) { calls.add($0) }
        watcher.start()
        defer { watcher.stop() }
        #expect(watcher.polling == polling)
        usleep(300_000)
        try FileManager.default.createDirectory(atPath: folder + "/new", withIntermediateDirectories: true)
        try FileIOTestSupport.write(folder + "/new/first.md", "first")
        #expect(calls.wait(atLeast: 1, seconds: 5))
        let seen = calls.count
        usleep(400_000)
        // A burst of saves in the new folder: one callback (or two, when polling splits it), not ten.
        for i in 0..<10 { try FileIOTestSupport.write(folder + "/new/file.md", "save \(i)") }
        #expect(calls.wait(atLeast: seen + 1, seconds: 5), "a change inside a new sub-folder is seen")
        usleep(500_000)
        #expect(calls.count - seen <= 2)
        #expect(calls.paths.contains { $0.hasSuffix("new/file.md") })
        // Editor leftovers do not trigger builds.
        let quiet = calls.count
        try FileIOTestSupport.write(folder + "/new/.file.md.swp", "x")
        usleep(800_000)
        #expect(calls.count == quiet)
    }
}

/// Collects watcher callbacks across threads.
final class Calls: @unchecked Sendable {
    private let lock = NSLock()
    private var batches: [[String]] = []

    func add(_ paths: [String]) { lock.lock(); batches.append(paths); lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return batches.count }
    var paths: [String] { lock.lock(); defer { lock.unlock() }; return batches.flatMap { $0 } }

    /// Waits (bounded) until at least `n` callbacks arrived.
    func wait(atLeast n: Int, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while count < n, Date() < deadline { usleep(20_000) }
        return count >= n
    }
}
