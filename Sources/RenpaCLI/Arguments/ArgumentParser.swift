/// One option a command accepts.
struct OptionSpec: Sendable {
    /// Names with dashes, e.g. `["--format", "-f"]`.
    var names: [String]
    /// Placeholder for the value (`FORMAT`); nil for a flag.
    var value: String?
    /// One line of help.
    var help: String
    /// Allowed values, when the set is closed.
    var choices: [String] = []
    var repeatable = false

    var isFlag: Bool { value == nil }
    var key: String { names[0] }
}

/// Arguments after parsing: positionals in order, option values by primary name.
struct ParsedArguments: Sendable {
    var positionals: [String] = []
    var values: [String: [String]] = [:]

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func flag(_ name: String) -> Bool { values[name] != nil }

    /// An integer option with bounds; throws a usage error naming the option.
    func int(_ name: String, default d: Int, min lo: Int = Int.min, command: String) throws -> Int {
        guard let v = value(name) else { return d }
        guard let n = Int(v), n >= lo else {
            throw UsageError(command: command, message: "\(name) takes a whole number\(lo > Int.min ? " of at least \(lo)" : ""), not '\(v)'")
        }
        return n
    }

    func double(_ name: String, command: String) throws -> Double? {
        guard let v = value(name) else { return nil }
        guard let n = Double(v) else { throw UsageError(command: command, message: "\(name) takes a number, not '\(v)'") }
        return n
    }
}

/// A mistake in how a command was called; printed with a pointer to `--help`, exit status 2.
struct UsageError: Error, CustomStringConvertible {
    var command: String
    var message: String
    var description: String { "renpa \(command): \(message)\nTry 'renpa \(command) --help'." }
}

/// Parses `args` against `specs`. `--name=value`, `--name value`, `-x value`, and `--` are understood;
/// a lone `-` is a positional (standard input).
func parseArguments(_ args: [String], specs: [OptionSpec], command: String) throws -> ParsedArguments {
    var out = ParsedArguments()
    var byName = [String: OptionSpec]()
    for s in specs { for n in s.names { byName[n] = s } }
    var i = 0
    var onlyPositionals = false
    while i < args.count {
        let a = args[i]
        i += 1
        if onlyPositionals || a == "-" || !a.hasPrefix("-") { out.positionals.append(a); continue }
        if a == "--" { onlyPositionals = true; continue }
        var name = a
        var inline: String? = nil
        if a.hasPrefix("--"), let eq = a.firstIndex(of: "=") {
            name = String(a[..<eq])
            inline = String(a[a.index(after: eq)...])
        }
        guard let spec = byName[name] else {
            let known = specs.flatMap(\.names).filter { $0.hasPrefix("--") }
            let hint = closest(name, in: known).map { " (did you mean \($0)?)" } ?? ""
            throw UsageError(command: command, message: "unknown option '\(name)'\(hint)")
        }
        if spec.isFlag {
            if inline != nil { throw UsageError(command: command, message: "\(name) takes no value") }
            out.values[spec.key, default: []].append("")
            continue
        }
        let v: String
        if let inline { v = inline } else {
            guard i < args.count else { throw UsageError(command: command, message: "\(name) needs a value (\(spec.value!))") }
            v = args[i]
            i += 1
        }
        if !spec.choices.isEmpty && !spec.choices.contains(v) {
            throw UsageError(command: command, message: "\(name) must be one of \(spec.choices.joined(separator: ", ")), not '\(v)'")
        }
        if !spec.repeatable && out.values[spec.key] != nil {
            throw UsageError(command: command, message: "\(name) given twice")
        }
        out.values[spec.key, default: []].append(v)
    }
    return out
}

/// The known name nearest to `name` by edit distance, if close enough to be a typo.
func closest(_ name: String, in known: [String]) -> String? {
    func dist(_ a: [Character], _ b: [Character]) -> Int {
        var prev = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
    let a = Array(name)
    let best = known.map { ($0, dist(a, Array($0))) }.min { $0.1 < $1.1 }
    return best.flatMap { $0.1 <= 2 ? $0.0 : nil }
}
