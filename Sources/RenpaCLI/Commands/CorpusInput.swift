import Corpus
import Foundation

/// Reads the PATH arguments of a command: expands folders, runs the pipeline in parallel,
/// reports unreadable files on stderr and remembers that the exit status must be 1.
struct CorpusInput {
    let inputs: [InputLocation]
    let scanner: CorpusScanner
    let command: String
    /// Set when a file could not be read.
    var failures = 0
    /// Resolve regions (commands that never print a region turn this off: it is a fifth of the work).
    var resolveRegions = true
    /// Skip reading-order repair for a file when this says the command's result cannot depend on
    /// the order of its movable blocks (see `DocumentReader.read(_:closedBlocks:)`).
    var closedBlocks: (@Sendable ([[LinePiece]], SourceText) -> ([LinePiece]) -> Bool)? = nil

    init(_ args: ParsedArguments, command: String) throws {
        guard !args.positionals.isEmpty else {
            throw UsageError(command: command, message: "no input: give files, folders, or - for standard input")
        }
        let reader = DropReader(glob: args.value("--glob") ?? "*.txt")
        do {
            inputs = try reader.expand(args.positionals)
        } catch let e as ReadError {
            throw InputError(message: e.description)
        }
        let jobs = try args.int("--jobs", default: ProcessInfo.processInfo.activeProcessorCount, min: 1, command: command)
        scanner = CorpusScanner(jobs: jobs)
        self.command = command
    }

    /// Reads every input into a document and hands each to `consume` in input order; read
    /// errors are printed to stderr and counted.
    mutating func documents<R: Sendable>(_ term: Terminal,
                                        transform: @escaping @Sendable (Document) -> R,
                                        consume: (Int, R) throws -> Void) rethrows {
        // The background sample is built when the first file needs reading-order repair.
        // The files it decodes are handed to the scan, which then neither reads nor decodes them again.
        let preloaded = PreloadedTexts()
        var regionReader = DocumentReader(backgroundOnce: OnceValue { [inputs] in CorpusInput.background(inputs, keeping: preloaded) })
        regionReader.resolvesRegions = resolveRegions
        let reader = regionReader
        let closed = closedBlocks
        var failed = 0
        try scanner.scan(inputs, preloaded: preloaded, transform: { _, loaded -> Result<R, ReadError> in
            loaded.map { transform(reader.read($0, closedBlocks: closed)) }
        }, consume: { i, input, r in
            switch r {
            case .success(let v): try consume(i, v)
            case .failure(let e):
                failed += 1
                term.diag("renpa \(command): \(e.description)")
            }
            if inputs.count > 20 { term.progress("\(i + 1)/\(inputs.count) files") }
        })
        term.endProgress()
        failures += failed
    }
}

extension CorpusInput {
    /// First pass: n-gram statistics from the first files of the corpus (at most 4M scalars),
    /// read in input order so the result never depends on the thread count. The decoded files go
    /// to `keeping` for the scan.
    static func background(_ inputs: [InputLocation], keeping: PreloadedTexts? = nil) -> NGramIndex? {
        var sample = [SourceText]()
        var size = 0
        for (index, input) in inputs.enumerated() where input != .standardInput {
            guard let bytes = try? DropReader.bytes(of: input), let s = try? SourceText(path: input.displayPath, bytes: bytes) else { continue }
            keeping?.keep(index, s)
            sample.append(s)
            size += s.scalars.count
            if size >= 4_000_000 || sample.count >= 256 { break }
        }
        return sample.count > 1 ? NGramIndex.sample(sample) : nil
    }
}

/// A missing input path: exit status 2.
struct InputError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
