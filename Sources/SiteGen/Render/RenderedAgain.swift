import Foundation

/// HTML of briefings rendered again because their page changed (`RenderContext.bodyBytes`), kept
/// while a feed may still read it; shared by the threads that make pages.
final class RenderedAgain: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [Int: [UInt8]] = [:]
    private var rendered: Set<Int> = []

    /// The HTML of briefing `i`, if it was rendered again and is still kept.
    func html(_ i: Int) -> [UInt8]? { lock.withLock { kept[i] } }

    /// Keeps briefing `i`'s HTML, rendered again.
    func keep(_ html: [UInt8], for i: Int) { lock.withLock { kept[i] = html; rendered.insert(i) } }

    /// Lets briefing `i`'s HTML go: its page, which gives it back, is made and no feed carries it.
    func letGo(_ i: Int) { _ = lock.withLock { kept.removeValue(forKey: i) } }

    /// Lets every kept HTML go; returns its bytes.
    func letGoAll() -> Int {
        lock.withLock {
            defer { kept = [:] }
            return kept.values.reduce(0) { $0 + $1.count }
        }
    }

    /// How many briefings were rendered again, for the cache report.
    var count: Int { lock.withLock { rendered.count } }
}
