import Foundation

/// `renpa-bench run DIR`: times renpa's commands on a corpus and prints the report.
enum RunCommand {
    static let help = """
    USAGE: renpa-bench run DIR [--renpa PATH] [--runs N] [--jobs N] [--only LABEL,…] [--no-identity]
                           [--timeout SECONDS] [--phrases FILE] [--rg PATH] [--keep-outputs]

    Runs, as child processes, `renpa phrases --by file --format tsv`, `phrases --by county --format tsv`,
    `sections --format json`, `stats` and (when renpa has it) `check` on DIR, each --runs times
    (default 3) with --jobs N (default: all cores), output to temporary files, and prints a table:
    median wall time, MiB/s (bytes of DIR's *.txt files / median time), CPU time, peak RSS of the
    child (wait4 ru_maxrss), and, when ripgrep is installed, the ratio to `rg -c -F -f PHRASES DIR`
    with the built-in phrase lexicon (comments removed). Each command also runs once with --jobs 1;
    its output must be byte-identical to every --jobs N output (length + FNV-1a digest).
    `check` runs twice over: with all of DIR as one drop, and as issue #8 sets it, 100 files copied
    from DIR (every k-th) checked against the first top-level folders of DIR that hold 10,000 files.
    --renpa defaults to the renpa next to this binary, then renpa on PATH. --only takes words of
    the labels (e.g. --only stats,county). Exit status 1 if a run failed or outputs differ.
    """

    struct Measured {
        var bench: BenchCase
        var runs: [ChildResult] = []
        var single: ChildResult?
        /// `--jobs 1` output equals every `--jobs N` output (nil when not checked).
        var identical: Bool?
        /// All `--jobs N` outputs equal one another.
        var stable = true
        var digest: FileDigest?
        var firstParallel: FileDigest?
        var failure: String?
    }

    static func run(_ arguments: [String]) throws -> Int32 {
        let o = try Options(arguments, valued: ["--renpa", "--runs", "--jobs", "--only", "--timeout", "--phrases", "--rg"],
                            flagNames: ["--no-identity", "--keep-outputs"])
        guard o.positionals.count == 1, let dir = o.positionals.first else { throw BenchError.usage("run takes one corpus folder") }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw BenchError.failed("\(dir) is not a folder")
        }
        let runs = try o.int("--runs", default: 3, min: 1)
        let machine = Machine.current()
        let jobs = try o.int("--jobs", default: machine.cores, min: 1)
        let timeout = o.value("--timeout").flatMap(Double.init)
        guard let renpa = locateRenpa(o.value("--renpa")) else {
            throw BenchError.failed("cannot find renpa (build it with `swift build -c release` or pass --renpa PATH)")
        }
        let input = InputSize(folder: dir)
        guard input.files > 0 else { throw BenchError.failed("no *.txt files under \(dir)") }

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("renpa-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { if !o.flag("--keep-outputs") { try? FileManager.default.removeItem(atPath: work) } }

        let hasCheck = (try? ChildProcess.run(renpa, ["check", "--help"], stdout: "/dev/null", stderr: "/dev/null"))?.status == 0
        var cases = BenchCase.standard(withCheck: hasCheck)
        if hasCheck { cases.append(BenchCase(label: CheckDrop.label, arguments: [])) }
        if let only = o.value("--only") {
            let words = only.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            cases = cases.filter { c in words.contains { c.label.contains($0) } }
            guard !cases.isEmpty else { throw BenchError.usage("--only \(only) selects no command") }
        }
        // The drop is copied only when its case runs.
        var drop: CheckDrop?
        if let k = cases.firstIndex(where: { $0.label == CheckDrop.label }) {
            let d = try CheckDrop.make(from: dir, work: work)
            cases[k] = d.benchCase
            cases.insert(d.cachedBenchCase(cache: work + "/corpus.sketches"), at: k + 1)
            drop = d
        }

        let version = ((try? runCapture(renpa, ["--version"], work: work)) ?? "?").trimmingCharacters(in: .whitespacesAndNewlines)
        var header = "renpa-bench run\n"
        header += "  machine  \(machine.summary)\n"
        header += "  renpa    \(renpa) (\(version))\(hasCheck ? "" : "; no `check` command yet")\n"
        header += "  corpus   \(dir): \(input.files) files, \(ByteSize.format(input.bytes))\n"
        if let d = drop, cases.contains(where: \.isCheckDrop) {
            header += "  check    \(CheckDrop.dropFiles) files copied from the corpus, against \(d.corpusCount.files) files (\(ByteSize.format(d.corpusCount.bytes))) in \(d.corpus.count) folder(s)\n"
        }
        header += "  runs     \(runs) per command with --jobs \(jobs)" + (o.flag("--no-identity") || jobs == 1 ? "" : ", plus one with --jobs 1") + "\n\n"
        Console.out(header)

        var results = [Measured]()
        for c in cases {
            results.append(measure(c, renpa: renpa, dir: dir, jobs: jobs, runs: runs, identity: !o.flag("--no-identity") && jobs > 1,
                                   timeout: timeout, work: work))
        }
        let rg = try measureRipgrep(o, dir: dir, runs: runs, work: work, timeout: timeout)
        Console.out(Report.table(results, input: input, jobs: jobs, ripgrep: rg))
        Console.out("\n" + Report.verdicts(results, input: input, ripgrep: rg) + "\n")
        if o.flag("--keep-outputs") { Console.out("\nOutputs kept in \(work)\n") }
        let bad = results.contains { $0.failure != nil || $0.identical == false || !$0.stable }
        return bad ? 1 : 0
    }

    /// Runs one command: once with --jobs 1 (also warms the page cache), then `runs` times with --jobs N.
    static func measure(_ c: BenchCase, renpa: String, dir: String, jobs: Int, runs: Int, identity: Bool,
                        timeout: Double?, work: String) -> Measured {
        var m = Measured(bench: c)
        let slug = c.label.replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "")
        let err = work + "/\(slug).stderr"
        func once(_ j: Int, _ out: String) -> ChildResult? {
            let args = c.arguments + (c.corpusArguments ?? [dir]) + ["--jobs", String(j)]
            do {
                let r = try ChildProcess.run(renpa, args, stdout: out, stderr: err, timeout: timeout)
                Console.err("  \(c.label) --jobs \(j): " + String(format: "%.2f s, %.0f MiB RSS", r.seconds, Double(r.peakRSS) / 1_048_576)
                            + (r.status.map { $0 == 0 ? "" : ", exit \($0)" } ?? ", signal \(r.signal ?? 0)") + "\n")
                if r.timedOut { m.failure = "timed out after \(Int(timeout ?? 0)) s"; return nil }
                guard let s = r.status, s <= 1 else {
                    let tail = ((try? String(contentsOfFile: err, encoding: .utf8)) ?? "").suffix(400)
                    m.failure = "exit \(r.status.map(String.init) ?? "signal \(r.signal ?? 0)"): \(tail)"
                    return nil
                }
                return r
            } catch {
                m.failure = "\(error)"
                return nil
            }
        }
        for _ in 0..<c.warmUpRuns {
            Console.err("  (warm-up)\n")
            guard once(jobs, work + "/\(slug).warmup.out") != nil else { return m }
        }
        if identity {
            let out1 = work + "/\(slug).j1.out"
            guard let r = once(1, out1) else { return m }
            m.single = r
            m.digest = FileDigest(path: out1)
            m.identical = true
        }
        let outN = work + "/\(slug).jN.out"
        for _ in 0..<runs {
            guard let r = once(jobs, outN) else { return m }
            m.runs.append(r)
            let d = FileDigest(path: outN)
            if let first = m.digest { if d != first { m.identical = false } } else { m.digest = d }
            if let p = m.firstParallel { if d != p { m.stable = false } } else { m.firstParallel = d }
        }
        return m
    }

    /// ripgrep's time for `rg -c -F -f PHRASES DIR` (nil when rg is not installed).
    static func measureRipgrep(_ o: Options, dir: String, runs: Int, work: String, timeout: Double?) throws -> (seconds: Double, phrases: Int)? {
        guard let rg = ChildProcess.which(o.value("--rg") ?? "rg") else {
            Console.err("  ripgrep not found: no rg column (apt-get install ripgrep)\n")
            return nil
        }
        guard let lexicon = o.value("--phrases") ?? locateLexicon(),
              let data = FileManager.default.contents(atPath: lexicon) else {
            Console.err("  built-in phrase lexicon not found (pass --phrases FILE): no rg column\n")
            return nil
        }
        let phrases = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        let list = work + "/phrases.txt"
        _ = FileManager.default.createFile(atPath: list, contents: Data((phrases.joined(separator: "\n") + "\n").utf8))
        var times = [Double]()
        for i in 0...runs {  // run 0 warms up
            let r = try ChildProcess.run(rg, ["-c", "-F", "-f", list, dir], stdout: work + "/rg.out", stderr: work + "/rg.stderr", timeout: timeout)
            guard let s = r.status, s <= 1 else { Console.err("  rg failed\n"); return nil }
            if i > 0 { times.append(r.seconds) }
            Console.err("  rg -c -F -f PHRASES: " + String(format: "%.2f s", r.seconds) + "\n")
        }
        return (median(times), phrases.count)
    }

    /// renpa: the given path, the binary next to this one, or the one on PATH.
    static func locateRenpa(_ given: String?) -> String? {
        if let given { return ChildProcess.which(given) }
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let sibling = here.appendingPathComponent("renpa").path
        if FileManager.default.isExecutableFile(atPath: sibling) { return sibling }
        return ChildProcess.which("renpa")
    }

    /// `Sources/Analysis/Resources/phrases.txt` from the working directory or above the bench binary,
    /// or the copy SwiftPM puts in the build folder's resource bundle.
    static func locateLexicon() -> String? {
        let fm = FileManager.default
        var candidates = [fm.currentDirectoryPath + "/Sources/Analysis/Resources/phrases.txt"]
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(dir.appendingPathComponent("renpa_Analysis.resources/Resources/phrases.txt").path)
        candidates.append(dir.appendingPathComponent("renpa_Analysis.resources/phrases.txt").path)
        for _ in 0..<4 {
            dir = dir.deletingLastPathComponent()
            candidates.append(dir.appendingPathComponent("Sources/Analysis/Resources/phrases.txt").path)
        }
        return candidates.first { fm.fileExists(atPath: $0) }
    }

    /// Standard output of a short command.
    static func runCapture(_ exe: String, _ args: [String], work: String) throws -> String {
        let out = work + "/capture.out"
        _ = try ChildProcess.run(exe, args, stdout: out, stderr: "/dev/null")
        return (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    }
}
