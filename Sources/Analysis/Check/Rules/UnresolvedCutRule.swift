import Corpus

/// `structure/unresolved-cut`: a paragraph that stops mid-sentence at a column jump and whose
/// continuation was not found (`Document.unresolvedCuts`): a sentence may be split or lost.
public struct UnresolvedCutRule: CheckRule {
    public let id = "structure/unresolved-cut"
    public let summary = "A sentence cut at a column jump has no continuation."
    public let defaultSeverity = Severity.note
    public let stage = CheckStage.document
    public init() {}

    public func check(_ subject: CheckSubject) -> [Diagnostic] {
        guard let doc = subject.document else { return [] }
        let src = doc.source
        return doc.unresolvedCuts.sorted().compactMap { line in
            guard line >= 1 && line <= src.lineStarts.count else { return nil }
            let r = src.lineRange(line)
            var end = r.upperBound
            while end > r.lowerBound && ScalarClass.isSpace(src.scalars[end - 1]) { end -= 1 }
            let column = max(1, end - r.lowerBound)
            return diagnostic(subject, line: line, column: column,
                "the paragraph breaks off mid-sentence here (a column jump?) and no continuation was found; check the reading order of this page")
        }
    }
}
