/// The sections whose enumeration (`一是… 二是…`) stops just before each ordinal: those holding
/// ordinal `k - 1` and not `k`. Gathered once per page: filtering every section for each piece that
/// goes on with an enumeration made a page of thousands of sections quadratic.
struct EnumerationStops {
    /// Per ordinal (index 2…10), the sections stopping before it.
    private var stops: [[Int]]

    init(_ ordinals: [Int: Set<Int>]) {
        stops = (0...SectionSimilarity.numerals.count).map { k in
            k < 2 ? [] : ordinals.filter { $0.value.contains(k - 1) && !$0.value.contains(k) }.map(\.key)
        }
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

    /// Updates one section whose ordinals changed from `old` to `new` (a piece moved in or out).
    mutating func update(_ section: Int, from old: Set<Int>, to new: Set<Int>) {
        for k in 2..<stops.count {
            let was = old.contains(k - 1) && !old.contains(k), now = new.contains(k - 1) && !new.contains(k)
            if was == now { continue }
            if now { stops[k].append(section) } else { stops[k].removeAll { $0 == section } }
        }
    }

    /// The one section other than `excluded` whose enumeration stops just before ordinal `k`; nil
    /// when there is none or there are several.
    func sole(before k: Int, besides excluded: Int? = nil) -> Int? {
        guard k >= 2 && k < stops.count else { return nil }
        let s = stops[k]
        switch s.count {
        case 1: return s[0] == excluded ? nil : s[0]
        case 2: return s[0] == excluded ? s[1] : s[1] == excluded ? s[0] : nil
        default: return nil
        }
    }
}
