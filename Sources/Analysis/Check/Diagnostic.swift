import Corpus

/// One finding of `renpa check`: where, how serious, which rule, and what to do about it.
public struct Diagnostic: Sendable, Hashable {
    public var severity: Severity
    /// The stable rule id (`input/mojibake`, `duplicate/near`, …).
    public var rule: String
    /// The file as given on the command line.
    public var path: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int
    /// What is wrong and what to do, in one line.
    public var message: String

    public init(severity: Severity, rule: String, path: String, line: Int = 1, column: Int = 1, message: String) {
        self.severity = severity
        self.rule = rule
        self.path = path
        self.line = max(1, line)
        self.column = max(1, column)
        self.message = message
    }

    /// A hash of rule, path and message with digits blanked out, so that a finding keeps its
    /// fingerprint when lines move or an overlap changes by a point (baselines, SARIF).
    public var fingerprint: String { Diagnostic.fingerprint(rule: rule, path: path, message: message) }

    public static func fingerprint(rule: String, path: String, message: String) -> String {
        StableHash.hex(StableHash.fnv1a(rule + "\u{1F}" + normalisedPath(path) + "\u{1F}" + normalisedMessage(message)))
    }

    /// `./a/b.txt` and `a/b.txt` are the same file for fingerprints; `\` is read as `/`.
    static func normalisedPath(_ p: String) -> String {
        var s = p.replacingOccurrences(of: "\\", with: "/")
        while s.hasPrefix("./") { s.removeFirst(2) }
        while s.contains("//") { s = s.replacingOccurrences(of: "//", with: "/") }
        return s
    }

    /// Runs of digits (ASCII or full-width) become `#`; runs of white space become one space.
    static func normalisedMessage(_ m: String) -> String {
        var out = String.UnicodeScalarView()
        var inDigits = false, inSpace = false
        for u in m.unicodeScalars {
            if ScalarClass.isDigit(u) {
                if !inDigits { out.append("#") }
                inDigits = true; inSpace = false
            } else if u == " " || u == "\t" || u == "\n" {
                if !inSpace { out.append(" ") }
                inSpace = true; inDigits = false
            } else {
                out.append(u)
                inDigits = false; inSpace = false
            }
        }
        return String(out)
    }

    /// Report order: file, line, column, rule, then message.
    public static func reportOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.path != b.path { return a.path < b.path }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        if a.rule != b.rule { return a.rule < b.rule }
        if a.message != b.message { return a.message < b.message }
        return a.severity < b.severity
    }
}
