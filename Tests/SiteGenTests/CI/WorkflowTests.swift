import Foundation
import Testing

/// The portal's GitHub workflow: valid for GitHub, triggered by content and theme changes, and running
/// the same commands as the README's quick start.
@Suite struct WorkflowTests {
    static let path = TestPaths.repositoryRoot + "/.github/workflows/site.yml"
    static let checker = ExternalTool.find("check-jsonschema")

    @Test(.enabled(if: checker != nil || ExternalTool.required, "check-jsonschema is not installed (pip install check-jsonschema)"))
    func theWorkflowMatchesGitHubsSchema() throws {
        let tool = try #require(Self.checker, "check-jsonschema is required under CI")
        let (status, output) = try ExternalTool.run(tool, ["--builtin-schema", "vendor.github-workflows", Self.path])
        #expect(status == 0, "\(output)")
    }

    @Test func theWorkflowBuildsChecksCachesAndDeploys() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        for needle in ["paths: [\"content/**\", \"theme/**\"", "run: ./build", "sitegen check --root .",
                       "path: |\n            .sitegen-cache\n            output\n", "actions/upload-pages-artifact", "actions/deploy-pages",
                       "github.ref == 'refs/heads/main'"] {
            #expect(text.contains(needle), "the workflow lacks \(needle)")
        }
    }
}
