import Testing
@testable import SiteGen

/// One broken fixture per content error: each is reported as `path:line: severity: message` saying what to do.
@Suite struct BrokenContentTests {
    /// Loads the fixture site's configuration and vocabulary with only the named broken files as articles.
    func load(_ names: [String]) -> (Site?, [Diagnostic]) {
        var files: [String: [UInt8]] = [:]
        for f in ["content/site.yml", "content/topics.yml"] {
            files["/site/" + f] = try! FileIO.disk.read(TestPaths.fixtureSite + "/" + f)
        }
        for name in names {
            files["/site/content/articles/" + name] = try! FileIO.disk.read(TestPaths.fixtures + "/broken/" + name)
        }
        return ContentLoader.load(root: "/site", options: LoadOptions(now: 1_900_000_000), io: .memory(files))
    }

    @Test(arguments: [
        ("no-front-matter.md", 1, "error", "no front matter found; did you forget to start the file with a `---` line"),
        ("unclosed-front-matter.md", 1, "error", "never closed; add a line `---`"),
        ("invalid-yaml.md", 5, "error", "invalid YAML in front matter"),
        ("missing-title.md", 1, "error", "missing `title`; add a line `title:"),
        ("bad-date.md", 3, "error", "cannot read `date: 11th of March` as a date; write it as YYYY-MM-DD"),
        ("unknown-key.md", 4, "warning", "unknown key `category` in front matter"),
        ("not-utf8.md", 6, "error", "not valid UTF-8 here; re-save it as UTF-8"),
        ("empty.md", 1, "error", "the file is empty"),
        ("binary.png", 1, "error", "binary file, not Markdown"),
        ("unknown-topic.md", 4, "error", "unknown topic \"rusia\" (did you mean \"russia\"?)"),
        ("mistyped-authors.md", 4, "error", "`authors` must be a list"),
        ("missing-date.md", 1, "error", "missing `date`; add `date: YYYY-MM-DD` (or `draft: true`"),
    ])
    func reportsTheProblemWithItsPlace(_ file: String, _ line: Int, _ severity: String, _ message: String) {
        let (_, diagnostics) = load([file])
        let prefix = "content/articles/\(file):\(line): \(severity): "
        #expect(diagnostics.contains { $0.description.hasPrefix(prefix) && $0.description.contains(message) },
                "expected \(prefix)…\(message) in \(diagnostics.map(\.description))")
        if severity == "error" { #expect(diagnostics.failsBuild()) } else { #expect(!diagnostics.failsBuild()) }
        #expect(diagnostics.failsBuild(strict: true))
    }

    @Test func duplicateSlugsNameBothFiles() {
        let (_, diagnostics) = load(["duplicate-slug-a.md", "duplicate-slug-b.md"])
        #expect(diagnostics.map(\.description) == [
            "content/articles/duplicate-slug-b.md:4: error: duplicate slug `same-slug`, also used by content/articles/duplicate-slug-a.md; set a different `slug:` or rename the file",
        ])
    }

    @Test func everyProblemIsCollectedNotJustTheFirst() {
        let (_, diagnostics) = load(["bad-date.md", "missing-title.md", "empty.md", "unknown-topic.md"])
        #expect(Set(diagnostics.map(\.path)).count == 4)
    }

    @Test func draftsNeedNoDateAndAreLeftOutUnlessAsked() {
        var files: [String: [UInt8]] = [:]
        files["/s/content/site.yml"] = Array("title: T\nbase_url: https://x.org/\n".utf8)
        files["/s/content/articles/d.md"] = Array("---\ntitle: Draft\ndraft: true\n---\nBody\n".utf8)
        files["/s/content/articles/f.md"] = Array("---\ntitle: Future\ndate: 2100-01-01\n---\nBody\n".utf8)
        let (site, diagnostics) = ContentLoader.load(root: "/s", options: LoadOptions(now: 1_900_000_000), io: .memory(files))
        #expect(diagnostics.isEmpty)
        #expect(site?.articles.isEmpty == true)
        let (all, _) = ContentLoader.load(root: "/s", options: LoadOptions(drafts: true, future: true, now: 1_900_000_000),
                                          io: .memory(files))
        #expect(all?.articles.map(\.slug) == ["f", "d"])
    }

    @Test func topicAcronymsMustBeWordsTheGlossaryCanFind() {
        var files: [String: [UInt8]] = [:]
        files["/s/content/site.yml"] = Array("title: T\nbase_url: https://x.org/\n".utf8)
        files["/s/content/topics.yml"] = Array("""
        - slug: g20
          name: Group of Twenty
          kind: body
          acronym: G-20
        - slug: sco
          name: Shanghai Cooperation Organisation
          kind: body
          acronym: SCO
        """.utf8)
        let (_, diagnostics) = ContentLoader.load(root: "/s", options: LoadOptions(now: 1_900_000_000), io: .memory(files))
        #expect(diagnostics.map(\.description) == [
            "content/topics.yml:1: error: acronym `G-20` of topic `g20` must be 2 to 10 letters and digits with at least two "
                + "capitals, like `SCO`; correct it or remove the line",
        ])
    }

    @Test func missingConfigurationSaysWhereToLook() {
        let (site, diagnostics) = ContentLoader.load(root: "/nowhere", io: .memory([:]))
        #expect(site == nil)
        #expect(diagnostics.map(\.description) == ["content/site.yml:1: error: not found; create it with at least `title:` and `base_url:` (is --root the site folder?)"])
    }
}
