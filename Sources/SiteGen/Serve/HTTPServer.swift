import Foundation

/// What the server does with a request: answer it and close, or keep the socket for an event stream.
public enum HTTPReply: Sendable {
    case response(HTTPResponse)
    /// The handler's `adopt` takes the connected socket (the `200 text/event-stream` head is already sent).
    case eventStream
}

/// A small HTTP/1.1 server over POSIX sockets: one thread accepts, one thread per connection, no keep-alive.
///
/// Enough for a preview on one machine; written here rather than pulling in a server framework that
/// would triple the clean build time.
public final class HTTPServer: @unchecked Sendable {
    /// The bound port (the kernel's choice when 0 was asked for).
    public let port: Int
    private let listener: Int32
    private let lock = NSLock()
    private var stopped = false
    private let acceptThreadDone = DispatchSemaphore(value: 0)

    /// Binds and listens on an IPv4 address (`localhost` means 127.0.0.1); nothing is accepted before `start`.
    public init(host: String, port: Int) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw ServeError.socket("socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &address.sin_addr) == 1 else {
            close(fd)
            throw ServeError.socket("\(host) is not an IPv4 address; use e.g. 127.0.0.1 or 0.0.0.0")
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw ServeError.socket("cannot listen on \(host):\(port): \(reason) (is another server using the port? try --port)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.listener = fd
        self.port = Int(UInt16(bigEndian: actual.sin_port))
    }

    /// Accepts connections on a background thread until `stop`.
    public func start(handler: @escaping @Sendable (HTTPRequest) -> HTTPReply, adopt: @escaping @Sendable (Int32) -> Void) {
        Thread.detachNewThread { [self] in
            defer { acceptThreadDone.signal() }
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            // Poll with a short timeout so `stop` is noticed without closing the socket under accept().
            while !isStopped {
                guard poll(&poller, 1, 200) > 0 else { continue }
                let client = accept(listener, nil, nil)
                guard client >= 0 else { continue }
                _ = fcntl(client, F_SETFD, FD_CLOEXEC)
                Thread.detachNewThread { HTTPServer.serve(client, handler: handler, adopt: adopt) }
            }
        }
    }

    /// Stops accepting and closes the listening socket; connections in progress finish on their own.
    public func stop() {
        lock.lock()
        let wasStopped = stopped
        stopped = true
        lock.unlock()
        guard !wasStopped else { return }
        _ = acceptThreadDone.wait(timeout: .now() + 2)
        close(listener)
    }

    private var isStopped: Bool { lock.lock(); defer { lock.unlock() }; return stopped }

    private static func serve(_ client: Int32, handler: @Sendable (HTTPRequest) -> HTTPReply, adopt: @Sendable (Int32) -> Void) {
        // A client that sends nothing does not hold its thread for long.
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let head = readHead(client) else {
            _ = send(client, HTTPResponse.text(400, "bad request").bytes)
            close(client)
            return
        }
        guard let request = HTTPRequest(head: head) else {
            _ = send(client, HTTPResponse.text(400, "bad request").bytes)
            close(client)
            return
        }
        switch handler(request) {
        case .response(let response):
            _ = send(client, response.bytes)
            shutdown(client, Int32(SHUT_WR))
            close(client)
        case .eventStream:
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: keep-alive\r\n\r\n"
            guard send(client, Array(head.utf8)) else { close(client); return }
            adopt(client)
        }
    }

    /// Reads up to the blank line that ends a request head (at most 16 KiB).
    private static func readHead(_ fd: Int32) -> [UInt8]? {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        let end: [UInt8] = [13, 10, 13, 10]
        while data.count < 16384 {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return nil }
            data += chunk[0..<n]
            if let r = data.firstRange(of: end) { return Array(data[..<r.lowerBound]) }
        }
        return nil
    }

    /// Sends all bytes; false when the peer is gone. MSG_NOSIGNAL: a closed tab must not SIGPIPE the server.
    @discardableResult
    static func send(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + done, $0.count - done, Int32(MSG_NOSIGNAL)) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }
}

/// A failure to set up the preview (port taken, bad address).
public enum ServeError: Error, CustomStringConvertible {
    case socket(String)

    public var description: String {
        switch self {
        case .socket(let what): what
        }
    }
}
