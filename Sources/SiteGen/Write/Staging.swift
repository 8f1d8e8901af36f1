import Foundation

/// The folder a build writes into (`output.staging-PID`) before it is swapped in as the output.
///
/// Briefing pages are put here as soon as they are rendered, so their bytes need not be held until
/// the Write stage: at 10,000 briefings that was 200 MB of the peak, and it grows with the archive.
/// Until the swap nothing here is visible; a build that fails removes the folder.
///
/// An incremental build over an existing output patches it instead (`patching`): only new and changed
/// files are put here, and `OutputPatch` moves them into the output once the build has passed.
final class Staging: PageSink, @unchecked Sendable {
    /// The staging folder and the output it will replace.
    let folder: String
    let output: String
    /// True when the output is patched with this folder's files rather than replaced by the folder: files
    /// whose bytes match the previous output are then left in place rather than written.
    let patching: Bool
    private let lock = NSLock()
    /// Files written into the folder by `put`.
    private var writtenCount = 0
    /// Folders made so far inside the staging folder, so each is made once.
    private var made: Set<String> = []
    /// The identity (`PageCache.identity`) of each file `put` wrote, by path: a move into the output
    /// keeps it, so recording the pages needs no second look at each file (37 ms at 10,000 briefings).
    private var identities: [String: String] = [:]

    /// Creates an empty staging folder beside `output`.
    init(output: String, keepUnchanged: Bool) throws {
        self.output = output.hasSuffix("/") ? String(output.dropLast()) : output
        self.folder = "\(self.output).staging-\(getpid())"
        var isFolder: ObjCBool = false
        let hadOutput = FileManager.default.fileExists(atPath: self.output, isDirectory: &isFolder) && isFolder.boolValue
        // Without a previous output there is nothing to patch or keep, and no file to look up for each one.
        self.patching = keepUnchanged && hadOutput
        try? FileManager.default.removeItem(atPath: folder)
        Staging.removeAbandoned(beside: self.output)
        try Staging.makeFolder(folder)
    }

    /// Removes staging, old-output and search scratch folders left by builds that were killed: their process is gone.
    static func removeAbandoned(beside output: String) {
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent.isEmpty ? "." : parent)) ?? [] {
            for marker in [".staging-", ".old-", ".search-"] where entry.hasPrefix(name + marker) {
                guard let pid = Int32(entry.dropFirst(name.count + marker.count)), pid != getpid(),
                      kill(pid, 0) != 0, errno == ESRCH else { continue }
                let path = parent.isEmpty ? entry : parent + "/" + entry
                // A patch that was being applied is finished: the output would otherwise be half old, half new.
                if marker == ".staging-", FileManager.default.fileExists(atPath: path + "/" + OutputPatch.journal) {
                    try? OutputPatch.finish(path, to: output)
                }
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }

    /// The identities of the files written here so far, by path.
    var writtenIdentities: [String: String] { lock.withLock { identities } }

    /// The folders made inside the staging folder so far, relative to it.
    var madeFolders: [String] { lock.withLock { Array(made) } }

    /// Files `put` wrote (the rest it kept from the previous output).
    var putWritten: Int { lock.withLock { writtenCount } }

    /// Places `file` in the staging folder now (or, when patching, leaves the output's identical file
    /// where it is) and returns it without its bytes (`contents()` reads it back).
    func put(_ file: OutputFile) throws -> OutputFile {
        if patching, isInOutput(file) { return OutputFile(path: file.path, reusedFrom: output, hash: file.contentHash) }
        try makeParents(of: file.path)
        if try !place(file) { lock.withLock { writtenCount += 1 } }
        return OutputFile(path: file.path, reusedFrom: folder, staged: true, hash: file.contentHash)
    }

    /// When patching: true when the output already holds the file (a reused page, or the same bytes).
    func isInOutput(_ file: OutputFile) -> Bool {
        if let reused = file.reused { return !reused.staged }
        return KeptFiles.same(file.path, bytes: file.bytes, previous: output)
    }

    /// Writes or links one file; true when it was kept from the previous output.
    func place(_ file: OutputFile) throws -> Bool {
        if patching {
            if isInOutput(file) { return true }
            try makeParents(of: file.path)
        }
        if let reused = file.reused {
            if reused.staged { return false }
            guard link(reused.folder + "/" + file.path, folder + "/" + file.path) == 0 else {
                throw WriteError.cannotWrite("\(file.path): the previous output changed during the build (\(String(cString: strerror(errno)))); build again")
            }
            return true
        }
        if let st = try OutputWriter.writeFile(folder + "/" + file.path, file.bytes) {
            let identity = PageCache.identity(st)
            lock.withLock { identities[file.path] = identity }
        }
        return false
    }

    /// Removes the staging folder of a build that will not be swapped in.
    func discard() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func makeParents(of path: String) throws {
        var end = path.startIndex
        while let slash = path[end...].firstIndex(of: "/") {
            let parent = String(path[..<slash])
            // A folder is noted as made only once mkdir has returned, so no thread skips one still
            // being made; two threads making the same folder is harmless (EEXIST).
            if lock.withLock({ made.contains(parent) }) { end = path.index(after: slash); continue }
            try Staging.makeFolder(folder + "/" + parent)
            _ = lock.withLock { made.insert(parent) }
            end = path.index(after: slash)
        }
    }

    static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw WriteError.cannotWrite("\(path): \(String(cString: strerror(errno)))")
        }
    }
}
