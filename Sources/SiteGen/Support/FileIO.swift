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
        listFiles: { folder in
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else { return [] }
            guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
            var out: [String] = []
            while let rel = walker.nextObject() as? String {
                if walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular { out.append(rel) }
            }
            return out.sorted()
        },
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
    var bytes = [UInt8](repeating: 0, count: Int(st.st_size))
    var filled = 0
    while filled < bytes.count {
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
        if n < 0 {
            if errno == EINTR { continue }
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        if n == 0 { break }
        filled += n
    }
    if filled < bytes.count { bytes.removeLast(bytes.count - filled) }
    // A file that grew while reading: read the rest.
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        if n < 0, errno == EINTR { continue }
        guard n > 0 else { break }
        bytes.append(contentsOf: chunk[0..<n])
    }
    return bytes
}
