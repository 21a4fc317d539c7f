import Corpus

/// `figure/unparsed`: a run of digits or Chinese numerals followed by a unit that the figures
/// module cannot read (`1,2345 名`, `三十五点人`), so it is in no figure statistics. Note.
public struct UnparsedFigureRule: CheckRule {
    public let id = "figure/unparsed"
    public let summary = "Something that looks like a number but does not parse."
    public let defaultSeverity = Severity.note
    public let stage = CheckStage.document
    let extractor = FigureExtractor()
    public init() {}

    public func check(_ subject: CheckSubject) -> [Diagnostic] {
        guard let doc = subject.document else { return [] }
        var out = [Diagnostic]()
        for piece in doc.groupedTexts(by: .file) {
            let t = piece.text
            for r in extractor.unparsedNumbers(in: t.scalars) {
                guard let span = t.span(of: r, in: doc.source) else { continue }
                let surface = span.printed.replacingOccurrences(of: "\n", with: " ")
                out.append(diagnostic(subject, line: span.startLine, column: span.column,
                    "'\(surface)' looks like a number but cannot be read, so it is in no figure statistics; check the digits as printed"))
            }
        }
        return out
    }
}
