import Foundation

/// Hands the heap memory freed so far back to the system, where the C library can (glibc's
/// `malloc_trim`, looked up at run time because Swift's Glibc module leaves it out).
///
/// glibc keeps freed memory in the arena of the thread that allocated it. The rendered HTML is
/// allocated by the Markdown workers and let go after the pages are made; the stages after that
/// allocate elsewhere, so without a trim the 1 GB it took at 100,000 briefings stayed in the
/// process's footprint and the peak went on rising (1,941 MiB against 1,843 MiB with the trim).
enum HeapTrim {
    private typealias Trim = @convention(c) (Int) -> Int32

    /// glibc's `malloc_trim`; nil with a C library that has none.
    private static let trim: Trim? = dlsym(nil, "malloc_trim").map { unsafeBitCast($0, to: Trim.self) }

    /// Whether this process can trim its heap.
    static var available: Bool { trim != nil }

    /// Trims the heap; does nothing where that is not possible.
    static func run() {
        _ = trim?(0)
    }

    /// What a build lets go of before it trims: a trim walks every arena (11 ms at 10,000 briefings,
    /// whose 100 MB of HTML never set the peak), so it is worth it only for a large archive's HTML.
    static let worthwhileBytes = 256 << 20

    /// Trims the heap once `released` bytes were let go, if that is at least `worthwhileBytes`.
    static func run(afterReleasing released: Int) {
        if released >= worthwhileBytes { run() }
    }
}
