/// `刘建国（新化县人大常委会主任）`, `王芳 李强（宁城县人大常委会办公室）`: names, each starting as
/// names do, and the office or congress unit in brackets, with no mark before them. A byline only
/// under a headline (`LineClassifier.contextual`): in text the shape attributes a quotation to its
/// speaker (`“…”` / `刘建国（新化县人大代表）`).
public struct NameOfficeFamily: BylineFamily {
    public static let familyName = "name-office"
    public let name = NameOfficeFamily.familyName
    /// Up to 64 scalars ending with a bracket.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...64, lastScalars: ")")
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 64, let first = line.folded.first, ScalarClass.isHan(first),
              let (names, office) = BylineParts.namesWithBracketedOffice(line, 0..<line.count),
              names.count <= 4, names.allSatisfy(PersonName.hasNameStart) else { return nil }
        return BylineMatch(authors: names, office: office, span: 0..<line.count)
    }
}
