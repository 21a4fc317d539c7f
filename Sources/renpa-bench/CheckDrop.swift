import Foundation

/// The setting of issue #8's `check` target: a drop of 100 new files checked against a corpus of
/// about 10,000 files. The corpus is the first top-level folders of DIR (in name order) that
/// together hold at least `corpusFiles` files, or all of DIR; the drop is copied from that corpus
/// (every k-th file in path order), so each drop file has its original there, as a reprint would.
struct CheckDrop {
    static let dropFiles = 100
    static let corpusFiles = 10_000
    /// The target: the whole check under this many seconds.
    static let targetSeconds = 5.0
    /// The case's label in the report.
    static let label = "check 100 new vs corpus"

    /// Folder of the copied drop.
    var drop: String
    /// `--corpus` folders.
    var corpus: [String]
    var corpusCount: InputSize

    /// Picks the corpus folders of `dir` and copies the drop from their files into `work/drop`.
    static func make(from dir: String, work: String) throws -> CheckDrop {
        let fm = FileManager.default
        let root = URL(fileURLWithPath: dir)
        // Top-level folders in name order until enough files; loose files in DIR need DIR itself.
        let entries = ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        var folders = [String](), size = InputSize()
        let hasLooseFiles = entries.contains { $0.hasSuffix(".txt") }
        if !hasLooseFiles {
            for e in entries {
                let path = root.appendingPathComponent(e).path
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { continue }
                let s = InputSize(folder: path)
                folders.append(path)
                size.files += s.files
                size.bytes += s.bytes
                if size.files >= corpusFiles { break }
            }
        }
        if folders.isEmpty || hasLooseFiles { folders = [dir]; size = InputSize(folder: dir) }
        // The drop: every k-th file of that corpus, so each has its original there.
        let all = folders.flatMap { textFiles(under: URL(fileURLWithPath: $0)) }
        guard !all.isEmpty else { throw BenchError.failed("no *.txt files under \(dir)") }
        let drop = work + "/drop"
        try? fm.removeItem(atPath: drop)
        try fm.createDirectory(atPath: drop, withIntermediateDirectories: true)
        let step = max(1, all.count / dropFiles)
        for (k, i) in stride(from: step / 2, to: all.count, by: step).prefix(dropFiles).enumerated() {
            try fm.copyItem(atPath: all[i].path, toPath: drop + String(format: "/%03d.txt", k))
        }
        return CheckDrop(drop: drop, corpus: folders, corpusCount: size)
    }

    /// The bench case: `check DROP --corpus F1 --corpus F2 …`.
    var benchCase: BenchCase {
        var c = BenchCase(label: CheckDrop.label, arguments: ["check", drop])
        c.corpusArguments = corpus.flatMap { ["--corpus", $0] }
        return c
    }

    /// The same check as CI runs it day after day: with `--corpus-cache FILE`, filled by one untimed
    /// run first, so the timed runs hash the corpus files instead of reading them.
    func cachedBenchCase(cache: String) -> BenchCase {
        var c = BenchCase(label: CheckDrop.cachedLabel, arguments: ["check", drop, "--corpus-cache", cache])
        c.corpusArguments = corpus.flatMap { ["--corpus", $0] }
        c.warmUpRuns = 1
        return c
    }

    /// The cached case's label.
    static let cachedLabel = "check 100 new vs corpus, cached"

    private static func textFiles(under root: URL) -> [URL] {
        guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                     options: [.skipsHiddenFiles]) else { return [] }
        var out = [URL]()
        for case let url as URL in e where url.pathExtension == "txt" {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true { out.append(url) }
        }
        return out.sorted { $0.path < $1.path }
    }
}
