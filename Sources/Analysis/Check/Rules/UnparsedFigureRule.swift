/// `figure/unparsed`: a run of digits or Chinese numerals that looks like a figure but that the
/// figures module cannot read (`1,2345`, `三十五点`), so it is in no figure statistics. Note.
///
/// HOOK(figures): this rule is NOT registered in `CheckRules.all` yet, because the figures module
/// is not merged. When `FigureExtractor().unparsedNumbers(in:)` exists:
/// 1. replace the body of `check` with, for each section of `subject.document`,
///    `FigureExtractor().unparsedNumbers(in: doc.analysisText(of: section))` mapped to
///    `diagnostic(subject, line:column:, "'\(surface)' looks like a number but cannot be read; …")`
///    (use `AnalysisText.sourceOffset(at:)` and `SourceText.lineNumber(at:)`/`column(at:)` for the place);
/// 2. add `UnparsedFigureRule()` to `CheckRules.all`;
/// 3. add a test in `Tests/AnalysisTests/CheckRuleTests.swift` and the example line in docs/check.md.
public struct UnparsedFigureRule: CheckRule {
    public let id = "figure/unparsed"
    public let summary = "Something that looks like a number but does not parse."
    public let defaultSeverity = Severity.note
    public let stage = CheckStage.document
    public init() {}

    public func check(_ subject: CheckSubject) -> [Diagnostic] {
        // HOOK(figures): waits for FigureExtractor().unparsedNumbers(in:); see the type's comment.
        []
    }
}
