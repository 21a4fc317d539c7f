/// How serious a finding is. `error` fails a check run; `warning` fails it only under `--strict`;
/// `note` never does.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    case error, warning, note

    /// Most serious first.
    var rank: Int {
        switch self { case .error: return 0; case .warning: return 1; case .note: return 2 }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}
