import Foundation
import Testing
@testable import SiteGen

/// The no-op fast path: a build whose inputs, settings and output are unchanged does nothing, and
/// anything that could change a byte of the site means a real build.
@Suite struct NoOpBuildTests {
    typealias Workspace = IncrementalBuildTests.Workspace

    /// Options that record a stamp however fresh the fixture's files are.
    func options(_ w: Workspace, now: Int = 1_900_000_000) -> BuildOptions { w.optionsRecordingFreshFiles(now: now) }

    /// Builds once to record the stamp and checks that a second build finds the output current.
    func settle(_ w: Workspace) throws -> BuildResult {
        let first = try build(options(w))
        #expect(first.wrote && !first.cache.upToDate)
        let second = try build(options(w))
        #expect(second.cache.upToDate && second.files.isEmpty, "nothing changed, so nothing is built")
        #expect(second.diagnostics == first.diagnostics && second.pageCount == first.pageCount)
        return first
    }

    @Test func anUnchangedSiteIsUpToDateAndItsWarningsAreRepeated() throws {
        let w = try Workspace()
        try FileIOTestSupport.write(w.article("no-summary.md"), "---\ntitle: No Summary Here\ndate: 2020-01-02\ntopics: [russia]\nfoo: 1\n---\n\nText.\n")
        let first = try settle(w)
        #expect(first.diagnostics.contains { $0.severity == .warning }, "the unknown key is warned about: \(first.diagnostics)")
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
    }

    @Test(arguments: ["edit", "same-size", "add", "delete", "theme", "config"])
    func anyChangedInputMeansABuild(_ change: String) throws {
        let w = try Workspace()
        _ = try settle(w)
        let path = w.article("russia-2021.md")
        switch change {
        case "edit":
            try FileIOTestSupport.write(path, try String(contentsOfFile: path, encoding: .utf8) + "\nOne more paragraph.\n")
        case "same-size":
            // Same size and the old modification time put back: only the change time tells.
            var st = stat()
            #expect(stat(path, &st) == 0)
            var text = Array(try String(contentsOfFile: path, encoding: .utf8).utf8)
            let last = text.lastIndex { $0 >= 97 && $0 < 122 }!
            text[last] += 1
            try FileIOTestSupport.write(path, String(decoding: text, as: UTF8.self))
            var times = [st.st_atim, st.st_mtim]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        case "add":
            try FileIOTestSupport.write(w.article("new.md"), "---\ntitle: A New One\ndate: 2024-05-05\ntopics: [russia]\nsummary: New.\n---\n\nNew text.\n")
        case "delete":
            #expect(unlink(w.article("undated-draft.md")) == 0)
        case "theme":
            let css = w.site + "/theme/css/site.css"
            try FileIOTestSupport.write(css, try String(contentsOfFile: css, encoding: .utf8) + "\nmain { margin: 0; }\n")
        default:
            let config = w.site + "/content/site.yml"
            try FileIOTestSupport.write(config, try String(contentsOfFile: config, encoding: .utf8) + "\n# a comment\n")
        }
        let result = try build(options(w))
        #expect(!result.cache.upToDate, "\(change) must rebuild")
        let expected = try w.cleanBuild()
        #expect(result.wrote && expected.0.wrote)
        #expect(TestPaths.tree(w.output) == expected.1)
    }

    @Test func otherSettingsOrAMissingOutputMeanABuild() throws {
        let w = try Workspace()
        _ = try settle(w)
        var drafts = options(w)
        drafts.load.drafts = true
        #expect(!(try build(drafts)).cache.upToDate, "drafts shown")
        #expect((try build(drafts)).cache.upToDate, "the same settings again")
        var clean = options(w)
        clean.clean = true
        #expect(!(try build(clean)).cache.upToDate, "--clean always builds")
        #expect((try build(options(w))).cache.upToDate)
        try FileManager.default.removeItem(atPath: w.output)
        #expect(!(try build(options(w))).cache.upToDate, "the output is gone")
        #expect(TestPaths.tree(w.output) == (try w.cleanBuild()).1)
    }

    @Test func aFutureBriefingIsPublishedOnceItsDateHasPassed() throws {
        let w = try Workspace()
        try FileIOTestSupport.write(w.article("later.md"), "---\ntitle: Later On\ndate: 2035-01-01\ntopics: [russia]\nsummary: Soon.\n---\n\nLater.\n")
        _ = try settle(w)
        #expect(!FileManager.default.fileExists(atPath: w.output + "/articles/later/index.html"))
        let after = try build(options(w, now: 1_900_000_000 + 6 * 365 * 86_400))
        #expect(!after.cache.upToDate)
        #expect(FileManager.default.fileExists(atPath: w.output + "/articles/later/index.html"))
    }

    @Test func freshlyTouchedInputsRecordNoStamp() throws {
        // The fixture was copied a moment ago: within the racy window, so no build may be skipped.
        let w = try Workspace()
        _ = try build(w.options())
        #expect(!(try build(w.options())).cache.upToDate)
    }

    @Test func aCheckNeverTakesTheShortcut() throws {
        let w = try Workspace()
        _ = try settle(w)
        var check = options(w)
        check.write = false
        let result = try build(check)
        #expect(!result.cache.upToDate && !result.files.isEmpty)
    }
}
