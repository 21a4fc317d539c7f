/// `duplicate/exact`: a section whose normalised text is already in the corpus or earlier in the
/// drop. A reprint would count every phrase twice. Warning; error under `--strict`.
public struct ExactDuplicateRule: CheckRule {
    public let id = "duplicate/exact"
    public let summary = "A section's text is already in the corpus or elsewhere in the drop."
    public let defaultSeverity = Severity.warning
    public let stage = CheckStage.corpus
    public init() {}

    public func check(_ subject: CheckSubject) -> [Diagnostic] {
        subject.duplicates.filter { $0.kind == .exact }.map { d in
            diagnostic(subject, line: d.section.line, column: d.section.column,
                "\(d.section.label) is a copy of \(DuplicateWording.other(d)): the same text after normalisation; a reprint would be counted twice\(DuplicateWording.more(d))",
                severity: subject.options.strict ? .error : defaultSeverity)
        }
    }
}

/// Shared wording of the duplicate rules.
enum DuplicateWording {
    /// `corpus/x.txt:12 (section 3 "标题", corpus)`.
    static func other(_ d: DuplicateFinding) -> String {
        let o = d.other
        return "\(o.path):\(o.section.line) (\(o.section.label), \(o.inCorpus ? "corpus" : "drop"))"
    }

    static func more(_ d: DuplicateFinding) -> String {
        d.moreCopies == 0 ? "" : " (\(d.moreCopies) more \(d.moreCopies == 1 ? "copy" : "copies") found)"
    }
}
