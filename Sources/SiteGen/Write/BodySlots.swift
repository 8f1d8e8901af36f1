import Foundation
import Templates

/// Where a briefing's body sits in the files that carry it (its page, the Atom and JSON feeds), and
/// how to put a new body there: the byte work of `BodyEdit`.
///
/// Everything around a body in these files is escaped text or markup the templates wrote, so the
/// places are found by markup the body cannot contain (`<content type="html">` before escaped HTML,
/// `"content_html" : "` before a JSON string) or, in a page, where the body can contain anything, by
/// the slot recorded when the page was made.
enum BodySlots {
    /// What opens a briefing page's body (see `articlePage`).
    static let pageOpening = Array("<div class=\"briefing-body\">\n".utf8)
    static let atomOpening = Array("<content type=\"html\">".utf8)
    private static let atomClosing = Array("</content>".utf8)
    static let jsonOpening = Array("\"content_html\" : \"".utf8)

    /// `page` with `body` in its slot, and the new slot; nil when the slot is not where the opening ends.
    static func splicePage(_ page: [UInt8], slot: BodySlot, body: String) -> (bytes: [UInt8], slot: BodySlot)? {
        let start = slot.start
        guard start >= pageOpening.count, start + slot.length <= page.count,
              page[(start - pageOpening.count)..<start].elementsEqual(pageOpening) else { return nil }
        let replaced = splice(page, start..<(start + slot.length), Array(body.utf8))
        return (replaced, BodySlot(start: start, length: body.utf8.count))
    }

    /// An Atom feed with entry `entry`'s content (counted from 0) replaced by `html`; nil when the feed has no such entry.
    static func spliceAtom(_ feed: [UInt8], entry: Int, html: String) -> [UInt8]? {
        guard let start = nth(entry, atomOpening, in: feed),
              let end = find(atomClosing, in: feed, from: start) else { return nil }
        return splice(feed, start..<end, Array(escapeHTML(html).utf8))
    }

    /// A JSON feed with item `entry`'s `content_html` replaced by `html`; nil when the feed has no such item.
    static func spliceJSON(_ feed: [UInt8], entry: Int, html: String) -> [UInt8]? {
        guard let start = nth(entry, jsonOpening, in: feed), let end = stringEnd(feed, from: start),
              let escaped = jsonEscaped(html) else { return nil }
        return splice(feed, start..<end, escaped)
    }

    /// `text` as the inside of a JSON string, escaped as the feeds' serialiser escapes it.
    static func jsonEscaped(_ text: String) -> [UInt8]? {
        guard let data = try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes]) else { return nil }
        let bytes = [UInt8](data)
        // `["…"]`
        guard bytes.count >= 4 else { return nil }
        return Array(bytes[2..<(bytes.count - 2)])
    }

    /// Where the JSON string starting at `start` ends (its closing quote).
    static func stringEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 2
            case UInt8(ascii: "\""): return i
            default: i += 1
            }
        }
        return nil
    }

    /// The index just past the `n`th occurrence (from 0) of `needle`.
    static func nth(_ n: Int, _ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        var from = 0
        for _ in 0...n {
            guard let at = find(needle, in: bytes, from: from) else { return nil }
            from = at + needle.count
        }
        return from
    }

    /// The first index of `needle` in `bytes` at or after `from`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard from <= bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in firstOffset(of: pin, in: hay, from: from) }
        }
    }

    private static func splice(_ bytes: [UInt8], _ range: Range<Int>, _ new: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - range.count + new.count)
        out += bytes[..<range.lowerBound]
        out += new
        out += bytes[range.upperBound...]
        return out
    }
}
