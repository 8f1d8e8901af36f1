import Foundation

/// A value made on its own thread from the moment it is created, for a stage that needs it later.
final class Prefetch<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var made: Value?

    /// Starts `make` at once.
    init(_ make: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            made = make()
            done.signal()
        }
    }

    /// The value, once made; blocks until then.
    var value: Value {
        done.wait()
        done.signal()
        return made!
    }
}
