import Foundation
import Testing
@testable import SiteGen

/// The property: after any sequence of edits, an incremental build equals a clean build, byte for byte.
@Suite struct IncrementalPropertyTests {
    /// SplitMix64: a tiny seeded generator, so a failing sequence can be replayed from its seed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    enum Edit: CaseIterable { case add, change, prose, retitle, title, summary, date, rename, delete, topicDescription, theme }

    static let words = ["Pakistan", "China", "corridor", "trade", "security", "SCO", "ministry", "border", "talks", "2021",
                        "\"quoted\"", "--", "*emphasis*", "`code`", "treaty", "port", "energy", "Islamabad"]

    static func sentence(_ g: inout SeededGenerator) -> String {
        (0..<Int.random(in: 4...12, using: &g)).map { _ in words.randomElement(using: &g)! }.joined(separator: " ") + "."
    }

    /// `start` and one to four of `marks`, separated by spaces.
    static func phrase(_ start: String, _ marks: [String], _ g: inout SeededGenerator) -> String {
        start + " " + (0..<Int.random(in: 1...4, using: &g)).map { _ in marks.randomElement(using: &g)! }.joined(separator: " ")
    }

    /// Rewrites the file at `path` line by line.
    static func rewriteLines(_ path: String, _ line: (Substring) throws -> String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try FileIOTestSupport.write(path, try text.split(separator: "\n", omittingEmptySubsequences: false).map(line).joined(separator: "\n"))
    }

    static func article(_ title: String, _ g: inout SeededGenerator) -> String {
        let topics = ["russia", "trade", "sco"].filter { _ in Bool.random(using: &g) }
        let summary = Bool.random(using: &g) ? "summary: \(sentence(&g).replacingOccurrences(of: "\"", with: ""))\n" : ""
        var body = ""
        for i in 0..<Int.random(in: 1...5, using: &g) {
            if Bool.random(using: &g) { body += "## Part \(i) \(words.randomElement(using: &g)!)\n\n" }
            body += sentence(&g) + " " + sentence(&g) + (i == 0 && Bool.random(using: &g) ? "[^n]" : "") + "\n\n"
        }
        if body.contains("[^n]") { body += "[^n]: A note.\n" }
        let day = Int.random(in: 10...28, using: &g)
        return "---\ntitle: \"\(title)\"\ndate: 2022-0\(Int.random(in: 1...9, using: &g))-\(day)\n"
            + "authors: [\"\(["Amina Qureshi", "Bilal Khan", "Sara Ahmed"].randomElement(using: &g)!)\"]\n"
            + "topics: [\(topics.joined(separator: ", "))]\n\(summary)---\n\n\(body)"
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func incrementalEqualsCleanAfterRandomEdits(seed: UInt64) throws {
        try randomEdits(seed: seed, racyWindowNanos: BuildOptions().racyWindowNanos, steps: 10)
    }

    /// With no racy window every build records its base, so body edits take the in-place path (`BodyEdit`).
    @Test(arguments: [4, 5] as [UInt64])
    func incrementalEqualsCleanWhenEditsArePutInPlace(seed: UInt64) throws {
        try randomEdits(seed: seed, racyWindowNanos: 0, steps: 16)
    }

    func randomEdits(seed: UInt64, racyWindowNanos: Int64, steps: Int) throws {
        var g = SeededGenerator(state: seed)
        let w = try IncrementalBuildTests.Workspace("property\(seed)")
        let folder = w.site + "/content/articles"
        var options = w.options()
        (options.racyWindowNanos, options.editsInPlace) = (racyWindowNanos, true)
        _ = try build(options)
        var lastGood = TestPaths.tree(w.output)
        var counter = 0
        var edited = 0
        for step in 0..<steps {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
            // Other briefings link to this one; removing it is tested once, not on every seed.
            let movable = names.filter { $0 != "trade-corridors.md" || seed == 3 }
            let edit = Edit.allCases.randomElement(using: &g)!
            switch edit {
            case .add:
                counter += 1
                try FileIOTestSupport.write(folder + "/added-\(seed)-\(counter).md", Self.article("Added \(counter) \(step)", &g))
            case .change:
                let name = names.randomElement(using: &g)!
                let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
                try FileIOTestSupport.write(folder + "/" + name, text + "\n" + Self.sentence(&g) + "\n")
            case .prose:
                // Plain words only: no date, acronym or link, so other pages read nothing new from it.
                let name = names.randomElement(using: &g)!
                let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
                let plain = ["talks", "went", "on", "along", "the", "“corridor”", "—", "ports", "&", "routes"]
                let line = (0..<Int.random(in: 3...9, using: &g)).map { _ in plain.randomElement(using: &g)! }.joined(separator: " ")
                try FileIOTestSupport.write(folder + "/" + name, text + "\nPlain " + line + ".\n")
            case .retitle:
                let name = names.randomElement(using: &g)!
                counter += 1
                try FileIOTestSupport.write(folder + "/" + name, Self.article("Retitled \(counter)", &g))
            case .title:
                // The title line alone, with characters each format escapes its own way.
                let name = names.randomElement(using: &g)!
                counter += 1
                let title = Self.phrase("Title \(counter)", ["&", "'", "<b>", "—", "?", ".", "Russia", "corridor", "“SCO”"], &g)
                try Self.rewriteLines(folder + "/" + name) { $0.hasPrefix("title:") ? "title: \"\(title)\"" : String($0) }
            case .summary:
                // The summary line alone, of a briefing that has one, escaped its own way in meta tags, cards and feeds.
                let summarised = try names.filter { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8).contains("\nsummary:") }
                guard let name = summarised.randomElement(using: &g) else { continue }
                counter += 1
                let marks = ["&", "'", "<i>", "—", "Russia", "corridor", "“SCO”", String(repeating: "long ", count: 70)]
                let summary = Self.phrase("Summary \(counter)", marks, &g)
                try Self.rewriteLines(folder + "/" + name) { $0.hasPrefix("summary:") ? "summary: \"\(summary)\"" : String($0) }
            case .date:
                // Another day of the same month, or a new `updated`: in place when no neighbour is passed.
                let name = names.randomElement(using: &g)!
                let day = Int.random(in: 10...28, using: &g)
                try Self.rewriteLines(folder + "/" + name) { line in
                    guard line.hasPrefix("date: "), line.count >= 16 else { return String(line) }
                    let month = line.dropFirst(6).prefix(7)
                    return Bool.random(using: &g) ? "date: \(month)-\(day)" : "date: \(line.dropFirst(6).prefix(10))\nupdated: 2023-01-\(day)"
                }
            case .rename:
                let name = movable.randomElement(using: &g)!
                counter += 1
                try FileManager.default.moveItem(atPath: folder + "/" + name, toPath: folder + "/renamed-\(counter).md")
            case .delete:
                guard names.count > 2 else { continue }
                try FileManager.default.removeItem(atPath: folder + "/" + movable.randomElement(using: &g)!)
            case .topicDescription:
                let path = w.site + "/content/topics.yml"
                let text = try String(contentsOfFile: path, encoding: .utf8)
                try FileIOTestSupport.write(path, text.replacingOccurrences(of: "description: Relations with Russia",
                                                                            with: "description: Relations with Russia, \(step)"))
            case .theme:
                let path = w.site + "/theme/css/site.css"
                let text = try String(contentsOfFile: path, encoding: .utf8)
                try FileIOTestSupport.write(path, text + "\n/* edit \(step) */\n")
            }
            let incremental = try build(options)
            edited += incremental.cache.bodiesEdited
            let (clean, cleanTree) = try w.cleanBuild()
            #expect(incremental.wrote == clean.wrote, "seed \(seed) step \(step) \(edit)")
            #expect(incremental.diagnostics == clean.diagnostics, "seed \(seed) step \(step) \(edit)")
            let tree = TestPaths.tree(w.output)
            guard clean.wrote else {
                // A broken edit (a deleted briefing that another links to) keeps the last good site.
                #expect(tree == lastGood, "seed \(seed) step \(step) \(edit): a failed build changed the output")
                continue
            }
            lastGood = tree
            #expect(tree.keys.sorted() == cleanTree.keys.sorted(), "seed \(seed) step \(step) \(edit): different files")
            for (path, bytes) in cleanTree where tree[path] != bytes {
                Issue.record("seed \(seed) step \(step) \(edit): \(path) differs from a clean build")
            }
        }
        if racyWindowNanos == 0 { #expect(edited > 0, "seed \(seed): no edit was put in place, so the path went untested") }
    }
}
