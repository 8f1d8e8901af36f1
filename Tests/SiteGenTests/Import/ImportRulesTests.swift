import Testing
@testable import SiteGen

@Suite("Import rules")
struct ImportRulesTests {
    @Test func builtinIsTheShippedFile() {
        #expect(ImportFixtures.text("content/import-rules.yml") == ImportRules.builtinYAML)
        #expect(ImportRules.parse(yaml: ImportRules.builtinYAML, path: "x").diagnostics.isEmpty)
        #expect(ImportRules.builtin.lines.contains("Leave a Reply"))
        #expect(ImportRules.builtin.headingMaxWords == 12)
    }

    @Test(arguments: ["Leave a Reply", "LEAVE A REPLY", "Please enter your comment!", "Please enter your name here",
                      "%d bloggers like this:", "Share this:", "Must Read", "Related", "We use cookies to improve your experience.",
                      "Subscribe to our newsletter for weekly updates", "Copyright © 2024 Dawn. All rights reserved.",
                      "© 2024 The Express Tribune", "5 min read", "12 Comments", "Home | World | Asia | Opinion"])
    func junkLinesAreDropped(line: String) {
        let b = ImportFixtures.convert("A Title\n\n\(ImportFixtures.prose)\n\n\(line)\n\n\(ImportFixtures.prose)")
        #expect(!ImportFixtures.body(b).contains(line))
        #expect(b.report.dropped.contains { $0.text == line })
    }

    @Test(arguments: ["Related issues remain unresolved between the two capitals.", "Share of trade fell to eight percent.",
                      "Pakistan must read the signals from Kabul carefully."])
    func sentencesThatStartLikeJunkStay(line: String) {
        let b = ImportFixtures.convert("A Title\n\n\(ImportFixtures.prose)\n\n\(line)\n\n\(ImportFixtures.prose)")
        #expect(ImportFixtures.body(b).contains(line))
        #expect(b.report.dropped.isEmpty)
    }

    @Test func editorsCanAddRules() {
        let (rules, diagnostics) = ImportRules.parse(yaml: "lines: [Sponsored content]\npatterns: [\"Photo by *\"]", path: "r.yml")
        #expect(diagnostics.isEmpty)
        #expect(rules.bioStarts == ImportRules.builtin.bioStarts) // keys left out keep their built-in values
        let b = ImportFixtures.convert("A Title\n\n\(ImportFixtures.prose)\n\nSponsored content\n\nPhoto by Reuters staff\n\n\(ImportFixtures.prose)", rules: rules)
        #expect(b.report.dropped.map(\.text) == ["Sponsored content", "Photo by Reuters staff"])
    }

    @Test func badRulesFilesGiveDiagnosticsWithLines() {
        #expect(ImportRules.parse(yaml: "lines: [unclosed", path: "r.yml").diagnostics.first?.severity == .error)
        let unknown = ImportRules.parse(yaml: "lines: [a]\nline: [b]", path: "r.yml").diagnostics
        #expect(unknown.map(\.description) == ["r.yml:2: warning: unknown key \"line\" ignored; known keys: bio_headings, bio_starts, credits, cut_from, debris, ignored_authors, lines, notes_headings, patterns, prefixes, limits"])
        #expect(ImportRules.parse(yaml: "lines: text", path: "r.yml").diagnostics.first?.severity == .error)
        #expect(ImportRules.parse(yaml: "limits:\n  max_topics: -1", path: "r.yml").diagnostics.first?.line == 2)
        #expect(ImportRules.parse(yaml: "limits:\n  max_topics: 3", path: "r.yml").rules.maxTopics == 3)
    }

    @Test(arguments: [("# min read", "5 min read", true), ("# min read", "min read", false), ("share on *", "share on x", true),
                      ("copyright * all rights reserved*", "copyright 2024 dawn. all rights reserved.", true), ("a*b", "ab", true), ("a*b", "ac", false)])
    func patterns(pattern: String, line: String, matches: Bool) {
        #expect(LinePattern.matches(pattern, line) == matches)
    }
}
