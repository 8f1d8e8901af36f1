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
    static func apply(_ staging: String, to output: String, keeping paths: Set<String>) throws {
        var (removals, deeper) = unwanted(in: output, under: "", keeping: paths)
        // A briefing's folder is one of 10,000 in `articles/`: reading them one after another was most
        // of an incremental build's write stage (95 of 110 ms), so the folders two levels down are
        // walked on every core.
        for found in parallelMap(deeper, { unwanted(in: output, under: $0, keeping: paths).removals }) { removals += found }
        let text = removals.sorted().joined(separator: "\n")
        try OutputWriter.writeFile(staging + "/" + journal, Array(text.utf8))
        try finish(staging, to: output)
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
    /// Every step can run twice, so an interrupted patch is finished by running this again.
    static func finish(_ staging: String, to output: String) throws {
        let listed = (try? readWholeFile(staging + "/" + journal)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        var emptied: Set<String> = []
        for path in listed.split(separator: "\n").map(String.init) {
            try? FileManager.default.removeItem(atPath: output + "/" + path)
            emptied.insert(parent(of: path))
        }
        var moves: [String] = []
        walkEntries(staging) { relative, full, type in
            if isWalkedFolder(type, full) { return true }
            if relative != journal { moves.append(relative) }
            return false
        }
        var made: Set<String> = []
        for path in moves.sorted() {
            var parents: [String] = []
            var dir = parent(of: path)
            while !dir.isEmpty, made.insert(dir).inserted {
                parents.append(dir)
                dir = parent(of: dir)
            }
            for parent in parents.reversed() { try Staging.makeFolder(output + "/" + parent) }
            guard rename(staging + "/" + path, output + "/" + path) == 0 else {
                throw WriteError.cannotWrite("cannot move \(path) into \(output): \(String(cString: strerror(errno)))")
            }
        }
        // Folders whose files were all removed go too; rmdir leaves any that still hold something.
        for folder in emptied.sorted(by: >) {
            var dir = folder
            while !dir.isEmpty, rmdir(output + "/" + dir) == 0 { dir = parent(of: dir) }
        }
        try? FileManager.default.removeItem(atPath: staging)
    }

    /// The path without its last component; empty at the top.
    static func parent(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }
}
