import Foundation

/// Answers GET and HEAD from a folder: index pages, redirects, the site's 404 page, types and validators.
public enum StaticSite {
    /// The response to `request` from the folder `root`.
    public static func respond(_ request: HTTPRequest, root: String) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .text(405, "only GET and HEAD are served here", headers: [("Allow", "GET, HEAD")])
        }
        var response = answer(request, root: root)
        response.headOnly = request.method == "HEAD"
        return response
    }

    private static func answer(_ request: HTTPRequest, root: String) -> HTTPResponse {
        switch RequestPath.resolve(request.target, in: .disk(root)) {
        case .badRequest:
            return .text(400, "bad request path")
        case .redirect(let location):
            let query = request.target.firstIndex(of: "?").map { String(request.target[$0...]) } ?? ""
            return HTTPResponse(status: 301, headers: [("Location", location + query)])
        case .notFound:
            return notFound(root: root)
        case .file(let path):
            let full = root + "/" + path
            var st = stat()
            guard stat(full, &st) == 0, let bytes = try? readWholeFile(full) else { return notFound(root: root) }
            // Inode, size and nanosecond mtime change whenever the preview writes a file anew; kept files keep them.
            let tag = "\"\(String(st.st_ino, radix: 16))-\(String(st.st_size, radix: 16))-\(String(st.st_mtim.tv_sec, radix: 16)).\(String(st.st_mtim.tv_nsec, radix: 16))\""
            let headers = [("ETag", tag), ("Last-Modified", httpDate(st.st_mtim.tv_sec)), ("Cache-Control", "no-cache")]
            if let match = request.headers["if-none-match"],
               match.split(separator: ",").contains(where: { $0.trimmingSpaces == tag || $0.trimmingSpaces == "*" }) {
                return HTTPResponse(status: 304, headers: headers)
            }
            return HTTPResponse(status: 200, headers: [("Content-Type", MIMETypes.type(of: path))] + headers, body: bytes)
        }
    }

    /// The site's own 404 page with status 404, or a line of text when the site has none.
    static func notFound(root: String) -> HTTPResponse {
        guard let page = try? readWholeFile(root + "/404.html") else { return .text(404, "not found") }
        return HTTPResponse(status: 404, headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-cache")],
                            body: page)
    }

    /// An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`).
    static func httpDate(_ seconds: Int) -> String {
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}

extension ServedTree {
    /// The real folder: symlinks are followed, and any path whose real location is outside `root` is missing.
    public static func disk(_ root: String) -> ServedTree {
        ServedTree { path in
            guard let realRoot = realPath(root), let real = realPath(path.isEmpty ? root : root + "/" + path),
                  real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else { return .missing }
            var st = stat()
            guard stat(real, &st) == 0 else { return .missing }
            switch st.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .folder
            default: return .missing
            }
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
