import Foundation
import Testing
@testable import SiteGen

/// The reader's view in headless Chromium (`Tests/browser/a11y_check.py`): axe-core in light and dark mode, keyboard
/// focus, no sideways scrolling at 375 px, a readable measure at 1280 px, the citation copy button, a pass with
/// JavaScript off, and no request leaving 127.0.0.1. Screenshots go to `.build/test-artifacts/screenshots/`.
@Suite(.serialized) struct BrowserChecksTests {
    static let python = ExternalTool.find("python3")
    static let browserReady: Bool = {
        guard let python, ExternalTool.find("chromedriver") != nil,
              ["chromium", "chromium-browser", "google-chrome"].contains(where: { ExternalTool.find($0) != nil }) else { return false }
        return (try? ExternalTool.run(python, ["-c", "import selenium, selenium_axe_python"]).status) == 0
    }()
    static let script = TestPaths.repositoryRoot + "/Tests/browser/a11y_check.py"
    static var artifacts: String {
        ProcessInfo.processInfo.environment["SITEGEN_TEST_ARTIFACTS"] ?? TestPaths.repositoryRoot + "/.build/test-artifacts"
    }

    /// `fixture` is the fixture content (every page type, drafts, a table, footnotes) under the real theme, served
    /// under a sub-path; `content` is the real site.
    @Test(.enabled(if: browserReady || ExternalTool.required,
                   "Chromium, chromedriver or Python selenium/selenium-axe-python missing; ./test installs them"),
          arguments: ["fixture", "content"])
    func readersGetAnAccessibleResponsiveSite(_ which: String) throws {
        #expect(Self.browserReady, "Chromium, chromedriver or Python selenium/selenium-axe-python missing: run ./test, which installs them")
        let python = try #require(Self.python)
        let (root, basePath) = which == "fixture" ? (try Self.fixtureWithRealTheme(), "/portal/") : (TestPaths.repositoryRoot, "/")
        let (result, out) = try buildFixture(root: root, load: LoadOptions(drafts: which == "fixture", now: 1_900_000_000),
                                             baseURL: "http://127.0.0.1\(basePath)", search: true)
        #expect(result.wrote, "\(result.diagnostics)")
        let (status, output) = try ExternalTool.run(python, [Self.script, "--site", out, "--base-path", basePath,
                                                             "--label", which, "--artifacts", Self.artifacts])
        print(output)  // pages checked, axe results, measures: kept in the test log even when everything passes
        #expect(status == 0, "browser checks of \(which) failed (exit \(status)):\n\(output)")
    }

    /// A copy of the fixture site whose stub theme is replaced by the repository's theme.
    static func fixtureWithRealTheme() throws -> String {
        let root = TestPaths.temporaryFolder() + "/site"
        try FileManager.default.copyItem(atPath: TestPaths.fixtureSite, toPath: root)
        try FileManager.default.removeItem(atPath: root + "/theme")
        try FileManager.default.copyItem(atPath: TestPaths.repositoryRoot + "/theme", toPath: root + "/theme")
        return root
    }
}
