import Testing
@testable import SiteGen

/// The build gives the HTML's memory back after the pages are made (see `HeapTrim`).
@Suite struct HeapTrimTests {
    #if os(Linux)
    @Test func glibcsTrimIsFoundAndRuns() {
        #expect(HeapTrim.available)
        HeapTrim.run()
    }
    #endif
}
