import CCmarkArena
import CCmarkGFM
import CCmarkSpecialChars
import Foundation

/// How Markdown is turned into HTML.
public struct MarkdownOptions: Sendable, Hashable {
    /// Let raw HTML through (still sanitised: no scripts, event handlers or `javascript:` URLs).
    public var unsafeHTML: Bool
    /// Curly quotes, en and em dashes, ellipses.
    public var smart: Bool
    /// Give top-level paragraphs `id="p-N"` anchors, so events and citations can link to them.
    public var paragraphAnchors: Bool
    /// The site's base path: root-relative links (`/articles/x/`) are moved under it, so content
    /// written for `/` still works when the site is served from a sub-path.
    public var linkBase: String

    /// Creates options; by default safe, smart, with paragraph anchors.
    public init(unsafeHTML: Bool = false, smart: Bool = true, paragraphAnchors: Bool = true, linkBase: String = "/") {
        self.unsafeHTML = unsafeHTML
        self.smart = smart
        self.paragraphAnchors = paragraphAnchors
        self.linkBase = linkBase
    }
}

/// Markdown rendered to HTML with what later stages need to know about it.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The HTML fragment, in memory or in the build cache (see `DocumentHTML`).
    public var markup: DocumentHTML
    /// The HTML fragment of a document in memory. A page the build writes reads `markup.text()`
    /// instead, so a cache that cannot be read fails the build rather than leaving the body empty.
    public var html: String { (try? markup.text()) ?? "" }
    /// Headings in document order, with unique ids.
    public var headings: [Heading]
    /// Link and image targets with their source lines, for the link checker.
    public var links: [Link]
    /// What events, the glossary and summaries need of the top-level paragraphs.
    public var prose: ProseFacts
    /// Words of text, for the reading time.
    public var wordCount: Int
    /// Number of footnote definitions.
    public var footnoteCount: Int
}

extension RenderedMarkdown {
    /// What an unparsable document renders to.
    static let empty = RenderedMarkdown(markup: DocumentHTML(""), headings: [], links: [], prose: ProseFacts(), wordCount: 0,
                                        footnoteCount: 0)
}

/// A heading of a rendered document.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var id: String
    public var line: Int
}

/// A link or image target found in a document.
public struct Link: Sendable, Hashable {
    public var url: String
    public var line: Int
    public var isImage: Bool
    /// Alternative text of an image (empty when missing).
    public var alt: String
}

/// A top-level paragraph: its anchor id, plain text and source line.
public struct Paragraph: Sendable, Hashable {
    public var id: String
    public var text: String
    public var line: Int
}

/// The one place SiteGen talks to cmark-gfm: Markdown in, Swift values out, no C memory kept.
public enum Markdown {
    /// Serialises parses when they may not overlap (see `parsesMayOverlap`).
    private static let parseLock = NSLock()

    /// The extensions every parser gets: the same set each time, which is what lets parses overlap.
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registers the extensions (not thread-safe: Swift runs this once) and parses one document, which
    /// puts the extensions' characters into cmark-gfm's process-wide table. Parses may overlap from
    /// then on if cmark-gfm called SiteGen's replacement for the function that changes that table
    /// (`CCmarkSpecialChars`): it never takes characters out again. Otherwise they take turns.
    private static let parsesMayOverlap: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        var warmUp = "~~a~~ www.example.org\n"
        if let parsed = parse(&warmUp, options: CMARK_OPT_DEFAULT, mem: cmark_get_default_mem_allocator()) {
            cmark_node_free(parsed.document)
            cmark_parser_free(parsed.parser)
        }
        return sitegen_cmark_special_chars_calls() > 0
    }()

    /// Whether this process parses Markdown on several threads at once (for `-v` and the tests).
    public static var parsesConcurrently: Bool { parsesMayOverlap }

    /// Bytes the calling thread's cmark arena holds between renders (for the tests).
    static var arenaBytesHeld: Int { sitegen_arena_reserved() }

    /// Parses `source` with memory from `mem`; the caller frees the document, then the parser (or
    /// resets the arena they came from).
    private static func parse(_ source: inout String, options: Int32,
                              mem: UnsafeMutablePointer<cmark_mem>) -> (parser: OpaquePointer, document: OpaquePointer)? {
        guard let parser = cmark_parser_new_with_mem(options, mem) else { return nil }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        // The string's own bytes, not a copy: 80 MB at 10,000 briefings.
        source.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else {
            cmark_parser_free(parser)
            return nil
        }
        return (parser, document)
    }

    /// Renders Markdown to an HTML fragment with heading ids, anchors and sanitised raw HTML.
    public static func render(_ markdown: String, options: MarkdownOptions = MarkdownOptions()) -> RenderedMarkdown {
        renderKeepingParagraphs(markdown, options: options).rendered
    }

    /// The rendered document and the paragraphs its prose facts were drawn from.
    static func renderKeepingParagraphs(_ markdown: String, options: MarkdownOptions) -> (rendered: RenderedMarkdown, paragraphs: [Paragraph]) {
        // No CMARK_OPT_VALIDATE_UTF8: a Swift String is valid UTF-8 already (files that are not were
        // refused by Load), and the check ran inside the parse lock.
        var cmarkOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
            | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        if options.smart { cmarkOptions |= CMARK_OPT_SMART }
        if options.unsafeHTML { cmarkOptions |= CMARK_OPT_UNSAFE }

        var source = markdown
        source.makeContiguousUTF8()
        let overlap = parsesMayOverlap
        // Every node, buffer and the HTML come from this thread's arena and go back in one reset,
        // after the HTML has been copied into a Swift string.
        let mem = sitegen_arena_mem()!
        defer { sitegen_arena_reset() }
        if !overlap { parseLock.lock() }
        let parsed = parse(&source, options: cmarkOptions, mem: mem)
        if !overlap { parseLock.unlock() }
        guard let (parser, document) = parsed else { return (.empty, []) }

        var tree = TreeRewriter(options: options, mem: mem)
        tree.rewrite(document)
        guard let cString = cmark_render_html(document, cmarkOptions, cmark_parser_get_syntax_extensions(parser)) else {
            return (.empty, [])
        }
        let rendered = RenderedMarkdown(markup: DocumentHTML(utf8: UTF8Check.bytes(ofCString: cString)), headings: tree.headings, links: tree.links,
                                        prose: ProseFacts(tree.paragraphs), wordCount: tree.wordCount,
                                        footnoteCount: tree.footnoteCount)
        return (rendered, tree.paragraphs)
    }
}
