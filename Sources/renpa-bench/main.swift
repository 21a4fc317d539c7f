import Foundation

/// `renpa-bench`: synthetic corpora and timings for renpa (issue "Performance: a gigabyte of pages
/// in seconds, memory flat"). Not part of `swift test`: timings belong in reports, not assertions.
let usage = """
OVERVIEW: renpa-bench — synthetic corpora and timings for renpa.

USAGE: renpa-bench corpus --size SIZE --out DIR [--seed N] [--seeds FOLDER] [options]
       renpa-bench run DIR [--renpa PATH] [--runs N] [options]

Run from the package root (for ./seeds and the built-in phrase lexicon).
See 'renpa-bench corpus --help' and 'renpa-bench run --help'.

"""

let arguments = Array(CommandLine.arguments.dropFirst())
let status: Int32
do {
    switch arguments.first {
    case "corpus" where arguments.contains("--help"): Console.out(CorpusCommand.help + "\n"); status = 0
    case "run" where arguments.contains("--help"): Console.out(RunCommand.help + "\n"); status = 0
    case "corpus": status = try CorpusCommand.run(Array(arguments.dropFirst()))
    case "run": status = try RunCommand.run(Array(arguments.dropFirst()))
    case "--help", "-h", "help": Console.out(usage); status = 0
    default: Console.err(usage); status = 2
    }
} catch let e as BenchError {
    Console.err(e.description + "\n")
    status = e.status
} catch {
    Console.err("renpa-bench: \(error)\n")
    status = 1
}
exit(status)
