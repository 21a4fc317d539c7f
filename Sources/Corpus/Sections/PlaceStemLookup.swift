/// The sections of a page by the stem of the place each is about (`道真`), for asking which
/// sections a short text names: a first sentence (40 scalars at most) is looked up window by
/// window (asking every section of a page of thousands was quadratic). A stem followed by 镇, 乡,
/// 街 or 村 names a township, not the county.
struct PlaceStemLookup {
    private var sectionsByStem = [[Unicode.Scalar]: [Int]]()
    private var stemLengths = [Int]()
    /// The stems' first scalars: a window starting with any other is no stem (most are not looked up).
    private var firsts = Set<Unicode.Scalar>()

    init(stems: [[Unicode.Scalar]?]) {
        for t in stems.indices { if let s = stems[t], !s.isEmpty { sectionsByStem[s, default: []].append(t) } }
        stemLengths = Set(sectionsByStem.keys.map(\.count)).sorted()
        firsts = Set(sectionsByStem.keys.map { $0[0] })
    }

    /// The sections whose stem `text` names, ascending.
    func sections(namedIn text: [Unicode.Scalar]) -> [Int] {
        var out = Set<Int>()
        for k in text.indices where firsts.contains(text[k]) {
            for length in stemLengths where k + length <= text.count {
                guard let named = sectionsByStem[Array(text[k..<(k + length)])] else { continue }
                let after = k + length < text.count ? text[k + length] : " "
                if !"镇乡街村".unicodeScalars.contains(after) { out.formUnion(named) }
            }
        }
        return out.sorted()
    }
}
