/// What a request target maps to in the served folder.
public enum Resolution: Sendable, Equatable {
    /// A regular file, by its path relative to the served folder.
    case file(String)
    /// A folder asked for without its trailing slash: redirect so relative links on its index work.
    case redirect(String)
    case notFound
    /// A target no browser sends for a real page: encoded slashes, NUL, backslashes, `..`, bad escapes.
    case badRequest
}

/// What the resolver may ask about the served folder, by relative path (never containing `..`).
public struct ServedTree: Sendable {
    public enum Kind: Sendable { case file, folder, missing }
    /// The kind of a path; a symlink that leads outside the folder must answer `.missing`.
    public var kind: @Sendable (_ relativePath: String) -> Kind

    /// Creates a tree from a lookup.
    public init(kind: @escaping @Sendable (String) -> Kind) { self.kind = kind }

    /// An in-memory tree of files; their parent folders exist implicitly.
    public static func memory(_ files: Set<String>) -> ServedTree {
        var folders: Set<String> = [""]
        for file in files {
            var parts = file.split(separator: "/").dropLast()
            while !parts.isEmpty { folders.insert(parts.joined(separator: "/")); parts = parts.dropLast() }
        }
        let allFolders = folders
        return ServedTree { path in files.contains(path) ? .file : allFolders.contains(path) ? .folder : .missing }
    }
}

/// Request target → file, redirect or 404, as a pure function of the target and the tree.
public enum RequestPath {
    /// Resolves a request target; nothing it returns can name a file outside the tree.
    public static func resolve(_ target: String, in tree: ServedTree) -> Resolution {
        var raw = Substring(target)
        if let cut = raw.firstIndex(where: { $0 == "?" || $0 == "#" }) { raw = raw[..<cut] }
        guard raw.hasPrefix("/") else { return .badRequest }
        var segments: [String] = []
        var rawSegments: [Substring] = []
        for rawSegment in raw.split(separator: "/", omittingEmptySubsequences: true) {
            // Decoding happens per segment, so an encoded slash can never create a new segment; refuse it outright.
            guard let segment = decode(rawSegment), !segment.contains("/"), !segment.contains("\\"),
                  !segment.contains("\0"), segment != ".." else { return .badRequest }
            if segment == "." { continue }
            segments.append(segment)
            rawSegments.append(rawSegment)
        }
        let path = segments.joined(separator: "/")
        switch tree.kind(path) {
        case .file:
            return .file(path)
        case .folder:
            // Rebuilt from the cleaned segments: `//evil.example` must not become a protocol-relative Location.
            let folder = "/" + rawSegments.map { String($0) + "/" }.joined()
            guard raw.hasSuffix("/") || path.isEmpty else { return .redirect(folder) }
            let index = path.isEmpty ? "index.html" : path + "/index.html"
            return tree.kind(index) == .file ? .file(index) : .notFound
        case .missing:
            return .notFound
        }
    }

    /// Percent-decodes a path segment; nil for a bad escape or bytes that are not UTF-8.
    static func decode(_ segment: Substring) -> String? {
        var bytes: [UInt8] = []
        var utf8 = Array(segment.utf8)[...]
        while let b = utf8.popFirst() {
            guard b == UInt8(ascii: "%") else { bytes.append(b); continue }
            guard utf8.count >= 2, let hi = hexValue(utf8.popFirst()!), let lo = hexValue(utf8.popFirst()!) else { return nil }
            bytes.append(hi << 4 | lo)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 48...57: c - 48
        case 65...70: c - 55
        case 97...102: c - 87
        default: nil
        }
    }
}
