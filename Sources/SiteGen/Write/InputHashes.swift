import Foundation

/// What each input file's bytes hashed to when the build used them (`ContentHash.file`), so that a
/// file whose identity changed but whose bytes did not is no edit: a `git checkout` that rewrites
/// files as they were, a `touch`, a fresh clone beside a kept output and cache, or a file written
/// within the racy window of the last build (recorded as matching no identity; see `BuildStamp`).
///
/// Before, more than `BodyEdit.maxEdits` such files made the next build a full one (0.5–1.1 s at
/// 10,000 briefings, writing nothing), and any one outside `content/articles` did too.
enum InputHashes {
    /// The hash of every file of `scan`, in order; 0 where the build's bytes are not known. Briefing
    /// files give the hashes of the bytes they were decoded from (`Site.sourceHashes`), theme files
    /// those of the bytes the build copied. Any other input is read again here, and its hash kept
    /// only when it is older than `recentNanos` and still has the identity the scan found: then it held
    /// these bytes when the build read it.
    static func recorded(_ scan: BuildStamp.Scan, site: Site, root: String, recentNanos: Int64) -> [Int] {
        var theme: [String: Int] = [:]
        for file in site.themeFiles { theme["theme/" + file.path] = ContentHash.file(file.bytes) }
        return parallelMap(Array(scan.files.indices)) { i -> Int in
            let file = scan.files[i]
            if let hash = site.sourceHashes[file.path] ?? theme[file.path] { return hash }
            guard !file.path.hasPrefix("content/articles/"), file.identity.newestNanos < recentNanos else { return 0 }
            let full = join(root, file.path)
            guard let bytes = try? readWholeFile(full) else { return 0 }
            var st = stat()
            guard stat(full, &st) == 0, BuildStamp.InputIdentity(st) == file.identity else { return 0 }
            return ContentHash.file(bytes)
        }
    }

    /// An input whose identity differs from the base's record.
    struct Changed {
        /// Its index in the scan, and where the base records its identity and hash.
        var index: Int
        var at: Int
        /// The hash the base records (0: not known) and that of the bytes it holds now (0: unreadable).
        var recorded: Int
        var hash: Int
        /// The bytes of a file that changed them; nil for one that did not, or cannot be read.
        var bytes: [UInt8]?
        var touched: Bool { recorded != 0 && hash == recorded }
    }

    /// Reads every changed file (in parallel) and splits them: those that still hold the bytes the base
    /// records, whose new identity is only to be recorded, and those whose bytes changed (or cannot be
    /// read). Only the second keep their bytes: a checkout of 100,000 briefings reads 0.8 GB.
    static func sort(_ changed: [(index: Int, at: Int, hash: Int)], scan: BuildStamp.Scan, root: String)
        -> (touched: [Changed], edited: [Changed]) {
        let read = parallelMap(changed) { c -> Changed in
            let bytes = try? readWholeFile(join(root, scan.files[c.index].path))
            var found = Changed(index: c.index, at: c.at, recorded: c.hash, hash: bytes.map(ContentHash.file) ?? 0, bytes: bytes)
            if found.touched { found.bytes = nil }
            return found
        }
        return (read.filter(\.touched), read.filter { !$0.touched })
    }
}
