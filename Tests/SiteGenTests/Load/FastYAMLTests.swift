import Testing
import Yams
@testable import SiteGen

/// The fast front matter reader agrees with Yams wherever it answers, and steps aside everywhere else.
@Suite struct FastYAMLTests {
    func yams(_ text: String) -> [YAMLEntry]? {
        guard let node = try? Yams.compose(yaml: text), case .mapping(let m) = YAMLValue(node) else { return nil }
        return m
    }

    @Test(arguments: [
        "title: A plain title\ndate: 2025-07-11",
        "title: \"Quoted: with colon and \\\"escapes\\\" \\\\ done\"\ndraft: true",
        "title: 'It''s single'\nsummary: ~\nempty:",
        "topics: [asean, arf, \"trade\", 'sco']\nauthors: []",
        "authors:\n  - Amina Qureshi\n  - \"Bilal Khan\"\ntopics: [x]",
        "source:\n  name: \"DNA\"\n  url: https://example.org/a?b=c\n  file: content/sources/x.txt",
        "# a comment\ntitle: T   \n\nslug: my-slug",
        "title: Pakistan’s “Look East” — 2025",
        "per_page: 10\nratio: 1.5\nflag: no",
        "title: x-ray\nname: -leading dash",
        "title: \"Ümlaut “curly” 🇵🇰 and \\/ slash\"\nsummary: 'Don''t — ever'",
        "title: \"tab\\tand newline\\n\"\ntopics: ['it''s', \"a \\\" quote\", plain]",
        "clé: valeur\nnom-de-clé: x",
        "topics: [ a ,b,  'c d' ,\"e\" ]\nx: -a\ny: ?b\nz: a:b",
        "élan: x\n_under: y\nk-2: [  ]",
    ])
    func agreesWithYams(_ text: String) throws {
        let fast = try #require(FastYAML.parse(text), "the fast reader should handle this")
        #expect(fast == yams(text))
    }

    @Test(arguments: [
        "summary: >\n  folded\n  text",
        "summary: |\n  literal",
        "title: first line\n  continued",
        "title: &a anchored\nother: *a",
        "title: has: colon space",
        "title: value # comment",
        "tags: [[nested], x]",
        "map: {a: 1}",
        "title: \"unknown \\u00e9 escape\"",
        "\ttitle: tab",
        "source:\n  nested:\n    deeper: x",
        "- a list at the top",
        "title: \"unterminated",
        "x: -",
        "x: [a, b",
        "x: [a,, b]",
        "2key: digit first",
    ])
    func leavesAnythingElseToYams(_ text: String) {
        #expect(FastYAML.parse(text) == nil)
    }

    @Test func importedFrontMatterTakesTheFastPath() throws {
        for file in try FileIO.disk.listFiles(TestPaths.repositoryRoot + "/content/articles") {
            let bytes = try FileIO.disk.read(TestPaths.repositoryRoot + "/content/articles/" + file)
            let split = try FrontMatter.split(String(decoding: bytes, as: UTF8.self)).get()
            let fast = try #require(FastYAML.parse(split.yaml), "\(file) fell back to Yams")
            #expect(fast == yams(split.yaml), "\(file)")
        }
    }
}
