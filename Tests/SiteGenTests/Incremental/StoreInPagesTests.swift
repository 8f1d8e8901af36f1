import Foundation
import Testing
@testable import SiteGen

/// The Markdown store keeps a briefing's HTML as a place in the briefing's page (`BodyHome.page`) and
/// finds it there in later builds, or renders the briefing again when the page changed.
@Suite struct StoreInPagesTests {
    typealias Workspace = IncrementalBuildTests.Workspace

    /// Changes the theme's stylesheet, whose fingerprinted name every page shows: every page is made again.
    func restyle(_ w: Workspace, _ n: Int) throws {
        let css = w.site + "/theme/css/site.css"
        try FileIOTestSupport.write(css, try String(contentsOfFile: css, encoding: .utf8) + "\n.restyled-\(n) { color: #000; }\n")
    }

    func isPage(_ home: BodyHome) -> Bool {
        if case .page = home { return true }
        return false
    }

    @Test func aBuildStoresNoHTMLItsPagesGiveBackAndLaterBuildsReadItThere() throws {
        let w = try Workspace()
        _ = try build(w.options())
        let store = try FileIO.disk.read(w.manifest + ".markdown")
        #expect(!store.indices.contains { store[$0...].starts(with: Array("<p id=".utf8)) }, "no body HTML in the store")
        let manifest = try #require(Manifest.read(w.manifest).0)
        #expect(manifest.markdown.count == 3 && manifest.store.homes.values.allSatisfy(isPage))
        // Two of the pages mark acronyms and one labels task boxes: the inverse is what finds their HTML.
        for n in 1...2 {
            try restyle(w, n)
            let result = try build(w.options())
            #expect(result.cache.pagesReused == 0, "every page made again")
            #expect(result.cache.markdownRendered == 0 && result.cache.markdownReused == 3, "\(result.cache)")
            #expect(result.cache.warnings.isEmpty, "\(result.cache.warnings)")
            #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
        }
    }

    /// Damages the body of every briefing page in the output, in place.
    func damageBodies(_ w: Workspace) throws {
        for name in ["russia-2021", "sco-membership", "trade-corridors"] {
            let page = w.output + "/articles/\(name)/index.html"
            var bytes = try FileIO.disk.read(page)
            let paragraphs = bytes.indices.filter { bytes[$0...].starts(with: Array("<p id=".utf8)) }
            #expect(!paragraphs.isEmpty)
            for at in paragraphs { bytes[at + 1] = UInt8(ascii: "q") }
            try OutputWriter.writeFile(page, bytes)
        }
    }

    @Test func aPageChangedInTheOutputHasItsBriefingRenderedAgainNotTheSite() throws {
        let w = try Workspace()
        _ = try build(w.options())
        try damageBodies(w)
        try restyle(w, 1)
        let result = try build(w.options())
        #expect(result.cache.markdownRendered == 3 && result.cache.markdownReused == 0, "\(result.cache)")
        #expect(result.cache.warnings.isEmpty, "no full build: \(result.cache.warnings)")
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
        let again = try build(w.options())
        #expect(again.cache.markdownRendered == 0 && again.cache.pagesReused == 3 && again.cache.warnings.isEmpty, "\(again.cache)")
    }

    @Test func aRemovedOutputHasEveryBriefingRenderedAgain() throws {
        let w = try Workspace()
        _ = try build(w.options())
        try FileManager.default.removeItem(atPath: w.output)
        let result = try build(w.options())
        #expect(result.wrote && result.cache.pagesReused == 0 && result.cache.markdownRendered == 3, "\(result.cache)")
        #expect(result.cache.warnings.isEmpty, "\(result.cache.warnings)")
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
    }

    @Test func aBuildThatFailsItsChecksLeavesTheStoreUsable() throws {
        let w = try Workspace()
        _ = try build(w.options())
        let path = w.article("trade-corridors.md")
        let original = try String(contentsOfFile: path, encoding: .utf8)
        // The failed build makes every page and stores where their bodies are, but writes none of them.
        try restyle(w, 1)
        try FileIOTestSupport.write(path, original + "\nSee [nothing](/articles/no-such-briefing/).\n")
        let failed = try build(w.options())
        #expect(!failed.wrote && failed.cache.pagesReused == 0)
        try FileIOTestSupport.write(path, original)
        let result = try build(w.options())
        #expect(result.wrote && result.cache.markdownRendered == 0, "the entries before the failed build's are used: \(result.cache)")
        #expect(result.cache.warnings.isEmpty, "\(result.cache.warnings)")
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
    }

    @Test func twoBriefingsWithOneBodyShareAnEntryThatOutlivesEitherPage() throws {
        let w = try Workspace()
        let original = try String(contentsOfFile: w.article("russia-2021.md"), encoding: .utf8)
        let copy = original.replacingOccurrences(of: "title: Russia Ties in 2021", with: "title: Russia Ties Again")
            .replacingOccurrences(of: "date: 2021-11-02", with: "date: 2021-11-03")
        try FileIOTestSupport.write(w.article("russia-again.md"), copy)
        _ = try build(w.options())
        let manifest = try #require(Manifest.read(w.manifest).0)
        #expect(manifest.markdown.count == 3, "the two bodies are one entry")
        // The page the entry points into goes; the other briefing's document is read from it before it goes.
        for name in ["russia-2021.md", "russia-again.md"] {
            try FileManager.default.removeItem(atPath: w.article(name))
            try restyle(w, name.count)
            let result = try build(w.options())
            #expect(result.wrote && result.cache.warnings.isEmpty, "\(result.cache.warnings)")
            #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
            try FileIOTestSupport.write(w.article(name), name == "russia-2021.md" ? original : copy)
            try restyle(w, name.count + 100)
            let back = try build(w.options())
            #expect(back.cache.markdownRendered == 0 && back.cache.warnings.isEmpty, "\(back.cache)")
            #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
        }
    }
}
