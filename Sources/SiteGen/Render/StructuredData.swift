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
        if !a.authors.isEmpty { fields.append(("author", authors(a.authors))) }
        fields.append(("publisher", "{\"@type\":\"Organization\",\"name\":\(json(ctx.site.config.title))}"))
        return HTML(trusted: "{" + fields.map { "\(json($0.0)):\($0.1)" }.joined(separator: ",") + "}")
    }

    /// The `author` value of `article`: a list of schema.org `Person`s.
    static func authors(_ names: [String]) -> String {
        "[" + names.map { "{\"@type\":\"Person\",\"name\":\(json($0))}" }.joined(separator: ",") + "]"
    }

    /// A JSON string literal that is also safe inside `<script>`: `<`, `>` and `&` are escaped.
    static func json(_ text: String) -> String {
        // Bytes, not Unicode scalars: every briefing page has a few of these, and appending scalar by
        // scalar was 3 % of a clean build. Only ASCII and U+2028/U+2029 (E2 80 A8/A9) are escaped.
        var text = text
        // Most values need no escape at all: no control character, none of `" \\ < > & '`, and no E2
        // byte that could start U+2028/U+2029.
        let plain = text.withUTF8 { u in
            u.allSatisfy { b in b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x3C && b != 0x3E && b != 0x26 && b != 0x27 && b != 0xE2 }
        }
        if plain { return "\"" + text + "\"" }
        var out: [UInt8] = [0x22]
        out.reserveCapacity(text.utf8.count + 16)
        let hex = Array("0123456789abcdef".utf8)
        text.withUTF8 { u in
            var i = 0
            while i < u.count {
                let b = u[i]
                switch b {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                case 0x3C, 0x3E, 0x26, 0x27, 0x00..<0x20:
                    out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
                case 0xE2 where i + 2 < u.count && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9):
                    out += Array("\\u202".utf8) + [u[i + 2] == 0xA8 ? 0x38 : 0x39]
                    i += 2
                default: out.append(b)
                }
                i += 1
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }
}
