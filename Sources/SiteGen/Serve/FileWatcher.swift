import Foundation

/// Watches folders (recursively) and calls back once per burst of changes.
///
/// inotify on Linux, with new sub-folders watched as they appear; polling of sizes and modification
/// times when inotify is unavailable (or asked for). Editors save in bursts (write a temporary file,
/// rename, touch), so changes are reported after `debounce` seconds of quiet, at most `maxBurst` late.
public final class FileWatcher: @unchecked Sendable {
    private let folders: [String]
    private let debounce: Double
    private let maxBurst = 1.0
    private let onChange: @Sendable ([String]) -> Void
    private let lock = NSLock()
    private var stopped = false
    private let done = DispatchSemaphore(value: 0)
    /// True when the watcher fell back to polling.
    public private(set) var polling: Bool

    /// Creates a watcher; nothing happens before `start`.
    public init(folders: [String], debounce: Double = 0.1, forcePolling: Bool = false,
                onChange: @escaping @Sendable ([String]) -> Void) {
        self.folders = folders
        self.debounce = debounce
        self.polling = forcePolling
        self.onChange = onChange
    }

    /// Starts watching on a background thread.
    public func start() {
        var inotify: Int32 = -1
        if !polling {
            inotify = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
            polling = inotify < 0
        }
        let fd = inotify
        // Watches are registered before start returns: an edit made right after starting is seen.
        let initial = fd >= 0 ? FileWatcher.addWatches(fd, folders) : [:]
        let firstSnapshot = fd >= 0 ? [:] : snapshot()
        Thread.detachNewThread { [self] in
            defer { done.signal() }
            if fd >= 0 { watchInotify(fd, initial) } else { watchByPolling(from: firstSnapshot) }
        }
    }

    /// Stops the watcher and waits (briefly) for its thread.
    public func stop() {
        lock.lock()
        let already = stopped
        stopped = true
        lock.unlock()
        if !already { _ = done.wait(timeout: .now() + 2) }
    }

    private var isStopped: Bool { lock.lock(); defer { lock.unlock() }; return stopped }

    /// Editor leftovers and hidden files never trigger a build (Load ignores them too).
    static func matters(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return !name.hasPrefix(".") && !name.hasSuffix("~") && !name.hasSuffix(".swp") && name != "4913"
    }

    // MARK: inotify

    /// Watches `folders` and every folder below them; returns watch descriptors with their folders.
    private static func addWatches(_ fd: Int32, _ folders: [String]) -> [Int32: String] {
        var watched: [Int32: String] = [:]
        func add(_ folder: String) {
            let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
                              | IN_DELETE_SELF | IN_MOVE_SELF)
            let wd = inotify_add_watch(fd, folder, mask)
            guard wd >= 0 else { return }
            watched[wd] = folder
            for sub in FileWatcher.subfolders(of: folder) { add(sub) }
        }
        for folder in folders { add(folder) }
        return watched
    }

    private func watchInotify(_ fd: Int32, _ initial: [Int32: String]) {
        defer { close(fd) }
        var watched = initial
        func add(_ folder: String) {
            for (wd, path) in FileWatcher.addWatches(fd, [folder]) { watched[wd] = path }
        }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while !isStopped {
            guard poll(&poller, 1, 200) > 0 else { continue }
            var changed: [String] = []
            let burstStart = DispatchTime.now()
            // Drain events until the folder has been quiet for `debounce`, bounded by `maxBurst`.
            repeat {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                guard n > 0 else { break }
                var offset = 0
                while offset + 16 <= n {
                    let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                        (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                         raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                         Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                    }
                    let nameBytes = buffer[(offset + 16)..<min(n, offset + 16 + length)].prefix { $0 != 0 }
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    offset += 16 + length
                    guard let folder = watched[wd] else { continue }
                    if mask & UInt32(IN_IGNORED) != 0 { watched[wd] = nil; continue }
                    let path = name.isEmpty ? folder : folder + "/" + name
                    if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { add(path) }
                    if FileWatcher.matters(path) { changed.append(path) }
                }
            } while poll(&poller, 1, Int32(debounce * 1000)) > 0 && !isStopped
                && Double(DispatchTime.now().uptimeNanoseconds - burstStart.uptimeNanoseconds) / 1e9 < maxBurst
            if !changed.isEmpty, !isStopped { onChange(Array(Set(changed)).sorted()) }
        }
    }

    // MARK: polling

    private func watchByPolling(from first: [String: [Int]]) {
        var last = first
        while !isStopped {
            usleep(300_000)
            let now = snapshot()
            guard now != last else { continue }
            let changed = Set(now.keys).union(last.keys).filter { now[$0] != last[$0] && FileWatcher.matters($0) }
            last = now
            if !changed.isEmpty { onChange(changed.sorted()) }
        }
    }

    /// Size, modification time and inode of every file below the watched folders.
    private func snapshot() -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        for folder in folders {
            for rel in (try? FileIO.disk.listFiles(folder)) ?? [] {
                var st = stat()
                if stat(folder + "/" + rel, &st) == 0 {
                    out[folder + "/" + rel] = [Int(st.st_size), st.st_mtim.tv_sec, st.st_mtim.tv_nsec, Int(st.st_ino)]
                }
            }
        }
        return out
    }

    static func subfolders(of folder: String) -> [String] {
        // lstat: a symlinked folder is not followed, so a link loop cannot make the watch list endless.
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().compactMap { name in
            var st = stat()
            let path = folder + "/" + name
            return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR ? path : nil
        }
    }
}
