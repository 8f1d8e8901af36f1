import Foundation

/// Cache files a stage hands off to be written beside the later stages; the build waits for them
/// before it returns, so the next build (a preview's, in the same process) never races one.
final class PendingWrites: @unchecked Sendable {
    private let lock = NSLock()
    private var works: [BackgroundWork] = []

    /// Starts `write` on its own thread. A cache file that cannot be written costs the next build
    /// time, nothing else, so its error is dropped.
    func start(_ write: @escaping @Sendable () throws -> Void) {
        let work = BackgroundWork(write)
        lock.withLock { works.append(work) }
    }

    /// Blocks until every write started so far has ended.
    func finish() {
        for work in lock.withLock({ works }) { _ = work.wait() }
    }
}
