import Foundation

/// The printed report: a Markdown-compatible table (paste it into docs/benchmark.md) and the
/// targets with what was met.
enum Report {
    static func table(_ results: [RunCommand.Measured], input: InputSize, jobs: Int, ripgrep: (seconds: Double, phrases: Int)?) -> String {
        let mib = Double(input.bytes) / 1_048_576
        var rows = [["command", "median s", "MiB/s", "CPU s", "peak RSS MiB", "CPU stall", "--jobs 1 s", "speedup", "j1 = j\(jobs)", "× rg"]]
        for m in results {
            guard m.failure == nil, !m.runs.isEmpty else {
                rows.append([m.bench.label, "FAILED", "", "", "", "", "", "", "", ""])
                continue
            }
            let t = median(m.runs.map(\.seconds))
            let cpu = median(m.runs.map(\.cpuSeconds))
            let rss = m.runs.map(\.peakRSS).max() ?? 0
            let stalls = m.runs.compactMap(\.cpuStall)
            rows.append([
                m.bench.label, f2(t), m.bench.isCheckDrop ? "–" : String(format: "%.1f", mib / t), f2(cpu), String(format: "%.0f", Double(rss) / 1_048_576),
                stalls.isEmpty ? "–" : String(format: "%.0f%%", median(stalls) * 100),
                m.single.map { f2($0.seconds) } ?? "–",
                m.single.map { String(format: "%.2f×", $0.seconds / t) } ?? "–",
                !m.stable ? "RUNS DIFFER" : (m.identical.map { $0 ? "identical" : "DIFFERENT" } ?? "–"),
                m.bench.isCheckDrop ? "–" : ripgrep.map { String(format: "%.1f", t / $0.seconds) } ?? "–",
            ])
        }
        if let rg = ripgrep {
            rows.append(["rg -c -F -f PHRASES (\(rg.phrases) phrases)", f2(rg.seconds), String(format: "%.1f", mib / rg.seconds), "", "", "", "", "", "", "1.0"])
        }
        var out = markdown(rows)
        out += "\nCPU s: user + system time of the child (median); speedup: --jobs 1 time / median time; CPU stall: share of\n"
        out += "the wall time in which some task waited for a CPU (/proc/pressure/cpu) — high values mean a busy, shared machine.\n"
        for m in results {
            if let f = m.failure { out += "\n\(m.bench.label): \(f)\n" }
        }
        return out
    }

    static func verdicts(_ results: [RunCommand.Measured], input: InputSize, ripgrep: (seconds: Double, phrases: Int)?) -> String {
        let mib = Double(input.bytes) / 1_048_576
        var s = Targets.text + "\n\nMeasured against the targets:\n"
        for m in results where m.failure == nil && !m.runs.isEmpty {
            let t = median(m.runs.map(\.seconds))
            let speed = mib / t
            let rss = m.runs.map(\.peakRSS).max() ?? 0
            var parts = m.bench.isCheckDrop ? [
                String(format: "%.2f s (target < %.0f s) ", t, CheckDrop.targetSeconds) + (t < CheckDrop.targetSeconds ? "met" : "MISSED"),
            ] : [
                String(format: "%.1f MiB/s ", speed) + (speed >= Targets.mibPerSecond(m.bench.label) ? "met" : "MISSED"),
                String(format: "1 GiB ≈ %.0f s", 1024 / speed),
            ]
            parts.append(String(format: "RSS %.0f MiB ", Double(rss) / 1_048_576) + (rss <= Targets.peakRSSBytes ? "met" : "MISSED"))
            if let j1 = m.single?.seconds, t > 0 {
                let speedup = j1 / t
                parts.append(String(format: "%.2f× from 2 jobs ", speedup) + (speedup >= Targets.twoJobSpeedup ? "met" : "MISSED"))
            }
            if m.bench.label == "phrases --by file", let rg = ripgrep {
                let ratio = t / rg.seconds
                parts.append(String(format: "%.1f× rg ", ratio) + (ratio <= Targets.ripgrepRatio ? "met" : "MISSED"))
            }
            if !m.stable {
                parts.append("OUTPUT DIFFERS FROM RUN TO RUN (try SWIFT_DETERMINISTIC_HASHING=1: hash-order dependence)")
            } else if let same = m.identical {
                parts.append(same ? "jobs-invariant" : "--jobs 1 OUTPUT DIFFERS (jobs dependence, or run-to-run: rerun with SWIFT_DETERMINISTIC_HASHING=1 to tell)")
            }
            s += "  " + m.bench.label.padding(toLength: max(26, m.bench.label.count + 1), withPad: " ", startingAt: 0) + parts.joined(separator: "; ") + "\n"
        }
        return s
    }

    private static func f2(_ x: Double) -> String { String(format: "%.2f", x) }

    /// A Markdown pipe table with padded columns (first row is the header).
    static func markdown(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { c in rows.map { width($0[c]) }.max() ?? 0 }
        func line(_ r: [String]) -> String {
            "| " + r.indices.map { c in r[c] + String(repeating: " ", count: widths[c] - width(r[c])) }.joined(separator: " | ") + " |\n"
        }
        var out = line(rows[0])
        out += "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|\n"
        for r in rows.dropFirst() { out += line(r) }
        return out
    }

    /// Display width: East Asian wide characters (CJK, Hangul, full-width forms) count two.
    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { w, c in
            let v = c.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || v >= 0x20000
            return w + (wide ? 2 : 1)
        }
    }
}
