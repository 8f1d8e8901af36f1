import Foundation

/// All reads of the content and theme folders go through this, so tests can swap in memory.
public struct FileIO: Sendable {
    /// Reads a whole file.
    public var read: @Sendable (_ path: String) throws -> [UInt8]
    /// Every regular file below a folder, as sorted paths relative to it; empty when the folder is missing.
    public var listFiles: @Sendable (_ folder: String) throws -> [String]
    /// True when a regular file exists at the path.
    public var fileExists: @Sendable (_ path: String) -> Bool

    /// Creates a file system from closures.
    public init(read: @escaping @Sendable (String) throws -> [UInt8],
                listFiles: @escaping @Sendable (String) throws -> [String],
                fileExists: @escaping @Sendable (String) -> Bool) {
        self.read = read
        self.listFiles = listFiles
        self.fileExists = fileExists
    }

    /// The real disk.
    public static let disk = FileIO(
        read: { path in try readWholeFile(path) },
        listFiles: { folder in listRegularFiles(folder) },
        fileExists: { path in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
        })

    /// An in-memory tree keyed by path, for tests.
    public static func memory(_ files: [String: [UInt8]]) -> FileIO {
        FileIO(
            read: { path in
                guard let bytes = files[path] else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
                return bytes
            },
            listFiles: { folder in
                let prefix = folder.hasSuffix("/") ? folder : folder + "/"
                return files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
            },
            fileExists: { files[$0] != nil })
    }
}

/// Reads a file with one open and as few reads as its size needs.
func readWholeFile(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    // Read into uninitialised memory: zeroing a buffer first (and a 64 KB chunk for growth) cost
    // more than the read. One byte more than the size tells a file that grew while being read.
    let size = Int(st.st_size)
    var bytes = try readUpTo(fd, size + 1)
    if bytes.count > size {
        // The file grew while being read: read the rest.
        while true {
            let more = try readUpTo(fd, 65536)
            if more.isEmpty { break }
            bytes += more
        }
    }
    return bytes
}

/// Up to `limit` bytes from `fd`, fewer at the end of the file.
private func readUpTo(_ fd: Int32, _ limit: Int) throws -> [UInt8] {
    var failure: Int32 = 0
    let bytes = [UInt8](unsafeUninitializedCapacity: limit) { buffer, count in
        count = 0
        while count < limit {
            let n = read(fd, buffer.baseAddress! + count, limit - count)
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            if n == 0 { return }
            count += n
        }
    }
    if failure != 0 { throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO) }
    return bytes
}

/// Every regular file below `folder`, relative and sorted, walked with readdir: FileManager's
/// enumerator builds an attribute dictionary per file, which dominated listing 10,000 briefings.
func listRegularFiles(_ folder: String) -> [String] {
    var out: [String] = []
    walkEntries(folder) { relative, full, entryType in
        var type = entryType
        if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
            var st = stat()
            guard stat(full, &st) == 0 else { return false }
            type = (st.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : ((st.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : 0)
        }
        if type == Int32(DT_REG) { out.append(relative) }
        return type == Int32(DT_DIR)
    }
    return out.sorted()
}

/// Calls `visit` with the relative path, full path and readdir type of each entry below `folder`;
/// `visit` returns true to descend into the entry. The depth cap stops a symbolic link that points
/// at its own parent from looping forever.
func walkEntries(_ folder: String, _ visit: (_ relative: String, _ full: String, _ type: Int32) -> Bool) {
    func walk(_ dir: String, _ prefix: String, _ depth: Int) {
        guard depth < 32, let handle = opendir(dir) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let full = dir + "/" + name
            if visit(prefix + name, full, Int32(entry.pointee.d_type)) { walk(full, prefix + name + "/", depth + 1) }
        }
    }
    walk(folder, "", 0)
}

/// True when a `walkEntries` entry is a folder; file systems that give no type in readdir are asked with lstat.
func isWalkedFolder(_ type: Int32, _ full: String) -> Bool {
    if type != Int32(DT_UNKNOWN) { return type == Int32(DT_DIR) }
    var st = stat()
    return lstat(full, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
}
