import Analysis
import Corpus
import Foundation

/// `renpa check`: a linter for new drops of extracted pages, for CI.
enum CheckCommand: Command {
    static let name = "check"
    static let abstract = "Lint new files for CI: unreadable input, missing bylines, places, reprints of the corpus."
    static let usage = "[--corpus DIR]... [--corpus-cache FILE] [--format text|github|sarif|json] [--strict] [--baseline FILE] [--write-baseline FILE] [--glob PATTERN] [--jobs N] PATH..."
    static let discussion = """
    Checks every file under PATH and prints one line per finding:
      path:line:col: error|warning|note: message [RULE]
    then a summary line. Rules: input/undecodable, input/binary, input/empty, input/mojibake (errors);
    structure/no-byline (error), structure/no-author, structure/implausible-author,
    structure/leftover-text (warnings), structure/unresolved-cut (note); place/corrected,
    place/ambiguous, place/unknown, place/conflict (warnings); duplicate/exact, duplicate/near
    (warnings, errors under --strict): a section whose text is already in --corpus or elsewhere in
    the drop. The README's renpa check section lists every rule with an example.

    Exit status: 0 no errors (warnings allowed), 1 errors (or warnings under --strict),
    2 usage or I/O error.

    --corpus-cache FILE keeps what the duplicate search needs of each corpus file, keyed by the
    file's content: a later check against an unchanged corpus only hashes its files. A changed or
    new file is read and added; a cache made by another renpa build is rebuilt. The findings are
    the same with or without it.

    Examples:
      renpa check new/ --corpus corpus/
      renpa check new/ --corpus corpus/ --corpus-cache .renpa/corpus.sketches
      renpa check new/ --corpus corpus/ --format github
      renpa check corpus/ --write-baseline renpa-baseline.json   (adopt: accept today's findings)
      renpa check corpus/ --baseline renpa-baseline.json         (then fail only on new ones)
    """
    static let options: [OptionSpec] = [
        CommonOptions.format(["text", "github", "sarif", "json"]),
        OptionSpec(names: ["--corpus"], value: "DIR", help: "Files to compare the drop with (repeatable).", repeatable: true),
        OptionSpec(names: ["--corpus-cache"], value: "FILE", help: "Keep the corpus's sketches in FILE for later checks."),
        OptionSpec(names: ["--strict"], value: nil, help: "Duplicates are errors, and any warning fails the run."),
        OptionSpec(names: ["--baseline"], value: "FILE", help: "Leave out the findings listed in FILE."),
        OptionSpec(names: ["--write-baseline"], value: "FILE", help: "Write all current findings to FILE and exit 0."),
        CommonOptions.glob, CommonOptions.jobs,
    ]

    static func run(_ args: ParsedArguments, _ term: Terminal) throws -> Int32 {
        guard !args.positionals.isEmpty else {
            throw UsageError(command: name, message: "no input: give the files or folders to check")
        }
        let corpusArgs = args.all("--corpus")
        if corpusArgs.contains("-") { throw UsageError(command: name, message: "--corpus takes a folder or file, not standard input") }
        let glob = args.value("--glob") ?? "*.txt"
        let reader = DropReader(glob: glob)
        let drop: [InputLocation], corpus: [InputLocation]
        do {
            drop = try reader.expand(args.positionals)
            corpus = try reader.expand(corpusArgs)
        } catch let e as ReadError {
            throw InputError(message: e.description)
        }
        let jobs = try args.int("--jobs", default: ProcessInfo.processInfo.activeProcessorCount, min: 1, command: name)
        var baseline = Baseline()
        if let file = args.value("--baseline") {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw InputError(message: "cannot read baseline '\(file)'")
            }
            do { baseline = try Baseline(json: data) } catch {
                throw InputError(message: "baseline '\(file)': \(error)")
            }
        }

        let checker = Checker(options: CheckOptions(strict: args.flag("--strict"), jobs: jobs))
        let many = drop.count + corpus.count > 20
        var cache: CorpusSketchCache? = nil
        if let file = args.value("--corpus-cache") {
            if corpusArgs.isEmpty { throw UsageError(command: name, message: "--corpus-cache needs --corpus: there is no corpus to cache") }
            cache = CorpusSketchCache(path: file, fingerprint: buildFingerprint())
            if let why = cache?.discarded { term.diag("renpa check: corpus cache \(file) not used (\(why)); rebuilding it") }
        }
        let report = checker.run(drop: drop, corpus: corpus, cache: cache, progress: many ? { term.progress($0) } : nil)
        term.endProgress()
        if let file = args.value("--corpus-cache") {
            if let e = report.cacheError {
                term.diag("renpa check: \(e); the findings stand, the next check will read the corpus again")
            } else if report.cacheWritten || report.cacheAdded > 0 {
                term.diag("renpa check: corpus cache \(file): \(report.cacheReused) files reused, \(report.cacheAdded) read\(report.cacheWritten ? ", written" : "")")
            }
        }

        for e in report.ioErrors { term.diag("renpa check: \(e.description)") }
        if drop.isEmpty {
            term.diag("renpa check: no files matching \(glob) in \(args.positionals.joined(separator: " ")); nothing to check")
        }
        if report.corpusUnreadable > 0 {
            term.diag("renpa check: \(plural(report.corpusUnreadable, "corpus file")) could not be read and \(report.corpusUnreadable == 1 ? "was" : "were") not compared")
        }
        let ioStatus: Int32 = report.ioErrors.isEmpty ? 0 : 2

        if let file = args.value("--write-baseline") {
            let text = CheckJSONPrinter.baseline(report.diagnostics)
            guard FileManager.default.createFile(atPath: file, contents: Data(text.utf8)) else {
                throw InputError(message: "cannot write baseline '\(file)'")
            }
            term.diag("renpa check: wrote \(plural(report.diagnostics.count, "finding")) to \(file)")
            return ioStatus
        }

        let (kept, suppressed) = baseline.filter(report.diagnostics)
        let output = CheckOutput(diagnostics: kept, files: report.files, sections: report.sections,
                                 suppressed: suppressed, rules: checker.rules)
        switch args.value("--format") ?? "text" {
        case "github": term.out(CheckGitHubPrinter.render(output))
        case "sarif": term.out(CheckSarifPrinter.render(output, version: RenpaCLI.version))
        case "json": term.out(CheckJSONPrinter.render(output))
        default: term.out(CheckTextPrinter.render(output, color: term.colorOut))
        }
        if ioStatus != 0 { return ioStatus }
        if output.count(.error) > 0 { return 1 }
        if args.flag("--strict") && output.count(.warning) > 0 { return 1 }
        return 0
    }
}

extension CheckCommand {
    /// Names this renpa build for the corpus cache: the version and hashes of the executable and of
    /// the data files reading uses (gazetteer, common words), so a rebuilt renpa, whose reading may
    /// differ, never trusts sketches another one wrote.
    static func buildFingerprint() -> String {
        var s = "renpa \(RenpaCLI.version)"
        let files = [Bundle.main.executablePath].compactMap { $0 } + DocumentReader.resourceFiles.map(\.path)
        for f in files {
            guard let data = FileManager.default.contents(atPath: f) else { s += " ?"; continue }
            let k = StableHash.content([UInt8](data))
            s += " \(StableHash.hex(k.a))\(StableHash.hex(k.b))"
        }
        return s
    }
}
