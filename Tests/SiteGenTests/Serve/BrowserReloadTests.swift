import Foundation
import Testing
@testable import SiteGen

/// Live reload in a real browser (headless Chromium via Selenium, `Tests/browser/live_reload.py`).
///
/// Skipped when Chromium, chromedriver or Selenium are missing, unless CI or SITEGEN_REQUIRE_TOOLS is
/// set (`./test` sets it; `scripts/setup --test` installs them): then a missing tool fails the test.
@Suite struct BrowserReloadTests {
    static let script = TestPaths.repositoryRoot + "/Tests/browser/live_reload.py"

    /// Why the browser test cannot run here, or nil when it can.
    static let missingTool: String? = {
        for tool in ["chromium", "chromedriver", "python3"] where ExternalTool.find(tool) == nil {
            return "\(tool) is not installed"
        }
        guard let python = ExternalTool.find("python3"),
              let probe = try? ExternalTool.run(python, ["-c", "import selenium"]), probe.status == 0 else {
            return "the Python selenium package is not installed"
        }
        return nil
    }()

    @Test(.enabled(if: missingTool == nil || ExternalTool.required,
                   "needs chromium, chromedriver and python3 -m pip install selenium (scripts/setup --test)"))
    func aServedPageReloadsWithTheEditedText() throws {
        if let missing = Self.missingTool {
            Issue.record("browser test required (CI or SITEGEN_REQUIRE_TOOLS) but \(missing); run scripts/setup --test")
            return
        }
        let base = TestPaths.temporaryFolder()
        try FileIOTestSupport.copyFixture(to: base)
        let site = base + "/site"
        let preview = try Preview.start(PreviewOptions(root: site, port: 0, search: false))
        defer { preview.stop() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: ExternalTool.find("python3")!)
        let marker = "Edited while the browser watched \(UUID().uuidString.prefix(8))"
        process.arguments = [Self.script, preview.url + "articles/russia-2021/", marker]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let lines = LineReader(output.fileHandleForReading)
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        #expect(lines.next(within: 60) == "ready", "the browser did not open the page")
        // The page has loaded; wait (bounded) until its script has opened the event stream.
        let deadline = Date().addingTimeInterval(20)
        while preview.channel.listeners == 0, Date() < deadline { usleep(50_000) }
        #expect(preview.channel.listeners > 0, "the page never connected to /__sitegen/events")

        let article = site + "/content/articles/russia-2021.md"
        try FileIOTestSupport.write(article, try String(contentsOfFile: article, encoding: .utf8) + "\n\(marker)\n")
        input.fileHandleForWriting.write(Data("go\n".utf8))
        let result = lines.next(within: 40) ?? "no answer from the browser"
        #expect(result.hasPrefix("{\"ok\": true"), "\(result)")
        FileHandle.standardError.write(Data("browser reload: \(result)\n".utf8))
    }
}

/// Reads lines from a pipe on a background thread, so every wait for one has a time limit.
final class LineReader: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    private var buffer = Data()

    init(_ handle: FileHandle) {
        handle.readabilityHandler = { [weak self] h in
            let data = h.availableData
            if data.isEmpty { h.readabilityHandler = nil; return }
            self?.append(data)
        }
    }

    private func append(_ data: Data) {
        lock.lock()
        defer { lock.unlock() }
        buffer += data
        while let newline = buffer.firstIndex(of: 10) {
            lines.append(String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self))
            buffer = Data(buffer[(newline + 1)...])
        }
    }

    /// The next line, or nil after `seconds`.
    func next(within seconds: Double) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            lock.lock()
            if !lines.isEmpty { let line = lines.removeFirst(); lock.unlock(); return line }
            lock.unlock()
            usleep(20_000)
        }
        return nil
    }
}
