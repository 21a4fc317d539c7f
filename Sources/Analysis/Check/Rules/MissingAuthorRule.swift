import Corpus

/// `structure/no-author`: a section without a byline in a file that has bylines elsewhere.
///
/// Editorial pieces that are unsigned by nature (`前言`, `编者按`, `卷首语`, …) are not reported.
public struct MissingAuthorRule: CheckRule {
    public let id = "structure/no-author"
    public let summary = "A section has no byline, so its text is counted without an author."
    public let defaultSeverity = Severity.warning
    public let stage = CheckStage.document
    public init() {}

    /// Headings of pieces that are normally unsigned.
    public static let unsignedHeadings: Set<String> = [
        "前言", "序言", "引言", "导语", "编者按", "编者的话", "编辑的话", "卷首语", "按语", "编后", "编后语", "结束语",
    ]

    public func check(_ subject: CheckSubject) -> [Diagnostic] {
        guard let doc = subject.document else { return [] }
        // A file without any byline is reported once, by structure/no-byline.
        guard doc.sections.contains(where: { !$0.authors.isEmpty }) else { return [] }
        var out = [Diagnostic]()
        for (i, s) in doc.sections.enumerated() where s.authors.isEmpty {
            if let t = s.title, MissingAuthorRule.unsignedHeadings.contains(t.filter { !$0.isWhitespace }) { continue }
            let sum = SectionSummary(doc, index: i)
            out.append(diagnostic(subject, line: sum.line, column: sum.column,
                "\(sum.label) has no byline: its text is counted without an author; add the byline as printed (unsigned pieces such as 前言 or 编者按 are not reported)"))
        }
        return out
    }
}
