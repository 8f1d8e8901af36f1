import Foundation

/// Reuses Pagefind's bundle when the pages it indexes are exactly those of an earlier build.
///
/// Pagefind 1.5 writes its filter values in hash-map order, so indexing the same pages twice can give
/// different bytes. Keying the bundle by the pages' content makes two builds of the same input
/// byte-identical, and it spares a no-op rebuild the whole indexing step.
struct SearchCache {
    /// The folder holding one bundle per key (`ROOT/.sitegen-cache/search`).
    let folder: String

    /// A key over every HTML page's path and content hash, in path order (FNV-1a, 64 bits: fast over
    /// hundreds of MB). Reused pages give their recorded hash, so the key is the same however the pages came.
    static func key(_ files: [OutputFile]) -> String {
        let pages = files.filter { $0.path.hasSuffix(".html") }.sorted { $0.path < $1.path }
        let hashes = parallelMap(pages) { $0.contentHash }
        var hash = FNV1a64()
        for (page, pageHash) in zip(pages, hashes) {
            hash.mix(Array(page.path.utf8) + [0] + Array(pageHash.utf8) + [0])
        }
        return hash.hex
    }

    /// The bundle stored under `key`, or nil.
    func bundle(_ key: String) -> [OutputFile]? {
        let dir = folder + "/" + key
        guard let names = try? FileIO.disk.listFiles(dir), !names.isEmpty else { return nil }
        var files: [OutputFile] = []
        for name in names {
            guard let bytes = try? FileIO.disk.read(dir + "/" + name) else { return nil }
            files.append(OutputFile(path: "pagefind/" + name, bytes: bytes))
        }
        return files
    }

    /// Stores `bundle` under `key`, replacing older bundles; a failure only costs the next build time.
    func store(_ key: String, _ bundle: [OutputFile]) {
        try? FileManager.default.removeItem(atPath: folder)
        let dir = folder + "/" + key
        for file in bundle {
            let path = dir + "/" + String(file.path.dropFirst("pagefind/".count))
            try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true)
            try? OutputWriter.writeFile(path, file.contents())
        }
    }
}
