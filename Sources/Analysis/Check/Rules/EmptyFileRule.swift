import Corpus

/// `input/empty`: no bytes, or nothing but white space and a byte-order mark.
public struct EmptyFileRule: CheckRule {
    public let id = "input/empty"
    public let summary = "The file is empty or holds only white space."
    public let defaultSeverity = Severity.error
    public let stage = CheckStage.input
    public init() {}

    public func check(_ subject: CheckSubject) -> [Diagnostic] {
        guard case .empty? = subject.readError else { return [] }
        return [diagnostic(subject, line: 1, column: 1,
            "empty file: no text to read; the extraction failed or the page is blank — re-extract it or remove the file")]
    }
}
