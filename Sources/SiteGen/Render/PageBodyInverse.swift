import Glibc

/// The briefing HTML a page body was made from (`ArticlePages.pageBody`): the acronym marks and the
/// task boxes' labels taken out again.
///
/// The Markdown store keeps a briefing's HTML as a place in its page rather than a second copy (106 MB
/// at 10,000 briefings), and nearly every real briefing's page marks an acronym. The inverse is only
/// trusted where it was tried: a page whose body does not give back its HTML exactly (raw `<abbr>` in
/// the Markdown, say) has its HTML stored in full (`ArticlePages.page`), and every read is checked
/// against the HTML's hash (`DocumentHTML`).
enum PageBodyInverse {
    private static let abbrOpening = Array("<abbr title=\"".utf8)
    private static let abbrClosing = Array("</abbr>".utf8)
    private static let checkbox = Array("<input type=\"checkbox\"".utf8)
    private static let labels = [Array(" aria-label=\"Done\"".utf8), Array(" aria-label=\"Not done\"".utf8)]

    /// `body` without the marks `pageBody` adds; the same bytes when it has none.
    static func html(_ body: [UInt8]) -> [UInt8] {
        body.withUnsafeBufferPointer { b in
            guard offset(of: "<abbr", in: b) != nil || offset(of: "<input", in: b) != nil else { return body }
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var i = 0
            while i < b.count {
                guard let lt = nextOpening(b, from: i) else {
                    out += b[i...]
                    break
                }
                out += b[i..<lt]
                if starts(b, at: lt, with: abbrOpening), let close = offset(of: "\">", in: b, from: lt + abbrOpening.count) {
                    i = close + 2
                } else if starts(b, at: lt, with: abbrClosing) {
                    i = lt + abbrClosing.count
                } else if starts(b, at: lt, with: checkbox), let gt = offset(of: ">", in: b, from: lt) {
                    var tag = Array(b[lt...gt])
                    for label in labels {
                        if let at = tag.withUnsafeBufferPointer({ t in label.withUnsafeBufferPointer { SiteGen.firstOffset(of: $0, in: t, from: 0) } }) {
                            tag.removeSubrange(at..<(at + label.count))
                        }
                    }
                    out += tag
                    i = gt + 1
                } else {
                    out.append(b[lt])
                    i = lt + 1
                }
            }
            return out
        }
    }

    /// True when `body`, the page body made from `html`, gives `html` back (see `html(_:)`). A body
    /// `pageBody` left as it was can still fail: raw `<abbr>` in the HTML would be taken out.
    static func givesBack(_ html: [UInt8], from body: [UInt8]) -> Bool {
        PageBodyInverse.html(body) == html
    }

    private static func nextOpening(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < b.count, let hit = memchr(b.baseAddress! + from, Int32(UInt8(ascii: "<")), b.count - from) else { return nil }
        return b.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    private static func starts(_ b: UnsafeBufferPointer<UInt8>, at i: Int, with prefix: [UInt8]) -> Bool {
        i + prefix.count <= b.count && prefix.withUnsafeBufferPointer { memcmp(b.baseAddress! + i, $0.baseAddress!, prefix.count) == 0 }
    }

    private static func offset(of needle: String, in b: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        var needle = needle
        return needle.withUTF8 { SiteGen.firstOffset(of: $0, in: b, from: from) }
    }
}
