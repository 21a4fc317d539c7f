import Corpus

/// Numbered-looking surfaces that are place names (`四川`, `五大堡乡`, `两当`): a numeral character
/// opens many names of provinces, counties and townships, and none of them is a formulation.
/// A surface is a place name when the gazetteer reads it whole as a full official name (suffix
/// included, townships too), or it names a county or a larger unit as printed or less its suffix
/// (`四川` + 省, `两当` + 县). A township's name less its suffix is no evidence: `四站` (四站镇) is also
/// a county's 四站 (four service stations).
struct PlaceNameFilter: Sendable {
    let gazetteer: Gazetteer

    static let suffixes = ["省", "市", "县", "区", "州", "旗", "盟"]

    func isPlaceName(_ surface: [Unicode.Scalar]) -> Bool {
        guard surface.count >= 2 else { return false }
        if gazetteer.mentions(in: surface).contains(where: { $0.range == 0..<surface.count && ($0.kind == .official || $0.kind == .township) }) {
            return true
        }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: surface)
        let s = String(v)
        func aboveTownship(_ name: String) -> Bool { gazetteer.divisions(named: name).contains { $0.level != .township } }
        return aboveTownship(s) || PlaceNameFilter.suffixes.contains { aboveTownship(s + $0) }
    }
}
