import Foundation

/// A value computed at most once, on first use, by whichever thread asks first; the others wait
/// for it. Used for the corpus background sample, which only files that need reading-order repair
/// consult (so a run that never repairs never pays for it), while every thread still sees the same
/// value, whatever the thread count.
public final class OnceValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var computed: Value?
    private var make: (@Sendable () -> Value)?

    public init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    public init(value: Value) { computed = value }

    /// The value (computed now if nobody asked before).
    public var value: Value {
        lock.lock(); defer { lock.unlock() }
        if let v = computed { return v }
        let v = make!()
        computed = v
        make = nil
        return v
    }
}
