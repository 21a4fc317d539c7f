/// A cheap necessary condition for a byline family to recognise anything on a line: its length,
/// a leading byline mark, its opening scalar (after any mark), its last scalar and its cues. `BylineRecognizer` tests it before calling
/// the family, so a line of text costs a few comparisons per family instead of a call.
///
/// A family's gate must admit every line the family recognises; the family keeps its own guards,
/// so calling `recognize` directly gives the same answers. Lines are trimmed (`LineScalars`), so
/// the last scalar is the last visible one.
public struct LineGate: Sendable {
    /// Lengths (in scalars) the family accepts.
    let counts: ClosedRange<Int>
    /// True when the line must open with a byline mark (`□`, `■`).
    let needsMark: Bool
    /// The scalars the line may open with (folded; after a leading mark and white space, when it
    /// has one), or nil for any.
    let openingScalars: ScalarSet?
    /// The scalars the line may end with (folded), or nil for any.
    let lastScalars: ScalarSet?
    /// The line must hold all the cues of one of these; empty for no requirement.
    let cueSets: [ScalarCues]

    /// A gate that admits lines of `counts` scalars which open with a mark when `needsMark`, open
    /// (after any mark) with one of `openingScalars` and end with one of `lastScalars` (folded) when
    /// given, and hold all of one of `cueSets` when not empty.
    public init(counts: ClosedRange<Int> = 0...Int.max, needsMark: Bool = false, openingScalars: String? = nil,
                lastScalars: String? = nil, cueSets: [ScalarCues] = []) {
        self.init(counts: counts, needsMark: needsMark, openingScalarSet: openingScalars.map { ScalarSet($0.unicodeScalars) },
                  lastScalarSet: lastScalars.map { ScalarSet($0.unicodeScalars) }, cueSets: cueSets)
    }

    /// The same gate with the scalar sets already built (a family's own tables).
    init(counts: ClosedRange<Int> = 0...Int.max, needsMark: Bool = false, openingScalarSet: ScalarSet?,
         lastScalarSet: ScalarSet?, cueSets: [ScalarCues] = []) {
        self.counts = counts
        self.needsMark = needsMark
        openingScalars = openingScalarSet
        lastScalars = lastScalarSet
        self.cueSets = cueSets
    }

    /// A gate that admits every line.
    public static let open = LineGate()

    /// True unless the family certainly recognises nothing on `line` (a non-empty line).
    @inline(__always) public func admits(_ line: LineScalars) -> Bool {
        guard counts.contains(line.count) else { return false }
        if needsMark && !BylineParts.isMark(line.raw[0]) { return false }
        if let opening = openingScalars {
            let i = BylineParts.afterMark(line) ?? 0
            if i == line.count || !opening.contains(line.folded[i]) { return false }
        }
        if let last = lastScalars, !last.contains(line.folded[line.count - 1]) { return false }
        if cueSets.isEmpty { return true }
        for c in cueSets where line.cues.holdsAll(c) { return true }
        return false
    }
}
