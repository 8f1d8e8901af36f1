/// Markup that is safe to emit: literals come from templates, interpolated text is escaped.
///
/// Writing `"<h1>\(title)</h1>" as HTML` escapes `title`; only another `HTML` value or
/// `HTML(trusted:)` passes through unescaped, so forgetting to escape cannot happen.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup.
    public private(set) var rendered: String

    /// Wraps markup that SiteGen produced itself (rendered and sanitised Markdown).
    public init(trusted markup: String) { rendered = markup }

    /// Empty markup.
    public static let empty = HTML(trusted: "")

    public init(stringLiteral value: String) { rendered = value }

    public init(stringInterpolation: Interpolation) { rendered = stringInterpolation.output }

    public var description: String { rendered }

    /// Builds markup from template literals and escaped values.
    public struct Interpolation: StringInterpolationProtocol {
        var output = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            output.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) { output += literal }

        /// Text: escaped for both element content and quoted attribute values.
        public mutating func appendInterpolation(_ text: String) { escapeHTML(text, into: &output) }

        /// A number, which needs no escaping.
        public mutating func appendInterpolation(_ number: Int) { output += String(number) }

        /// Markup that is already safe.
        public mutating func appendInterpolation(_ html: HTML) { output += html.rendered }

        /// A sequence of markup fragments, joined without separators.
        public mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { output += part.rendered }
        }

        /// Optional markup: nothing when nil.
        public mutating func appendInterpolation(_ html: HTML?) { if let html { output += html.rendered } }
    }
}

extension HTML {
    /// Joins fragments with a separator.
    public static func join(_ parts: [HTML], separator: HTML = .empty) -> HTML {
        var out = ""
        for (i, part) in parts.enumerated() {
            if i > 0 { out += separator.rendered }
            out += part.rendered
        }
        return HTML(trusted: out)
    }

    /// Markup for each element, joined.
    public static func each<S: Sequence>(_ items: S, _ body: (S.Element) -> HTML) -> HTML {
        var out = ""
        for item in items { out += body(item).rendered }
        return HTML(trusted: out)
    }

    /// Markup only when a condition holds.
    public static func when(_ condition: Bool, _ body: () -> HTML) -> HTML {
        condition ? body() : .empty
    }
}

/// Markup with one place left open, for a briefing body that is added as bytes: the body (most of a
/// briefing page) is then copied once, into the page, rather than into each enclosing template's string.
public struct SlottedHTML: Sendable, Hashable {
    /// The markup before the slot.
    public var before: HTML
    /// The markup after the slot.
    public var after: HTML

    /// Creates markup around a slot.
    public init(before: HTML, after: HTML) {
        self.before = before
        self.after = after
    }

    /// The markup with `content` in the slot.
    public func filled(with content: HTML) -> HTML {
        HTML(trusted: before.rendered + content.rendered + after.rendered)
    }

    /// This markup put in the slot of `outer`; the slot is still this markup's.
    public func inside(_ outer: SlottedHTML) -> SlottedHTML {
        SlottedHTML(before: HTML(trusted: outer.before.rendered + before.rendered), after: HTML(trusted: after.rendered + outer.after.rendered))
    }
}

/// Escapes `& < > " '` so text is safe in element content and in quoted attributes.
public func escapeHTML(_ text: String, into output: inout String) {
    let done = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
        // Most text has nothing to escape: one pass over the bytes, then a single append.
        guard let first = bytes.firstIndex(where: needsEscape) else {
            output += text
            return true
        }
        // Markup in feed entries has a character to escape every few words: the escaped text is
        // built as bytes and appended once, rather than cut into a substring at each character.
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count + bytes.count / 8 + 16)
        escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
        for b in UnsafeBufferPointer(rebasing: bytes[first...]) {
            guard needsEscape(b) else {
                escaped.append(b)
                continue
            }
            switch b {
            case 38: escaped.append(contentsOf: "&amp;".utf8)
            case 60: escaped.append(contentsOf: "&lt;".utf8)
            case 62: escaped.append(contentsOf: "&gt;".utf8)
            case 34: escaped.append(contentsOf: "&quot;".utf8)
            default: escaped.append(contentsOf: "&#39;".utf8)
            }
        }
        output += String(decoding: escaped, as: UTF8.self)
        return true
    }
    if done == nil {
        // A bridged or otherwise non-contiguous string: make it native, then escape.
        var copy = text
        copy.makeContiguousUTF8()
        escapeHTML(copy, into: &output)
    }
}

/// True for `& < > " '`: one shift and mask instead of five comparisons per byte.
@inline(__always) private func needsEscape(_ byte: UInt8) -> Bool {
    // Bits 34 `"`, 38 `&`, 39 `'`, 60 `<` and 62 `>`.
    let escaped: UInt64 = 1 << 34 | 1 << 38 | 1 << 39 | 1 << 60 | 1 << 62
    return byte < 64 && (escaped >> UInt64(byte)) & 1 != 0
}

/// Escapes text for HTML and returns it.
public func escapeHTML(_ text: String) -> String {
    var out = ""
    escapeHTML(text, into: &out)
    return out
}
