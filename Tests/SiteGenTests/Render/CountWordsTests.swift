import Testing
@testable import SiteGen

/// Reading time counts words eight bytes at a time; it must count what a byte-by-byte split counts.
@Suite struct CountWordsTests {
    static func model(_ text: String) -> Int {
        text.utf8.split(whereSeparator: { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }).count
    }

    static func counted(_ text: String) -> Int {
        text.withCString { countWords($0) }
    }

    @Test func edgesOfChunks() {
        for text in ["", " ", "a", "a b", "       a", "        b", "abcdefgh ijklmnop", "abcdefg hijklmno",
                     " \t\r\nword\t\tword  ", "“quoted” text — with dashes", "!!!!!!!! !!!!!!!!"] {
            #expect(Self.counted(text) == Self.model(text), "\(text)")
        }
    }

    @Test func agreesWithASplitOnGeneratedText() {
        var random = SeededRandom(seed: 0x1234_5678_9ABC_DEF1)
        let pieces = [" ", "  ", "\t", "\n", "\r", "a", "word", "Pakistan", "é", "!", "!!", "\u{0B}", "x y", "abcdefgh"]
        for _ in 0..<5_000 {
            let text = (0..<random.below(30)).map { _ in pieces[random.below(pieces.count)] }.joined()
            #expect(Self.counted(text) == Self.model(text), "\(text.debugDescription)")
        }
    }
}
