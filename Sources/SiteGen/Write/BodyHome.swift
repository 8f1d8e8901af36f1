/// Where the Markdown store finds a briefing's HTML.
enum BodyHome: Sendable, Equatable {
    /// In the store, after the entry's fields.
    case inline
    /// In the body slot of the page at this output path, while that page's bytes have this hash.
    case page(path: String, hash: String)
}

/// What this build's page of a briefing says of where its HTML can be found by the next build.
enum PageOfBody: Sendable {
    /// Made by this build: its body gives the HTML back (`.page`), or it does not (`.inline`).
    case made(BodyHome)
    /// Left as the last build made it.
    case reused(path: String, hash: String)
}

extension BodyHome {
    /// Appends the home to an entry's fields: 0 for the store, 1 and the page's path and hash.
    func encode(_ w: inout ManifestWriter) {
        switch self {
        case .inline:
            w.int(0)
        case .page(let path, let hash):
            w.int(1)
            w.string(path)
            w.string(hash)
        }
    }

    /// Reads a home back; nil when the entry is damaged.
    init?(decoding r: inout ManifestReader) {
        switch r.int() {
        case 0:
            self = .inline
        case 1:
            guard let path = r.string(), let hash = r.string() else { return nil }
            self = .page(path: path, hash: hash)
        default:
            return nil
        }
    }
}
