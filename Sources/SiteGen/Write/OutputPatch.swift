import Foundation

/// Moves an incremental build's changed files into the existing output, instead of swapping in a
/// whole new tree.
///
/// Swapping needs every unchanged file linked into the staging folder first: at 10,000 briefings that
/// was 13,617 links and 10,000 folders (0.4 s of a one-briefing edit), and removing the old tree
/// afterwards cost as much again. A patch touches only what changed. It starts once every check has
/// passed, so bad input still leaves the output as it was; and it is written down first (a journal in
/// the staging folder), so a build killed halfway is finished by the next one instead of leaving a mix.
enum OutputPatch {
    /// The journal's name inside the staging folder.
    static let journal = ".sitegen-patch"

    /// Makes `output` hold exactly `paths`: removes every other file, then moves the files staged in
    /// `staging` over the old ones. The journal lists the removals; the staged files are the moves.
    /// `staged` names what the build put in `staging`, files and folders, when it knows.
    static func apply(_ staging: String, to output: String, keeping paths: Set<String>, staged: Staged? = nil) throws {
        var (removals, deeper) = unwanted(in: output, under: "", keeping: paths)
        // A briefing's folder is one of 10,000 in `articles/`: reading them one after another was most
        // of an incremental build's write stage (95 of 110 ms), so the folders two levels down are
        // walked on every core.
        for found in parallelMap(deeper, { unwanted(in: output, under: $0, keeping: paths).removals }) { removals += found }
        let text = removals.sorted().joined(separator: "\n")
        try OutputWriter.writeFile(staging + "/" + journal, Array(text.utf8))
        try finish(staging, to: output, staged: staged)
    }

    /// The files a build put in its staging folder, and the folders it made there to hold them.
    struct Staged {
        var files: [String]
        var folders: [String]
    }

    /// The entries under `output/folder` that `paths` does not keep: files it lacks, and folders where
    /// it has a file (they go whole). Walking from the top (`folder` empty), the folders two levels
    /// down are returned in `deeper` instead of walked; below the top, everything is walked.
    private static func unwanted(in output: String, under folder: String,
                                 keeping paths: Set<String>) -> (removals: [String], deeper: [String]) {
        var removals: [String] = []
        var deeper: [String] = []
        let prefix = folder.isEmpty ? "" : folder + "/"
        walkEntries(folder.isEmpty ? output : output + "/" + folder) { relative, full, type in
            let path = prefix + relative
            let wanted = paths.contains(path)
            if isWalkedFolder(type, full) {
                // A folder where the new site has a file goes whole (a file where it has a folder goes below).
                if wanted {
                    removals.append(path)
                    return false
                }
                if folder.isEmpty, relative.utf8.contains(UInt8(ascii: "/")) {
                    deeper.append(path)
                    return false
                }
                return true
            }
            if !wanted { removals.append(path) }
            return false
        }
        return (removals, deeper)
    }

    /// Carries out the journal of `staging`: the removals, then the moves; then removes `staging`.
    /// Every step can run twice, so an interrupted patch is finished by running this again. Without
    /// `staged` (a patch left by a killed build), the staging folder is walked for the moves.
    static func finish(_ staging: String, to output: String, staged: Staged? = nil) throws {
        let listed = (try? readWholeFile(staging + "/" + journal)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        var emptied: Set<String> = []
        for path in listed.split(separator: "\n").map(String.init) {
            try? FileManager.default.removeItem(atPath: output + "/" + path)
            emptied.insert(parent(of: path))
        }
        // Walking the staging folder for what the build already knows was 11 ms of a briefing added at 10,000.
        var moves = staged?.files ?? []
        if staged == nil {
            walkEntries(staging) { relative, full, type in
                if isWalkedFolder(type, full) { return true }
                if relative != journal { moves.append(relative) }
                return false
            }
        }
        // Most moves replace a file in a folder the output has: its folders are made only when the
        // move finds one missing (a mkdir before each of 2,004 moves was a third of this stage's time
        // for a briefing added at 10,000). Moves into different folders do not wait for each other.
        let failures = parallelMap(moves) { path -> WriteError? in
            let (from, to) = (staging + "/" + path, output + "/" + path)
            if rename(from, to) == 0 { return nil }
            if errno == ENOENT {
                var missing: [String] = []
                var dir = parent(of: path)
                while !dir.isEmpty {
                    missing.append(dir)
                    dir = parent(of: dir)
                }
                do {
                    for folder in missing.reversed() { try Staging.makeFolder(output + "/" + folder) }
                } catch {
                    return error as? WriteError ?? .cannotWrite("\(error)")
                }
                if rename(from, to) == 0 { return nil }
            }
            return .cannotWrite("cannot move \(path) into \(output): \(String(cString: strerror(errno)))")
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        // Every move is done: running the removals again would take away a file moved in where a
        // folder was, so the journal goes before anything else can be cut short.
        unlink(staging + "/" + journal)
        // Folders whose files were all removed go too; rmdir leaves any that still hold something.
        for folder in emptied.sorted(by: >) {
            var dir = folder
            while !dir.isEmpty, rmdir(output + "/" + dir) == 0 { dir = parent(of: dir) }
        }
        // The staging folder now holds empty folders only. Taking away the folders the build
        // made, deepest first, is one call each; a general removal read each one first (20 ms for 2,000).
        // A file the build did not name keeps its folder: the walk below moves it in.
        if let staged {
            for folder in staged.folders.sorted(by: >) { rmdir(staging + "/" + folder) }
            if rmdir(staging) != 0 { try finish(staging, to: output) }
            return
        }
        try? FileManager.default.removeItem(atPath: staging)
    }

    /// The path without its last component; empty at the top.
    static func parent(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }
}
