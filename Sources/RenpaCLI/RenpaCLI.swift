import Foundation

/// The `renpa` command line: dispatches to subcommands, prints help and usage errors.
public enum RenpaCLI {
    static let commands: [any Command.Type] = [
        StatsCommand.self, SectionsCommand.self, PhrasesCommand.self, KwicCommand.self, SlogansCommand.self,
        FiguresCommand.self, RegionsCommand.self, CheckCommand.self,
    ]

    static let version = "0.1.0"

    /// Runs `renpa` with `arguments` (without the program name) on the standard streams.
    public static func main(_ arguments: [String]) -> Int32 {
        let term = Terminal(standardStreams: true)
        return run(arguments, term)
    }

    /// Runs `renpa` and returns (status, stdout, stderr) — for tests.
    public static func capture(_ arguments: [String], environment: [String: String] = [:]) -> (status: Int32, out: String, err: String) {
        let term = Terminal(standardStreams: false, environment: environment)
        let status = run(arguments, term)
        return (status, term.outText, term.errText)
    }

    static func run(_ arguments: [String], _ term: Terminal) -> Int32 {
        guard let first = arguments.first else {
            term.err(overview)
            return 2
        }
        if first == "--help" || first == "-h" || first == "help" {
            if arguments.count > 1, let c = commands.first(where: { $0.name == arguments[1] }) {
                term.out(c.helpText)
            } else {
                term.out(overview)
            }
            return 0
        }
        if first == "--version" { term.line("renpa \(version)"); return 0 }
        guard let command = commands.first(where: { $0.name == first }) else {
            let hint = closest(first, in: commands.map { $0.name }).map { " (did you mean '\($0)'?)" } ?? ""
            term.diag("renpa: unknown command '\(first)'\(hint)\nTry 'renpa --help'.")
            return 2
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            term.out(command.helpText)
            return 0
        }
        do {
            let parsed = try parseArguments(rest, specs: command.options, command: command.name)
            return try command.run(parsed, term)
        } catch let e as UsageError {
            term.diag(e.description)
            return 2
        } catch {
            term.diag("renpa \(command.name): \(error)")
            return 2
        }
    }

    static var overview: String {
        var s = """
        OVERVIEW: renpa — corpus analyzer for the reporting texts of China's local people's congresses.

        USAGE: renpa <command> [options] PATH...

        PATH is a file, a folder (searched recursively for *.txt), or - for standard input.

        COMMANDS:

        """
        for c in commands {
            s += "  " + c.name + String(repeating: " ", count: max(2, 12 - c.name.count)) + c.abstract + "\n"
        }
        s += "\nSee 'renpa <command> --help' for a command's options.\n"
        return s
    }
}
