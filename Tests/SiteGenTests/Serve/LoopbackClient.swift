import Foundation

/// A raw HTTP client for tests of the preview server: loopback only, every read bounded by a deadline.
final class LoopbackClient {
    private let fd: Int32
    private(set) var received: [UInt8] = []

    /// Connects to 127.0.0.1:`port` and sends a GET (or another method) for `target`.
    init(port: Int, method: String = "GET", target: String, headers: [String: String] = [:]) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers.map { "\($0): \($1)\r\n" }.joined() + "\r\n"
        _ = Array(head.utf8).withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    deinit { close(fd) }

    /// Reads until `text` has arrived (true) or `seconds` pass or the server closes (false).
    func waitFor(_ text: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        let needle = Array(text.utf8)
        var chunk = [UInt8](repeating: 0, count: 8192)
        while Date() < deadline {
            if received.firstRange(of: needle) != nil { return true }
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n == 0 { break }
            if n > 0 { received += chunk[0..<n] }
        }
        return received.firstRange(of: needle) != nil
    }

    /// Reads the whole response (the server closes after it), bounded by `seconds`.
    func readAll(seconds: Double = 5) -> String {
        _ = waitFor("\u{0}never\u{0}", seconds: seconds)
        return text
    }

    /// Everything received so far as text.
    var text: String { String(decoding: received, as: UTF8.self) }
}
