/// `■ 白云萍（江苏）`, `■ 张宇 朱自强（河南）`: a mark, names, a bracketed province; without a mark,
/// a bracket naming a place by its suffix (`王芳（四川省巴中市）`). A bracketed office
/// (`■ 刘建国（湖南省人大代表）`) is left to the office families.
public struct MarkProvinceFamily: BylineFamily {
    public let name = "mark-province"
    /// Up to 40 scalars ending with a bracket.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...40, lastScalars: ")")
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 40, let (place, open) = BylineParts.trailingBracket(line) else { return nil }
        let start = BylineParts.afterMark(line) ?? 0
        if start == 0, !(place.unicodeScalars.last.map { "省市县区旗州盟".unicodeScalars.contains($0) } ?? false) { return nil }
        let inner = line.raw[(open + 1)..<(line.count - 1)]
        guard !BylineParts.isOffice(inner), !BylineParts.isCongressUnit(inner),
              open > start, let names = PersonName.splitNames(line.raw[start..<open]) else { return nil }
        return BylineMatch(authors: names, provinceHint: place, span: 0..<line.count)
    }
}
