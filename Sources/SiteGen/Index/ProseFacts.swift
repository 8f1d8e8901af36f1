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
            var start = 0
            var capitals = 0
            var digits = 0
            var parenthesis = false
            var year = false
            // A while loop: `for i in 0...count` went through an unspecialised ClosedRange index for
            // every byte of every paragraph (2 % of a clean build).
            let count = bytes.count
            var i = -1
            while i < count {
                i += 1
                let b: UInt8 = i < count ? bytes[i] : 32
                if b >= 48 && b <= 57 {
                    digits += 1
                    if digits == 4 { year = true }
                } else {
                    digits = 0
                }
                if isWordByte(b) {
                    if b >= 128 || (b >= 65 && b <= 90) { capitals += 1 }
                    continue
                }
                if b == 40 { parenthesis = true }
                if capitals >= 2 { words.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                start = i + 1
                capitals = 0
            }
            return (parenthesis, year)
        }
    }
}
