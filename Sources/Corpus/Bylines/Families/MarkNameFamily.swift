/// `□包玉莲`, `■ 张三 李四`: a mark and names alone on a line, each starting as names do (a
/// column label such as `■ 基层动态` is no name).
public struct MarkNameFamily: BylineFamily {
    public let name = "mark-name"
    /// Up to 32 scalars, a mark first.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...32, needsMark: true)
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 32, let start = BylineParts.afterMark(line), start < line.count,
              let names = PersonName.splitNames(line.raw[start...]), names.allSatisfy(PersonName.hasNameStart) else { return nil }
        return BylineMatch(authors: names, span: 0..<line.count)
    }
}
