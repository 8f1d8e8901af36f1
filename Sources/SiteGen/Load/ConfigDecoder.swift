/// Reads `content/site.yml` into a `SiteConfig`.
enum ConfigDecoder {
    static let knownKeys = ["title", "base_url", "language", "description", "default_author", "per_page",
                            "unsafe_html", "smart_punctuation"]

    /// Decodes the site configuration, or nil with diagnostics when a required key is missing.
    static func decode(path: String, bytes: [UInt8]) -> (SiteConfig?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard case .success(let text) = TextDecoding.decode(bytes) else {
            return (nil, [.error(path, "the site configuration is not UTF-8 text; re-save it as UTF-8")])
        }
        guard let fields = YAMLMapping.parse(text, path: path, lineOffset: 0, what: "the site configuration",
                                             into: &diagnostics) else { return (nil, diagnostics) }
        fields.warnUnknownKeys(knownKeys, what: "the site configuration", &diagnostics)
        let title = fields.string("title", &diagnostics)
        let baseURL = fields.string("base_url", &diagnostics)
        if title == nil { diagnostics.append(.error(path, "missing `title`; add `title: \"Your portal\"`")) }
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            diagnostics.append(.error(path, line: fields.entry("base_url")?.line ?? 1,
                                      "`base_url` must be an absolute http(s) URL such as `https://example.org/portal/`"))
        }
        if baseURL == nil {
            diagnostics.append(.error(path, "missing `base_url`; add `base_url: https://example.org/` (a sub-path is fine)"))
        }
        let config = SiteConfig(
            title: title ?? "", baseURL: baseURL ?? "/", language: fields.string("language", &diagnostics) ?? "en",
            description: fields.string("description", &diagnostics) ?? "",
            defaultAuthor: fields.string("default_author", &diagnostics),
            perPage: fields.int("per_page", &diagnostics) ?? 10,
            unsafeHTML: fields.bool("unsafe_html", &diagnostics) ?? false,
            smartPunctuation: fields.bool("smart_punctuation", &diagnostics) ?? true)
        return (diagnostics.failsBuild() ? nil : config, diagnostics)
    }
}
