import Analysis

/// What the `renpa check` printers show: the findings left after the baseline, and the counts for
/// the summary line.
struct CheckOutput {
    var diagnostics: [Diagnostic]
    var files: Int
    var sections: Int
    /// Findings left out because the baseline lists them.
    var suppressed: Int
    /// The rules that ran (SARIF lists them).
    var rules: [any CheckRule]

    func count(_ s: Severity) -> Int { diagnostics.filter { $0.severity == s }.count }

    /// `3 files, 12 sections: 1 error, 2 warnings, 0 notes` (+ `, 4 suppressed by baseline`).
    var summary: String {
        var s = "\(plural(files, "file")), \(plural(sections, "section")): "
            + "\(plural(count(.error), "error")), \(plural(count(.warning), "warning")), \(plural(count(.note), "note"))"
        if suppressed > 0 { s += ", \(suppressed) suppressed by baseline" }
        return s
    }
}

/// `1 file`, `2 files`.
func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
