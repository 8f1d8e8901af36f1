/// The fixed-width lists of the edit base's topic and author tables (`EditBase+Topics`,
/// `EditBase+Authors`): a count and the indexes after it, each `bits` wide, low field first, in two
/// numbers, so an edit overwrites a briefing's list in place.
extension EditBase {
    /// `indexes` packed in fields of `bits` (8 or 16); at most `128 / bits - 1` of them, each below `1 << bits`.
    static func pack(_ indexes: [Int], bits: Int) -> (Int, Int) {
        let perWord = 64 / bits
        let fields = [indexes.count] + indexes + Array(repeating: 0, count: 2 * perWord - 1 - indexes.count)
        func word(_ from: Int) -> Int {
            var v: UInt64 = 0
            for k in (from..<from + perWord).reversed() { v = v << UInt64(bits) | UInt64(fields[k]) }
            return Int(bitPattern: UInt(v))
        }
        return (word(0), word(perWord))
    }

    /// What `pack` packed; nil when the count is above `most` or an index is not below `vocabularySize`.
    static func unpack(_ low: Int, _ high: Int, bits: Int, most: Int, vocabularySize: Int) -> [Int]? {
        let mask = UInt64(1) << UInt64(bits) - 1
        var fields: [Int] = []
        for word in [low, high] {
            var v = UInt64(UInt(bitPattern: word))
            for _ in 0..<(64 / bits) {
                fields.append(Int(v & mask))
                v >>= UInt64(bits)
            }
        }
        let count = fields[0]
        guard count <= most else { return nil }
        let indexes = Array(fields[1..<(1 + count)])
        return indexes.allSatisfy { $0 < vocabularySize } ? indexes : nil
    }
}
