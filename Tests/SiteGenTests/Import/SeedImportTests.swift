import Foundation
import Testing
@testable import SiteGen

/// The five real articles in `content/sources/`: what an editor would check first.
@Suite("Importer: seed articles")
struct SeedImportTests {
    struct Expected: Sendable, CustomStringConvertible {
        var file: String
        var title: String
        var date: String?
        var authors: [String]
        var topics: [String]
        var headings: [String]
        var footnotes: Int
        /// Junk lines and debris fragments removed.
        var droppedJunk: Int
        var review: [String]
        var bio: String?
        var description: String { file }
    }

    static let seeds: [Expected] = [
        Expected(file: "000_2433f88b56905c08", title: "The Missed Opportunity of ASEAN", date: "2025-07-11", authors: ["Shaheen Khan"],
                 topics: ["asean", "trade", "china", "arf", "india", "united-states"],
                 headings: ["The Missed Opportunity of ASEAN", "Economic Realignment", "Security Cooperation Without the Strings",
                            "Diplomacy Beyond Crisis", "Conclusion: From Isolation to Integration"],
                 footnotes: 0, droppedJunk: 0, review: ["title"], bio: nil),
        Expected(file: "001_34070ce1deaee917", title: "Federal Defence Minister Proposes Platform for ASEAN–Pakistan Security Dialogue",
                 date: nil, authors: [], topics: ["security", "asean"], headings: [], footnotes: 0, droppedJunk: 0, review: ["date"], bio: nil),
        Expected(file: "002_cc060623e30020b9", title: "Reorienting Pakistan’s Foreign Policy: From Multilateralism to Bilateralism",
                 date: "2022-02-27", authors: ["Haleema Saadia"],
                 topics: ["india", "security", "united-states", "nonproliferation", "counter-terrorism", "oic"], headings: [],
                 footnotes: 13, droppedJunk: 0, review: [], bio: "The author is a Doctoral Candidate at the National University of Sciences and Technology and is a Lecturer at the National University of Modern Languages, Islamabad."),
        Expected(file: "003_8961efedb399ddfa", title: "The bear rising again?", date: nil, authors: ["Farooq Yousaf"],
                 topics: ["russia", "united-states", "security", "afghanistan", "counter-terrorism", "china"], headings: [],
                 footnotes: 0, droppedJunk: 2, review: ["date"], bio: "The author is a research consultant at CRSS currently pursuing his PhD in Politics in Australia."),
        Expected(file: "004_aeb038823d7e0fda", title: "Why Pakistan needs regional cooperation for its security", date: nil,
                 authors: ["Dr Muhammad Rizwan Bhatti"], topics: ["counter-terrorism", "security", "saarc", "trade", "eco", "india"],
                 headings: [], footnotes: 0, droppedJunk: 5, review: ["date"],
                 bio: "The writer is an inspector of police and a PhD in Political Science from Govt College University Faisalabad."),
    ]

    static func imported(_ seed: Expected) -> ImportedBriefing {
        let path = "content/sources/\(seed.file).txt"
        return Importer.convert(ImportFixtures.bytes(path), options: ImportOptions(sourceFile: path), rules: .builtin, topics: ImportFixtures.topics)
    }

    @Test(arguments: seeds)
    func frontMatter(seed: Expected) {
        let b = Self.imported(seed)
        #expect(!b.failed)
        #expect(b.report.title == seed.title)
        #expect(b.report.date?.isoDay == seed.date)
        #expect(b.report.authors == seed.authors)
        #expect(b.report.topics == seed.topics)
        #expect(b.report.review == seed.review)
        let front = ImportFixtures.front(b)
        #expect(front.contains("author_bio: \"\(seed.bio ?? "")\"") == (seed.bio != nil))
        #expect(front.contains("file: \"content/sources/\(seed.file).txt\""))
        #expect(front.contains("sha256: \"\(SHA256.hex(ImportFixtures.bytes("content/sources/\(seed.file).txt")))\""))
    }

    @Test(arguments: seeds)
    func body(seed: Expected) {
        let b = Self.imported(seed)
        let body = ImportFixtures.body(b)
        #expect(b.report.headings == seed.headings)
        #expect(body.components(separatedBy: "\n## ").count - 1 == seed.headings.count)
        #expect(b.report.footnotes == seed.footnotes)
        #expect(b.report.dropped.filter { !$0.reason.hasPrefix("kicker") }.count == seed.droppedJunk)
        for line in body.split(separator: "\n") {
            #expect(ImportRules.builtin.junkReason(String(line)) == nil, "junk left: \(line)")
        }
        if let bio = seed.bio { #expect(!body.contains(bio.prefix(30))) }
        for junk in ["protected]", "Leave a Reply", "LEAVE A REPLY", "Please enter", "bloggers like", "Must Read", "About the Author"] {
            #expect(!body.contains(junk))
        }
        #expect(!body.contains("\n    ")) // nothing indented into a code block
    }

    @Test func footnotesOfTheEssayAreLinkedBothWays() throws {
        let body = ImportFixtures.body(Self.imported(Self.seeds[2]))
        let references = try Regex(#"\[\^(\d+)\](?!:)"#)
        let definitions = try Regex(#"(?m)^\[\^(\d+)\]:"#)
        let used = Set(body.matches(of: references).map { String(body[$0.range].dropFirst(2).dropLast()) })
        let defined = Set(body.matches(of: definitions).map { String(body[$0.range].dropFirst(2).dropLast(2)) })
        #expect(used == Set((1...13).map(String.init)))
        #expect(defined == used)
        for kept in ["$123.1 billion", "46th meeting", "1980s", "Article 370A", "post-9/11", "in 2008"] { #expect(body.contains(kept)) }
        #expect(body.contains("\n\n> It is an unfortunate fact"))
    }

    @Test func theQuotedStatementOfSeed003IsABlockquote() {
        #expect(ImportFixtures.body(Self.imported(Self.seeds[3])).contains("\n\n> “One of the key areas of cooperation"))
    }

    @Test func theDatelineOfSeed001LeavesTheDateToTheEditor() {
        let front = ImportFixtures.front(Self.imported(Self.seeds[1]))
        #expect(front.contains("date:\ndate_hint: \"JAN 22\""))
        #expect(front.contains("draft: true"))
        #expect(front.contains("name: \"DNA\""))
    }
}
