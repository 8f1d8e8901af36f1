import Foundation

/// Runs a command-line tool that the test setup installs (`./test` installs them; plain `swift test` may not have them).
enum ExternalTool {
    /// The full path of `name` on PATH, if installed.
    static func find(_ name: String) -> String? {
        let paths: [String] = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/local/bin", "/usr/bin"]
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// True under CI, where a missing tool is a failure rather than a skip.
    static var required: Bool { ProcessInfo.processInfo.environment["CI"] != nil || ProcessInfo.processInfo.environment["SITEGEN_REQUIRE_TOOLS"] != nil }

    /// Runs a tool and returns its exit status and combined output.
    static func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
