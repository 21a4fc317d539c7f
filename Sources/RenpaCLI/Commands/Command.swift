/// One `renpa` subcommand: its name, help text, options, and what it does.
protocol Command: Sendable {
    /// The word after `renpa`.
    static var name: String { get }
    /// One line for `renpa --help`.
    static var abstract: String { get }
    /// Usage line(s) after `renpa NAME`.
    static var usage: String { get }
    /// Longer help: what it prints, the formats, examples.
    static var discussion: String { get }
    /// Options besides `--help`.
    static var options: [OptionSpec] { get }

    /// Runs with parsed arguments; returns the exit status (0 ok, 1 findings, 2 usage or I/O error).
    static func run(_ args: ParsedArguments, _ term: Terminal) throws -> Int32
}

extension Command {
    static var helpText: String {
        var s = "OVERVIEW: \(abstract)\n\nUSAGE: renpa \(name) \(usage)\n"
        if !discussion.isEmpty { s += "\n" + discussion + "\n" }
        s += "\nOPTIONS:\n"
        let all = options + [OptionSpec(names: ["--help", "-h"], value: nil, help: "Show this help.")]
        for o in all {
            var left = "  " + o.names.joined(separator: ", ")
            if let v = o.value { left += " " + v }
            let pad = left.count < 28 ? String(repeating: " ", count: 28 - left.count) : "\n" + String(repeating: " ", count: 28)
            var help = o.help
            if !o.choices.isEmpty { help += " (" + o.choices.joined(separator: "|") + ")" }
            s += left + pad + help + "\n"
        }
        return s
    }
}

/// Options shared by every command that reads a corpus.
enum CommonOptions {
    static let glob = OptionSpec(names: ["--glob"], value: "PATTERN", help: "File names to take from folders (default *.txt).")
    static let jobs = OptionSpec(names: ["--jobs", "-j"], value: "N", help: "Worker threads (default: all cores).")
    static func format(_ choices: [String]) -> OptionSpec {
        OptionSpec(names: ["--format", "-f"], value: "FORMAT", help: "Output format (default \(choices[0])).", choices: choices)
    }
}
