/// A seeded xorshift generator: generated-text tests draw the same cases on every run.
struct SeededRandom {
    private var state: UInt64

    /// A generator starting from `seed` (not zero).
    init(seed: UInt64) { state = seed }

    /// The next raw value.
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }

    /// The next value below `bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
