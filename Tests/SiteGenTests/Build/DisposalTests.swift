import Foundation
import Testing
@testable import SiteGen

/// `sitegen build` leaves its values to the operating system; every other caller gets its memory back.
@Suite(.serialized) struct DisposalTests {
    final class Tracked {}

    @Test func keptValuesOutliveTheirScope() {
        weak var watched: Tracked?
        do {
            let value = Tracked()
            watched = value
            Disposal.keepUntilExit(value)
        }
        #expect(watched != nil)
    }

    @Test func onlyABuildThatExitsAfterKeepsItsValues() throws {
        let before = Disposal.keptCount
        _ = try buildFixture()
        #expect(Disposal.keptCount == before)

        var options = BuildOptions(root: TestPaths.fixtureSite, output: TestPaths.temporaryFolder() + "/output",
                                   load: LoadOptions(now: 1_900_000_000), search: false)
        options.exitsAfterBuild = true
        let result = try build(options)
        #expect(result.wrote)
        #expect(Disposal.keptCount > before)
    }

    /// `sitegen check` returns before the write stage, and exits too.
    @Test func aCheckThatExitsAfterKeepsItsValues() throws {
        var options = BuildOptions(root: TestPaths.fixtureSite, output: TestPaths.temporaryFolder() + "/output",
                                   load: LoadOptions(now: 1_900_000_000), search: false)
        let before = Disposal.keptCount
        _ = try checkSite(options)
        #expect(Disposal.keptCount == before)
        options.exitsAfterBuild = true
        let result = try checkSite(options)
        #expect(!result.wrote)
        #expect(Disposal.keptCount > before)
    }
}
