import Foundation

/// Ctrl-C and `kill`: the preview stops cleanly on SIGINT or SIGTERM.
///
/// The signals are blocked in every thread (threads inherit the mask, so call `block` before starting
/// any) and then taken synchronously with `sigwait`, so no code runs inside a signal handler.
public enum StopSignals {
    private static var set: sigset_t {
        var s = sigset_t()
        sigemptyset(&s)
        sigaddset(&s, SIGINT)
        sigaddset(&s, SIGTERM)
        return s
    }

    /// Blocks SIGINT and SIGTERM in the calling thread and the threads it starts afterwards.
    public static func block() {
        var s = set
        pthread_sigmask(SIG_BLOCK, &s, nil)
    }

    /// Waits for SIGINT or SIGTERM and returns its number.
    public static func wait() -> Int32 {
        var s = set
        var signal: Int32 = 0
        sigwait(&s, &signal)
        return signal
    }
}
