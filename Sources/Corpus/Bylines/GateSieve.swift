/// The gates of up to 64 families compiled into bit masks (bit k: family k), so a line is sieved
/// with a table load for its length, a mask for its mark, and set tests only for the families
/// whose gate asks for an opening scalar, a last scalar or cues — instead of a full gate test per
/// family. Admits exactly the families whose `LineGate.admits` is true.
struct GateSieve: Sendable {
    /// Families admitted by length, for lengths 0 through `countLimit` (the last entry stands for
    /// every longer line: no gate bound lies beyond it).
    private let countMasks: [UInt64]
    private let countLimit: Int
    /// Families that need a leading mark, an opening scalar, a last scalar, cues.
    private let needsMark, needsOpening, needsLast, needsCues: UInt64
    /// Each family's sets (an empty set where it asks for none), and their unions: a line whose
    /// last (opening) scalar is in no family's set shuts them all with one test.
    private let openingSets, lastSets: [ScalarSet]
    private let anyOpening, anyLast: ScalarSet
    /// Each family's cue sets, one after another: family, cues.
    private let cueSets: [(family: Int, cues: ScalarCues)]

    /// Compiles `gates` (at most 64).
    init(_ gates: [LineGate]) {
        precondition(gates.count <= 64)
        // Every finite bound lies below the limit, so all lengths from it on are alike.
        let bounds = gates.flatMap { [$0.counts.lowerBound, $0.counts.upperBound] }.filter { $0 != Int.max }
        countLimit = (bounds.max() ?? 0) + 1
        countMasks = (0...countLimit).map { c in
            gates.indices.reduce(UInt64(0)) { m, k in gates[k].counts.contains(c) ? m | 1 << UInt64(k) : m }
        }
        func mask(_ test: (LineGate) -> Bool) -> UInt64 {
            gates.indices.reduce(UInt64(0)) { m, k in test(gates[k]) ? m | 1 << UInt64(k) : m }
        }
        needsMark = mask(\.needsMark)
        needsOpening = mask { $0.openingScalars != nil }
        needsLast = mask { $0.lastScalars != nil }
        needsCues = mask { !$0.cueSets.isEmpty }
        let none = ScalarSet()
        openingSets = gates.map { $0.openingScalars ?? none }
        lastSets = gates.map { $0.lastScalars ?? none }
        anyOpening = openingSets.reduce(none) { $0.union($1) }
        anyLast = lastSets.reduce(none) { $0.union($1) }
        cueSets = gates.indices.flatMap { k in gates[k].cueSets.map { (k, $0) } }
    }

    /// The families whose gates admit `line` (a non-empty line).
    func admitted(_ line: LineScalars) -> UInt64 {
        var m = countMasks[min(line.count, countLimit)]
        if m & needsMark != 0 && !BylineParts.isMark(line.raw[0]) { m &= ~needsMark }
        var r = m & needsLast
        if r != 0 {
            let last = line.folded[line.count - 1]
            if !anyLast.contains(last) { m &= ~needsLast; r = 0 }
            while r != 0 {
                let k = r.trailingZeroBitCount
                r &= r &- 1
                if !lastSets[k].contains(last) { m &= ~(1 << UInt64(k)) }
            }
        }
        r = m & needsOpening
        if r != 0 {
            let i = BylineParts.afterMark(line) ?? 0
            if i == line.count {
                m &= ~needsOpening
            } else {
                let opening = line.folded[i]
                if !anyOpening.contains(opening) { m &= ~needsOpening; r = 0 }
                while r != 0 {
                    let k = r.trailingZeroBitCount
                    r &= r &- 1
                    if !openingSets[k].contains(opening) { m &= ~(1 << UInt64(k)) }
                }
            }
        }
        // A family asking for cues stays only when the line holds all of one of its sets.
        if m & needsCues != 0 {
            let cues = line.cues
            var held: UInt64 = 0
            for (k, c) in cueSets where cues.holdsAll(c) { held |= 1 << UInt64(k) }
            m &= ~needsCues | held
        }
        return m
    }
}
