import Testing
@testable import SiteGen

/// Title, date, authors and provenance: one line of input, one expectation.
@Suite("Importer: front matter")
struct ImporterHeaderTests {
    let prose = ImportFixtures.prose

    @Test func kickerIsSkippedAndBylineRead() {
        let b = ImportFixtures.convert("Pakistan Region\n\nThe bear rising again?\n\nBy Farooq Yousaf*\n\n\(prose)")
        #expect(b.report.title == "The bear rising again?")
        #expect(b.report.authors == ["Farooq Yousaf"])
        #expect(b.report.dropped.map(\.text) == ["Pakistan Region"])
    }

    @Test func repeatedTitleIsKeptOnce() {
        let b = ImportFixtures.convert("Talks resume in Kabul\nTalks resume in Kabul\n\n\(prose)")
        #expect(b.report.title == "Talks resume in Kabul")
        #expect(!ImportFixtures.body(b).contains("Talks resume"))
    }

    @Test func noTitleLineGivesProvisionalTitleFlaggedForReview() {
        let b = ImportFixtures.convert(" date 2025-07-11 By Shaheen Khan\n\n\(prose)")
        #expect(b.report.title == "Pakistan and its neighbours met again this week to discuss trade, transit…")
        #expect(b.report.review == ["title"])
        #expect(ImportFixtures.front(b).contains("review: [title]"))
        #expect(b.diagnostics.contains { $0.severity == .warning && $0.message.contains("no title line") })
        #expect(b.report.date?.isoDay == "2025-07-11")
        #expect(b.report.authors == ["Shaheen Khan"])
    }

    @Test(arguments: ["", "   \n\n \t ", "\u{FEFF}"])
    func emptyInputIsAnErrorNotAnEmptyTitle(text: String) {
        let b = ImportFixtures.convert(text)
        #expect(b.failed)
        #expect(b.diagnostics.first?.message.contains("is empty") == true)
    }

    @Test func bodyDatesAreNotPublicationDates() {
        let b = ImportFixtures.convert("A Title\n\nOn July 8, 2025, the foreign minister attended the forum in Kuala Lumpur and met his counterparts from the region at length.")
        #expect(b.report.date == nil)
        #expect(ImportFixtures.front(b).contains("draft: true"))
    }

    @Test func datelineWithoutYearGivesNoDateButAHint() {
        let b = ImportFixtures.convert("Minister proposes platform\n\nISLAMABAD, JAN 22 /DNA/: The committee paid a courtesy call on the minister to discuss defence ties and regional security developments.")
        #expect(b.report.date == nil)
        #expect(b.report.dateHint == "JAN 22")
        let front = ImportFixtures.front(b)
        #expect(front.contains("date:\n") && front.contains("date_hint: \"JAN 22\"") && front.contains("draft: true"))
        #expect(front.contains("name: \"DNA\""))
        #expect(b.diagnostics.contains { $0.line == 3 && $0.message.contains("--date") })
    }

    @Test func dateOptionSuppliesTheDate() {
        let b = ImportFixtures.convert("Minister proposes platform\n\nISLAMABAD, JAN 22 /DNA/: \(prose)", ImportOptions(date: PublishDate(iso: "2025-01-22")))
        #expect(ImportFixtures.front(b).contains("date: 2025-01-22\n"))
        #expect(!ImportFixtures.front(b).contains("draft"))
    }

    @Test func printCreditGivesDateAndOutlet() {
        let b = ImportFixtures.convert("A Title\n\n\(prose)\n\nPublished in Dawn, March 3rd, 2024")
        #expect(b.report.date?.isoDay == "2024-03-03")
        #expect(ImportFixtures.front(b).contains("name: \"Dawn\""))
        #expect(!ImportFixtures.body(b).contains("Published in"))
    }

    @Test func nameBesideDateIsTheAuthor() {
        let b = ImportFixtures.convert("A Title\n\nShaheen Khan | July 8, 2025\n\n\(prose)")
        #expect(b.report.authors == ["Shaheen Khan"])
        #expect(b.report.date?.isoDay == "2025-07-08")
    }

    @Test func categoryBesideDateIsNotAnAuthor() {
        let b = ImportFixtures.convert("A Title\n\nFeb 27, 2022 | Essays\n\n\(prose)")
        #expect(b.report.authors.isEmpty)
        #expect(b.report.date?.isoDay == "2022-02-27")
    }

    @Test(arguments: ["By admin", "Posted by admin"])
    func adminIsNoAuthor(line: String) {
        let b = ImportFixtures.convert("A Title\n\n\(line)\n\n\(prose)")
        #expect(b.report.authors.isEmpty)
        #expect(ImportFixtures.front(b).contains("authors: []"))
        #expect(!ImportFixtures.body(b).contains("admin"))
    }

    @Test func signatureAndBioMoveToFrontMatterWithoutDebris() {
        let b = ImportFixtures.convert("A Title\n\n\(prose)\n\nAli Raza Khan\nAli Raza Khan\nThe writer is a lecturer in Lahore. He can be reached at [email\u{A0}protected]\n\nLEAVE A REPLY\n\nMust Read")
        #expect(b.report.authors == ["Ali Raza Khan"])
        #expect(ImportFixtures.front(b).contains("author_bio: \"The writer is a lecturer in Lahore.\""))
        #expect(!b.markdown.contains("protected") && !b.markdown.contains("reached at"))
        #expect(ImportFixtures.body(b) == prose)
    }

    @Test func aboutTheAuthorSection() {
        let b = ImportFixtures.convert("A Title\n\n\(prose)\n\nAbout the Author\n\nHaleema Saadia\n\nShe teaches at a university in Islamabad.")
        #expect(b.report.authors == ["Haleema Saadia"])
        #expect(ImportFixtures.front(b).contains("author_bio: \"She teaches at a university in Islamabad.\""))
        #expect(ImportFixtures.body(b) == prose)
    }

    @Test func starredBioLosesItsStar() {
        let b = ImportFixtures.convert("A Title\n\nBy Farooq Yousaf*\n\n\(prose)\n\n*The author is a research consultant.")
        #expect(ImportFixtures.front(b).contains("author_bio: \"The author is a research consultant.\""))
    }

    @Test func sourceUrlLineIsProvenance() {
        let b = ImportFixtures.convert("https://www.dawn.com/news/123\n\nA Title\n\n\(prose)")
        #expect(ImportFixtures.front(b).contains("  name: \"dawn.com\"\n  url: \"https://www.dawn.com/news/123\""))
        #expect(b.report.title == "A Title")
    }

    @Test func frontMatterQuotesEverything() {
        let b = ImportFixtures.convert("Say \"no\" to C:\\temp: a test\n\n\(prose)")
        #expect(ImportFixtures.front(b).contains(#"title: "Say \"no\" to C:\\temp: a test""#))
        #expect(b.markdown.hasPrefix("---\ntitle: "))
        #expect(ImportFixtures.front(b).contains("sha256: \"\(SHA256.hex(Array(("Say \"no\" to C:\\temp: a test\n\n" + prose).utf8)))\""))
    }

    @Test func summaryIsTheLeadsFirstSentences() {
        let long = String(repeating: "word ", count: 100) + "end."
        #expect(ImportFixtures.convert("A Title\n\n\(long)").markdown.contains("summary: \"" + String(repeating: "word ", count: 58) + "word…\""))
        let b = ImportFixtures.convert("A Title\n\nTalks resumed. Mr. Dar met the envoy in Kabul on Monday. Nothing was agreed.")
        #expect(ImportFixtures.front(b).contains("summary: \"Talks resumed. Mr. Dar met the envoy in Kabul on Monday.\""))
    }

    @Test(arguments: [("Reorienting Pakistan’s Foreign Policy: From Multilateralism to Bilateralism", "reorienting-pakistans-foreign-policy-from-multilateralism"),
                      ("Pakistan–Türkiye: Défense ties", "pakistan-turkiye-defense-ties"), ("پاکستان", "")])
    func slugs(title: String, slug: String) {
        #expect(ImportSlug.make(title) == slug)
    }

    @Test func slugFallsBackWhenTitleHasNoLatinLetters() {
        let b = ImportFixtures.convert("پاکستان اور چین\n\n\(prose)")
        #expect(b.slug.hasPrefix("briefing-"))
    }
}
