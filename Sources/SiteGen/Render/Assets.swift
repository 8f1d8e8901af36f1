/// Theme files under fingerprinted names (`css/site.1a2b3c4d.css`), so pages can be cached forever.
public struct Assets: Sendable {
    /// Theme path → fingerprinted output path.
    public let names: [String: String]
    /// The files to write.
    public let files: [OutputFile]

    /// Fingerprints every theme file; files under `static/` keep their names and go to the site root.
    public init(_ themeFiles: [ThemeFile]) {
        var names: [String: String] = [:]
        var files: [OutputFile] = []
        for file in themeFiles {
            let out: String
            if file.path.hasPrefix("static/") {
                out = String(file.path.dropFirst("static/".count))
            } else {
                let hash = String(SHA256.hex(file.bytes).prefix(10))
                if let dot = file.path.lastIndex(of: "."), !file.path[dot...].contains("/") {
                    out = file.path[..<dot] + "." + hash + file.path[dot...]
                } else {
                    out = file.path + "." + hash
                }
            }
            names[file.path] = out
            files.append(OutputFile(path: out, bytes: file.bytes))
        }
        self.names = names
        self.files = files
    }

    /// The fingerprinted path of a theme file, or the path itself when the theme lacks it.
    public func path(_ themePath: String) -> String { names[themePath] ?? themePath }
}
