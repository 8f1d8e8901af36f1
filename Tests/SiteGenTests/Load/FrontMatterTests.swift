import Testing
@testable import SiteGen

/// Splitting, decoding and dates: one-line cases.
@Suite struct FrontMatterTests {
    @Test func splitsAtFencesAndKnowsTheBodyLine() throws {
        let fm = try FrontMatter.split("---\ntitle: A\n---\nBody\n").get()
        #expect(fm.yaml == "title: A")
        #expect(fm.body == "Body\n")
        #expect(fm.bodyLine == 4)
    }

    @Test func byteOrderMarkAndCRLFAreHandled() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: A\r\ndate: 2024-02-29\r\n---\r\nBody\r\n".utf8)
        let (article, diagnostics) = ArticleDecoder.decode(path: "a.md", bytes: bytes)
        #expect(diagnostics.isEmpty)
        #expect(article?.title == "A")
        #expect(article?.body == "Body\n")
    }

    @Test(arguments: [
        ("2025-07-11", "2025-07-11T00:00:00Z"),
        ("2025-07-11T08:30:00Z", "2025-07-11T08:30:00Z"),
        ("2025-07-11 08:30", "2025-07-11T08:30:00Z"),
        ("2025-07-11T08:30:15+05:00", "2025-07-11T08:30:15+05:00"),
        ("2024-02-29", "2024-02-29T00:00:00Z"),
    ])
    func isoDatesParse(_ text: String, _ rfc3339: String) {
        #expect(PublishDate(iso: text)?.rfc3339 == rfc3339)
    }

    @Test(arguments: ["2023-02-29", "2025-13-01", "11 July 2025", "2025-7-1", "2025-07-11T25:00", ""])
    func invalidDatesAreRejected(_ text: String) {
        #expect(PublishDate(iso: text) == nil)
    }

    @Test func datesOrderAcrossOffsets() {
        #expect(PublishDate(iso: "2025-07-11T01:00:00+05:00")! < PublishDate(iso: "2025-07-10T23:00:00Z")!)
    }

    @Test func slugsFromTitles() {
        #expect(Slug.make("Reorienting Pakistan’s Foreign Policy: From Multilateralism to Bilateralism")
                == "reorienting-pakistans-foreign-policy-from-multilateralism-to-bilateralism")
        #expect(Slug.make("ASEAN–Pakistan Security Dialogue") == "asean-pakistan-security-dialogue")
        #expect(Slug.make("Dénouement") == "denouement")
        #expect(Slug.make("!!!") == "section")
    }

    @Test func sourceAndListsDecode() {
        let text = "---\ntitle: T\ndate: 2024-01-01\nauthors: Solo Author\ntopics: [a, b]\nsource:\n  name: Outlet\n  url: https://o.example/x\n---\nB"
        let (article, diagnostics) = ArticleDecoder.decode(path: "x.md", bytes: Array(text.utf8))
        #expect(diagnostics.isEmpty)
        #expect(article?.authors == ["Solo Author"])
        #expect(article?.topics == ["a", "b"])
        #expect(article?.source == Article.Source(name: "Outlet", url: "https://o.example/x"))
        #expect(article?.line(of: "source") == 6)
    }
}
