import Corpus

/// `structure/no-byline`: not one byline in the file, so nothing in it can be attributed.
public struct NoBylineRule: CheckRule {
    public let id = "structure/no-byline"
    public let summary = "The file has no byline at all: no text in it can be attributed."
    public let defaultSeverity = Severity.error
    public let stage = CheckStage.document
    public init() {}

    public func check(_ subject: CheckSubject) -> [Diagnostic] {
        guard let doc = subject.document else { return [] }
        // A credit under the text (`（县人大办公室供稿）`, `（本报综合）`) attributes a piece too.
        guard !doc.sections.contains(where: { !$0.authors.isEmpty || $0.byline != nil || $0.footer != nil }) else { return [] }
        // A page of official documents (a session's 公报, a 决定 with its adoption note) has no byline
        // by nature.
        if !doc.sections.isEmpty && doc.sections.allSatisfy(MissingAuthorRule.isUnsignedByNature) { return [] }
        let line = firstTextLine(doc.source)
        // Regions can come from the text itself: say so when one did.
        let placed = doc.sections.contains { $0.region != nil }
        let what = placed ? "no text in this file can be attributed to an author (places come from the text only)"
                          : "no text in this file can be attributed to an author or place"
        return [diagnostic(subject, line: line, column: SectionSummary.firstTextColumn(doc.source, line: line),
            "no byline found in \(doc.source.lineCount) lines: \(what); check that the byline survived extraction (e.g. '本报记者 张三', '■ 白云萍（江苏）')")]
    }

    func firstTextLine(_ src: SourceText) -> Int {
        for n in 1...max(src.lineCount, 1) where src.scalars[src.lineRange(n)].contains(where: { !ScalarClass.isSpace($0) }) {
            return n
        }
        return 1
    }
}
