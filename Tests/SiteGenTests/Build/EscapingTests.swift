import Foundation
import Testing
@testable import SiteGen
import Templates

/// Every front matter field that reaches a page is escaped: script and attribute-breaking payloads stay text.
@Suite struct EscapingTests {
    static let payloads = ["<script>alert(1)</script>", "\" onmouseover=\"alert(1)", "' onfocus='alert(1)", "</title><script>x()</script>"]

    @Test(arguments: payloads)
    func payloadsNeverBecomeMarkup(_ payload: String) throws {
        let root = TestPaths.temporaryFolder()
        try FileManager.default.copyItem(atPath: TestPaths.fixtureSite, toPath: root + "/site")
        let yaml = payload.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let article = """
        ---
        title: "T \(yaml)"
        date: 2024-05-05
        authors: ["A \(yaml)"]
        author_bio: "Bio \(yaml)"
        summary: "S \(yaml)"
        takeaways: ["K \(yaml)"]
        topics: [russia]
        source:
          name: "N \(yaml)"
          url: "javascript:alert(1)"
          file: "F \(yaml)"
        ---

        Body.
        """
        try Data(article.utf8).write(to: URL(fileURLWithPath: root + "/site/content/articles/payload.md"))
        var config = try String(contentsOfFile: root + "/site/content/site.yml", encoding: .utf8)
        config = config.replacingOccurrences(of: "title: Fixture Briefings", with: "title: \"Site \(yaml)\"")
        try config.write(toFile: root + "/site/content/site.yml", atomically: true, encoding: .utf8)
        let (result, out) = try buildFixture(root: root + "/site")
        #expect(result.wrote, "\(result.diagnostics)")
        for (path, bytes) in TestPaths.tree(out) where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains(payload), "\(path) contains the raw payload")
            #expect(!text.contains("<script>alert"), "\(path)")
            #expect(!text.contains("javascript:alert"), "\(path) links a script URL")
        }
    }

    @Test(arguments: [
        ("plain text", "plain text"),
        ("é<ü>&\"'x", "é&lt;ü&gt;&amp;&quot;&#39;x"),
        ("<<>>", "&lt;&lt;&gt;&gt;"),
        ("🇵🇰 & 👩🏽‍💼 'ok'", "🇵🇰 &amp; 👩🏽‍💼 &#39;ok&#39;"),
        ("e\u{301}<", "e\u{301}&lt;"),
        ("&", "&amp;"),
    ])
    func textIsEscapedWhateverItHolds(_ text: String, _ expected: String) {
        #expect(Templates.escapeHTML(text) == expected)
        #expect(("<p>\(text)</p>" as HTML).rendered == "<p>\(expected)</p>")
    }
}
