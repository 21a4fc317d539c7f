import Corpus

/// `structure/leftover-text`: lines that belong to no section (`Document.leftoverLines`): their text
/// is in no count. One diagnostic per run of lines (blank lines between them do not break a run).
public struct LeftoverTextRule: CheckRule {
    public let id = "structure/leftover-text"
    public let summary = "Text that belongs to no section and is therefore not counted."
    public let defaultSeverity = Severity.warning
    public let stage = CheckStage.document
    public init() {}

    public func check(_ subject: CheckSubject) -> [Diagnostic] {
        guard let doc = subject.document, !doc.leftoverLines.isEmpty else { return [] }
        let src = doc.source
        var runs = [[Int]]()
        for l in doc.leftoverLines.sorted() {
            if var last = runs.last, onlyBlank(src, from: last[1] + 1, to: l - 1) {
                last[1] = l
                runs[runs.count - 1] = last
            } else {
                runs.append([l, l])
            }
        }
        return runs.map { r in
            let lines = r[0] == r[1] ? "line \(r[0])" : "lines \(r[0])–\(r[1])"
            let preview = SectionSummary.shorten(src.line(r[0]).trimmingScalars(where: ScalarClass.isSpace), to: 16)
            return diagnostic(subject, line: r[0], column: SectionSummary.firstTextColumn(src, line: r[0]),
                "\(lines) ('\(preview)') belong to no section, so their text is not counted; is a byline or a title missing above them?")
        }
    }

    func onlyBlank(_ s: SourceText, from a: Int, to b: Int) -> Bool {
        guard a <= b else { return true }
        for n in a...b where s.scalars[s.lineRange(n)].contains(where: { !ScalarClass.isSpace($0) }) { return false }
        return true
    }
}

extension String {
    /// The string without leading and trailing scalars for which `drop` is true.
    func trimmingScalars(where drop: (Unicode.Scalar) -> Bool) -> String {
        let sc = Array(unicodeScalars)
        var lo = 0, hi = sc.count
        while lo < hi && drop(sc[lo]) { lo += 1 }
        while hi > lo && drop(sc[hi - 1]) { hi -= 1 }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: sc[lo..<hi])
        return String(v)
    }
}
