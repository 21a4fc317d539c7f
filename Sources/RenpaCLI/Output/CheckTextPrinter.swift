import Analysis

/// `path:line:col: severity: message [RULE]`, one per line, then the summary line. Colour (bold
/// place, red errors, yellow warnings, cyan notes) only when asked for.
enum CheckTextPrinter {
    static func render(_ o: CheckOutput, color: Bool) -> String {
        var s = ""
        for d in o.diagnostics {
            let place = "\(d.path):\(d.line):\(d.column):"
            let sev = d.severity.rawValue + ":"
            if color {
                s += bold(place) + " " + paint(sev, code: colorCode(d.severity)) + " " + d.message + " " + paint("[\(d.rule)]", code: "2") + "\n"
            } else {
                s += "\(place) \(sev) \(d.message) [\(d.rule)]\n"
            }
        }
        s += (color ? bold(o.summary) : o.summary) + "\n"
        return s
    }

    static func colorCode(_ s: Severity) -> String {
        switch s { case .error: return "1;31"; case .warning: return "1;33"; case .note: return "1;36" }
    }
    static func paint(_ s: String, code: String) -> String { "\u{1B}[\(code)m\(s)\u{1B}[0m" }
    static func bold(_ s: String) -> String { paint(s, code: "1") }
}
