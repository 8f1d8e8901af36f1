import Foundation
import Testing
@testable import SiteGen

/// The preview's answers for a built site, without a socket: types, 404 page, methods, validators.
@Suite struct StaticSiteTests {
    static let built: String = {
        let out = TestPaths.temporaryFolder("staticSite") + "/output"
        _ = try? build(BuildOptions(root: TestPaths.fixtureSite, output: out, load: LoadOptions(now: 1_900_000_000),
                                    baseURL: "http://127.0.0.1:8000/", search: false))
        return out
    }()

    func get(_ target: String, method: String = "GET", headers: [String: String] = [:]) -> HTTPResponse {
        StaticSite.respond(HTTPRequest(method: method, target: target, headers: headers), root: Self.built)
    }

    @Test func servesPagesWithTheirTypes() throws {
        #expect(get("/").header("Content-Type") == "text/html; charset=utf-8")
        #expect(get("/feed.xml").header("Content-Type") == "application/atom+xml")
        #expect(get("/sitemap.xml").header("Content-Type") == "application/xml")
        #expect(get("/robots.txt").header("Content-Type") == "text/plain; charset=utf-8")
        let css = try #require(TestPaths.tree(Self.built).keys.first { $0.hasPrefix("css/site.") })
        #expect(get("/" + css).header("Content-Type") == "text/css; charset=utf-8")
        #expect(get("/").status == 200)
        #expect(String(decoding: get("/articles/").body, as: UTF8.self).contains("All briefings"))
    }

    @Test func missingPagesGetTheSite404PageWithStatus404() {
        let response = get("/no/such/page/")
        #expect(response.status == 404)
        #expect(String(decoding: response.body, as: UTF8.self).contains("Page not found"))
    }

    @Test func foldersRedirectToTheirSlashKeepingTheQuery() {
        let response = get("/articles?x=1")
        #expect(response.status == 301)
        #expect(response.header("Location") == "/articles/?x=1")
    }

    @Test func onlyGetAndHeadAreAllowed() {
        for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"] {
            let response = get("/", method: method)
            #expect(response.status == 405, "\(method)")
            #expect(response.header("Allow") == "GET, HEAD")
        }
    }

    @Test func headSendsTheHeadersOfGetWithoutTheBody() {
        let head = get("/", method: "HEAD")
        let full = get("/")
        #expect(head.status == 200 && head.headOnly)
        #expect(head.header("ETag") == full.header("ETag"))
        let bytes = String(decoding: head.bytes, as: UTF8.self)
        #expect(bytes.contains("Content-Length: \(full.body.count)\r\n") && bytes.hasSuffix("\r\n\r\n"))
    }

    @Test func anUnchangedFileAnswers304ToItsETag() throws {
        let first = get("/index.html")
        let tag = try #require(first.header("ETag"))
        #expect(first.header("Last-Modified")?.hasSuffix(" GMT") == true)
        let again = get("/index.html", headers: ["if-none-match": tag])
        #expect(again.status == 304 && again.body.isEmpty)
        #expect(get("/index.html", headers: ["if-none-match": "\"other\""]).status == 200)
    }

    @Test(arguments: ["/../Package.swift", "/%2e%2e/%2e%2e/etc/passwd", "/a%2fb", "/x%00", "/..\\x"])
    func escapesAreRefused(_ target: String) {
        #expect(get(target).status == 400)
    }

    @Test func requestHeadsParse() throws {
        let request = try #require(HTTPRequest(head: Array("GET /a?b HTTP/1.1\r\nHost: x\r\nIf-None-Match: \"t\"".utf8)))
        #expect(request == HTTPRequest(method: "GET", target: "/a?b", headers: ["host": "x", "if-none-match": "\"t\""]))
        #expect(HTTPRequest(head: Array("GARBAGE".utf8)) == nil)
        #expect(HTTPRequest(head: Array("GET / SPDY/3".utf8)) == nil)
    }
}
