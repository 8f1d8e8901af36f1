import Foundation

/// Each distinct link target and id of the scanned pages, stored once and known by number.
///
/// The same few thousand addresses (navigation, topics, authors, briefings) recur on every page: at
/// 100,000 briefings the pages hold about ten million links but only some 150,000 distinct strings.
final class LinkTable: @unchecked Sendable {
    private let lock = NSLock()
    private var numbers: [String: Int32] = [:]
    private var strings: [String] = []

    /// A table whose first strings are `strings`, numbered in order (a `ScanCache`'s); nil when two are the same.
    init?(strings: [String]) {
        numbers.reserveCapacity(strings.count)
        for (n, string) in strings.enumerated() { numbers[string] = Int32(n) }
        guard numbers.count == strings.count else { return nil }
        self.strings = strings
    }

    /// An empty table.
    init() {}

    /// The number of each of `values`, adding the new ones; one lock for the whole page.
    func numbers(for values: [String]) -> [Int32] {
        lock.withLock {
            values.map { value in
                if let n = numbers[value] { return n }
                let n = Int32(strings.count)
                numbers[value] = n
                strings.append(value)
                return n
            }
        }
    }

    /// The table as it stands, for reading without the lock once every page is scanned.
    var frozen: LinkStrings { lock.withLock { LinkStrings(numbers: numbers, strings: strings) } }
}

/// A finished `LinkTable`: strings by number and numbers by string.
struct LinkStrings: Sendable {
    let numbers: [String: Int32]
    let strings: [String]

    /// The string numbered `n`.
    subscript(_ n: Int32) -> String { strings[Int(n)] }
}

/// What the checks need of one page: its distinct links in order, its ids and its images without alt text.
struct PageLinks: Sendable {
    /// Numbers in the `LinkTable`, each link once, in the order the page first uses it.
    var links: [Int32]
    /// Numbers in the `LinkTable` of the page's `id` values, sorted for `hasID`.
    var ids: [Int32]
    /// The `src` of each `<img>` without an `alt` attribute.
    var imagesWithoutAlt: [String]

    /// A scan as a `ScanCache` kept it.
    init(links: [Int32], ids: [Int32], imagesWithoutAlt: [String]) {
        (self.links, self.ids, self.imagesWithoutAlt) = (links, ids, imagesWithoutAlt)
    }

    /// The scan of one page, its strings numbered in `table`.
    init(_ scan: HTMLScan, table: LinkTable) {
        var seen = Set<Int32>()
        links = table.numbers(for: scan.links).filter { seen.insert($0).inserted }
        ids = table.numbers(for: Array(scan.ids)).sorted()
        imagesWithoutAlt = scan.imagesWithoutAlt
    }

    /// True when the page has an element with id number `id`.
    func hasID(_ id: Int32) -> Bool {
        var (low, high) = (0, ids.count)
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] == id { return true }
            if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        return false
    }
}
