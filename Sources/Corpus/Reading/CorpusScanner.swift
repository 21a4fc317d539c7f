import Dispatch
import Foundation

/// Reads many inputs in parallel and hands back per-file results in input order.
///
/// Files are processed in batches: each batch is read and transformed concurrently
/// (`DispatchQueue.concurrentPerform`), then its results are consumed in order on the calling
/// thread and dropped. Memory therefore grows with the batch size and the consumer's aggregates,
/// not with the corpus; output order never depends on the thread count.
public struct CorpusScanner: Sendable {
    /// Worker threads (1 = sequential).
    public let jobs: Int
    /// Files in flight at once.
    public let batchSize: Int

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 64) {
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
    }

    /// Runs `transform` on every input (in parallel) and `consume` on the results (in order).
    public func scan<R: Sendable>(
        _ inputs: [InputLocation],
        transform: @escaping @Sendable (InputLocation, Result<SourceText, ReadError>) -> R,
        consume: (Int, InputLocation, R) throws -> Void
    ) rethrows {
        try scanBytes(inputs, transform: { input, bytes in
            let loaded: Result<SourceText, ReadError>
            switch bytes {
            case .failure(let e): loaded = .failure(e)
            case .success(let b):
                do { loaded = .success(try SourceText(path: input.displayPath, bytes: b)) } catch let e as ReadError {
                    loaded = .failure(e)
                } catch {
                    loaded = .failure(.cannotOpen(path: input.displayPath, reason: "\(error)"))
                }
            }
            return transform(input, loaded)
        }, consume: consume)
    }

    /// Like `scan`, but hands `transform` each file's undecoded bytes (for callers that look a file
    /// up by its content before deciding to decode it).
    public func scanBytes<R: Sendable>(
        _ inputs: [InputLocation],
        transform: @escaping @Sendable (InputLocation, Result<[UInt8], ReadError>) -> R,
        consume: (Int, InputLocation, R) throws -> Void
    ) rethrows {
        var start = 0
        while start < inputs.count {
            let end = min(inputs.count, start + batchSize)
            let batch = Array(inputs[start..<end])
            let box = ResultBox<R>(count: batch.count)
            let work: @Sendable (Int) -> Void = { i in
                let input = batch[i]
                let loaded: Result<[UInt8], ReadError>
                do {
                    loaded = .success(try DropReader.bytes(of: input))
                } catch let e as ReadError {
                    loaded = .failure(e)
                } catch {
                    loaded = .failure(.cannotOpen(path: input.displayPath, reason: "\(error)"))
                }
                box.set(i, transform(input, loaded))
            }
            if jobs == 1 || batch.count == 1 || batch.contains(.standardInput) {
                for i in batch.indices { work(i) }
            } else {
                // Workers take the next file as they finish one, so a slow file does not hold up
                // the files dealt to the same worker; results still land in their own slots.
                let workers = min(jobs, batch.count)
                let next = WorkCounter()
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    while let i = next.take(below: batch.count) { work(i) }
                }
            }
            for i in batch.indices { try consume(start + i, batch[i], box.take(i)) }
            MemoryTrimmer.trim()
            start = end
        }
    }
}

/// Slots for one batch's results, written by worker threads (each slot by exactly one).
public final class ResultBox<R: Sendable>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()
    /// `count` empty slots.
    public init(count: Int) { slots = Array(repeating: nil, count: count) }
    /// Fills slot `i`.
    public func set(_ i: Int, _ r: R) { lock.lock(); slots[i] = r; lock.unlock() }
    /// The result in slot `i` (which must have been filled).
    public func take(_ i: Int) -> R { lock.lock(); defer { lock.unlock() }; return slots[i]! }
}

/// Hands out indices 0, 1, 2, … to worker threads, one at a time.
public final class WorkCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    public init() {}
    /// The next index, or nil once `limit` are handed out.
    public func take(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
