/// An office alone as the credit under a headline (`县人大常委会代表工作委员会`, `■ 县人大常委会研究室`):
/// a people's congress unit or a media unit with no name. `LineClassifier` takes it as a byline only
/// right under a heading; elsewhere the line is text.
public struct OfficeOnlyFamily: BylineFamily {
    public static let familyName = "office-only"
    /// Six to 34 scalars ending as a unit ends (`unitLastScalars`).
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 6...34, openingScalarSet: nil, lastScalarSet: unitLastScalars)
    static let levels = ScalarSet("省市县区旗州盟乡镇".unicodeScalars)
    /// Last scalars of congress units (`BylineParts.unitEnds`: 办公室, 工作室, 委员会, 联络处, …) and
    /// media units (融媒体中心, 报社, 电视台).
    static let unitLastScalars = ScalarSet((BylineParts.unitEnds + BylineParts.outletUnitEnds).compactMap(\.last))
    public let name = OfficeOnlyFamily.familyName
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 34 else { return nil }
        let start = BylineParts.afterMark(line) ?? 0
        var end = line.count
        while end > start && ScalarClass.isSpace(line.folded[end - 1]) { end -= 1 }
        // Cheap first: every line of text reaches this family. A unit ends as units do.
        guard end - start >= 6, OfficeOnlyFamily.unitLastScalars.contains(line.folded[end - 1]) else { return nil }
        let unit = line.raw[start..<end]
        guard BylineParts.isCongressUnit(unit) || BylineParts.isOutlet(unit) else { return nil }
        // A unit names its level or its place (`县人大常委会…`, `睢宁县人大…`), not `地方人大常委会`
        // (“local congresses”, a headline's first line).
        let a = Array(unit.map(ScalarClass.fold))
        guard OfficeOnlyFamily.levels.contains(a[0])
                || Gazetteer.shared.mentions(in: a).contains(where: { $0.range.lowerBound == 0 && !$0.isBare }) else { return nil }
        return BylineMatch(authors: [], office: line.text(start..<end), span: 0..<line.count)
    }
}
