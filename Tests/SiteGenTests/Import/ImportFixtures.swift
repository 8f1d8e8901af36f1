import Foundation
@testable import SiteGen

/// Shared helpers for the importer tests: the repository's files and a one-call import.
enum ImportFixtures {
    /// The package root, found from this file (symlinks resolved, so the dev package works too).
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()

    static func bytes(_ relative: String) -> [UInt8] {
        (FileManager.default.contents(atPath: root.appendingPathComponent(relative).path)).map { [UInt8]($0) } ?? []
    }

    static func text(_ relative: String) -> String { String(decoding: bytes(relative), as: UTF8.self) }

    /// The vocabulary of `content/topics.yml`, read with a few lines of our own so tests need no YAML library.
    static let topics: [Topic] = {
        var topics: [Topic] = []
        for raw in text("content/topics.yml").split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            func value(_ key: String) -> String? {
                line.hasPrefix(key + ":") ? line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces) : nil
            }
            if let slug = value("- slug") {
                topics.append(Topic(slug: slug, name: "", kind: .theme))
            } else if let name = value("name"), !topics.isEmpty {
                topics[topics.count - 1].name = name
            } else if let acronym = value("acronym"), !topics.isEmpty {
                topics[topics.count - 1].acronym = acronym
            } else if let list = value("aliases"), !topics.isEmpty {
                topics[topics.count - 1].aliases = list.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
                    .components(separatedBy: ", ").filter { !$0.isEmpty }
            }
        }
        return topics
    }()

    /// Imports `text` with the built-in rules and the real vocabulary.
    static func convert(_ text: String, _ options: ImportOptions = ImportOptions(), rules: ImportRules = .builtin) -> ImportedBriefing {
        Importer.convert(Array(text.utf8), options: options, rules: rules, topics: topics)
    }

    /// The Markdown after the front matter.
    static func body(_ briefing: ImportedBriefing) -> String {
        let parts = briefing.markdown.components(separatedBy: "\n---\n")
        return parts.count > 1 ? parts.dropFirst().joined(separator: "\n---\n").trimmingCharacters(in: .whitespacesAndNewlines) : ""
    }

    /// The front matter between the `---` lines.
    static func front(_ briefing: ImportedBriefing) -> String {
        briefing.markdown.components(separatedBy: "\n---\n").first ?? ""
    }

    /// A paragraph of plain prose, long enough to read as body text.
    static let prose = "Pakistan and its neighbours met again this week to discuss trade, transit and the security of the long border they share with one another."
}
