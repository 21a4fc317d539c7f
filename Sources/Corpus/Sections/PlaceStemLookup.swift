/// The sections of a page by the stem of the place each is about (`道真`), for asking which
/// sections a short text names: a first sentence (40 scalars at most) is looked up window by
/// window (asking every section of a page of thousands was quadratic). A stem followed by 镇, 乡,
/// 街 or 村 names a township, not the county.
struct PlaceStemLookup {
    private var sectionsByStem = [[Unicode.Scalar]: [Int]]()
    private var stemLengths = [Int]()
    /// The stems' first scalars: a window starting with any other is no stem (most are not looked up).
    private var firsts = Set<Unicode.Scalar>()
    /// A bit per first scalar's low ten bits: most windows are ruled out without hashing the
    /// scalar for `firsts` (which cost more than the rest of the lookup).
    private var firstBits = [UInt64](filled: 0, count: 16)

    init(stems: [[Unicode.Scalar]?]) {
        for t in stems.indices { if let s = stems[t], !s.isEmpty { sectionsByStem[s, default: []].append(t) } }
        stemLengths = Set(sectionsByStem.keys.map(\.count)).sorted()
        firsts = Set(sectionsByStem.keys.map { $0[0] })
        for f in firsts { let b = Int(f.value & 1023); firstBits[b >> 6] |= 1 << UInt64(b & 63) }
    }

    /// The sections whose stem `text` names, ascending.
    func sections(namedIn text: [Unicode.Scalar]) -> [Int] {
        var out = Set<Int>()
        for k in text.indices where PlaceStemLookup.holds(firstBits, text[k]) && firsts.contains(text[k]) {
            for length in stemLengths where k + length <= text.count {
                guard let named = sectionsByStem[Array(text[k..<(k + length)])] else { continue }
                let after = k + length < text.count ? text[k + length] : " "
                if !"镇乡街村".unicodeScalars.contains(after) { out.formUnion(named) }
            }
        }
        return out.sorted()
    }

    /// Whether `c`'s bit is set in `bits` (`firstBits`).
    @inline(__always) private static func holds(_ bits: [UInt64], _ c: Unicode.Scalar) -> Bool {
        let b = Int(c.value & 1023)
        return bits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }
}
