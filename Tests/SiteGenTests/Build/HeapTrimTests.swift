import Testing
@testable import SiteGen

/// The build allocates with jemalloc and gives the HTML's memory back after the pages are made (see `HeapTrim`).
@Suite struct HeapTrimTests {
    #if os(Linux)
    @Test func jemallocIsTheAllocatorAndPurges() {
        // Package.swift links jemalloc into everything that links SiteGen; were glibc's malloc bound
        // first, the allocator found would be glibc.
        #expect(HeapTrim.allocator == "jemalloc")
        #expect(HeapTrim.available)
        HeapTrim.run()
    }
    #endif
}
