/// A file of the generated site: a path relative to the output folder and its bytes.
public struct OutputFile: Sendable, Hashable {
    public var path: String
    /// The content; empty for a `reused` page, whose bytes stay on disk (see `contents()`).
    public var bytes: [UInt8]
    /// Set when the file is the previous output's file at `path`, known unchanged and never read: the
    /// writer links it into the new output. Reading 10,000 unchanged pages back cost an edit rebuild 2 s.
    public var reused: ReusedFile?
    /// Where a briefing page holds its body's HTML (see `BodySlot`); nil for other files.
    public var bodySlot: BodySlot?
    /// The briefings a feed carries in full, by index, in the order of its entries.
    public var embeds: [Int] = []

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

    /// A file whose bytes, hashing to `hash`, are already on disk in `folder`: the previous output's,
    /// or (`staged`) the staging folder this build is writing.
    public init(path: String, reusedFrom folder: String, staged: Bool = false, hash: String) {
        self.path = path
        self.bytes = []
        self.reused = ReusedFile(folder: folder, hash: hash, staged: staged)
    }

    /// The bytes, read from the previous output for a reused file.
    public func contents() throws -> [UInt8] {
        guard let reused else { return bytes }
        return try readWholeFile(reused.folder + "/" + path)
    }

    /// The file with its on-disk bytes looked for in `folder` (after the swap, the output folder).
    func moved(to folder: String) -> OutputFile {
        guard var reused else { return self }
        reused.folder = folder
        reused.staged = false
        var file = self
        file.reused = reused
        return file
    }

    /// The file with its bytes in memory again when they are in `staging`, which is about to be removed.
    func movedOut(of staging: Staging?) -> OutputFile {
        guard staging != nil, reused?.staged == true, let bytes = try? contents() else { return self }
        return OutputFile(path: path, bytes: bytes)
    }

    /// `ContentHash` of the bytes, without reading a reused file.
    public var contentHash: String { reused?.hash ?? ContentHash.hex(bytes) }
}

/// The bytes of a briefing page that are its body's HTML, and nothing else: an edit that changes only
/// the body rewrites them in place (see `BodyEdit`).
public struct BodySlot: Sendable, Hashable {
    public var start: Int
    public var length: Int

    /// The slot as a record field: `start:length`.
    var text: String { "\(start):\(length)" }

    /// Reads `text`; nil for anything else.
    init?(text: Substring) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let start = Int(parts[0]), let length = Int(parts[1]) else { return nil }
        self.init(start: start, length: length)
    }

    /// A slot of `length` bytes at `start`.
    init(start: Int, length: Int) {
        self.start = start
        self.length = length
    }
}

/// Where a file's bytes are on disk, and their hash.
public struct ReusedFile: Sendable, Hashable {
    public var folder: String
    public let hash: String
    /// True when the folder is the staging folder: the file is already in place for the swap.
    public var staged = false
}
