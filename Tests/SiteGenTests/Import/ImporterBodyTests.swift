import Testing
@testable import SiteGen

/// Body structure and escaping: one line of input, one expectation of Markdown.
@Suite("Importer: body")
struct ImporterBodyTests {
    let prose = ImportFixtures.prose

    func body(_ middle: String) -> String {
        ImportFixtures.body(ImportFixtures.convert("A Title\n\n\(prose)\n\n\(middle)\n\n\(prose)"))
    }

    @Test(arguments: ["Economic Realignment", "Conclusion: From Isolation to Integration", "Security Cooperation Without the Strings"])
    func shortLinesBetweenParagraphsAreHeadings(line: String) {
        #expect(body(line).contains("\n\n## \(line)\n\n"))
    }

    @Test(arguments: ["That needs to change.", "Why now?", "and then the talks stalled", "Pakistan, China and Iran,"])
    func shortSentencesStayParagraphs(line: String) {
        #expect(body(line).contains("\n\n\(line)\n\n"))
    }

    @Test func aLastShortLineIsNoHeading() {
        let b = ImportFixtures.convert("A Title\n\n\(prose)\n\nA closing thought")
        #expect(!ImportFixtures.body(b).contains("##"))
    }

    @Test func footnoteMarkersLinkToNotes() {
        let b = ImportFixtures.convert("A Title\n\nPakistan adopted a security-centric foreign policy.1 It was “No”.2 The proposed agenda items3 were dropped.\n\n1Waqas Waheed, “Policy,” 2022.\n\n2“Joint Statement,” 2005.\n\n3Conference on Disarmament.")
        let md = ImportFixtures.body(b)
        #expect(md.contains("policy.[^1] It was “No”.[^2] The proposed agenda items[^3] were dropped."))
        #expect(md.contains("[^1]: Waqas Waheed, “Policy,” 2022.\n\n[^2]: “Joint Statement,” 2005.\n\n[^3]: Conference on Disarmament."))
        #expect(b.report.footnotes == 3)
    }

    @Test(arguments: ["Pakistan lost $123.1 billion in the war.", "The G-20 met in Delhi.", "Resolution 1267 applies.",
                      "Talks began in 2019, then stalled.", "The 46th meeting of OIC ministers.", "In the 1980s the war went on."])
    func numbersThatAreNotMarkersStay(sentence: String) {
        let b = ImportFixtures.convert("A Title\n\n\(sentence) Then came the marker.1\n\n1A note.")
        #expect(ImportFixtures.body(b).hasPrefix(sentence + " Then came the marker.[^1]"))
    }

    @Test func numbersAtTheEndWithoutMarkersAreAList() {
        let b = ImportFixtures.convert("A Title\n\n\(prose)\n\n1. Open the border\n2. Resume trade")
        #expect(ImportFixtures.body(b).hasSuffix("\n\n1. Open the border\n2. Resume trade"))
        #expect(b.report.footnotes == 0)
    }

    @Test func markersMustComeInOrder() {
        let b = ImportFixtures.convert("A Title\n\nFirst claim.2 Second claim.1 Third claim.2\n\n1One.\n\n2Two.")
        #expect(ImportFixtures.body(b).hasPrefix("First claim.2 Second claim.[^1] Third claim.[^2]"))
    }

    @Test func quotedStatementIsABlockquote() {
        let line = "“One of the key areas of cooperation is the fight against terrorism and it will go on,” the Russian foreign ministry said in a statement."
        #expect(body(line).contains("\n\n> \(line)\n\n"))
    }

    @Test func sentenceWithAQuoteInsideIsNoBlockquote() {
        let line = "The minister said “peace is possible” and left the room before questions were taken by anyone."
        #expect(body(line).contains("\n\n\(line)\n\n"))
    }

    @Test func bulletsAndNumbersBecomeLists() {
        #expect(body("• maritime security\n• cybersecurity").contains("\n\n- maritime security\n- cybersecurity\n\n"))
        #expect(body("1) trade\n2) transit").contains("\n\n1. trade\n2. transit\n\n"))
    }

    @Test(arguments: [("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"), ("# not a heading", "\\# not a heading"),
                      ("> not a quote", "&gt; not a quote"), ("- lone dash", "\\- lone dash"), ("+ plus", "\\+ plus"),
                      ("1. lone number", "1\\. lone number"), ("| a | b |", "\\| a | b |"), ("`code` here", "\\`code\\` here"),
                      ("*stars* and _under_ and snake_case", "\\*stars\\* and \\_under\\_ and snake_case"), ("Shares of AT&amp;T rose.", "Shares of AT&amp;amp;T rose.")])
    func markdownSignificantTextIsEscaped(line: String, escaped: String) {
        #expect(body(line).contains("\n\n\(escaped)\n\n"))
    }

    @Test func indentedCrlfBomAndNoBreakSpacesAreCleaned() {
        let raw: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("A\u{00A0}Title\r\n\r\n        \(prose)\r\n".utf8)
        let b = Importer.convert(raw, options: ImportOptions(), rules: .builtin, topics: [])
        #expect(b.report.title == "A Title")
        #expect(ImportFixtures.body(b) == prose)
        #expect(!b.markdown.contains("\r") && !b.markdown.contains("\u{FEFF}"))
    }

    @Test func hardWrappedParagraphsAreJoined() {
        let b = ImportFixtures.convert("A Title\n\nPakistan and its neighbours met again this week to discuss\ntrade, transit and the security of the long border they share.")
        #expect(ImportFixtures.body(b) == "Pakistan and its neighbours met again this week to discuss trade, transit and the security of the long border they share.")
    }

    @Test func binaryAndForeignEncodings() {
        let binary = Importer.convert([0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2, 3], options: ImportOptions(), rules: .builtin, topics: [])
        #expect(binary.failed && binary.markdown.isEmpty)
        let latin = Importer.convert(Array("A Title\n\nIt said \u{93}yes\u{94} to the talks on trade.".unicodeScalars.map { UInt8($0.value) }), options: ImportOptions(), rules: .builtin, topics: [])
        #expect(ImportFixtures.body(latin) == "It said “yes” to the talks on trade.")
        #expect(latin.diagnostics.contains { $0.message.contains("Windows-1252") })
    }

    @Test func topicsNeedTwoMentionsOrOneInTheTitle() {
        let b = ImportFixtures.convert("Talks with Russia\n\nThe US and the U.S. Congress met us in Kabul, where the Taliban and Afghan officials waited. India was absent.")
        #expect(b.report.topics == ["afghanistan", "united-states", "russia"])
        #expect(b.report.topicCounts.first { $0.slug == "united-states" }?.mentions == 2) // "us" is not "US"
    }

    @Test func longestTopicNameWins() {
        let counts = TopicMatch.count(title: "", body: "The ASEAN Regional Forum met. ASEAN spoke.", topics: ImportFixtures.topics)
        #expect(counts.map(\.slug) == ["arf", "asean"])
        #expect(counts.map(\.mentions) == [1, 1])
    }
}
