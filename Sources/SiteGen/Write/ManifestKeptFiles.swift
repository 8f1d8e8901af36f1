import Foundation

/// Keeps output files whose bytes did not change: a patching build leaves them in the output, so they
/// keep their inode and modification time (rsync, caches and the preview's ETags see them as unchanged).
enum KeptFiles {
    /// True when `previous/path` is a regular file holding exactly `bytes`.
    static func same(_ path: String, bytes: [UInt8], previous: String) -> Bool {
        let old = previous + "/" + path
        var st = stat()
        // lstat: a symlink in the old output is never carried over, even if it points at the same bytes.
        guard lstat(old, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) == bytes.count,
              let current = try? readWholeFile(old) else { return false }
        return current == bytes
    }
}
