import Testing
@testable import SiteGen

/// cmark-gfm documents take their memory from a per-thread arena (`CCmarkArena`): renders must be
/// whole however large the document, and the arena must give large blocks back after each render.
@Suite struct MarkdownArenaTests {
    /// A document with `count` numbered paragraphs, a table and a footnote each.
    func document(_ count: Int) -> String {
        (0..<count).map { "Paragraph \($0) with *emphasis*[^n\($0)].\n\n| a | b |\n|---|---|\n| \($0) | x |\n\n[^n\($0)]: Note \($0).\n" }
            .joined(separator: "\n")
    }

    @Test func documentsLargerThanOneBlockRenderWhole() {
        // About 1.5 MB of Markdown and 3 MB of HTML: several blocks and many buffers grown by realloc.
        let count = 20_000
        let r = Markdown.render(document(count))
        #expect(r.footnoteCount == count)
        #expect(r.html.hasPrefix("<p id=\"p-1\">\nParagraph 0 with <em>emphasis</em>"))
        #expect(r.html.contains("<p id=\"p-\(count)\">\nParagraph \(count - 1) with <em>emphasis</em>"))
        #expect(r.html.contains("<td>\(count - 1)</td>"))
        #expect(r.html.hasSuffix("</section>\n"))
        #expect(Markdown.arenaBytesHeld <= 1 << 20, "the arena kept \(Markdown.arenaBytesHeld) bytes after a large render")
    }

    @Test func smallRendersAfterALargeOneAreUnchanged() {
        let small = document(3)
        let before = Markdown.render(small).html
        _ = Markdown.render(document(20_000))
        let after = Markdown.render(small).html
        #expect(after == before)
        #expect(Markdown.arenaBytesHeld <= 1 << 20)
    }
}
