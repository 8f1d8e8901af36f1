import Foundation

/// The no-op fast path: the identity of every input file, the build's settings and the output folder,
/// recorded after a successful build. When the next build finds them all unchanged, the output already
/// holds what it would write, so the build only reports the last build's problems again.
///
/// A file's identity is its path, size, inode, and modification and change times in nanoseconds, as
/// make and git use them. The change time matters: tools that restore a modification time (`touch -d`,
/// `rsync -t`) cannot set it back. A build whose inputs were touched within `racyWindow` of its start
/// records no stamp, because a second edit within the same clock tick could keep every time and size
/// (git calls these entries racy); the next build then runs in full and records one.
struct BuildStamp: Equatable {
    /// Digest of every input file's identity, in path order.
    var inputs: UInt64
    /// Version, executable and options: anything besides the inputs that changes the output.
    var settings: String
    /// The output folder's device, inode and modification time after the swap.
    var output: String
    /// What the recorded build reported, so a no-op repeats its warnings.
    var outcome: BuildOutcome

    /// What a scan of the inputs found: the digest, the newest time among them, and each file's identity.
    struct Scan: Sendable {
        var digest: UInt64
        var newestNanos: Int64
        /// `content/…` and `theme/…` paths in order, with their identities.
        var files: [(path: String, identity: InputIdentity)] = []
    }

    /// A file's size, inode, modification and change times in nanoseconds, and mode.
    struct InputIdentity: Equatable, Sendable {
        var fields: (size: Int, inode: Int, mtime: Int, ctime: Int, mode: Int)
        /// The fields recorded for a file too recent to trust: they match no file.
        static let none: (size: Int, inode: Int, mtime: Int, ctime: Int, mode: Int) = (-1, -1, -1, -1, -1)
        /// The newer of the two times.
        var newestNanos: Int64 { Int64(max(fields.mtime, fields.ctime)) }

        static func == (a: InputIdentity, b: InputIdentity) -> Bool { a.fields == b.fields }

        init(fields: (size: Int, inode: Int, mtime: Int, ctime: Int, mode: Int)) { self.fields = fields }

        /// The fields of what `stat` or `lstat` found.
        init(_ st: stat) {
            let mtime = Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec)
            let ctime = Int(st.st_ctim.tv_sec) * 1_000_000_000 + Int(st.st_ctim.tv_nsec)
            fields = (Int(st.st_size), Int(st.st_ino), mtime, ctime, Int(st.st_mode))
        }
    }

    /// Identities of the files under `content/` and `theme/`: one readdir and one lstat per file.
    static func scan(root: String) -> Scan {
        var hash = FNV1a64()
        var newest: Int64 = 0
        var files: [(path: String, identity: InputIdentity)] = []
        for folder in ["content", "theme"] {
            for entry in statTree(join(root, folder)) {
                let identity = InputIdentity(entry.stat)
                newest = max(newest, identity.newestNanos)
                let path = folder + "/" + entry.path
                hash.mix(path.utf8)
                hash.mix(CollectionOfOne(0))
                withUnsafeBytes(of: identity.fields) { hash.mix($0) }
                files.append((path, identity))
            }
        }
        return Scan(digest: hash.value, newestNanos: newest, files: files)
    }

    /// What a build notes before it reads anything: where its stamp lives, the time, and the inputs'
    /// identities. The scan runs beside the Load stage (30 ms at 10,000 briefings): a file changed after
    /// `startNanos` is racy whether the scan saw it before or after it was read, so it is never trusted.
    struct Start {
        let path: String
        let startNanos: Int64
        private let scanning: Prefetch<Scan>
        /// The inputs' identities; waits for the scan.
        var scan: Scan { scanning.value }

        /// Starts scanning the inputs of a build that writes through a manifest; nil for `check` and cacheless builds.
        init?(_ options: BuildOptions) {
            guard options.write, options.siteChecks == nil, let manifest = options.manifest else { return nil }
            path = manifest + ".stamp"
            startNanos = wallNanos()
            let root = options.root
            scanning = Prefetch { BuildStamp.scan(root: root) }
        }

        /// The last build's stamp when it still describes the output; otherwise removes it, and nil.
        func current(_ options: BuildOptions) -> BuildStamp? {
            if !options.clean, let stamp = BuildStamp.read(path),
               stamp.isCurrent(scan, settings: BuildStamp.settings(options), output: options.output,
                               load: options.load) { return stamp }
            unlink(path)
            return nil
        }

        /// Records the stamp of a build that has written its output, unless an input is racy (see above).
        func record(_ options: BuildOptions, outcome: BuildOutcome) {
            guard scan.newestNanos < startNanos - options.racyWindowNanos,
                  let output = BuildStamp.outputIdentity(options.output) else { return }
            let stamp = BuildStamp(inputs: scan.digest, settings: BuildStamp.settings(options), output: output, outcome: outcome)
            // Without a stamp the next build only runs in full, so a failure to record one is not reported.
            try? stamp.write(to: path)
        }
    }

    /// Everything besides the input files that decides the output of a build with `options`.
    static func settings(_ options: BuildOptions) -> String {
        let load = options.load
        return [siteGenVersion, executableIdentity, options.output, options.baseURL ?? "-",
                options.extraScripts.joined(separator: ","), "drafts=\(load.drafts)", "future=\(load.future)",
                "strict=\(options.strict)", "search=\(options.search)", options.searchCache ?? "-",
                options.siteChecks == nil ? "build" : "check"].joined(separator: "\u{1}")
    }

    /// The running executable's build ID, or else its size and times: a rebuilt SiteGen may render
    /// differently under the same version, and a copy of the same one does not (`BuildID`).
    static let executableIdentity: String = {
        if let id = BuildID.of("/proc/self/exe") { return "build-id " + id }
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 else { return "unknown-\(getpid())" }
        return "\(st.st_size) \(st.st_ino) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
    }()

    /// The output folder's identity; nil when it is missing.
    static func outputIdentity(_ output: String) -> String? {
        var st = stat()
        guard stat(output, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return "\(st.st_dev) \(st.st_ino) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
    }

    /// True when this stamp describes a build of exactly `scan` and `settings` whose output is still in place.
    func isCurrent(_ scan: Scan, settings: String, output path: String, load: LoadOptions) -> Bool {
        inputs == scan.digest && self.settings == settings && BuildStamp.outputIdentity(path) == output
            && !outcome.publicationDue(load)
    }

    /// Reads a stamp; nil when there is none or it cannot be trusted (it is only ever a shortcut).
    static func read(_ path: String) -> BuildStamp? {
        guard let bytes = try? readWholeFile(path), var r = ManifestReader(bytes),
              r.string() == "stamp \(siteGenVersion)", let inputs = r.int(), let settings = r.string(),
              let output = r.string(), let outcome = BuildOutcome(decoding: &r), r.atEnd else { return nil }
        return BuildStamp(inputs: UInt64(bitPattern: Int64(inputs)), settings: settings, output: output, outcome: outcome)
    }

    /// Writes the stamp through a temporary file and a rename.
    func write(to path: String) throws {
        var w = ManifestWriter()
        w.string("stamp \(siteGenVersion)")
        w.int(Int(Int64(bitPattern: inputs)))
        w.string(settings)
        w.string(output)
        outcome.encode(&w)
        try OutputWriter.replaceFile(path, w.bytes)
    }
}

/// Every entry below `folder` that is not a folder, with its status (through links), relative and sorted by path.
func statTree(_ folder: String) -> [(path: String, stat: stat)] {
    var out: [(path: String, stat: stat)] = []
    func walk(_ dir: String, _ prefix: String, _ depth: Int) {
        guard depth < 32, let handle = opendir(dir) else { return }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        // Every edit and no-op build waits for this scan: each name is looked up in its open folder
        // rather than from the root (the path walk was a third of the kernel's share), a large folder
        // in two halves on two threads. Not on the dispatch pool: beside the Load stage's work it grew
        // threads and their heaps, and a clean build at 100,000 peaked 410 MB higher.
        let fd = dirfd(handle)
        let lookUp: @Sendable (String) -> stat? = { name in
            var st = stat()
            // A link is followed, so a linked file's own edits count; a dangling link is still an entry.
            if fstatat(fd, name, &st, 0) != 0, fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 { return nil }
            return st
        }
        let half = names.count >= 2_048 ? names.count / 2 : names.count
        let rest = Array(names[half...])
        let other = rest.isEmpty ? nil : Prefetch { UnsafeSendable(rest.map(lookUp)) }
        let stats = names[..<half].map(lookUp) + (other?.value.value ?? [])
        for (name, found) in zip(names, stats) {
            guard let st = found else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(dir + "/" + name, prefix + name + "/", depth + 1)
            } else {
                out.append((prefix + name, st))
            }
        }
    }
    walk(folder, "", 0)
    return out.sorted { $0.path < $1.path }
}

/// The wall clock in nanoseconds since 1970, the scale of file times.
func wallNanos() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
}
