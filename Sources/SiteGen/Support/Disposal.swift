import Foundation

/// Keeps a finished build's values until the process exits, for a caller that exits right after.
///
/// Freeing the site, the render context and the page records of 10,000 briefings took 40-55 ms on one
/// core after the build's work was done; on a second thread it contended with the first for the
/// allocator and saved nothing. A process that is about to exit gives the memory back whole, so
/// `sitegen build` skips the freeing, as compilers do (clang's `-disable-free`).
enum Disposal {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Holds `values` (the caller's copies share their storage) for the rest of the process.
    static func keepUntilExit(_ values: Any...) {
        lock.withLock { kept.append(values) }
    }

    /// How many groups of values are held (for the tests).
    static var keptCount: Int { lock.withLock { kept.count } }
}
