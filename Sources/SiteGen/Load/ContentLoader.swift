import Foundation

/// What to include beyond published briefings.
public struct LoadOptions: Sendable {
    /// Include `draft: true` briefings.
    public var drafts: Bool
    /// Include briefings dated after `now`.
    public var future: Bool
    /// The moment "future" is measured from, in seconds since 1970.
    public var now: Int

    /// Creates options; by default drafts and future briefings are left out.
    public init(drafts: Bool = false, future: Bool = false, now: Int = Int(Date().timeIntervalSince1970)) {
        self.drafts = drafts
        self.future = future
        self.now = now
    }
}

/// Reads the site folder: `content/site.yml`, `content/topics.yml`, `content/articles/`, `theme/`.
public enum ContentLoader {
    /// Loads and validates everything; the site is nil only when nothing sensible can be built.
    public static func load(root: String, options: LoadOptions = LoadOptions(), io: FileIO = .disk) -> (Site?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let configPath = "content/site.yml"
        guard let configBytes = try? io.read(join(root, configPath)) else {
            return (nil, [.error(configPath, "not found; create it with at least `title:` and `base_url:` (is --root the site folder?)")])
        }
        let (config, configProblems) = ConfigDecoder.decode(path: configPath, bytes: configBytes)
        diagnostics += configProblems

        var topics: [Topic] = []
        let topicsPath = "content/topics.yml"
        if let bytes = try? io.read(join(root, topicsPath)) {
            let (decoded, problems) = TopicsDecoder.decode(path: topicsPath, bytes: bytes)
            topics = decoded
            diagnostics += problems
        }

        let (articles, articleProblems) = loadArticles(root: root, io: io)
        diagnostics += articleProblems
        diagnostics += ArticleRules.check(articles, topics: topics)

        var themeFiles: [ThemeFile] = []
        for rel in (try? io.listFiles(join(root, "theme"))) ?? [] where !isHidden(rel) {
            do { themeFiles.append(ThemeFile(path: rel, bytes: try io.read(join(root, "theme/" + rel)))) } catch {
                diagnostics.append(.error("theme/" + rel, "cannot be read: \(error.localizedDescription)"))
            }
        }
        guard let config else { return (nil, diagnostics) }
        let published = articles.filter { article in
            if article.draft && !options.drafts { return false }
            if let date = article.date, date.epochSeconds > options.now, !options.future { return false }
            return true
        }
        var site = Site(config: config, topics: topics, articles: published, themeFiles: themeFiles)
        if !options.future {
            site.nextPublication = articles.compactMap { a in
                a.draft && !options.drafts ? nil : a.date.map(\.epochSeconds).flatMap { $0 > options.now ? $0 : nil }
            }.min()
        }
        return (site, diagnostics)
    }

    /// Decodes every Markdown file under `content/articles`, in parallel; order stays that of the paths.
    static func loadArticles(root: String, io: FileIO) -> ([Article], [Diagnostic]) {
        let folder = "content/articles"
        let files = ((try? io.listFiles(join(root, folder))) ?? []).filter { !isHidden($0) }
        var results = [(Article?, [Diagnostic])](repeating: (nil, []), count: files.count)
        results.withUnsafeMutableBufferPointer { slots in
            let slots = UnsafeSendable(slots)
            DispatchQueue.concurrentPerform(iterations: files.count) { i in
                let path = folder + "/" + files[i]
                slots.value[i] = decodeFile(path: path, fullPath: join(root, path), io: io)
            }
        }
        return (results.compactMap(\.0), results.flatMap(\.1))
    }

    private static func decodeFile(path: String, fullPath: String, io: FileIO) -> (Article?, [Diagnostic]) {
        let bytes: [UInt8]
        do { bytes = try io.read(fullPath) } catch {
            return (nil, [.error(path, "cannot be read: \(error.localizedDescription)")])
        }
        guard path.hasSuffix(".md") || path.hasSuffix(".markdown") else {
            if bytes.contains(0) {
                return (nil, [.error(path, "this is a binary file, not Markdown; move it out of content/articles")])
            }
            return (nil, [.warning(path, "ignored: only `.md` files are briefings; rename it to `.md` or move it")])
        }
        return ArticleDecoder.decode(path: path, bytes: bytes)
    }

    private static func isHidden(_ relativePath: String) -> Bool {
        relativePath.split(separator: "/").contains { $0.hasPrefix(".") } || relativePath.hasSuffix("~")
    }
}

/// Joins a root folder and a relative path.
func join(_ root: String, _ path: String) -> String {
    root.isEmpty || root == "." ? path : (root.hasSuffix("/") ? root + path : root + "/" + path)
}

/// Lets a buffer be written from `concurrentPerform`, where each iteration owns one distinct slot.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
