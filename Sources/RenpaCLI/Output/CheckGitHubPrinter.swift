import Analysis

/// GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=RULE::message`), which the
/// runner turns into annotations on the pull request. At most `cap` commands per severity; the rest
/// of a severity is summed up in one final command. The summary line ends the log.
enum CheckGitHubPrinter {
    static let cap = 10

    static func render(_ o: CheckOutput) -> String {
        var s = ""
        var shown = [Severity: Int]()
        var hidden = [Severity: Int]()
        for d in o.diagnostics {
            if shown[d.severity, default: 0] >= cap { hidden[d.severity, default: 0] += 1; continue }
            shown[d.severity, default: 0] += 1
            s += "::\(command(d.severity)) file=\(property(d.path)),line=\(d.line),col=\(d.column),title=\(property(d.rule))::\(data(d.message))\n"
        }
        for sev in Severity.allCases {
            guard let n = hidden[sev], n > 0 else { continue }
            let noun = n == 1 ? sev.rawValue : sev.rawValue + "s"
            s += "::\(command(sev)) title=\(property("renpa check"))::\(data("\(n) more \(noun) not shown; run renpa check locally for the full list"))\n"
        }
        s += o.summary + "\n"
        return s
    }

    /// GitHub has `error`, `warning` and `notice`.
    static func command(_ s: Severity) -> String {
        switch s { case .error: return "error"; case .warning: return "warning"; case .note: return "notice" }
    }

    /// Escapes a message: `%`, CR and LF.
    static func data(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Escapes a property value: as `data`, plus `:` and `,`.
    static func property(_ s: String) -> String {
        var out = ""
        for u in data(s).unicodeScalars {
            switch u {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
