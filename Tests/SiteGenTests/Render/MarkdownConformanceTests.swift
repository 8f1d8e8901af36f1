import Testing
@testable import SiteGen

/// The GFM extension examples of cmark-gfm's spec, rendered through `Markdown.render` (the `sitegen render` seam).
@Suite struct MarkdownConformanceTests {
    static let plain = MarkdownOptions(smart: false, paragraphAnchors: false)

    static let cases: [(String, String, String)] = [
        ("table",
         "| foo | bar |\n| --- | --- |\n| baz | bim |\n",
         "<table>\n<thead>\n<tr>\n<th>foo</th>\n<th>bar</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>baz</td>\n<td>bim</td>\n</tr>\n</tbody>\n</table>\n"),
        ("table alignment uses style, not the obsolete align attribute",
         "| abc | defghi |\n:-: | -----------:\nbar | baz\n",
         "<table>\n<thead>\n<tr>\n<th style=\"text-align: center\">abc</th>\n<th style=\"text-align: right\">defghi</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td style=\"text-align: center\">bar</td>\n<td style=\"text-align: right\">baz</td>\n</tr>\n</tbody>\n</table>\n"),
        ("table ends at a blank line",
         "| abc | def |\n| --- | --- |\n| bar | baz |\n\nbar\n",
         "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>bar</td>\n<td>baz</td>\n</tr>\n</tbody>\n</table>\n<p>bar</p>\n"),
        ("strikethrough with two tildes",
         "~~Hi~~ Hello, world!\n",
         "<p><del>Hi</del> Hello, world!</p>\n"),
        ("a single tilde is not strikethrough",
         "This ~text~ stays.\n",
         "<p>This ~text~ stays.</p>\n"),
        ("www autolink",
         "www.commonmark.org\n",
         "<p><a href=\"http://www.commonmark.org\">www.commonmark.org</a></p>\n"),
        ("url autolink drops trailing punctuation",
         "Visit https://encrypted.google.com/search?q=Markup+(business).\n",
         "<p>Visit <a href=\"https://encrypted.google.com/search?q=Markup+(business)\">https://encrypted.google.com/search?q=Markup+(business)</a>.</p>\n"),
        ("email autolink",
         "foo@bar.baz\n",
         "<p><a href=\"mailto:foo@bar.baz\">foo@bar.baz</a></p>\n"),
        ("task list",
         "- [ ] foo\n- [x] bar\n",
         "<ul>\n<li><input type=\"checkbox\" disabled=\"\" /> foo</li>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> bar</li>\n</ul>\n"),
        ("footnote reference and definition",
         "Text[^1].\n\n[^1]: The note.\n",
         "<p>Text<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a></sup>.</p>\n<section class=\"footnotes\" data-footnotes>\n<ol>\n<li id=\"fn-1\">\n<p>The note. <a href=\"#fnref-1\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">↩</a></p>\n</li>\n</ol>\n</section>\n"),
        ("raw HTML is omitted by default",
         "<div onclick=\"x()\">hi</div>\n",
         "<!-- raw HTML omitted -->\n"),
        ("javascript links are emptied by default",
         "[x](javascript:alert(1))\n",
         "<p><a href=\"\">x</a></p>\n"),
    ]

    @Test(arguments: cases)
    func example(_ name: String, _ markdown: String, _ html: String) {
        #expect(Markdown.render(markdown, options: Self.plain).html == html, "\(name)")
    }

    /// Tagfilter escapes `<title>` and `<xmp>`; our sanitiser drops `<style>` outright.
    @Test func tagFilterEscapesDangerousTagsEvenWhenRawHTMLIsAllowed() {
        let unsafe = MarkdownOptions(unsafeHTML: true, smart: false, paragraphAnchors: false)
        let html = Markdown.render("<strong> <title> <style> <em>\n\n<blockquote>\n  <xmp> is disallowed.  <XMP> is also disallowed.\n</blockquote>\n", options: unsafe).html
        #expect(html == "<p><strong> &lt;title>  <em></p>\n<blockquote>\n  &lt;xmp> is disallowed.  &lt;XMP> is also disallowed.\n</blockquote>\n")
    }

    @Test func smartPunctuationIsOnByDefault() {
        let html = Markdown.render("\"Quoted\" -- it's...", options: MarkdownOptions(paragraphAnchors: false)).html
        #expect(html == "<p>“Quoted” – it’s…</p>\n")
    }
}
