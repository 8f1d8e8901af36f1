import Foundation

/// Removes the output a clean build swapped out (`OutputWriter.swap`).
///
/// Unlinking is the kernel's work, about 25 µs a file on tmpfs: 0.3 s for the 13,600 files of a
/// 10,000-briefing site and 3 s at 100,000, a tenth of a clean build spent on one core. The build
/// starts it beside the manifest stage (`start`) and waits for it before it returns, and the folders
/// under the busiest ones (a briefing's page folder among 10,000 in `articles/`) go on every core.
enum OldOutput {
    /// Starts removing `path` on its own thread; `wait()` on the result before the build returns.
    static func start(_ path: String) -> BackgroundWork {
        BackgroundWork { remove(path) }
    }

    /// Removes the folder at `path` and everything in it. A file that cannot be removed is left: a
    /// later build takes the folder away (`Staging.removeAbandoned`).
    static func remove(_ path: String) {
        var deeper: [String] = []
        walkEntries(path) { relative, full, type in
            guard isWalkedFolder(type, full) else { return false }
            // Top-level folders are walked; the ones below them are removed whole, in parallel.
            if relative.utf8.contains(UInt8(ascii: "/")) {
                deeper.append(full)
                return false
            }
            return true
        }
        _ = parallelMap(deeper) { try? FileManager.default.removeItem(atPath: $0) }
        try? FileManager.default.removeItem(atPath: path)
    }
}
