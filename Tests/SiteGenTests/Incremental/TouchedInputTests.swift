import Foundation
import Testing
@testable import SiteGen

/// Inputs whose identity changed but not their bytes (`InputHashes`): a checkout that rewrites files
/// as they were, a fresh copy of the content, files written within the racy window of the last build.
/// The edit path records their new identities and writes nothing, or edits in place what did change.
@Suite struct TouchedInputTests {
    typealias Workspace = IncrementalBuildTests.Workspace

    /// Every file under `content/` and `theme/`, relative to the site.
    func inputs(_ w: Workspace) -> [String] {
        BuildStamp.scan(root: w.site).files.map(\.path)
    }

    /// Rewrites a file with its own bytes through a new inode: its identity changes, its bytes do not.
    func rewrite(_ path: String) throws {
        let bytes = try readWholeFile(path)
        try FileIOTestSupport.write(path + ".new", String(decoding: bytes, as: UTF8.self))
        #expect(try readWholeFile(path + ".new") == bytes)
        #expect(rename(path + ".new", path) == 0)
    }

    @Test func everyInputRewrittenAsItWasIsNoEditAndThenANoOp() throws {
        let w = try Workspace()
        _ = try build(w.optionsRecordingFreshFiles())
        let before = TestPaths.tree(w.output)
        let files = inputs(w)
        #expect(files.contains("content/site.yml") && files.contains { $0.hasPrefix("theme/") } && files.count > 5)
        for file in files { try rewrite(w.site + "/" + file) }
        let refreshed = try build(w.optionsRecordingFreshFiles())
        #expect(refreshed.wrote && refreshed.cache.editDeclined == nil, "\(refreshed.cache)")
        #expect(refreshed.cache.inputsRefreshed == files.count)
        #expect(refreshed.cache.filesWritten == 0 && refreshed.cache.bodiesEdited == 0)
        #expect(TestPaths.tree(w.output) == before)
        #expect(try build(w.optionsRecordingFreshFiles()).cache.upToDate, "the new identities are recorded")
    }

    @Test func aFreshCopyWithOneBodyEditIsEditedInPlace() throws {
        let w = try Workspace()
        _ = try build(w.optionsRecordingFreshFiles())
        let files = inputs(w)
        for file in files { try rewrite(w.site + "/" + file) }
        let path = w.article("trade-corridors.md")
        try FileIOTestSupport.write(path, try String(contentsOfFile: path, encoding: .utf8) + "\nA closing remark.\n")
        let result = try build(w.optionsRecordingFreshFiles())
        #expect(result.cache.bodiesEdited == 1 && result.cache.inputsRefreshed == files.count - 1, "\(result.cache)")
        let (clean, tree) = try w.cleanBuild()
        #expect(result.diagnostics == clean.diagnostics)
        #expect(TestPaths.tree(w.output) == tree)
    }

    @Test func hashesKeptInTheLoadRecordsServeAfterAFullIncrementalBuild() throws {
        let w = try Workspace()
        _ = try build(w.optionsRecordingFreshFiles())
        // A new briefing is a full build: the others come from their load records, unread, with their hashes.
        let added = w.article("added-note.md")
        try FileIOTestSupport.write(added, try String(contentsOfFile: w.article("trade-corridors.md"), encoding: .utf8)
            .replacingOccurrences(of: "title: \"", with: "title: \"Added: "))
        let full = try build(w.optionsRecordingFreshFiles())
        #expect(full.cache.editDeclined != nil && full.cache.markdownReused > 0, "\(full.cache)")
        let files = inputs(w)
        for file in files { try rewrite(w.site + "/" + file) }
        let refreshed = try build(w.optionsRecordingFreshFiles())
        #expect(refreshed.cache.inputsRefreshed == files.count && refreshed.cache.filesWritten == 0, "\(refreshed.cache)")
    }

    /// Copies the output away and back, as a CI cache restores it: every file gets a new identity.
    func restore(_ output: String) throws {
        let copy = output + ".cached"
        try FileManager.default.copyItem(atPath: output, toPath: copy)
        try FileManager.default.removeItem(atPath: output)
        try FileManager.default.moveItem(atPath: copy, toPath: output)
    }

    @Test func aRestoredOutputBesideAFreshCopyIsNoEditAndThenANoOp() throws {
        let w = try Workspace()
        _ = try build(w.optionsRecordingFreshFiles())
        let before = TestPaths.tree(w.output)
        let files = inputs(w)
        for file in files { try rewrite(w.site + "/" + file) }
        try restore(w.output)
        let refreshed = try build(w.optionsRecordingFreshFiles())
        #expect(refreshed.cache.editDeclined == nil && refreshed.cache.inputsRefreshed == files.count, "\(refreshed.cache)")
        #expect(refreshed.cache.filesWritten == 0 && TestPaths.tree(w.output) == before)
        #expect(try build(w.optionsRecordingFreshFiles()).cache.upToDate)
        // The pages' new identities are recorded: an edit after the next restore reads them by hash again.
        try restore(w.output)
        let path = w.article("trade-corridors.md")
        try FileIOTestSupport.write(path, try String(contentsOfFile: path, encoding: .utf8) + "\nA closing remark.\n")
        let edited = try build(w.optionsRecordingFreshFiles())
        #expect(edited.cache.bodiesEdited == 1 && edited.cache.editDeclined == nil, "\(edited.cache)")
        let (_, tree) = try w.cleanBuild()
        #expect(TestPaths.tree(w.output) == tree)
    }

    @Test func touchedInputsBesideAPageChangedByHandAreAFullBuild() throws {
        let w = try Workspace()
        _ = try build(w.optionsRecordingFreshFiles())
        let before = TestPaths.tree(w.output)
        try rewrite(w.site + "/content/topics.yml")
        // No edit reads that page: the refresh checks every recorded page before it trusts the output.
        try FileIOTestSupport.write(w.output + "/topics/index.html", "<p>changed by hand</p>\n")
        let result = try build(w.optionsRecordingFreshFiles())
        #expect(result.cache.inputsRefreshed == 0 && result.cache.editDeclined != nil, "\(result.cache)")
        #expect(TestPaths.tree(w.output) == before, "the full build wrote the page again")
    }

    @Test func aBuildRightAfterOneWithRacyInputsRefreshesInsteadOfBuildingInFull() throws {
        let w = try Workspace()
        // The fixture was just copied: every input is within the racy window, recorded as matching no identity.
        var options = w.options()
        (options.racyWindowNanos, options.editsInPlace) = (3_600_000_000_000, true)
        _ = try build(options)
        let again = try build(options)
        #expect(!again.cache.upToDate, "a racy build's stamp makes no no-op")
        #expect(again.cache.editDeclined == nil && again.cache.inputsRefreshed == inputs(w).count, "\(again.cache)")
        #expect(again.cache.filesWritten == 0)
    }

    @Test func aFileWhoseBytesChangedIsStillAnEdit() throws {
        let w = try Workspace()
        _ = try build(w.optionsRecordingFreshFiles())
        // Same size, other bytes: only the hash tells them apart once the identity changed.
        let path = w.article("trade-corridors.md")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let swapped = text.replacingOccurrences(of: "Russia", with: "Rossia")
        #expect(swapped != text && swapped.utf8.count == text.utf8.count)
        try FileIOTestSupport.write(path, swapped)
        let result = try build(w.optionsRecordingFreshFiles())
        #expect(result.cache.inputsRefreshed == 0, "\(result.cache)")
        let (_, tree) = try w.cleanBuild()
        #expect(TestPaths.tree(w.output) == tree)
    }
}
