import ArgumentParser
import Foundation
import SiteGen

/// `sitegen render`: prints the HTML fragment for Markdown, the seam for conformance tests.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Print the HTML for Markdown read from a file or standard input.")

    @Argument(help: "Markdown file to render; standard input when omitted.")
    var file: String?

    @Flag(help: "Let raw HTML through (still sanitised: no scripts, event handlers or javascript: URLs).")
    var unsafe = false

    @Flag(name: .customLong("no-smart"), help: "Keep straight quotes and plain dashes.")
    var noSmart = false

    @Flag(name: .customLong("paragraph-anchors"), help: "Give top-level paragraphs id=\"p-N\" anchors as site pages do.")
    var paragraphAnchors = false

    func run() throws {
        let data: Data
        if let file {
            guard let d = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file)")
            }
            data = d
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let options = MarkdownOptions(unsafeHTML: unsafe, smart: !noSmart, paragraphAnchors: paragraphAnchors)
        let rendered = Markdown.render(String(decoding: data, as: UTF8.self), options: options)
        FileHandle.standardOutput.write(Data(rendered.html.utf8))
    }
}
