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
    /// Files that `preloaded` holds (decoded earlier, by a first pass) are taken from it instead
    /// of being read and decoded again.
    public func scan<R: Sendable>(
        _ inputs: [InputLocation],
        preloaded: PreloadedTexts? = nil,
        transform: @escaping @Sendable (InputLocation, Result<SourceText, ReadError>) -> R,
        consume: (Int, InputLocation, R) throws -> Void
    ) rethrows {
        try run(inputs, load: { index, input -> Result<SourceText, ReadError> in
            if let text = preloaded?.take(index) { return .success(text) }
            switch CorpusScanner.read(input) {
            case .failure(let e): return .failure(e)
            case .success(let b):
                do { return .success(try SourceText(path: input.displayPath, bytes: b)) } catch let e as ReadError {
                    return .failure(e)
                } catch {
                    return .failure(.cannotOpen(path: input.displayPath, reason: "\(error)"))
                }
            }
        }, transform: transform, consume: consume)
    }

    /// Like `scan`, but hands `transform` each file's undecoded bytes (for callers that look a file
    /// up by its content before deciding to decode it).
    public func scanBytes<R: Sendable>(
        _ inputs: [InputLocation],
        transform: @escaping @Sendable (InputLocation, Result<[UInt8], ReadError>) -> R,
        consume: (Int, InputLocation, R) throws -> Void
    ) rethrows {
        try run(inputs, load: { _, input in CorpusScanner.read(input) }, transform: transform, consume: consume)
    }

    /// The bytes of `input`, or the error reading it.
    static func read(_ input: InputLocation) -> Result<[UInt8], ReadError> {
        do {
            return .success(try DropReader.bytes(of: input))
        } catch let e as ReadError {
            return .failure(e)
        } catch {
            return .failure(.cannotOpen(path: input.displayPath, reason: "\(error)"))
        }
    }

    /// The batch loop: `load` (by input index) and `transform` in parallel, `consume` in order.
    private func run<L, R: Sendable>(
        _ inputs: [InputLocation],
        load: @escaping @Sendable (Int, InputLocation) -> L,
        transform: @escaping @Sendable (InputLocation, L) -> R,
        consume: (Int, InputLocation, R) throws -> Void
    ) rethrows {
        var start = 0
        while start < inputs.count {
            let end = min(inputs.count, start + batchSize)
            let batch = Array(inputs[start..<end])
            let box = ResultBox<R>(count: batch.count)
            let first = start
            let work: @Sendable (Int) -> Void = { i in
                let input = batch[i]
                box.set(i, transform(input, load(first + i, input)))
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

/// Decoded files handed from a first pass over the corpus (the background sample) to the scan
/// that follows, so the scan does not read and decode them again. A file is kept only while the
/// scan has not started it yet, and is dropped once taken.
public final class PreloadedTexts: @unchecked Sendable {
    private var texts: [Int: SourceText] = [:]
    /// Inputs below this index have been started by the scan.
    private var started = 0
    private let lock = NSLock()

    public init() {}

    /// Keeps the decoded text of input `index` for the scan (unless the scan has started it).
    public func keep(_ index: Int, _ text: SourceText) {
        lock.lock(); defer { lock.unlock() }
        if index >= started { texts[index] = text }
    }

    /// The decoded text of input `index`, if kept; the scan calls this as it starts the input.
    public func take(_ index: Int) -> SourceText? {
        lock.lock(); defer { lock.unlock() }
        started = max(started, index + 1)
        if texts.isEmpty { return nil }
        return texts.removeValue(forKey: index)
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
