/// `科尔沁区人大常委会党组书记、主任 乌力吉`: an office, white space, one or more names; or a
/// congress unit without a position (`敖汉旗人大常委会研究室 李刚 刘敏`).
public struct OfficeNameFamily: BylineFamily {
    public let name = "office-name"
    /// Up to 64 scalars, white space between office and names.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...64, cueSets: [ScalarCues.space])
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 64, line.cues.holdsAll(ScalarCues.space) else { return nil }
        let start = BylineParts.afterMark(line) ?? 0
        // Two tokens at least, and the office whole tokens before white space: a line none of whose
        // tokens before a space ends as offices and units do (主任, 办公室, 报社…) holds no office.
        guard OfficeNameFamily.mayHoldOffice(line, from: start) else { return nil }
        // (`阿克苏地区人大常委会办公室  版权所有`: a site's copyright footer, whose office names no writer.)
        if line.cues.holdsAll(PageFurnitureFamily.cues.rights), PageFurnitureFamily.contains(line.folded[...], PageFurnitureFamily.copyrightWord) { return nil }
        var tokens = [Range<Int>]()
        var i = start
        while i < line.count {
            i = BylineParts.skipSpace(line, i)
            guard i < line.count else { break }
            var j = i
            while j < line.count && !ScalarClass.isSpace(line.folded[j]) { j += 1 }
            tokens.append(i..<j)
            i = j
        }
        guard tokens.count >= 2 else { return nil }
        // A row of a list of people opens with a person's name, then a role and a place
        // (`王　芳　县人大代表　西井镇卫生院`, `王志刚　县人大代表　程家山村`): no office opens with a name.
        let nameTokens = tokens.count >= 3 && tokens[0].count == 1 && tokens[1].count == 1 ? 2 : 1
        // (Asked once, of an office found past the name's tokens only: the gazetteer is read.)
        var opensWithName: Bool? = nil
        for k in 1..<tokens.count {
            let office = tokens[0].lowerBound..<tokens[k - 1].upperBound
            guard OfficeNameFamily.officeLastScalars.contains(line.folded[office.upperBound - 1]) else { continue }
            guard BylineParts.isOffice(line.raw[office]) || BylineParts.isCongressUnit(line.raw[office])
                    || (k == 1 && BylineParts.isOutlet(line.raw[office])) else { continue }
            if k > nameTokens {
                if opensWithName == nil {
                    opensWithName = PersonName.isLikelyAlone(String(scalars: tokens[0 ..< nameTokens].flatMap { line.raw[$0] }[...]))
                }
                if opensWithName == true { break }
            }
            if let names = OfficeNameFamily.names(line, tokens[k...]) {
                return BylineMatch(authors: names, office: line.text(office), span: 0..<line.count)
            }
        }
        return nil
    }

    /// Last scalars of what `isOffice`, `isCongressUnit` and `isOutlet` accept: positions, units
    /// and media units.
    static let officeLastScalars = ScalarSet((BylineParts.positionWords + BylineParts.unitEnds + BylineParts.outletUnitEnds).compactMap(\.last))

    /// False unless a token from `start` is followed by white space and ends with a scalar an
    /// office, a congress unit or a media unit can end with (folded, as those tests compare).
    static func mayHoldOffice(_ line: LineScalars, from start: Int) -> Bool {
        let f = line.folded
        var k = start + 1
        while k < f.count {
            if ScalarClass.isSpace(f[k]) && !ScalarClass.isSpace(f[k - 1]) && officeLastScalars.contains(f[k - 1]) { return true }
            k += 1
        }
        return false
    }

    /// Names, or names of several officers each after a position (`王芳 副主任 李刚`).
    static func names(_ line: LineScalars, _ tokens: ArraySlice<Range<Int>>) -> [String]? {
        var out = [String]()
        var group = tokens.startIndex
        // A second office with its own names (`赤水市人大常委会 袁志刚 古蔺县人大常委会 曾小燕`) splits
        // like a position.
        for k in tokens.indices where k > group && (BylineParts.positionWords.contains(Array(line.folded[tokens[k]]))
                                                    || BylineParts.isCongressUnit(line.raw[tokens[k]]) || BylineParts.isOffice(line.raw[tokens[k]])) {
            guard let ns = PersonName.splitNames(line.raw[tokens[group].lowerBound..<tokens[k - 1].upperBound]) else { return nil }
            out += ns
            group = k + 1
        }
        guard group < tokens.endIndex,
              let ns = PersonName.splitNames(line.raw[tokens[group].lowerBound..<tokens[tokens.endIndex - 1].upperBound]) else { return nil }
        return out + ns
    }
}
