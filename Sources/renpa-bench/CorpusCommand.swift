import Dispatch
import Foundation

/// `renpa-bench corpus --size 256m --out DIR [--seed N] [--seeds seeds/]`: writes the synthetic corpus.
///
/// Files are built in parallel batches and written in index order as soon as their batch is done,
/// so memory holds one batch (64 files × ≤ 24 KiB) plus the seed paragraphs, whatever the size.
enum CorpusCommand {
    static let help = """
    USAGE: renpa-bench corpus --size SIZE --out DIR [--seed N] [--seeds FOLDER] [--divisions TSV]
                              [--encoding-share P] [--rewrap-share P] [--jobs N] [--force]

    Writes a deterministic synthetic corpus of at least SIZE bytes (256m, 1g, 300MiB, …) into DIR:
    files of 16–24 KiB in nested folders (DIR/a3/b7/003712.txt), built from the paragraphs of the
    seed texts (default ./seeds), shuffled across files in short runs, with county and person names
    swapped, numbers perturbed, long lines re-wrapped at 14–40 characters in a share of files
    (default 0.25), and a share of files in GB18030 and as many in CRLF (default 0.03 each).
    The same seed (default 1) and seed texts give the same bytes. DIR must be empty or missing
    (--force writes into a non-empty folder). A manifest is written to DIR/.renpa-bench-corpus.tsv.
    """

    static func run(_ arguments: [String]) throws -> Int32 {
        let o = try Options(arguments, valued: ["--size", "--out", "--seed", "--seeds", "--divisions", "--encoding-share", "--rewrap-share", "--jobs"],
                            flagNames: ["--force"])
        guard o.positionals.isEmpty else { throw BenchError.usage("corpus takes no positional arguments") }
        guard let sizeText = o.value("--size") else { throw BenchError.usage("corpus needs --size (e.g. 256m)") }
        guard let size = ByteSize.parse(sizeText) else { throw BenchError.usage("cannot read size '\(sizeText)'") }
        guard let out = o.value("--out") else { throw BenchError.usage("corpus needs --out DIR") }
        let seedText = o.value("--seed") ?? "1"
        guard let seed = UInt64(seedText) else { throw BenchError.usage("--seed takes a whole number, not '\(seedText)'") }
        let share = Double(o.value("--encoding-share") ?? "0.03") ?? -1
        let rewrap = Double(o.value("--rewrap-share") ?? "0.25") ?? -1
        guard share >= 0 && share <= 0.5, rewrap >= 0 && rewrap <= 1 else {
            throw BenchError.usage("--encoding-share takes 0…0.5 and --rewrap-share 0…1")
        }
        let jobs = try o.int("--jobs", default: ProcessInfo.processInfo.activeProcessorCount, min: 1)

        let fm = FileManager.default
        if let existing = try? fm.contentsOfDirectory(atPath: out), !existing.isEmpty, !o.flag("--force") {
            throw BenchError.failed("\(out) is not empty (use --force to write into it anyway)")
        }
        let pool = try SeedPool(folder: o.value("--seeds") ?? "seeds")
        let names = NamePools(divisions: o.value("--divisions"), seedCounties: pool.counties)
        let generator = CorpusGenerator(pool: pool, mutator: TextMutator(pool: pool, names: names), seed: seed,
                                        encodingShare: share, rewrapShare: rewrap)
        Console.err("renpa-bench corpus: \(pool.names.count) seeds, \(pool.seeds.map(\.count).reduce(0, +)) paragraphs, "
            + "\(pool.counties.count) seed counties, \(pool.people.count) seed names; \(names.counties.count) replacement counties (\(names.countySource))\n")

        let started = DispatchTime.now().uptimeNanoseconds
        var stats = WriteStats()
        var index = 0
        var madeFolders = Set<String>()
        let batch = 64
        let tty = isatty(2) == 1
        while stats.bytes < size {
            let files = build(generator, from: index, count: batch, jobs: jobs)
            for f in files where stats.bytes < size {
                let rel = CorpusGenerator.relativePath(index)
                let path = (out as NSString).appendingPathComponent(rel)
                let folder = (path as NSString).deletingLastPathComponent
                if madeFolders.insert(folder).inserted {
                    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                try writeFile(path, f.bytes)
                stats.add(f)
                index += 1
            }
            if tty { Console.err("\r\u{1B}[K\(stats.files) files, \(ByteSize.format(stats.bytes))") }
        }
        if tty { Console.err("\r\u{1B}[K") }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        var manifest = stats.manifest(seed: seed, requested: size, seeds: pool.names, counties: names.countySource,
                                      encodingShare: share, rewrapShare: rewrap)
        manifest += "swapped_counties\t\(pool.counties.joined(separator: ","))\n"
        manifest += "swapped_people\t\(pool.people.joined(separator: ","))\n"
        _ = fm.createFile(atPath: (out as NSString).appendingPathComponent(".renpa-bench-corpus.tsv"), contents: Data(manifest.utf8))
        Console.out(manifest)
        Console.err("renpa-bench corpus: wrote \(ByteSize.format(stats.bytes)) in " + String(format: "%.1f s (%.0f MiB/s)\n",
                    seconds, Double(stats.bytes) / 1_048_576 / max(seconds, 1e-9)))
        return 0
    }

    /// Writes `bytes` to a new file with plain POSIX calls (Foundation's `createFile` writes a
    /// temporary file, fsyncs and renames it: several times slower for thousands of small files).
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw BenchError.failed("cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        try bytes.withUnsafeBytes { raw in
            var off = 0
            while off < raw.count {
                let n = write(fd, raw.baseAddress! + off, raw.count - off)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw BenchError.failed("cannot write \(path): \(String(cString: strerror(errno)))") }
                off += n
            }
        }
    }

    /// Files `from..<from+count`, built by `jobs` workers, returned in index order.
    static func build(_ g: CorpusGenerator, from: Int, count: Int, jobs: Int) -> [CorpusGenerator.File] {
        let slots = Slots<CorpusGenerator.File>(count: count)
        let workers = min(jobs, count)
        if workers <= 1 {
            for i in 0..<count { slots.set(i, g.file(from + i)) }
        } else {
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var i = w
                while i < count { slots.set(i, g.file(from + i)); i += workers }
            }
        }
        return slots.all()
    }
}

/// Counts of what was written, for the manifest.
struct WriteStats {
    var files = 0
    var bytes = 0
    var encodings: [FileEncoding: Int] = [:]
    var rewrapped = 0
    var smallest = Int.max
    var largest = 0

    mutating func add(_ f: CorpusGenerator.File) {
        files += 1
        bytes += f.bytes.count
        encodings[f.encoding, default: 0] += 1
        if f.rewrapped { rewrapped += 1 }
        smallest = min(smallest, f.bytes.count)
        largest = max(largest, f.bytes.count)
    }

    func manifest(seed: UInt64, requested: Int, seeds: [String], counties: String, encodingShare: Double, rewrapShare: Double) -> String {
        var s = "# renpa-bench synthetic corpus\n"
        s += "generator\trenpa-bench corpus v1\n"
        s += "seed\t\(seed)\n"
        s += "requested_bytes\t\(requested)\n"
        s += "bytes\t\(bytes)\n"
        s += "files\t\(files)\n"
        s += "file_bytes\t\(smallest == Int.max ? 0 : smallest)..\(largest)\n"
        for e in FileEncoding.allCases { s += "encoding \(e.rawValue)\t\(encodings[e] ?? 0)\n" }
        s += "rewrapped\t\(rewrapped)\n"
        s += "encoding_share\t\(encodingShare)\nrewrap_share\t\(rewrapShare)\n"
        s += "seeds\t\(seeds.joined(separator: ","))\n"
        s += "counties\t\(counties)\n"
        return s
    }
}

/// Result slots for one batch, each written by exactly one worker thread.
final class Slots<T: Sendable>: @unchecked Sendable {
    private var items: [T?]
    private let lock = NSLock()
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.lock(); items[i] = v; lock.unlock() }
    func all() -> [T] { lock.lock(); defer { lock.unlock() }; return items.map { $0! } }
}
