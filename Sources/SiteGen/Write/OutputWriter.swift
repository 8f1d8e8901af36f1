import Foundation

/// The Write stage: files go to a staging folder beside the output, which is swapped in only when complete.
public enum OutputWriter {
    /// What a write did.
    public struct Report: Sendable {
        public var written: Int
        /// Files kept from the previous output because their bytes did not change (see `KeptFiles`).
        public var kept: Int = 0
        /// The previous output, moved aside by the swap, for the caller to remove (`OldOutput`); nil when there was none.
        var movedAside: String?
    }

    /// Writes `files` as the complete content of `output`; the previous output stays until the swap.
    /// With `keepUnchanged` and an existing output, files whose bytes match it are left in place, not rewritten.
    public static func write(_ files: [OutputFile], to output: String, keepUnchanged: Bool = false) throws -> Report {
        let report = try write(files, into: Staging(output: output, keepUnchanged: keepUnchanged))
        if let old = report.movedAside { OldOutput.remove(old) }
        return report
    }

    /// Completes `staging` with the files not yet in it, then swaps it in as the output.
    static func write(_ files: [OutputFile], into staging: Staging) throws -> Report {
        var folders: Set<String> = []
        // A patch makes only the folders of files it writes (in `place`).
        for file in files where file.reused?.staged != true && !staging.patching {
            var dir = file.path
            while let slash = dir.lastIndex(of: "/") {
                dir = String(dir[..<slash])
                if !folders.insert(dir).inserted { break }
            }
        }
        do {
            // Parents before children: sorting by path puts "a" before "a/b".
            for dir in folders.sorted() { try Staging.makeFolder(staging.folder + "/" + dir) }
        } catch {
            staging.discard()
            throw error
        }
        // Staged files are in place; when patching, so is every reused file (it never left the output).
        let pending = files.filter { $0.reused == nil || ($0.reused?.staged == false && !staging.patching) }
        let outcomes = parallelMap(pending) { file -> (kept: Bool, failure: String?) in
            do { return (try staging.place(file), nil) } catch { return (false, "\(file.path): \(error)") }
        }
        if let first = outcomes.compactMap(\.failure).first {
            staging.discard()
            throw WriteError.cannotWrite(first)
        }
        var aside: String?
        if staging.patching {
            let placed = zip(pending, outcomes).filter { !$1.kept }.map(\.0.path)
            let staged = OutputPatch.Staged(files: files.filter { $0.reused?.staged == true }.map(\.path) + placed,
                                            folders: staging.madeFolders)
            try OutputPatch.apply(staging.folder, to: staging.output, keeping: Set(files.map(\.path)), staged: staged)
        } else {
            aside = try swap(staging.folder, into: staging.output)
        }
        let written = outcomes.filter { !$0.kept }.count + staging.putWritten
        return Report(written: written, kept: files.count - written, movedAside: aside)
    }

    /// Replaces `output` with `staging` by two renames; on failure the old output is put back. Returns
    /// where the old output now is, for the caller to remove; nil when there was none.
    static func swap(_ staging: String, into output: String) throws -> String? {
        let old = "\(output).old-\(getpid())"
        let hadOutput = FileManager.default.fileExists(atPath: output)
        if hadOutput, rename(output, old) != 0 {
            throw WriteError.cannotWrite("cannot move the old \(output) aside: \(String(cString: strerror(errno)))")
        }
        if rename(staging, output) != 0 {
            let reason = String(cString: strerror(errno))
            if hadOutput { _ = rename(old, output) }
            throw WriteError.cannotWrite("cannot move the new site into \(output): \(reason)")
        }
        return hadOutput ? old : nil
    }

    /// Replaces the file at `path` with `bytes` through a temporary file and a rename, so a reader, or
    /// a build that is killed, never sees half a file; `makingFolder` creates the folder first.
    static func replaceFile(_ path: String, _ bytes: [UInt8], makingFolder: Bool = false) throws {
        if makingFolder {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        }
        let temporary = "\(path).tmp-\(getpid())"
        do {
            try writeFile(temporary, bytes)
            guard rename(temporary, path) == 0 else { throw WriteError.cannotWrite("\(path): \(String(cString: strerror(errno)))") }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Writes `bytes` to `path` in place, creating or truncating it: one open, one write, one close,
    /// the fewest syscalls per file.
    /// Returns the written file's status, read from the open file; nil when fstat fails.
    @discardableResult
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws -> stat? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError.cannotWrite("\(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        try writeAll(fd, bytes, path: path)
        var st = stat()
        return fstat(fd, &st) == 0 ? st : nil
    }

    /// Writes all of `bytes` to an open file, resuming after interrupted and partial writes.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw WriteError.cannotWrite("\(path): \(String(cString: strerror(errno)))")
            }
            done += n
        }
    }
}

/// A failure of the environment while writing (disk full, no permission).
public enum WriteError: Error, CustomStringConvertible {
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .cannotWrite(let what): "cannot write the site: \(what)"
        }
    }
}
