/// One renpa invocation the bench times, e.g. `phrases --by file --format tsv`.
struct BenchCase: Sendable {
    /// Short label for the table.
    var label: String
    /// Arguments before the corpus path and `--jobs`.
    var arguments: [String]

    /// The commands of the issue, in report order; `check` only when renpa has it.
    static func standard(withCheck: Bool) -> [BenchCase] {
        var cases = [
            BenchCase(label: "phrases --by file", arguments: ["phrases", "--by", "file", "--format", "tsv"]),
            BenchCase(label: "phrases --by county", arguments: ["phrases", "--by", "county", "--format", "tsv"]),
            BenchCase(label: "sections --format json", arguments: ["sections", "--format", "json"]),
            BenchCase(label: "stats", arguments: ["stats"]),
        ]
        if withCheck { cases.append(BenchCase(label: "check", arguments: ["check"])) }
        return cases
    }
}

/// What the issue asks for, printed with the report (never asserted in tests: timings depend on
/// the machine). "A gigabyte of pages in seconds, memory flat."
enum Targets {
    /// Throughput per command: 1 GiB in at most ~10 s.
    static let mibPerSecond = 100.0
    /// Peak RSS of one run, whatever the corpus size.
    static let peakRSSBytes = 256 * 1024 * 1024
    /// `phrases` within this factor of `rg -c -F -f PHRASES` on the same files.
    static let ripgrepRatio = 10.0

    static let text = """
    Targets (issue "Performance: a gigabyte of pages in seconds, memory flat"):
      throughput   >= \(Int(mibPerSecond)) MiB/s per command (1 GiB in ~10 s or less)
      memory       peak RSS <= \(peakRSSBytes >> 20) MiB per run, and the same for 256 MiB and 1 GiB corpora
      vs ripgrep   phrases within \(Int(ripgrepRatio))x of `rg -c -F -f PHRASES` (rg counts matching lines: a floor, not the same job)
      determinism  --jobs 1 and --jobs N outputs byte-identical (a correctness requirement, not a target)
    """
}

/// The median of a non-empty list.
func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}
