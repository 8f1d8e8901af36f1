import Foundation

/// The live-reload side of the preview: open pages listen on `/__sitegen/events` (Server-Sent Events).
///
/// Events: `hello` on connect; `reload` after a good rebuild; `errors` (the `CheckReport` JSON) after a
/// broken one. A page that connects while the site is broken gets the errors at once.
public final class ReloadChannel: @unchecked Sendable {
    private let lock = NSLock()
    private var clients: [Int32] = []
    private var build = 0
    private var currentErrors: String?

    /// Creates a channel with no listeners.
    public init() {}

    /// Takes an event-stream socket from the server and greets it with the current state.
    public func adopt(_ fd: Int32) {
        lock.lock()
        defer { lock.unlock() }
        var greeting = ReloadChannel.event("hello", "{\"build\":\(build)}")
        if let currentErrors { greeting += ReloadChannel.event("errors", currentErrors) }
        if HTTPServer.send(fd, greeting) { clients.append(fd) } else { close(fd) }
    }

    /// Tells every page to reload and clears the error state.
    public func reload() {
        lock.lock()
        defer { lock.unlock() }
        build += 1
        currentErrors = nil
        broadcast(ReloadChannel.event("reload", "{\"build\":\(build)}"))
    }

    /// Shows `diagnostics` on every page until the next good build.
    public func showErrors(_ diagnostics: [Diagnostic]) {
        lock.lock()
        defer { lock.unlock() }
        let json = CheckReport.json(diagnostics)
        currentErrors = json
        broadcast(ReloadChannel.event("errors", json))
    }

    /// Number of pages listening (for tests and the terminal).
    public var listeners: Int { lock.lock(); defer { lock.unlock() }; return clients.count }

    /// Closes every stream.
    public func closeAll() {
        lock.lock()
        defer { lock.unlock() }
        for fd in clients { shutdown(fd, Int32(SHUT_RDWR)); close(fd) }
        clients = []
    }

    /// Sends to every client; those whose tab closed are dropped. Caller holds the lock.
    private func broadcast(_ bytes: [UInt8]) {
        clients = clients.filter { fd in
            if HTTPServer.send(fd, bytes) { return true }
            close(fd)
            return false
        }
    }

    /// One SSE message; `data` must be a single line (JSON from `JSONEncoder` is).
    static func event(_ name: String, _ data: String) -> [UInt8] {
        Array("event: \(name)\ndata: \(data)\n\n".utf8)
    }
}
