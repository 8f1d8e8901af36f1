import Templates

/// JSON-LD for search engines and link previews.
enum StructuredData {
    /// A schema.org `Article` with headline, dates, authors and publisher.
    static func article(_ a: Article, summary: String, ctx: RenderContext) -> HTML {
        var fields: [(String, String)] = [
            ("@context", json("https://schema.org")), ("@type", json("Article")), ("headline", json(a.title)),
            ("description", json(summary)), ("url", json(ctx.routes.absolute(ctx.routes.article(a.slug)))),
            ("inLanguage", json(ctx.site.config.language)),
        ]
        if let d = a.date { fields.append(("datePublished", json(d.rfc3339))) }
        if let d = a.updated ?? a.date { fields.append(("dateModified", json(d.rfc3339))) }
        let authors = a.authors.map { "{\"@type\":\"Person\",\"name\":\(json($0))}" }
        if !authors.isEmpty { fields.append(("author", "[" + authors.joined(separator: ",") + "]")) }
        fields.append(("publisher", "{\"@type\":\"Organization\",\"name\":\(json(ctx.site.config.title))}"))
        return HTML(trusted: "{" + fields.map { "\(json($0.0)):\($0.1)" }.joined(separator: ",") + "}")
    }

    /// A JSON string literal that is also safe inside `<script>`: `<`, `>` and `&` are escaped.
    static func json(_ text: String) -> String {
        var out = "\""
        for s in text.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "'": out += "\\u0027"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if s.value < 0x20 { out += "\\u" + pad(Int(s.value), 4) } else { out.unicodeScalars.append(s) }
            }
        }
        return out + "\""
    }
}
