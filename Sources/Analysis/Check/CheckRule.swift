/// When a rule runs, and therefore what its `CheckSubject` holds.
public enum CheckStage: Int, Sendable, Comparable {
    /// On the bytes and the decoded text: `readError`, `errorBytes` and `source` are set.
    case input
    /// On the read document (only when no input rule found an error): `document` is set.
    case document
    /// After the whole drop and the corpus were compared: `sections` and `duplicates` are set.
    case corpus

    public static func < (a: CheckStage, b: CheckStage) -> Bool { a.rawValue < b.rawValue }
}

/// One check with a stable id. A rule is added by writing one small type under `Rules/` and
/// registering it in `CheckRules.all`; rules never print, they return diagnostics.
public protocol CheckRule: Sendable {
    /// Stable id (`family/name`), printed after every diagnostic and used by baselines.
    var id: String { get }
    /// One line for `--help`, the docs and SARIF's `shortDescription`.
    var summary: String { get }
    /// Severity without `--strict`.
    var defaultSeverity: Severity { get }
    var stage: CheckStage { get }
    /// Findings for one file.
    func check(_ subject: CheckSubject) -> [Diagnostic]
}

extension CheckRule {
    /// A diagnostic of this rule at its default severity.
    public func diagnostic(_ subject: CheckSubject, line: Int, column: Int, _ message: String,
                           severity: Severity? = nil) -> Diagnostic {
        Diagnostic(severity: severity ?? defaultSeverity, rule: id, path: subject.path, line: line, column: column, message: message)
    }
}
