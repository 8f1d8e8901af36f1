import Foundation

/// Hands the heap memory freed so far back to the system, with whichever allocator the process has:
/// jemalloc's purge of every arena where the `sitegen` binary links it (see Package.swift), glibc's
/// `malloc_trim` otherwise. Both are looked up at run time: Swift's Glibc module declares neither.
///
/// An allocator keeps freed memory for the threads that freed it. The rendered HTML is allocated by
/// the Markdown workers and let go after the pages are made; the stages after that allocate
/// elsewhere, so without a trim the 1 GB it took at 100,000 briefings stayed in the process's
/// footprint and the peak went on rising (with glibc, 1,941 MiB against 1,843 MiB with the trim).
enum HeapTrim {
    private typealias Trim = @convention(c) (Int) -> Int32
    private typealias Control = @convention(c) (UnsafePointer<CChar>?, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int>?,
                                                UnsafeMutableRawPointer?, Int) -> Int32

    /// jemalloc's `mallctl`; nil when the process allocates with another library.
    private static let control: Control? = dlsym(nil, "mallctl").map { unsafeBitCast($0, to: Control.self) }
    /// glibc's `malloc_trim`; nil with a C library that has none.
    private static let trim: Trim? = dlsym(nil, "malloc_trim").map { unsafeBitCast($0, to: Trim.self) }

    /// Whether this process can trim its heap.
    static var available: Bool { control != nil || trim != nil }

    /// The allocator whose memory `run` gives back: "jemalloc", "glibc", or nil.
    static var allocator: String? { control != nil ? "jemalloc" : trim != nil ? "glibc" : nil }

    /// Trims the heap; does nothing where that is not possible.
    static func run() {
        if let control {
            // 4096 is jemalloc's MALLCTL_ARENAS_ALL: every arena at once.
            _ = control("arena.4096.purge", nil, nil, nil, 0)
        } else {
            _ = trim?(0)
        }
    }

    /// What a build lets go of before it trims: a trim walks every arena (11 ms at 10,000 briefings,
    /// whose 100 MB of HTML never set the peak), so it is worth it only for a large archive's HTML.
    static let worthwhileBytes = 256 << 20

    /// Trims the heap once `released` bytes were let go, if that is at least `worthwhileBytes`.
    static func run(afterReleasing released: Int) {
        if released >= worthwhileBytes { run() }
    }
}
