import Foundation

/// All disk access of `sitegen import`, as closures so tests can swap in an in-memory folder.
public struct ImportFiles: Sendable {
    public var read: @Sendable (String) throws -> [UInt8]
    public var write: @Sendable (String, [UInt8]) throws -> Void
    public var exists: @Sendable (String) -> Bool
    public var isDirectory: @Sendable (String) -> Bool
    /// Names of the entries of a folder.
    public var list: @Sendable (String) throws -> [String]

    /// Creates a file system from closures.
    public init(read: @escaping @Sendable (String) throws -> [UInt8], write: @escaping @Sendable (String, [UInt8]) throws -> Void,
                exists: @escaping @Sendable (String) -> Bool, isDirectory: @escaping @Sendable (String) -> Bool,
                list: @escaping @Sendable (String) throws -> [String]) {
        self.read = read
        self.write = write
        self.exists = exists
        self.isDirectory = isDirectory
        self.list = list
    }

    /// The real disk; writes go through a temporary file so a crash never leaves half a briefing.
    public static let disk = ImportFiles(
        read: { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
            }
            return [UInt8](data)
        },
        write: { path, bytes in
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        },
        exists: { FileManager.default.fileExists(atPath: $0) },
        isDirectory: { path in
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
        },
        list: { try FileManager.default.contentsOfDirectory(atPath: $0) }
    )
}
