/// `□ 吴永红（彭阳县人大常委会副主任）`: a mark, names, and the office in brackets.
public struct MarkNameOfficeFamily: BylineFamily {
    public let name = "mark-name-office"
    /// Up to 64 scalars, a mark first and a bracket last.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...64, needsMark: true, lastScalars: ")")
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 64, let start = BylineParts.afterMark(line),
              let (names, office) = BylineParts.namesWithBracketedOffice(line, start..<line.count) else { return nil }
        return BylineMatch(authors: names, office: office, span: 0..<line.count)
    }
}
