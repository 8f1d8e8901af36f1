import Foundation
import Testing
@testable import SiteGen

/// Request target → file: index pages, redirects, 404, and every way of escaping the folder refused.
@Suite struct RequestPathTests {
    let tree = ServedTree.memory(["index.html", "404.html", "articles/index.html", "articles/x/index.html",
                                  "css/site.1a2b.css", "topics/a b/index.html", "empty/.keep"])

    @Test(arguments: [
        ("/", Resolution.file("index.html")),
        ("/index.html", .file("index.html")),
        ("/articles/", .file("articles/index.html")),
        ("/articles/x/?utm=1#top", .file("articles/x/index.html")),
        ("/articles", .redirect("/articles/")),
        ("/articles/x", .redirect("/articles/x/")),
        ("/css/site.1a2b.css", .file("css/site.1a2b.css")),
        ("/topics/a%20b/", .file("topics/a b/index.html")),
        ("/./articles/./x/", .file("articles/x/index.html")),
        ("/empty/", .notFound),
        ("/missing", .notFound),
        ("/articles/y/", .notFound),
    ])
    func resolvesPages(_ target: String, _ expected: Resolution) {
        #expect(RequestPath.resolve(target, in: tree) == expected)
    }

    @Test(arguments: [
        "/../etc/passwd", "/articles/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2e%2e/etc/passwd",
        "/articles/%2e%2e/%2e%2e/etc/passwd", "/..%2fetc/passwd", "/articles%2f..%2f..%2fetc/passwd", "/%2f/etc/passwd",
        "/index.html%00.css", "/%00", "/..\\..\\etc\\passwd", "/%5c..%5cetc/passwd", "/articles\\x/", "/%zz", "/%e2%28%a1",
        "relative/path", "http://example.org/",
    ])
    func refusesEscapes(_ target: String) {
        #expect(RequestPath.resolve(target, in: tree) == .badRequest, "\(target)")
    }

    @Test func aDoubleSlashNeverBecomesAnOpenRedirect() {
        #expect(RequestPath.resolve("//articles", in: tree) == .redirect("/articles/"))
        #expect(RequestPath.resolve("//evil.example", in: tree) == .notFound)
    }

    @Test func symlinksLeadingOutOfTheFolderAreNotServed() throws {
        let base = TestPaths.temporaryFolder()
        let site = base + "/site"
        try FileManager.default.createDirectory(atPath: site + "/inner", withIntermediateDirectories: true)
        try FileIOTestSupport.write(base + "/secret.txt", "secret")
        try FileIOTestSupport.write(site + "/inner/page.html", "ok")
        try FileManager.default.createSymbolicLink(atPath: site + "/leak.txt", withDestinationPath: base + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: site + "/up", withDestinationPath: base)
        try FileManager.default.createSymbolicLink(atPath: site + "/alias.html", withDestinationPath: "inner/page.html")
        let disk = ServedTree.disk(site)
        #expect(RequestPath.resolve("/leak.txt", in: disk) == .notFound)
        #expect(RequestPath.resolve("/up/secret.txt", in: disk) == .notFound)
        #expect(RequestPath.resolve("/up/", in: disk) == .notFound)
        #expect(RequestPath.resolve("/alias.html", in: disk) == .file("alias.html"), "a link inside the folder is fine")
        #expect(RequestPath.resolve("/inner/page.html", in: disk) == .file("inner/page.html"))
        let response = StaticSite.respond(HTTPRequest(method: "GET", target: "/up/secret.txt"), root: site)
        #expect(response.status == 404 && !String(decoding: response.body, as: UTF8.self).contains("secret"))
    }
}
