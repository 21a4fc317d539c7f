/// The sections whose enumeration (`一是… 二是…`, or a list's points `一、… 二、…`) stops just before
/// each ordinal: those holding ordinal `k - 1` and not `k` (ordinals as `SectionSimilarity.enumerationOrdinals`
/// counts them, a list's style apart). Gathered once per page: filtering every section for each
/// piece that goes on with an enumeration made a page of thousands of sections quadratic.
struct EnumerationStops {
    /// Per ordinal, the sections stopping before it.
    private var stops: [Int: [Int]]

    init(_ ordinals: [Int: Set<Int>]) {
        stops = [:]
        for (s, o) in ordinals { for v in o where !o.contains(v + 1) && EnumerationStops.counts(v + 1) { stops[v + 1, default: []].append(s) } }
    }

    /// Of the enumerations in each section's owned paragraphs (`owned`: section → paragraphs).
    init(owned: [Int: [Int]], paras: [[Unicode.Scalar]]) {
        var ordinals = [Int: Set<Int>]()
        for (s, ps) in owned {
            var o = Set<Int>()
            for p in ps { o.formUnion(SectionSimilarity.enumerationOrdinals(paras[p])) }
            ordinals[s] = o
        }
        self.init(ordinals)
    }

    /// Whether ordinal `k` is one a list may stop before: its value 2…10, as far as `一是…十是` go.
    static func counts(_ k: Int) -> Bool {
        let value = k % 100
        return value >= 2 && value <= SectionSimilarity.numerals.count
    }

    /// Updates one section whose ordinals changed from `old` to `new` (a piece moved in or out).
    mutating func update(_ section: Int, from old: Set<Int>, to new: Set<Int>) {
        for k in Set(old.map { $0 + 1 }).union(new.map { $0 + 1 }) where EnumerationStops.counts(k) {
            let was = old.contains(k - 1) && !old.contains(k), now = new.contains(k - 1) && !new.contains(k)
            if was == now { continue }
            if now { stops[k, default: []].append(section) } else { stops[k]?.removeAll { $0 == section } }
        }
    }

    /// The one section other than `excluded` whose enumeration stops just before ordinal `k`; nil
    /// when there is none or there are several.
    func sole(before k: Int, besides excluded: Int? = nil) -> Int? {
        guard EnumerationStops.counts(k), let s = stops[k] else { return nil }
        switch s.count {
        case 1: return s[0] == excluded ? nil : s[0]
        case 2: return s[0] == excluded ? s[1] : s[1] == excluded ? s[0] : nil
        default: return nil
        }
    }
}
