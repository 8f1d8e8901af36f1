import Yams

/// Reads the topic vocabulary `content/topics.yml`: a list of topics with slug, name, kind and parent.
public enum TopicsDecoder {
    static let knownKeys = ["slug", "name", "kind", "description", "parent", "acronym", "aliases"]

    /// Decodes and validates the vocabulary: unique slugs, known kinds, existing parents, no cycles.
    public static func decode(path: String, bytes: [UInt8]) -> ([Topic], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard case .success(let text) = TextDecoding.decode(bytes) else {
            return ([], [.error(path, "the topic vocabulary is not UTF-8 text; re-save it as UTF-8")])
        }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            var d: [Diagnostic] = []
            _ = YAMLMapping.parse(text, path: path, lineOffset: 0, what: "the topic vocabulary", into: &d)
            return ([], d.isEmpty ? [.error(path, "invalid YAML in the topic vocabulary: \(error)")] : d)
        }
        guard let root else { return ([], []) }
        guard case .sequence(let items) = root else {
            return ([], [.error(path, "the topic vocabulary must be a list of topics, each starting with `- slug: …`")])
        }
        var topics: [Topic] = []
        for item in items {
            let line = item.mark?.line ?? 1
            guard case .mapping = item else {
                diagnostics.append(.error(path, line: line, "each topic must be a group of keys starting with `- slug: …`"))
                continue
            }
            guard case .mapping(let entries) = YAMLValue(item) else { continue }
            let fields = YAMLMapping(entries, path: path, lineOffset: 0)
            fields.warnUnknownKeys(knownKeys, what: "a topic", &diagnostics)
            guard let slug = fields.string("slug", &diagnostics), Slug.isValid(slug) else {
                diagnostics.append(.error(path, line: line, "a topic needs `slug:` of lower-case letters, digits and hyphens"))
                continue
            }
            let kindText = fields.string("kind", &diagnostics) ?? "theme"
            guard let kind = Topic.Kind(rawValue: kindText) else {
                let kinds = Topic.Kind.allCases.map(\.rawValue)
                diagnostics.append(.error(path, line: fields.entry("kind")?.line ?? line,
                                          "unknown kind `\(kindText)` for topic `\(slug)`; use one of \(kinds.joined(separator: ", "))"))
                continue
            }
            topics.append(Topic(slug: slug, name: fields.string("name", &diagnostics) ?? slug, kind: kind,
                                description: fields.string("description", &diagnostics) ?? "",
                                parent: fields.string("parent", &diagnostics),
                                acronym: fields.string("acronym", &diagnostics),
                                aliases: fields.strings("aliases", &diagnostics), line: line))
        }
        diagnostics += validate(topics, path: path)
        return (topics, diagnostics)
    }

    /// Checks the vocabulary as a whole: duplicates, unknown parents, parent cycles.
    static func validate(_ topics: [Topic], path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var bySlug: [String: Topic] = [:]
        for topic in topics {
            if bySlug[topic.slug] != nil {
                diagnostics.append(.error(path, line: topic.line, "topic `\(topic.slug)` is defined twice; keep one"))
            }
            bySlug[topic.slug] = topic
        }
        // The glossary finds an acronym in a briefing as one whole word of letters and digits (`ProseFacts`).
        for topic in topics {
            guard let acronym = topic.acronym, !AcronymDefinitions.isAcronym(acronym) else { continue }
            diagnostics.append(.error(path, line: topic.line, "acronym `\(acronym)` of topic `\(topic.slug)` must be 2 to 10 "
                                      + "letters and digits with at least two capitals, like `SCO`; correct it or remove the line"))
        }
        let slugs = topics.map(\.slug)
        for topic in topics {
            guard let parent = topic.parent else { continue }
            guard bySlug[parent] != nil else {
                let hint = Suggest.closest(to: parent, in: slugs).map { " (did you mean `\($0)`?)" } ?? ""
                diagnostics.append(.error(path, line: topic.line, "topic `\(topic.slug)` has unknown parent `\(parent)`\(hint)"))
                continue
            }
            var seen: Set<String> = [topic.slug]
            var current = parent
            while let next = bySlug[current] {
                if !seen.insert(current).inserted {
                    diagnostics.append(.error(path, line: topic.line, "topic `\(topic.slug)` is its own ancestor; break the `parent` cycle"))
                    break
                }
                guard let p = next.parent else { break }
                current = p
            }
        }
        return diagnostics
    }
}
