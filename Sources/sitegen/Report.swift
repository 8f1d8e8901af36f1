import Foundation
import SiteGen

/// Prints diagnostics and summaries on standard error, where they do not mix with rendered output.
enum Report {
    /// Prints each diagnostic on its own line.
    static func print(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { err(d.description) }
    }

    /// "2 errors, 1 warning".
    static func counts(_ diagnostics: [Diagnostic]) -> String {
        let e = diagnostics.filter { $0.severity == .error }.count
        let w = diagnostics.count - e
        return "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")"
    }

    /// One line per stage: its wall time and the processor time of all its threads.
    static func stages(_ result: BuildResult) {
        for (i, (stage, seconds)) in result.timings.enumerated() {
            let cpu = i < result.processorTimes.count ? String(format: " (%.0f ms processor)", result.processorTimes[i] * 1000) : ""
            err("  " + stage.padding(toLength: 9, withPad: " ", startingAt: 0) + String(format: "%8.1f ms", seconds * 1000) + cpu)
        }
    }

    /// Writes a line to standard error.
    static func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
