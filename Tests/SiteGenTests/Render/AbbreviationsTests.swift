import Testing
@testable import SiteGen

/// `Abbreviations.mark` walks bytes and reads a run of text by `Character`s only when an acronym still
/// to mark occurs in it: it must mark what a walk of every `Character` marks.
@Suite struct AbbreviationsTests {
    /// The walk that `mark` replaced, as the model: every run of text outside the skipped elements
    /// goes through `markText` whole, and the markup is read by `Character`s.
    enum Model {
        static func mark(_ html: String, _ expansions: [String: String]) -> String {
            var pending = expansions.filter { html.containsWholeWord($0.key) }
            guard !pending.isEmpty else { return html }
            var out = ""
            var depth = 0
            var rest = Substring(html)
            while !rest.isEmpty {
                guard let lt = rest.firstIndex(of: "<") else {
                    out += depth == 0 ? Abbreviations.markText(rest, &pending) : String(rest)
                    break
                }
                out += depth == 0 ? Abbreviations.markText(rest[..<lt], &pending) : String(rest[..<lt])
                let gt = rest[lt...].firstIndex(of: ">") ?? rest.index(before: rest.endIndex)
                let tag = rest[lt...gt]
                out += tag
                let closing = tag.dropFirst().first == "/"
                let name = tag.dropFirst(closing ? 2 : 1).prefix { $0.isLetter || $0.isNumber }.lowercased()
                if Abbreviations.skipped.contains(name), !tag.hasSuffix("/>") { depth = max(0, depth + (closing ? -1 : 1)) }
                rest = rest[rest.index(after: gt)...]
            }
            return out
        }
    }

    let expansions = ["SCO": "Shanghai \"Cooperation\" Organisation", "SAARC": "South Asian Association", "ASEAN": "Association of Southeast Asian Nations"]

    @Test func marksWhatAWalkOfEveryCharacterMarksOnGeneratedHTML() {
        var random = SeededRandom(seed: 0xA5A5_0F0F_1234_4321)
        let pieces = ["<p>", "</p>", "<a href=\"/x/\">", "</a>", "<code>", "</code>", "<h2 id=\"s\">", "</h2>", "<abbr title=\"t\">",
                      "</abbr>", "<br />", "<img src=\"m.png\" alt=\"SCO\" />", "<sup>", "</sup>", "<em>", "</em>", "<A HREF=\"y\">", "</A>",
                      "<pré>", "</pré>", "SCO", "SAARC", "ASEAN", "SCOs", "ESCO", "SCO2", "the", " ", ", ", ".", "’s", "—", "&amp;",
                      "&#39;", "&SCO;", "(", ")", "é", "\n", "SAARCé", "中文", "<", ">",
                      // Marks that join the character before them, and a sign that joins the one after (never
                      // a tag's `<`, which the model would then miss: it is what `mark` reads by bytes).
                      " \u{301}", "C\u{301}", "SCO\u{301}", "\u{600} ", "\t", "&x \u{600}y", "\u{600}SCO", "&x\u{600} "]
        var marked = 0
        for _ in 0..<5_000 {
            let html = (0..<random.below(60)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let expected = Model.mark(html, expansions)
            #expect(Abbreviations.mark(html, expansions) == expected, "\(html.debugDescription)")
            if expected != html { marked += 1 }
        }
        #expect(marked > 500, "the cases mark something often enough to mean anything: \(marked)")
    }

    @Test func aTaskBoxGetsItsSpokenNameAndNothingElseChanges() {
        let html = Array("<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> a</li>\n<li><input type=\"checkbox\" disabled=\"\" /> b</li>\n</ul>\n".utf8)
        #expect(String(decoding: ArticlePages.labelTaskBoxes(html), as: UTF8.self)
            == "<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" /> a</li>\n<li><input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" /> b</li>\n</ul>\n")
        let plain = Array("<p>No boxes.</p>".utf8)
        #expect(ArticlePages.labelTaskBoxes(plain) == plain)
    }
}
