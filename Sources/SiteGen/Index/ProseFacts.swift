/// What the site's indexes draw from one briefing's paragraphs, kept instead of the paragraphs.
///
/// Events, the glossary and summaries used to read the plain text of every paragraph of every
/// briefing after all were rendered: about 7 KB a briefing, held to the end of the build (the largest
/// part of a 100,000-briefing build's memory) and stored in the cache. These facts are drawn while the
/// briefing is rendered and depend on its text alone, so a cached document's facts stay true; what
/// depends on the whole site (topics named, which acronyms count) is decided from them later.
public struct ProseFacts: Sendable, Hashable {
    /// A sentence of a prose paragraph with a date in it: an event before it has a briefing and topics.
    public struct DatedSentence: Sendable, Hashable {
        public var date: EventDate
        public var sentence: String
        /// Anchor of the paragraph (`p-3`).
        public var paragraph: String
        /// Source line of the paragraph.
        public var line: Int
        /// 1 for the paragraph's first event, 2 for its second… (part of the event's id).
        public var ordinal: Int
    }

    /// An acronym defined in prose: "Economic Cooperation Organization (ECO)".
    public struct Definition: Sendable, Hashable {
        public var acronym: String
        public var expansion: String
    }

    /// The first paragraph cut near 240 characters: the summary of a briefing without one.
    public var lead: String
    /// Dated sentences in reading order.
    public var dated: [DatedSentence]
    /// Acronyms the prose defines, in order.
    public var definitions: [Definition]
    /// Distinct words of the paragraphs that may be acronyms (two or more capitals), sorted: a
    /// briefing uses an acronym when the acronym is one of these words.
    public var capitalWords: [String]

    /// Facts with the given parts (the cache decodes them).
    public init(lead: String = "", dated: [DatedSentence] = [], definitions: [Definition] = [], capitalWords: [String] = []) {
        self.lead = lead
        self.dated = dated
        self.definitions = definitions
        self.capitalWords = capitalWords
    }

    /// Draws the facts from a document's top-level paragraphs.
    public init(_ paragraphs: [Paragraph]) {
        self.init(lead: Summaries.clip(paragraphs.first?.text.trimmingSpaces ?? "", to: 240))
        var words = Set<String>()
        for p in paragraphs {
            // One pass over the bytes finds the capital words, a parenthesis and four digits in a row:
            // a definition needs the parenthesis and every event names a year, so paragraphs with
            // neither are not read further.
            let (mayDefine, mayDate) = ProseFacts.scan(p.text, capitalWords: &words)
            guard mayDefine || mayDate, SentenceText.isProse(p.text) else { continue }
            if mayDefine {
                definitions += AcronymDefinitions.find(in: p.text).map { Definition(acronym: $0.acronym, expansion: $0.expansion) }
            }
            guard mayDate else { continue }
            var n = 0
            for sentence in SentenceText.sentences(p.text) {
                var seen = Set<EventDate>()
                for date in EventExtractor.dates(in: sentence) where seen.insert(date).inserted {
                    n += 1
                    dated.append(DatedSentence(date: date, sentence: sentence, paragraph: p.id, line: p.line, ordinal: n))
                }
            }
        }
        capitalWords = words.sorted()
    }

    /// Adds each maximal run of word bytes (see `isWordByte`) with at least two bytes that are capitals
    /// or non-ASCII. Every acronym a glossary can hold (`AcronymDefinitions.isAcronym`: letters and
    /// digits, two capitals) is such a run exactly where `containsWholeWord` would find it.
    static func collectCapitalWords(_ text: String, into words: inout Set<String>) {
        _ = scan(text, capitalWords: &words)
    }

    /// Collects the capital words of `text`; whether it holds a parenthesis, and four digits in a row.
    static func scan(_ text: String, capitalWords words: inout Set<String>) -> (parenthesis: Bool, year: Bool) {
        var text = text
        return text.withUTF8 { bytes in
            var state = ScanState()
            let count = bytes.count
            var i = 0
            // Eight bytes at a time while they are lower-case letters and punctuation other than `(`:
            // most prose is. The byte-at-a-time loop mispredicted a branch at every word boundary and
            // was 4 % of a 10,000-briefing build.
            if let base = bytes.baseAddress {
                while i + 8 <= count {
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if let boundary = ScanState.plainChunk(w), state.capitals < 2 || boundary < 0 {
                        state.digits = 0
                        if boundary >= 0 {
                            state.start = i + boundary + 1
                            state.capitals = 0
                        }
                        i += 8
                        continue
                    }
                    for k in i..<(i + 8) { state.step(bytes[k], at: k, in: bytes, words: &words) }
                    i += 8
                }
            }
            while i < count {
                state.step(bytes[i], at: i, in: bytes, words: &words)
                i += 1
            }
            state.step(32, at: count, in: bytes, words: &words)
            return (state.parenthesis, state.year)
        }
    }

    /// Where `scan` is between bytes: the current word's start and capitals, the digits in a row.
    private struct ScanState {
        var start = 0
        var capitals = 0
        var digits = 0
        var parenthesis = false
        var year = false

        /// Takes in the byte `b` at offset `i`.
        @inline(__always)
        mutating func step(_ b: UInt8, at i: Int, in bytes: UnsafeBufferPointer<UInt8>, words: inout Set<String>) {
            if b >= 48 && b <= 57 {
                digits += 1
                if digits == 4 { year = true }
            } else {
                digits = 0
            }
            if isWordByte(b) {
                if b >= 128 || (b >= 65 && b <= 90) { capitals += 1 }
                return
            }
            if b == 40 { parenthesis = true }
            if capitals >= 2 { words.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
            start = i + 1
            capitals = 0
        }

        private static let ones: UInt64 = 0x0101_0101_0101_0101
        private static let highs: UInt64 = 0x8080_8080_8080_8080

        /// For each byte below 128, its high bit set when the byte is strictly between `low` and `high`
        /// (Sean Anderson's "has between" bit trick; exact for every byte when `low` < 128 and `high` <= 128).
        @inline(__always) private static func between(_ w: UInt64, _ low: UInt64, _ high: UInt64) -> UInt64 {
            let seven = w & (ones &* 127)
            return ((ones &* (127 + high)) &- seven) & ~w & (seven &+ ones &* (127 - low)) & highs
        }

        /// For eight bytes with no capital, digit, `(` or non-ASCII byte: the offset of the last byte
        /// that is not a lower-case letter (a word boundary), or -1 when all are letters. Nil otherwise.
        @inline(__always) static func plainChunk(_ w: UInt64) -> Int? {
            let parentheses = w ^ (ones &* 40)
            // Nonzero exactly when some byte is `(` (a zero byte after the exclusive or).
            let hasParenthesis = (parentheses &- ones) & ~parentheses & highs
            let special = (w & highs) | between(w, 64, 91) | between(w, 47, 58) | hasParenthesis
            guard special == 0 else { return nil }
            let boundaries = ~between(w, 96, 123) & highs
            return boundaries == 0 ? -1 : (63 - boundaries.leadingZeroBitCount) / 8
        }
    }
}
