import Foundation
import Testing
@testable import SiteGen

/// Page weight and head metadata over the whole output, no browser needed: every page loads under 20 KB of CSS and
/// under 10 KB of JavaScript (uncompressed; Pagefind's search UI and the preview's reload script aside), states its
/// `lang`, and has a `<title>` no other page shares and a meta description.
@Suite struct PageBudgetTests {
    static let cssBudget = 20 * 1024
    static let scriptBudget = 10 * 1024

    @Test(arguments: ["fixture", "content"])
    func everyPageStaysWithinItsBudget(_ which: String) throws {
        let (tree, basePath) = try Self.built(which)
        let pages = tree.filter { $0.key.hasSuffix(".html") && !$0.key.hasPrefix("pagefind/") }
        #expect(!pages.isEmpty)
        for (path, bytes) in pages.sorted(by: { $0.key < $1.key }) {
            let html = String(decoding: bytes, as: UTF8.self)
            func size(_ href: String) -> Int {
                let file = href.hasPrefix(basePath) ? String(href.dropFirst(basePath.count)) : href
                return tree[file]?.count ?? 0
            }
            let styles = Self.all(#"<link rel="stylesheet" href="([^"]+)""#, in: html).filter { !$0.contains("/pagefind/") }
            let scripts = Self.all(#"<script src="([^"]+)""#, in: html).filter { !$0.contains("/pagefind/") }
            let inline = Self.all(#"<script>([\s\S]*?)</script>"#, in: html).filter { !$0.lowercased().contains("pagefind") }
            #expect((styles + scripts).allSatisfy { size($0) > 0 }, "\(which): \(path) links an asset missing from the output")
            let css = styles.map(size).reduce(0, +)
            let js = scripts.map(size).reduce(0, +) + inline.map(\.utf8.count).reduce(0, +)
            #expect(css < Self.cssBudget, "\(which): \(path) loads \(css) bytes of CSS (\(styles)), over \(Self.cssBudget)")
            #expect(js < Self.scriptBudget, "\(which): \(path) loads \(js) bytes of JavaScript (\(scripts)), over \(Self.scriptBudget)")
        }
    }

    @Test(arguments: ["fixture", "content"])
    func everyPageHasLanguageTitleAndDescription(_ which: String) throws {
        let pages = try Self.built(which).tree.filter { $0.key.hasSuffix(".html") && !$0.key.hasPrefix("pagefind/") }
        #expect(!pages.isEmpty)
        var titles: [String: [String]] = [:]
        for (path, bytes) in pages {
            let html = String(decoding: bytes, as: UTF8.self)
            let lang = Self.all(#"<html[^>]*\slang="([^"]*)""#, in: html).first ?? ""
            let title = Self.all(#"<title>([^<]*)</title>"#, in: html).first ?? ""
            let description = Self.all(#"<meta name="description" content="([^"]*)""#, in: html).first ?? ""
            #expect(!lang.isEmpty, "\(which): \(path) has no <html lang>")
            #expect(!title.trimmingCharacters(in: .whitespaces).isEmpty, "\(which): \(path) has no <title>")
            #expect(!description.trimmingCharacters(in: .whitespaces).isEmpty, "\(which): \(path) has no meta description")
            titles[title, default: []].append(path)
        }
        for (title, paths) in titles.sorted(by: { $0.key < $1.key }) where paths.count > 1 {
            Issue.record("\(which): the title \"\(title)\" is shared by \(paths.sorted().joined(separator: ", "))")
        }
    }

    /// The built output (drafts too for the fixture) and its base path.
    static func built(_ which: String) throws -> (tree: [String: [UInt8]], basePath: String) {
        let root = which == "fixture" ? TestPaths.fixtureSite : TestPaths.repositoryRoot
        let (result, out) = try buildFixture(root: root, load: LoadOptions(drafts: which == "fixture", now: 1_900_000_000),
                                             search: true)
        #expect(result.wrote, "\(result.diagnostics)")
        return (TestPaths.tree(out), which == "fixture" ? "/portal/" : "/")
    }

    /// The first capture group of every match.
    static func all(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
