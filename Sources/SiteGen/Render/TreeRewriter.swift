import CCmarkGFM
import Glibc

/// Walks a parsed cmark document once: collects headings, links and paragraphs, gives headings
/// ids and self-links, anchors paragraphs, and scrubs raw HTML and dangerous URLs.
struct TreeRewriter {
    let options: MarkdownOptions
    private(set) var headings: [Heading] = []
    private(set) var links: [Link] = []
    private(set) var paragraphs: [Paragraph] = []
    private(set) var wordCount = 0
    private(set) var footnoteCount = 0
    private var usedIds: [String: Int] = [:]
    /// The document's allocator: nodes made here must come from it, as the document is let go whole.
    private let mem: UnsafeMutablePointer<cmark_mem>

    init(options: MarkdownOptions, mem: UnsafeMutablePointer<cmark_mem>) {
        self.options = options
        self.mem = mem
    }

    /// Rewrites the document in place; nodes are replaced only after the walk, so the iterator stays valid.
    mutating func rewrite(_ document: OpaquePointer) {
        var headingNodes: [OpaquePointer] = []
        var paragraphNodes: [OpaquePointer] = []
        guard let iter = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iter) }
        var minLevel = 6
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                headingNodes.append(node)
                minLevel = min(minLevel, Int(cmark_node_get_heading_level(node)))
            case CMARK_NODE_PARAGRAPH:
                if cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_DOCUMENT { paragraphNodes.append(node) }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                wordCount += countWords(cmark_node_get_literal(node))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                recordLink(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if options.unsafeHTML, let literal = cmark_node_get_literal(node) {
                    cmark_node_set_literal(node, HTMLSanitizer.sanitize(String(cString: literal)))
                }
            case CMARK_NODE_FOOTNOTE_DEFINITION:
                footnoteCount += 1
            default:
                break
            }
        }
        // The page title is the only h1: body headings are shifted so the highest becomes h2.
        let shift = max(0, 2 - minLevel)
        for node in headingNodes { replaceHeading(node, shift: shift) }
        if options.paragraphAnchors {
            for (i, node) in paragraphNodes.enumerated() { anchorParagraph(node, number: i + 1) }
        }
    }

    private mutating func recordLink(_ node: OpaquePointer) {
        let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        if options.unsafeHTML, HTMLSanitizer.isDangerousURL(url) { cmark_node_set_url(node, "") }
        if options.linkBase != "/", url.hasPrefix("/"), !url.hasPrefix("//"), !url.hasPrefix(options.linkBase) {
            cmark_node_set_url(node, options.linkBase + url.dropFirst())
        }
        links.append(Link(url: url, line: Int(cmark_node_get_start_line(node)), isImage: isImage,
                          alt: isImage ? plainText(node) : ""))
    }

    private mutating func replaceHeading(_ node: OpaquePointer, shift: Int) {
        let level = min(6, Int(cmark_node_get_heading_level(node)) + shift)
        let text = plainText(node)
        let id = uniqueId(Slug.make(text, maxLength: 64))
        headings.append(Heading(level: level, text: text, id: id, line: Int(cmark_node_get_start_line(node))))
        wrap(node, open: "<h\(level) id=\"\(id)\">",
             close: "<a class=\"heading-anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a></h\(level)>")
    }

    private mutating func anchorParagraph(_ node: OpaquePointer, number: Int) {
        let id = "p-\(number)"
        paragraphs.append(Paragraph(id: id, text: plainText(node), line: Int(cmark_node_get_start_line(node))))
        wrap(node, open: "<p id=\"\(id)\">", close: "</p>")
    }

    /// Replaces a block with a custom block that prints `open`, the block's inline children, then `close`.
    private func wrap(_ node: OpaquePointer, open: String, close: String) {
        guard let custom = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, mem) else { return }
        cmark_node_set_on_enter(custom, open)
        cmark_node_set_on_exit(custom, close)
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_append_child(custom, child)
        }
        cmark_node_replace(node, custom)
        cmark_node_free(node)
    }

    /// Ids are unique within a page: repeats get `-1`, `-2`, …; `fn-` and `p-` prefixes stay reserved.
    private mutating func uniqueId(_ base: String) -> String {
        var base = base
        if base.hasPrefix("fn") || base.hasPrefix("p-") || base == "section" { base = "h-" + base }
        var candidate = base
        while let n = usedIds[candidate] {
            usedIds[candidate] = n + 1
            candidate = "\(base)-\(n + 1)"
        }
        usedIds[candidate] = 0
        return candidate
    }
}

/// The text of a node's descendants, with soft breaks as spaces.
func plainText(_ node: OpaquePointer) -> String {
    var out = ""
    guard let iter = cmark_iter_new(node) else { return out }
    defer { cmark_iter_free(iter) }
    while true {
        let event = cmark_iter_next(iter)
        if event == CMARK_EVENT_DONE { break }
        guard event == CMARK_EVENT_ENTER, let n = cmark_iter_get_node(iter) else { continue }
        switch cmark_node_get_type(n) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            if let literal = cmark_node_get_literal(n) { out += String(cString: literal) }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            out += " "
        default:
            break
        }
    }
    return out
}

/// Counts runs of non-space bytes (space, tab, line feed and carriage return separate them) in a C string.
func countWords(_ text: UnsafePointer<CChar>?) -> Int {
    guard let text else { return 0 }
    let bytes = UnsafeRawPointer(text)
    let count = strlen(text)
    // Eight bytes at a time: a word starts where a byte that is not a space follows one that is.
    // Byte by byte this was 2.8 % of a 10,000-briefing build, most of it in TreeRewriter.
    var words = 0
    var previousSpace: UInt64 = 1
    var i = 0
    while i + 8 <= count {
        let spaces = spaceFlags(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        // Each byte's flag moved up to the next byte: "the byte before is a space".
        let before = (spaces << 8) | (previousSpace << 7)
        words += (~spaces & before & 0x8080_8080_8080_8080).nonzeroBitCount
        previousSpace = spaces >> 63
        i += 8
    }
    while i < count {
        let c = bytes.load(fromByteOffset: i, as: UInt8.self)
        let space: UInt64 = c == 32 || c == 9 || c == 10 || c == 13 ? 1 : 0
        if space == 0, previousSpace == 1 { words += 1 }
        previousSpace = space
        i += 1
    }
    return words
}

/// The high bit of each byte of `w` set when that byte is a space, tab, line feed or carriage return.
@inline(__always) private func spaceFlags(_ w: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101, lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    /// High bit set exactly in the bytes equal to `c` (no carry crosses a byte).
    @inline(__always) func equal(_ c: UInt64) -> UInt64 {
        let t = w ^ (ones &* c)
        return ~(((t & lows) &+ lows) | t) & ~lows
    }
    return equal(32) | equal(9) | equal(10) | equal(13)
}
