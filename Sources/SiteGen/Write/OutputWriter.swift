import Foundation

/// The Write stage: files go to a staging folder beside the output, which is swapped in only when complete.
public enum OutputWriter {
    /// What a write did.
    public struct Report: Sendable {
        public var written: Int
        public var bytes: Int
        /// Files kept from the previous output because their bytes did not change (see `KeptFiles`).
        public var kept: Int = 0
    }

    /// Writes `files` as the complete content of `output`; the previous output stays until the swap.
    /// With `keepUnchanged`, files whose bytes match the previous output are hard-linked, not rewritten.
    public static func write(_ files: [OutputFile], to output: String, keepUnchanged: Bool = false) throws -> Report {
        let output = output.hasSuffix("/") ? String(output.dropLast()) : output
        let pid = getpid()
        let staging = "\(output).staging-\(pid)"
        try? FileManager.default.removeItem(atPath: staging)
        try makeFolder(staging)
        var folders: Set<String> = []
        for file in files {
            var dir = file.path
            while let slash = dir.lastIndex(of: "/") {
                dir = String(dir[..<slash])
                if !folders.insert(dir).inserted { break }
            }
        }
        // Parents before children: sorting by path puts "a" before "a/b".
        for dir in folders.sorted() { try makeFolder(staging + "/" + dir) }
        let outcomes = parallelMap(files) { file -> (kept: Bool, failure: String?) in
            if let reused = file.reused {
                guard link(reused.folder + "/" + file.path, staging + "/" + file.path) == 0 else {
                    return (false, "\(file.path): the previous output changed during the build (\(String(cString: strerror(errno)))); build again")
                }
                return (true, nil)
            }
            if keepUnchanged, KeptFiles.keep(file.path, bytes: file.bytes, previous: output, staging: staging) { return (true, nil) }
            do { try writeFile(staging + "/" + file.path, file.bytes); return (false, nil) } catch { return (false, "\(file.path): \(error)") }
        }
        let failures = outcomes.compactMap(\.failure)
        if let first = failures.first {
            try? FileManager.default.removeItem(atPath: staging)
            throw WriteError.cannotWrite(first)
        }
        try swap(staging, into: output)
        let kept = outcomes.filter(\.kept).count
        return Report(written: files.count - kept, bytes: files.reduce(0) { $0 + $1.bytes.count }, kept: kept)
    }

    /// Replaces `output` with `staging` by two renames; on failure the old output is put back.
    static func swap(_ staging: String, into output: String) throws {
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
        if hadOutput { try? FileManager.default.removeItem(atPath: old) }
    }

    private static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw WriteError.cannotWrite("\(path): \(String(cString: strerror(errno)))")
        }
    }

    /// One open, one write, one close: the fewest syscalls per file.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError.cannotWrite("\(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
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
