import Testing
@testable import SiteGen

/// `UTF8Check` agrees with the standard library on what is well-formed UTF-8.
@Suite struct UTF8CheckTests {
    static func valid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) } }

    @Test func edgesOfTheTable() {
        let good: [[UInt8]] = [[], Array("plain ASCII text, longer than eight bytes".utf8), Array("“smart” — quotes…".utf8),
                               [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80],
                               [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], Array("12345678é".utf8)]
        let bad: [[UInt8]] = [[0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
                              [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF],
                              Array("12345678".utf8) + [0xE2, 0x80], [0xE2, 0x28, 0xA1]]
        for bytes in good { #expect(Self.valid(bytes), "\(bytes)") }
        for bytes in bad { #expect(!Self.valid(bytes), "\(bytes)") }
    }

    @Test func agreesWithTheStandardLibraryOnRandomBytes() {
        var random = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
        // Mostly ASCII with lead and continuation bytes mixed in, as text and near-text look.
        let alphabet: [UInt8] = Array("ab <p>".utf8) + [0x80, 0x9F, 0xA0, 0xBF, 0xC2, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5]
        for _ in 0..<20_000 {
            let count = random.below(24)
            let bytes = (0..<count).map { _ in alphabet[random.below(alphabet.count)] }
            #expect(Self.valid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test func aCStringIsCopiedOrRepaired() {
        let good = Array("<p>“Yes”</p>".utf8) + [0]
        let copied = good.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { UTF8Check.bytes(ofCString: $0.baseAddress!) } }
        #expect(copied == Array(good.dropLast()))
        let broken: [UInt8] = [0x3C, 0x70, 0x3E, 0xC3, 0x3C, 0]
        let repaired = broken.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { UTF8Check.bytes(ofCString: $0.baseAddress!) } }
        #expect(repaired == Array("<p>\u{FFFD}<".utf8))
    }
}
