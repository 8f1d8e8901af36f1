import Foundation

/// Diagnostics for machines: `sitegen check --format json` and the preview's error overlay read this shape.
public enum CheckReport {
    /// One problem as JSON.
    struct Entry: Codable {
        var severity: String
        var path: String
        var line: Int
        var message: String
        /// `path:line: severity: message`, as the terminal shows it.
        var text: String
    }

    /// The whole report.
    struct Document: Codable {
        var errors: Int
        var warnings: Int
        var diagnostics: [Entry]
    }

    /// `{"diagnostics":[…],"errors":N,"warnings":N}` on one line, keys sorted so output is stable.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let entries = diagnostics.map {
            Entry(severity: $0.severity.rawValue, path: $0.path, line: $0.line, message: $0.message, text: $0.description)
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let document = Document(errors: errors, warnings: diagnostics.count - errors, diagnostics: entries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        return String(decoding: (try? encoder.encode(document)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
