import Foundation

/// Static full-text search with Pagefind: its index and UI become files of the site, under `/pagefind/`.
///
/// Pagefind reads HTML from disk, so the pages are written to a scratch folder, indexed there, and
/// the bundle is read back as `OutputFile`s before Write. The bundle then goes through the link check
/// and the staging swap like every other file: the output is never half-indexed.
public struct SearchIndex: Sendable, Hashable {
    /// The command that runs Pagefind: its path, then any arguments before Pagefind's own.
    public var command: [String]

    /// Uses a Pagefind command (`["/usr/bin/pagefind"]`, `["/usr/bin/python3", "-m", "pagefind_bin"]`).
    public init(command: [String]) { self.command = command }

    /// Finds Pagefind: `$PAGEFIND`, `pagefind` on the PATH, or the `pagefind_bin` Python package
    /// (`pip install pagefind-bin` installs the binary without putting it on the PATH).
    /// With `memo` (a file in the cache folder), the binary inside the Python package is remembered,
    /// so later builds do not start Python to find it: that took 0.2 s of a five-briefing build.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              remembering memo: String? = nil) -> SearchIndex? {
        if let path = environment["PAGEFIND"], !path.isEmpty { return SearchIndex(command: [path]) }
        let paths = (environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/local/bin", "/usr/bin"]
        func find(_ name: String) -> String? {
            paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        if let pagefind = find("pagefind") { return SearchIndex(command: [pagefind]) }
        if let memo, let saved = try? String(contentsOfFile: memo, encoding: .utf8).trimmingSpaces,
           !saved.isEmpty, FileManager.default.isExecutableFile(atPath: saved) {
            return SearchIndex(command: [saved])
        }
        guard let python = find("python3") else { return nil }
        let viaPython = SearchIndex(command: [python])
        guard let (status, output) = try? viaPython.run(["-c", "import pagefind_bin; print(pagefind_bin.get_executable())"]),
              status == 0 else { return nil }
        let binary = output.trimmingSpaces
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            return SearchIndex(command: [python, "-m", "pagefind_bin"])
        }
        if let memo {
            try? FileManager.default.createDirectory(atPath: (memo as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? Data(binary.utf8).write(to: URL(fileURLWithPath: memo), options: .atomic)
        }
        return SearchIndex(command: [binary])
    }

    /// The index the last build made, as `check` stands it in: pages show the search box and the search
    /// page is made as that build made them, so its pages can be scanned where they are. Never run.
    static let madeByBuild = SearchIndex(command: [])

    /// The Pagefind bundle a build left in `output` (`pagefind/`), for `check` to resolve the search
    /// page's links into; empty when that build indexed nothing (a build without search removes it).
    static func bundle(in output: String) -> [OutputFile] {
        let folder = join(output, "pagefind")
        guard FileManager.default.fileExists(atPath: folder + "/pagefind-ui.js") else { return [] }
        return listRegularFiles(folder).map { OutputFile(path: "pagefind/" + $0, reusedFrom: output, hash: "") }
    }

    /// The warning for a build that wanted search but found no Pagefind.
    public static let missingWarning = Diagnostic.warning(
        "content/site.yml", "search was left out: Pagefind is not installed; install it with `pip install pagefind-bin` (or set PAGEFIND to its path)")

    /// Pagefind's bundle for the pages among `files`, as files under `pagefind/`; nothing when `search` is nil.
    /// With a `cache` folder, a bundle made earlier for the same pages is reused instead of re-indexing.
    /// The scratch folder goes `beside` the output when given, where the pages already on disk are linked.
    public static func run(_ search: SearchIndex?, over files: [OutputFile], cache: String? = nil,
                           beside output: String? = nil) throws -> [OutputFile] {
        guard let search else { return [] }
        guard let cache else { return try search.index(files, beside: output) }
        let store = SearchCache(folder: cache)
        let key = SearchCache.key(files)
        if let bundle = store.bundle(key) { return bundle }
        let bundle = try search.index(files, beside: output)
        store.store(key, bundle)
        return bundle
    }

    /// Indexes the HTML pages among `files` in a scratch folder and returns the bundle.
    ///
    /// Once a page marks its body (`data-pagefind-body`, the briefing pages), Pagefind leaves out every
    /// page that does not, yet it still reads and parses them: only the marked pages go to the scratch
    /// folder (Pagefind took 16.9-18.2 s against 18.9-21.4 s at 10,000 briefings, and 0.2 GB less), or
    /// all of them when none is marked. `beside` the output (`output.search-PID`, removed by the next
    /// build if this one is killed) the pages already on disk are hard-linked, not copied: 250 MB of
    /// writes at 10,000 briefings, 7 s of the stage on this machine's disk.
    public func index(_ files: [OutputFile], beside output: String? = nil) throws -> [OutputFile] {
        // `output/` names the same folder as `output`: the scratch folder goes beside it, never in it.
        let scratch = output.map { "\($0.hasSuffix("/") ? String($0.dropLast()) : $0).search-\(getpid())" }
            ?? NSTemporaryDirectory() + "sitegen-search-\(getpid())-\(UUID().uuidString)"
        try? FileManager.default.removeItem(atPath: scratch)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let pages = files.filter { $0.path.hasSuffix(".html") }
        // One page at a time: the pages of a large site do not fit in memory together.
        var marked = 0
        for page in pages {
            let bytes = try page.contents()
            guard BodySlots.find(SearchIndex.bodyMark, in: bytes, from: 0) != nil else { continue }
            try SearchIndex.place(page, bytes, in: scratch)
            marked += 1
        }
        if marked == 0 {
            for page in pages { try SearchIndex.place(page, try page.contents(), in: scratch) }
        }
        let (status, output) = try run(["--site", scratch, "--output-subdir", "pagefind", "--silent"])
        guard status == 0 else { throw WriteError.cannotWrite("pagefind failed (exit \(status)): \(output)") }
        let bundle = scratch + "/pagefind"
        return try FileIO.disk.listFiles(bundle).sorted().map { OutputFile(path: "pagefind/" + $0, bytes: try FileIO.disk.read(bundle + "/" + $0)) }
    }

    /// Puts a page under `folder`: a hard link to its file when it is on disk on the same file
    /// system, else its `bytes` written.
    private static func place(_ page: OutputFile, _ bytes: [UInt8], in folder: String) throws {
        let full = folder + "/" + page.path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if let reused = page.reused, link(reused.folder + "/" + page.path, full) == 0 { return }
        try OutputWriter.writeFile(full, bytes)
    }

    /// The attribute with which a page marks its body for Pagefind (`articleSlots`).
    static let bodyMark = Array("data-pagefind-body".utf8)

    /// Runs the command with `arguments`; returns its exit status and combined output.
    func run(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
