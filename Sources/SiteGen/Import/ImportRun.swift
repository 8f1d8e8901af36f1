import Foundation

/// The outcome of `sitegen import` over several files.
public struct ImportRun: Sendable {
    /// One report per raw file, in input order.
    public var reports: [ImportReport] = []
    public var diagnostics: [Diagnostic] = []
    /// Files written, relative to the site root.
    public var written: [String] = []
    /// Every briefing made, with the file it belongs in, so `--dry-run` can print it.
    public var briefings: [(file: String, markdown: String)] = []

    /// True when the command should exit non-zero.
    public var failed: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Imports raw `.txt` files (or folders of them) into `content/articles/` under `root`.
///
/// Each raw text is copied to `content/sources/<name>.txt` and its briefing written to
/// `content/articles/<slug>.md`. Importing the same text again changes nothing; a briefing that
/// differs from what the importer now makes was edited, and is kept unless `force`.
public func runImport(paths: [String], root: String, options: ImportOptions = ImportOptions(), topics: [Topic],
                      dryRun: Bool = false, force: Bool = false, files: ImportFiles = .disk) -> ImportRun {
    var run = ImportRun()
    let rulesPath = "content/import-rules.yml"
    var rules = ImportRules.builtin
    if files.exists(importPath(root, rulesPath)) {
        let text = (try? files.read(importPath(root, rulesPath))).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let parsed = ImportRules.parse(yaml: text, path: rulesPath)
        rules = parsed.rules
        run.diagnostics += parsed.diagnostics
        if run.failed { return run }
    }
    let inputs = expand(paths, files: files, diagnostics: &run.diagnostics)
    if inputs.count > 1, options.title != nil || options.slug != nil {
        run.diagnostics.append(.error(inputs[0], "--title and --slug apply to one article; import the files one at a time"))
        return run
    }
    var slugs: [String: String] = [:]
    for input in inputs {
        let name = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
        let sourceFile = "content/sources/\(name).txt"
        var opts = options
        opts.sourceFile = sourceFile
        guard let raw = try? files.read(input) else {
            run.diagnostics.append(.error(input, "cannot be read; check the path and permissions"))
            continue
        }
        var briefing = Importer.convert(raw, options: opts, rules: rules, topics: topics)
        run.diagnostics += briefing.diagnostics
        let articleFile = "content/articles/\(briefing.slug).md"
        briefing.report.output = articleFile
        if !briefing.failed { run.briefings.append((articleFile, briefing.markdown)) }
        defer { run.reports.append(briefing.report) }
        if briefing.failed { briefing.report.status = "not written"; continue }
        if let other = slugs[briefing.slug] {
            run.diagnostics.append(.error(sourceFile, "makes the same slug \"\(briefing.slug)\" as \(other); import it alone with --slug"))
            briefing.report.status = "not written"
            continue
        }
        slugs[briefing.slug] = sourceFile
        let plan = [(sourceFile, raw, samePath(input, importPath(root, sourceFile))),
                    (articleFile, Array(briefing.markdown.utf8), false)]
        var blocked = false
        for (file, bytes, isItself) in plan where !isItself {
            let full = importPath(root, file)
            guard files.exists(full), let old = try? files.read(full) else { continue }
            if old != bytes && !force {
                let why = file == articleFile ? "was edited since import" : "already holds a different text"
                run.diagnostics.append(.error(file, "\(why); pass --force to overwrite"))
                blocked = true
            }
        }
        if blocked { briefing.report.status = "not written"; continue }
        var wrote = false
        for (file, bytes, isItself) in plan where !isItself {
            let full = importPath(root, file)
            if files.exists(full), (try? files.read(full)) == bytes { continue }
            if dryRun { wrote = true; continue }
            do {
                try files.write(full, bytes)
                run.written.append(file)
                wrote = true
            } catch {
                run.diagnostics.append(.error(file, "cannot be written (\(error.localizedDescription)); check the folder's permissions and free space"))
            }
        }
        briefing.report.status = wrote ? (dryRun ? "would write" : "written") : "unchanged"
    }
    return run
}

/// Files named and the `.txt` files inside folders named, in a stable order.
private func expand(_ paths: [String], files: ImportFiles, diagnostics: inout [Diagnostic]) -> [String] {
    var out: [String] = []
    for path in paths {
        if files.isDirectory(path) {
            let names = (try? files.list(path)) ?? []
            out += names.filter { $0.hasSuffix(".txt") }.sorted().map { importPath(path, $0) }
        } else if files.exists(path) {
            out.append(path)
        } else {
            diagnostics.append(.error(path, "no such file or folder; give .txt files or folders holding them"))
        }
    }
    return out
}

private func importPath(_ a: String, _ b: String) -> String {
    a.isEmpty || a == "." ? b : (a.hasSuffix("/") ? a + b : a + "/" + b)
}

private func samePath(_ a: String, _ b: String) -> Bool {
    URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
}
