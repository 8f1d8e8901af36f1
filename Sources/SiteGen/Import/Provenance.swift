import Foundation

/// Where an article came from, as far as its text tells: outlet, news agency, URL.
enum Provenance {
    /// The URL when the line is nothing but one (possibly after "Source:").
    static func url(onlyIn line: String) -> String? {
        var s = Substring(line.trimmingSpaces)
        if let colon = s.firstIndex(of: ":"), !s[..<colon].contains("/"), s[s.index(after: colon)...].hasPrefix(" ") {
            let label = s[..<colon].lowercased()
            guard ["source", "url", "link", "originally published at", "read online", "web"].contains(label) else { return nil }
            s = s[s.index(after: colon)...].drop(while: { $0 == " " })
        }
        guard s.hasPrefix("http://") || s.hasPrefix("https://"), !s.contains(" "), host(of: String(s)) != nil else { return nil }
        return String(s)
    }

    /// `dawn.com` for `https://www.dawn.com/news/1`.
    static func host(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        var host = url[scheme.upperBound...].prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" })
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return host.contains(".") ? String(host) : nil
    }

    /// "Dawn" from "Published in Dawn, March 3rd, 2024".
    static func outlet(inCredit line: String, credits: [String], dateStart: Int?) -> String? {
        var chars = Array(line)
        if let d = dateStart, d <= chars.count { chars = Array(chars[..<d]) }
        var text = String(chars)
        if let credit = credits.sorted(by: { $0.count > $1.count }).first(where: { text.importKey.hasPrefix($0.importKey) }) {
            text = String(text.dropFirst(credit.count))
        }
        var s = Substring(text.trimmingSpaces)
        for lead in ["in ", "on ", "by ", "at "] where s.lowercased().hasPrefix(lead) { s = s.dropFirst(lead.count) }
        let name = s.prefix(while: { !",.;:|(".contains($0) }).trimmingSpaces
        let cut = name.components(separatedBy: " on ").first ?? name
        guard let first = cut.first, first.isUppercase, cut.split(separator: " ").count <= 6 else { return nil }
        return cut
    }
}

/// A wire-style dateline opening the first paragraph: `ISLAMABAD, JAN 22 /DNA/:` or `KARACHI (Reuters) —`.
struct Dateline: Sendable, Hashable {
    /// The dateline as written, without its closing colon or dash.
    var text: String
    /// Characters to skip to reach the story.
    var length: Int
    var date: FoundDate?
    /// The news agency named in the dateline (`DNA`, `Reuters`).
    var agency: String?

    /// The dateline at the start of `paragraph`, if it has one.
    static func parse(_ paragraph: String) -> Dateline? {
        let chars = Array(paragraph.prefix(90))
        var end: Int?
        var skip = 0
        for i in chars.indices {
            if chars[i] == ":" && (i + 1 == chars.count || chars[i + 1] == " ") { end = i; skip = 1; break }
            if i > 0, i + 1 < chars.count, chars[i - 1] == " ", "—–-".contains(chars[i]), chars[i + 1] == " " { end = i - 1; skip = 2; break }
        }
        guard let end, end > 0 else { return nil }
        let prefix = String(chars[..<end]).trimmingSpaces
        let words = prefix.split(separator: " ")
        guard words.count <= 10, let first = words.first else { return nil }
        let place = first.filter(\.isLetter)
        let shouting = place.count >= 3 && place.allSatisfy(\.isUppercase)
        let agency = agencyName(in: prefix)
        let date = DateScan.first(in: prefix)
        guard shouting || (agency != nil && date != nil) else { return nil }
        var length = end + skip
        while length < chars.count, chars[length] == " " { length += 1 }
        return Dateline(text: prefix, length: length, date: date, agency: agency)
    }

    /// `DNA` from `/DNA/`, `Reuters` from `(Reuters)`.
    private static func agencyName(in prefix: String) -> String? {
        for (open, close) in [("/", "/"), ("(", ")")] {
            guard let a = prefix.firstIndex(where: { String($0) == open }) else { continue }
            let rest = prefix[prefix.index(after: a)...]
            guard let b = rest.firstIndex(where: { String($0) == close }) else { continue }
            let name = rest[..<b].trimmingSpaces
            if (2...24).contains(name.count), name.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." }) { return name }
        }
        return nil
    }
}
