import Testing
@testable import SiteGen

/// Arbitrary inputs never crash the importer, and importing twice gives the same bytes.
@Suite("Importer: fuzz")
struct ImportFuzzTests {
    /// SplitMix64: a fixed seed gives the same inputs on every run and machine.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let seedLines: [String] = ["000_2433f88b56905c08", "001_34070ce1deaee917", "002_cc060623e30020b9", "003_8961efedb399ddfa", "004_aeb038823d7e0fda"]
        .flatMap { ImportFixtures.text("content/sources/\($0).txt").components(separatedBy: "\n") }

    static let oddLines = ["", " ", "#", "> ", "- ", "1.", "|", "`", "<script>alert(1)</script>", "“", "”.", "1", "12Note", "By ", "By X",
                           "JAN 22", "Feb 30, 2022", "\u{FEFF}", "\r", "\u{00A0}", "[email protected]", "About the Author", "***", "\\"]

    func check(_ bytes: [UInt8]) {
        let first = Importer.convert(bytes, options: ImportOptions(sourceFile: "content/sources/x.txt"), rules: .builtin, topics: ImportFixtures.topics)
        let second = Importer.convert(bytes, options: ImportOptions(sourceFile: "content/sources/x.txt"), rules: .builtin, topics: ImportFixtures.topics)
        #expect(first.markdown == second.markdown)
        guard !first.failed else {
            #expect(first.markdown.isEmpty)
            return
        }
        #expect(first.markdown.hasPrefix("---\ntitle: \""))
        #expect(!first.report.title.trimmingSpaces.isEmpty)
        #expect(!first.slug.isEmpty)
        #expect(!ImportFixtures.body(first).contains("<script")) // front matter is YAML data; templates escape it
    }

    @Test func randomBytes() {
        var rng = Generator(state: 42)
        for _ in 0..<150 {
            let count = Int.random(in: 0...600, using: &rng)
            check((0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) })
        }
    }

    @Test func randomMixesOfSeedLines() {
        var rng = Generator(state: 7)
        for _ in 0..<150 {
            let count = Int.random(in: 0...40, using: &rng)
            let lines = (0..<count).map { _ in
                Bool.random(using: &rng) ? Self.seedLines.randomElement(using: &rng)! : Self.oddLines.randomElement(using: &rng)!
            }
            check(Array(lines.joined(separator: Bool.random(using: &rng) ? "\n" : "\r\n").utf8))
        }
    }

    @Test func hugeInputFinishes() {
        let text = String(repeating: ImportFixtures.text("content/sources/002_cc060623e30020b9.txt") + "\n\n", count: 20)
        check(Array(text.utf8))
    }
}
