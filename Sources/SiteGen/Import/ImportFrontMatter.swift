/// Writes the YAML front matter of an imported briefing, in a fixed key order.
///
/// Strings are always double-quoted so no title or name can change YAML's reading of the line.
struct ImportFrontMatter: Sendable, Hashable {
    var title: String
    var slug: String?
    var date: PublishDate?
    var dateHint: String?
    var authors: [String]
    var authorBio: String?
    var topics: [String]
    var summary: String?
    var draft: Bool
    var review: [String]
    var sourceName: String?
    var sourceURL: String?
    var sourceFile: String?
    var sha256: String

    var yaml: String {
        var out = ["---", "title: \(Self.quote(title))"]
        if let slug { out.append("slug: \(Self.quote(slug))") }
        out.append("date:" + (date.map { " " + $0.isoDay } ?? ""))
        if let dateHint { out.append("date_hint: \(Self.quote(dateHint))") }
        out.append("authors: [\(authors.map(Self.quote).joined(separator: ", "))]")
        if let authorBio { out.append("author_bio: \(Self.quote(authorBio))") }
        out.append("topics: [\(topics.joined(separator: ", "))]")
        if let summary { out.append("summary: \(Self.quote(summary))") }
        if draft { out.append("draft: true") }
        if !review.isEmpty { out.append("review: [\(review.joined(separator: ", "))]") }
        out.append("source:")
        if let sourceName { out.append("  name: \(Self.quote(sourceName))") }
        if let sourceURL { out.append("  url: \(Self.quote(sourceURL))") }
        if let sourceFile { out.append("  file: \(Self.quote(sourceFile))") }
        out.append("  sha256: \(Self.quote(sha256))")
        out.append("---")
        return out.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar: backslash, quote, and every control or line-breaking character escaped.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF {
                    let hex = String(v, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
