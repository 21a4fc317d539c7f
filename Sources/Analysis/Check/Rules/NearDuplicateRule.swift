/// `duplicate/near`: a section most of whose character 5-grams (at least the threshold, 90% by
/// default) occur in one section of the corpus or of the drop: a reprint with small edits.
/// Warning; error under `--strict`.
public struct NearDuplicateRule: CheckRule {
    public let id = "duplicate/near"
    public let summary = "A section shares at least 90% of its character 5-grams with another section."
    public let defaultSeverity = Severity.warning
    public let stage = CheckStage.corpus
    public init() {}

    public func check(_ subject: CheckSubject) -> [Diagnostic] {
        subject.duplicates.filter { $0.kind == .near }.map { d in
            diagnostic(subject, line: d.section.line, column: d.section.column,
                "\(d.section.label) shares \(d.percent)% of its text with \(DuplicateWording.other(d)); a reprint would be counted twice\(DuplicateWording.more(d))",
                severity: subject.options.strict ? .error : defaultSeverity)
        }
    }
}
