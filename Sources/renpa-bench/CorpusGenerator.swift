import Dispatch
import Foundation

/// Produces the synthetic files, one at a time, each from its own seeded generator.
///
/// File `i` depends only on the seed, the seed texts and `i`, so files can be built in parallel
/// and the corpus is the same bytes on every run and machine (given the same Foundation GB18030
/// encoder). Each file holds 16–24 KiB (in its own encoding) of paragraphs taken in short runs
/// from random seeds, rewritten by `TextMutator`.
struct CorpusGenerator: Sendable {
    let pool: SeedPool
    let mutator: TextMutator
    let seed: UInt64
    /// Share of files in GB18030 (the same share again is CRLF).
    let encodingShare: Double
    /// Share of files whose long lines are re-wrapped.
    let rewrapShare: Double

    static let minFileBytes = 16 * 1024
    static let maxFileBytes = 24 * 1024

    /// One generated file.
    struct File: Sendable {
        var bytes: [UInt8]
        var encoding: FileEncoding
        var rewrapped: Bool
    }

    /// The relative path of file `i`: `a3/b7/003712.txt` (100 files per folder).
    static func relativePath(_ i: Int) -> String {
        "a\(i / 1000)/b\((i / 100) % 10)/" + String(format: "%06d", i) + ".txt"
    }

    /// Builds file `index`.
    func file(_ index: Int) -> File {
        var rng = SplitMix64(seed: seed, stream: UInt64(index))
        let target = rng.int(CorpusGenerator.minFileBytes...CorpusGenerator.maxFileBytes)
        let encoding = FileEncoding.draw(share: encodingShare, &rng)
        let variant = mutator.variant(rewrapShare: rewrapShare, &rng)
        var bytes = [UInt8]()
        bytes.reserveCapacity(CorpusGenerator.maxFileBytes)
        var guardCount = 0
        while bytes.count < target && guardCount < 10_000 {
            guardCount += 1
            // A run of 1–6 consecutive paragraphs from a random seed.
            let s = rng.index(pool.seeds.count)
            let paragraphs = pool.seeds[s]
            guard !paragraphs.isEmpty else { continue }
            var p = rng.index(paragraphs.count)
            let run = rng.int(1...6)
            for _ in 0..<run where p < paragraphs.count && bytes.count < target {
                let lines = mutator.mutate(paragraphs[p], variant, &rng)
                let chunk = encoding.encode(lines, leadingBreaks: bytes.isEmpty ? 0 : 1)
                if bytes.count + chunk.count <= CorpusGenerator.maxFileBytes {
                    bytes += chunk
                } else if bytes.count < CorpusGenerator.minFileBytes {
                    bytes += truncated(lines, encoding: encoding, leading: bytes.isEmpty ? 0 : 1,
                                       room: CorpusGenerator.maxFileBytes - bytes.count)
                    return File(bytes: bytes, encoding: encoding, rewrapped: variant.rewrap)
                } else {
                    return File(bytes: bytes, encoding: encoding, rewrapped: variant.rewrap)
                }
                p += 1
            }
        }
        return File(bytes: bytes, encoding: encoding, rewrapped: variant.rewrap)
    }

    /// The longest prefix of `lines` whose encoding fits in `room` bytes, cut after a 。 when
    /// one is near the end.
    private func truncated(_ lines: Paragraph, encoding: FileEncoding, leading: Int, room: Int) -> [UInt8] {
        let newline: Unicode.Scalar = "\n"
        var flat = [Unicode.Scalar]()
        for line in lines { flat += line; flat.append(newline) }
        func encoded(_ n: Int) -> [UInt8] {
            let cut = flat[0..<n].split(separator: newline, omittingEmptySubsequences: false).map { Array($0) }
            let body = cut.last?.isEmpty == true ? Array(cut.dropLast()) : cut
            return encoding.encode(body, leadingBreaks: leading)
        }
        var lo = 0, hi = flat.count
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if encoded(mid).count <= room { lo = mid } else { hi = mid - 1 }
        }
        let stop: Unicode.Scalar = "。"
        if let at = flat[0..<lo].lastIndex(of: stop), lo - at < 200 { lo = at + 1 }
        return encoded(lo)
    }
}
