/// A date a briefing mentions, as precise as the text is: a day, a month or a year, or a span of years.
public struct EventDate: Sendable, Hashable, Comparable {
    /// How much of the date the text gave.
    public enum Precision: String, Sendable, Hashable {
        case day, month, year
    }

    public var year: Int
    /// 1–12, nil for year precision.
    public var month: Int?
    /// 1–31, nil unless day precision.
    public var day: Int?
    /// Last year of a span ("from 2001 until 2017"), nil for a single date.
    public var endYear: Int?

    /// Creates a date; the caller has validated the ranges.
    public init(year: Int, month: Int? = nil, day: Int? = nil, endYear: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
        self.endYear = endYear
    }

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// `2025-07-08`, `2025-07` or `2025`: valid `<time datetime>` values.
    public var iso: String {
        var s = pad(year, 4)
        if let month { s += "-" + pad(month, 2) }
        if let day { s += "-" + pad(day, 2) }
        return s
    }

    /// "8 July 2025", "July 2025", "2017" or "2001–2017".
    public var display: String {
        let monthName = month.map { PublishDate.monthNames[$0 - 1] }
        switch (day, monthName, endYear) {
        case let (d?, m?, _): return "\(d) \(m) \(year)"
        case let (nil, m?, _): return "\(m) \(year)"
        case let (_, nil, end?): return "\(year)–\(end)"
        default: return String(year)
        }
    }

    /// Chronological order; a whole month or year sorts before the days within it.
    public static func < (a: EventDate, b: EventDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0, a.endYear ?? a.year) < (b.year, b.month ?? 0, b.day ?? 0, b.endYear ?? b.year)
    }
}
