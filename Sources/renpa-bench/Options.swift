import Foundation

/// The bench's own small argument parser: `--name value`, `--name=value`, flags, positionals.
struct Options {
    var positionals: [String] = []
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    /// Parses `arguments`; `valued` names options that take a value, `flagNames` those that do not.
    init(_ arguments: [String], valued: Set<String>, flagNames: Set<String> = []) throws {
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            i += 1
            guard a.hasPrefix("--"), a.count > 2 else { positionals.append(a); continue }
            var name = a
            var inline: String?
            if let eq = a.firstIndex(of: "=") {
                name = String(a[..<eq])
                inline = String(a[a.index(after: eq)...])
            }
            if flagNames.contains(name) {
                guard inline == nil else { throw BenchError.usage("\(name) takes no value") }
                flags.insert(name)
            } else if valued.contains(name) {
                if let inline { values[name] = inline; continue }
                guard i < arguments.count else { throw BenchError.usage("\(name) needs a value") }
                values[name] = arguments[i]
                i += 1
            } else {
                throw BenchError.usage("unknown option \(name)")
            }
        }
    }

    func value(_ name: String) -> String? { values[name] }
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// An integer option with a lower bound.
    func int(_ name: String, default d: Int, min lo: Int) throws -> Int {
        guard let v = values[name] else { return d }
        guard let n = Int(v), n >= lo else { throw BenchError.usage("\(name) takes a whole number of at least \(lo), not '\(v)'") }
        return n
    }
}

/// Errors that end the bench with a message: usage mistakes (status 2) and failures (status 1).
enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case failed(String)

    var description: String {
        switch self {
        case .usage(let m): return "renpa-bench: \(m)\nTry 'renpa-bench --help'."
        case .failed(let m): return "renpa-bench: \(m)"
        }
    }

    var status: Int32 {
        if case .usage = self { return 2 }
        return 1
    }
}

/// Unbuffered writes to the standard streams (the report is printed as it is measured).
enum Console {
    static func out(_ s: String) { write(s, fd: 1) }
    static func err(_ s: String) { write(s, fd: 2) }

    private static func write(_ s: String, fd: Int32) {
        var s = s
        s.withUTF8 { p in
            var off = 0
            while off < p.count {
                let n = Foundation.write(fd, p.baseAddress! + off, p.count - off)
                if n <= 0 { return }
                off += n
            }
        }
    }
}
