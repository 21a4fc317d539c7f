import Corpus

/// `structure/no-author`: a section without a byline in a file that has bylines elsewhere.
///
/// Pieces that are unsigned by nature (`前言`, `编者按`, `卷首语`, …, and official documents:
/// `…会议公报`, `关于…的决定`) are not reported.
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

    /// How the titles of official documents end (`…第十二次会议公报`, `关于…的决定`, `…任免名单`):
    /// a congress's own documents carry no byline.
    public static let documentTitleEnds: [String] = [
        "公报", "决定", "决议", "公告", "条例", "办法", "规定", "规则", "细则", "名单", "议程", "通知", "命令",
    ]

    /// True for a section that is unsigned by nature: an editorial heading (`编者按`) or an official
    /// document (`…会议公报`, `关于…的决定`).
    public static func isUnsignedByNature(_ s: Section) -> Bool {
        guard let t = s.title?.filter({ !$0.isWhitespace }) else { return false }
        if unsignedHeadings.contains(t) { return true }
        // The document's name may be followed by its adoption note (`（…会议通过）`).
        let name = t.split(separator: "（", maxSplits: 1).first.map(String.init) ?? t
        return documentTitleEnds.contains { name.hasSuffix($0) }
    }

    public func check(_ subject: CheckSubject) -> [Diagnostic] {
        guard let doc = subject.document else { return [] }
        // A file without any byline is reported once, by structure/no-byline.
        guard doc.sections.contains(where: { !$0.authors.isEmpty }) else { return [] }
        var out = [Diagnostic]()
        for (i, s) in doc.sections.enumerated() where s.authors.isEmpty {
            if MissingAuthorRule.isUnsignedByNature(s) { continue }
            let sum = SectionSummary(doc, index: i)
            out.append(diagnostic(subject, line: sum.line, column: sum.column,
                "\(sum.label) has no byline: its text is counted without an author; add the byline as printed (unsigned pieces such as 前言 or 编者按 are not reported)"))
        }
        return out
    }
}
