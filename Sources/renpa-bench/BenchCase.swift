/// One renpa invocation the bench times, e.g. `phrases --by file --format tsv`.
struct BenchCase: Sendable {
    /// Short label for the table.
    var label: String
    /// Arguments before the corpus path and `--jobs`.
    var arguments: [String]
    /// Replaces the corpus path (nil: DIR itself).
    var corpusArguments: [String]? = nil
    /// Untimed runs before the measured ones (to fill a cache the case relies on).
    var warmUpRuns = 0
    /// The cases judged by their time alone (issue #8: under 5 s), not by throughput.
    var isCheckDrop: Bool { corpusArguments != nil }

    /// The commands of the issue, in report order; `check` only when renpa has it.
    static func standard(withCheck: Bool) -> [BenchCase] {
        var cases = [
            BenchCase(label: "phrases --by file", arguments: ["phrases", "--by", "file", "--format", "tsv"]),
            BenchCase(label: "phrases --by county", arguments: ["phrases", "--by", "county", "--format", "tsv"]),
            BenchCase(label: "sections --format json", arguments: ["sections", "--format", "json"]),
            BenchCase(label: "stats", arguments: ["stats"]),
        ]
        if withCheck { cases.append(BenchCase(label: "check (DIR as one drop)", arguments: ["check"])) }
        return cases
    }
}

/// What issue #8 asks for, printed with the report (never asserted in tests: timings depend on
/// the machine). "A gigabyte of pages in seconds, memory flat."
enum Targets {
    /// Throughput of `phrases --by file`, and of everything else (`stats` does all the work).
    static let phrasesMiBPerSecond = 400.0
    static let otherMiBPerSecond = 100.0
    /// Peak RSS of one run at 1 GiB (and within 20% of the 256 MiB figure).
    static let peakRSSBytes = 150 * 1024 * 1024
    /// `phrases --by file` at least 40% of ripgrep's throughput: its time at most 2.5× rg's.
    static let ripgrepRatio = 2.5
    /// Two jobs at least this much faster than one.
    static let twoJobSpeedup = 1.7

    static func mibPerSecond(_ label: String) -> Double {
        label == "phrases --by file" ? phrasesMiBPerSecond : otherMiBPerSecond
    }

    static let text = """
    Targets (issue #8, "Performance: a gigabyte of pages in seconds, memory flat"):
      throughput   phrases --by file >= \(Int(phrasesMiBPerSecond)) MiB/s; stats (and the rest) >= \(Int(otherMiBPerSecond)) MiB/s
      vs ripgrep   phrases --by file at least 40% of `rg -c -F -f PHRASES` throughput (time <= \(ripgrepRatio)x rg's)
      memory       peak RSS <= \(peakRSSBytes >> 20) MiB at 1 GiB, within 20% of the 256 MiB figure
      check        `check` of a 100-file drop against a 10,000-file corpus < 5 s
      scaling      time at 1 GiB <= 4.4x time at 256 MiB; two jobs >= \(twoJobSpeedup)x faster than one
      determinism  --jobs 1 and --jobs N outputs byte-identical (a correctness requirement, not a target)
    """
}

/// The median of a non-empty list.
func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}
