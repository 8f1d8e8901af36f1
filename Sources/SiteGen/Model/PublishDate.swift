/// A publication date as written in front matter: a day, optionally with a time and offset.
public struct PublishDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Seconds since midnight, local to `offsetMinutes`; nil when only a day was given.
    public var secondsOfDay: Int?
    /// Offset from UTC in minutes; 0 when none was given.
    public var offsetMinutes: Int

    /// Creates a date; the caller has validated the ranges.
    public init(year: Int, month: Int, day: Int, secondsOfDay: Int? = nil, offsetMinutes: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.secondsOfDay = secondsOfDay
        self.offsetMinutes = offsetMinutes
    }

    /// Parses `YYYY-MM-DD`, optionally followed by `THH:MM[:SS]` (or a space) and `Z` or `±HH:MM`.
    public init?(iso text: String) {
        let b = Array(text.trimmingSpaces.utf8)
        func num(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var v = 0
            for i in from..<(from + count) {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                v = v * 10 + Int(b[i] - 48)
            }
            return v
        }
        guard b.count >= 10, let y = num(0, 4), b[4] == 45, let m = num(5, 2), b[7] == 45, let d = num(8, 2),
              (1...12).contains(m), d >= 1, d <= PublishDate.daysIn(month: m, year: y) else { return nil }
        self.init(year: y, month: m, day: d)
        if b.count == 10 { return }
        guard b.count >= 16, b[10] == 84 || b[10] == 32, let hh = num(11, 2), b[13] == 58, let mm = num(14, 2),
              hh < 24, mm < 60 else { return nil }
        var i = 16
        var ss = 0
        if i < b.count, b[i] == 58 {
            guard let s = num(17, 2), s < 61 else { return nil }
            ss = s
            i = 19
            if i < b.count, b[i] == 46 { // fractional seconds: accepted, dropped
                i += 1
                while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
            }
        }
        secondsOfDay = hh * 3600 + mm * 60 + ss
        if i == b.count { return }
        if b[i] == 90, i + 1 == b.count { return }
        guard b[i] == 43 || b[i] == 45, let oh = num(i + 1, 2), i + 6 == b.count, b[i + 3] == 58,
              let om = num(i + 4, 2) else { return nil }
        offsetMinutes = (b[i] == 45 ? -1 : 1) * (oh * 60 + om)
    }

    /// Days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`.
    public var isoDay: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    /// RFC 3339 timestamp, midnight UTC when no time was given (for feeds and sitemaps).
    public var rfc3339: String {
        let s = secondsOfDay ?? 0
        let time = "\(pad(s / 3600, 2)):\(pad(s / 60 % 60, 2)):\(pad(s % 60, 2))"
        if offsetMinutes == 0 { return "\(isoDay)T\(time)Z" }
        let sign = offsetMinutes < 0 ? "-" : "+"
        let o = abs(offsetMinutes)
        return "\(isoDay)T\(time)\(sign)\(pad(o / 60, 2)):\(pad(o % 60, 2))"
    }

    /// "11 July 2025": unambiguous in every English locale.
    public var display: String { "\(day) \(PublishDate.monthNames[month - 1]) \(year)" }

    /// English month names, January first.
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]

    /// Seconds since 1970 in UTC, for ordering and comparing with the clock.
    public var epochSeconds: Int {
        // Days from civil (Howard Hinnant's algorithm), so no Calendar is needed in hot paths.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146097 + doe - 719468
        return days * 86400 + (secondsOfDay ?? 0) - offsetMinutes * 60
    }

    public static func < (lhs: PublishDate, rhs: PublishDate) -> Bool {
        lhs.epochSeconds < rhs.epochSeconds
    }
}

/// Zero-pads a non-negative number to `width` digits.
func pad(_ value: Int, _ width: Int) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
