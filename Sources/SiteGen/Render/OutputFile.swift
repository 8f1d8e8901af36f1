/// A file of the generated site: a path relative to the output folder and its bytes.
public struct OutputFile: Sendable, Hashable {
    public var path: String
    /// The content; empty for a `reused` page, whose bytes stay on disk (see `contents()`).
    public var bytes: [UInt8]
    /// Set when the file is the previous output's file at `path`, known unchanged and never read: the
    /// writer links it into the new output. Reading 10,000 unchanged pages back cost an edit rebuild 2 s.
    public var reused: ReusedFile?

    /// Creates a file from bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a file from text, stored as UTF-8.
    public init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
    }

    /// A file left as it is in the previous output folder `folder`, whose bytes hash to `hash`.
    public init(path: String, reusedFrom folder: String, hash: String) {
        self.path = path
        self.bytes = []
        self.reused = ReusedFile(folder: folder, hash: hash)
    }

    /// The bytes, read from the previous output for a reused file.
    public func contents() throws -> [UInt8] {
        guard let reused else { return bytes }
        return try readWholeFile(reused.folder + "/" + path)
    }

    /// `ContentHash` of the bytes, without reading a reused file.
    public var contentHash: String { reused?.hash ?? ContentHash.hex(bytes) }
}

/// Where a reused file stays, and the hash of its bytes.
public struct ReusedFile: Sendable, Hashable {
    public let folder: String
    public let hash: String
}
