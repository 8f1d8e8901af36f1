import Testing
@testable import SiteGen

/// SHA-256 against the FIPS 180-4 examples, across the block boundaries the padding depends on.
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownDigests(_ text: String, _ hex: String) {
        #expect(SHA256.hex(text) == hex)
    }

    @Test func millionAs() {
        #expect(SHA256.hex([UInt8](repeating: 97, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func contiguousAndNonContiguousInputsAgree() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        for n in [0, 55, 56, 63, 64, 65, 119, 120, 128, 999] {
            #expect(SHA256.hex(bytes[0..<n]) == SHA256.hex(Array(bytes[0..<n]).lazy.map { $0 }))
        }
    }
}
