/// `刘建国（湖南新化）`, `王芳（湖南）`: likely names with no mark and a bracket made of place names
/// only, a province first. A byline only under a headline (`LineClassifier.contextual`): in text
/// the shape is a place with its province (`张家界（湖南）`) or a person introduced (`李白（四川江油人）`).
public struct NameProvinceFamily: BylineFamily {
    public static let familyName = "name-province"
    public let name = NameProvinceFamily.familyName
    /// Up to 40 scalars ending with a bracket.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...40, lastScalars: ")")
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 40, let first = line.folded.first, ScalarClass.isHan(first),
              let (place, open) = BylineParts.trailingBracket(line),
              Gazetteer.shared.isPlaceNamesOnly(Array(line.raw[(open + 1)..<(line.count - 1)]), provinceFirst: true),
              let names = PersonName.splitNames(line.raw[0..<open]),
              names.allSatisfy({ PersonName.isLikelyAlone($0) && !NameProvinceFamily.isPlace($0) }) else { return nil }
        return BylineMatch(authors: names, provinceHint: place, span: 0..<line.count)
    }

    /// True when `name` is a county or larger place, its suffix printed or not (`张家界`, `黄山`).
    static func isPlace(_ name: String) -> Bool {
        let a = Array(name.unicodeScalars)
        return Gazetteer.shared.mentions(in: a).contains { $0.range == 0..<a.count && $0.kind != .township }
    }
}
