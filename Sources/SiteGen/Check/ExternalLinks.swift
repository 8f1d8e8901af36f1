import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `check --external`: every http(s) link leaving the site answers. Off by default, since CI has no network.
enum ExternalLinks {
    /// Requests each distinct external link once; a missing page (404, 410) is an error, anything flakier a warning.
    static func check(_ scan: SiteScan, ctx: RenderContext, places: PagePlaces, timeout: Double) -> [Diagnostic] {
        var firstUse: [String: String] = [:]
        // Canonical and sharing links point at the site itself, which the internal check already covers.
        let own = ctx.site.config.baseURL
        // Pages are sorted by path, so the first page to use a link is the first met.
        for (page, links) in zip(scan.paths, scan.pages) {
            for url in links.links.map({ scan.strings[$0] }) where firstUse[url] == nil
                && (url.lowercased().hasPrefix("http://") || url.lowercased().hasPrefix("https://")) && !url.hasPrefix(own) {
                firstUse[url] = page
            }
        }
        let urls = firstUse.keys.sorted()
        let results = parallelMap(urls) { status(of: $0, timeout: timeout) }
        return zip(urls, results).compactMap { url, result in
            let page = firstUse[url]!
            switch result {
            case .answered(let code) where code == 404 || code == 410:
                return places.diagnostic(.error, page: page, url: url, "external link `\(url)` is gone (HTTP \(code)); update or remove it")
            case .answered(let code) where code >= 400:
                return places.diagnostic(.warning, page: page, url: url, "external link `\(url)` answered HTTP \(code); check it by hand")
            case .answered:
                return nil
            case .failed(let reason):
                return places.diagnostic(.warning, page: page, url: url, "external link `\(url)` did not answer: \(reason)")
            }
        }
    }

    enum Outcome: Sendable, Equatable { case answered(Int), failed(String) }

    /// HEAD first; servers that refuse HEAD (405, 501) get a GET.
    static func status(of url: String, timeout: Double) -> Outcome {
        let head = request(url, method: "HEAD", timeout: timeout)
        if case .answered(let code) = head, code == 405 || code == 501 { return request(url, method: "GET", timeout: timeout) }
        return head
    }

    private static func request(_ url: String, method: String, timeout: Double) -> Outcome {
        guard let target = URL(string: url) else { return .failed("not a valid URL") }
        var request = URLRequest(url: target, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method
        let box = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        let task = URLSession.shared.dataTask(with: request) { _, response, error in
            if let http = response as? HTTPURLResponse {
                box.set(.answered(http.statusCode))
            } else {
                box.set(.failed(error?.localizedDescription ?? "no HTTP response"))
            }
            done.signal()
        }
        task.resume()
        // The session's own timeout should fire first; this bound keeps a stuck task from hanging the check.
        if done.wait(timeout: .now() + timeout + 2) == .timedOut {
            task.cancel()
            return .failed("no answer within \(Int(timeout)) s")
        }
        return box.get()
    }

    /// Carries the outcome out of URLSession's completion handler.
    private final class OutcomeBox: @unchecked Sendable {
        private let lock = NSLock()
        private var outcome = Outcome.failed("no answer")
        func set(_ o: Outcome) { lock.lock(); outcome = o; lock.unlock() }
        func get() -> Outcome { lock.lock(); defer { lock.unlock() }; return outcome }
    }
}
