import Foundation
import Testing
@testable import SiteGen

/// The facts kept of a briefing's paragraphs give the indexes what the paragraphs themselves gave.
@Suite struct ProseFactsTests {
    @Test func capitalWordsFindAcronymsExactlyWhereWholeWordSearchDoes() {
        let texts = [
            "Pakistan joined the SCO in 2017, and the SCO's summit followed.",
            "The ASEAN-led ARF met; SCOs and xSCO are other words. (ECO)",
            "Ümit met the ÉU delegation and the OIC; SAARC2 is not SAARC.",
            "SCO",
        ]
        let acronyms = ["SCO", "ARF", "ASEAN", "ECO", "OIC", "SAARC", "SAARC2", "ÉU", "EU", "CENTO"]
        for text in texts {
            var words = Set<String>()
            ProseFacts.collectCapitalWords(text, into: &words)
            for acronym in acronyms {
                #expect(words.contains(acronym) == text.containsWholeWord(acronym), "\(acronym) in \(text)")
            }
        }
    }

    /// The scan's plain definition, one byte at a time: runs of word bytes with two or more capitals
    /// (or non-ASCII bytes), any `(`, any four digits in a row.
    static func modelScan(_ text: String) -> (words: Set<String>, parenthesis: Bool, year: Bool) {
        let bytes = Array(text.utf8) + [32]
        var words = Set<String>(), run: [UInt8] = [], digits = 0, parenthesis = false, year = false
        for b in bytes {
            digits = (b >= 48 && b <= 57) ? digits + 1 : 0
            if digits >= 4 { year = true }
            if isWordByte(b) { run.append(b); continue }
            if b == 40 { parenthesis = true }
            if run.filter({ $0 >= 128 || ($0 >= 65 && $0 <= 90) }).count >= 2 { words.insert(String(decoding: run, as: UTF8.self)) }
            run = []
        }
        return (words, parenthesis, year)
    }

    @Test func theScanAgreesWithItsByteAtATimeDefinition() {
        var random = SeededRandom(seed: 0x2545_F491_4F6C_DD1D)
        // Long lower-case stretches (the eight-byte path) broken by capitals, digits, brackets and non-ASCII.
        let pieces = ["the ", "regional ", "cooperation", ", ", ". ", "SCO", "ASEAN ", "Pakistan ", "(", ")", "2017", "19", "8 ",
                      "Ümit ", "é", "xSCOx", "-", "'", "a", "  ", "organisationally", "\n", "ÉU", "A", "B"]
        for _ in 0..<3_000 {
            let text = (0..<random.below(40)).map { _ in pieces[random.below(pieces.count)] }.joined()
            var words = Set<String>()
            let (parenthesis, year) = ProseFacts.scan(text, capitalWords: &words)
            let model = Self.modelScan(text)
            #expect(words == model.words && parenthesis == model.parenthesis && year == model.year, "\(text)")
        }
    }

    @Test func factsHoldTheLeadTheDatedSentencesAndTheDefinitions() {
        let doc = Markdown.render("""
        The Economic Cooperation Organization (ECO) met in Tehran. It was founded in 1985.

        - A list item from 1990 is not a paragraph.

        On 8 July 2025 the SCO met; in 2017 Pakistan joined it.
        """)
        #expect(doc.prose.lead == "The Economic Cooperation Organization (ECO) met in Tehran. It was founded in 1985.")
        #expect(doc.prose.definitions == [ProseFacts.Definition(acronym: "ECO", expansion: "Economic Cooperation Organization")])
        #expect(doc.prose.dated.map { "\($0.paragraph) \($0.ordinal) \($0.date.iso) \($0.line)" }
            == ["p-1 1 1985 1", "p-2 1 2025-07-08 5", "p-2 2 2017 5"])
        #expect(doc.prose.capitalWords == ["ECO", "SCO"])
    }

    @Test func factsAndHTMLSurviveTheCache() throws {
        let doc = Markdown.render("In 2001 (from 2001 until 2017) the Shanghai Cooperation Organisation (SCO) grew.\n")
        let path = TestPaths.temporaryFolder() + "/store"
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try MarkdownStore().save(["k": .made(.inline)], document: { _ in CachedMarkdown(doc) }, to: path)
        let back = try #require(MarkdownStore.read(path).documents["k"]).rendered
        #expect(back == doc)
        #expect(back.prose == doc.prose && back.headings == doc.headings && back.links == doc.links)
        #expect(try back.markup.text() == doc.html, "the HTML is read from the store when asked")
        #expect(!doc.prose.dated.isEmpty && !doc.prose.definitions.isEmpty)
    }
}
