/// A content problem tied to a place in a file, printed as `path:line: error: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad a problem is: errors fail the build, warnings only with `--strict`.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    public var severity: Severity
    /// Path relative to the site root, so messages are stable across machines.
    public var path: String
    /// One-based line; file-level problems point at line 1.
    public var line: Int
    /// What is wrong and what to do about it.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ path: String, line: Int = 1, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = max(1, line)
        self.message = message
    }

    /// Shorthand for an error.
    public static func error(_ path: String, line: Int = 1, _ message: String) -> Diagnostic {
        Diagnostic(.error, path, line: line, message)
    }

    /// Shorthand for a warning.
    public static func warning(_ path: String, line: Int = 1, _ message: String) -> Diagnostic {
        Diagnostic(.warning, path, line: line, message)
    }

    public var description: String { "\(path):\(line): \(severity.rawValue): \(message)" }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic fails the build (warnings count when `strict`).
    public func failsBuild(strict: Bool = false) -> Bool {
        contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }

    /// Diagnostics in a stable order: by path, line, then message.
    public func sortedForReport() -> [Diagnostic] {
        sorted { ($0.path, $0.line, $0.severity.rawValue, $0.message) < ($1.path, $1.line, $1.severity.rawValue, $1.message) }
    }
}
