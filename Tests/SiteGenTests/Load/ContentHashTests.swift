import Testing
@testable import SiteGen

/// `ContentHash` lanes agree with xxHash64 (vectors from the reference implementation, Python `xxhash` 3).
@Suite struct ContentHashTests {
    @Test(arguments: [
        ("", "ef46db3751d8e999c4349fc93c010000"),
        ("a", "d24ec4f1a98c6e5b9a7c6d2ea45568c9"),
        ("abc", "44bc2cf5ad7709992ed0f59d6b43ac8b"),
        (String(repeating: "x", count: 31), "60dd0d01083b99f04c66aeb653e8836a"),
        (String(repeating: "0123456789abcdefghijklmnopqrstuvwxyz", count: 3), "0546b527f5bd15894ac99167a8b57636"),
    ])
    func knownValues(_ text: String, _ expected: String) {
        #expect(ContentHash.hex(text) == expected)
        #expect(ContentHash.hex(Array(text.utf8)) == expected)
    }

    @Test func everyByteCountsAndKeysHaveOneLength() {
        let base = Array(String(repeating: "briefing ", count: 40).utf8)
        var seen: Set<String> = [ContentHash.hex(base)]
        for i in base.indices {
            var changed = base
            changed[i] ^= 1
            seen.insert(ContentHash.hex(changed))
        }
        #expect(seen.count == base.count + 1, "a one-bit change anywhere changes the hash")
        #expect(seen.allSatisfy { $0.count == 32 })
    }
}
