// Numbered formulations (两个确立, 五大任务, 两会, 一府一委两院) found by their shape.

/// Finds candidate numbered formulations in normalized text by shape alone.
///
/// Shapes (N = a numeral 一…十, 两, 双; M = a measure word 个/大/项/条/种; H = a Han character
/// that is not a numeral):
/// - `measured`: N M H H — 两个确立, 四个机关, 五大任务, 八项规定 (the head is taken as two
///   characters unless quotes mark a longer one: “三个工作法”, “五个牢牢把握”);
/// - `bare`: N H — 两会, 双联, 两院 (one head character unless quotes mark more: “双联系”, “三统一”);
/// - `compound`: two or more N H units — 一府一委两院, 一府两院, 五位一体, 一岗双责, 双亮双评十选五.
///
/// Look-alikes rejected by shape: anything preceded by 第 (ordinals) or by another numeral
/// (二十大, 一百个); simple shapes opening with 一 (一个时期, 一步, 一线, 一是 — 一 there is the
/// article "a"/"one", not a count) or with 二/十 bare (二是, 十分); heads that are time units,
/// classifiers of concrete things or enumeration markers (两年, 三级, 五处, 三是 — see
/// `SloganScalars.nonFormulaHeads`); idioms of the form 一X一Y (一心一意) unless quoted.
/// Whether a shape is a *formulation* is decided later, across the corpus, from its evidence:
/// quoted exactly, or recurring (see `NumberedFormulaScanner.accepts`).
public struct NumberedFormulaScanner: Sendable {
    public enum Shape: Int, Sendable, Hashable, Comparable {
        case measured, bare, compound
        public static func < (a: Shape, b: Shape) -> Bool { a.rawValue < b.rawValue }
    }

    /// One candidate occurrence.
    public struct Candidate: Sendable, Hashable {
        public let range: Range<Int>
        public let shape: Shape
        /// The candidate is exactly the content of a pair of quotes.
        public let quoted: Bool
        /// The candidate ends a phrase: punctuation, a closing quote or the end of the text follows.
        public var bounded = false
        /// A place suffix follows, then punctuation or a body of the place (`三门县人大`, `双流区，`):
        /// the surface names a place.
        public var placeSuffixed = false
    }

    /// Evidence for one surface accumulated over a corpus.
    public struct Evidence: Sendable, Hashable {
        public var shape: Shape
        public var total = 0
        public var quoted = 0
        /// Occurrences followed by punctuation, a closing quote or the end of the text.
        public var bounded = 0
        public var texts = 0
        /// Occurrences followed by a place suffix (县, 市, 村…).
        public var placeSuffixed = 0
        public init(shape: Shape) { self.shape = shape }
        public mutating func merge(_ o: Evidence) {
            total += o.total; quoted += o.quoted; bounded += o.bounded; texts += o.texts; placeSuffixed += o.placeSuffixed
            shape = max(shape, o.shape)
        }
    }

    /// Longest quoted content taken as one formulation.
    public var maxQuotedLength = 8
    /// Unquoted `measured` surfaces are accepted when they occur at least this often…
    public var minMeasured = 2
    /// …and end a phrase (punctuation or a closing quote follows) at least this share of the time:
    /// 两个维护, / 四个机关” end phrases; quantities run on into what they count (三个方面谈谈).
    public var minMeasuredBoundedShare = 0.5
    /// Unquoted `bare` surfaces (numeral + one character) need more recurrence: the shape is short.
    public var minBare = 3
    /// Unquoted compounds.
    public var minCompound = 2

    public init() {}

    /// Whether a surface with this corpus evidence is reported as a formulation.
    public func accepts(_ e: Evidence) -> Bool {
        if e.quoted > 0 { return true }
        // A bare or compound surface seen as a place name (三门县 → 三门) is that place elsewhere too.
        if e.shape != .measured && e.placeSuffixed > 0 { return false }
        switch e.shape {
        case .measured:
            return e.total >= minMeasured && Double(e.bounded) >= minMeasuredBoundedShare * Double(e.total)
        case .bare: return e.total >= minBare
        case .compound: return e.total >= minCompound
        }
    }

    /// Suffixes of administrative units and villages.
    static let placeSuffixes: Set<UInt32> = Set("县市区旗镇乡村州盟".unicodeScalars.map(\.value))
    /// What follows a place's suffix when it names the place's bodies (三门县人大, 双流区委, 五原县政府).
    static let placeBodies: Set<UInt32> = Set("人委政常纪法检党".unicodeScalars.map(\.value))

    /// A place suffix at `end`, then punctuation or the start of a body of that place (`三门县人大`,
    /// `双流区，`): the numbered surface before it names a place. (`十四五乡村振兴`, `三农市场` are not:
    /// the suffix character starts another word there.)
    static func isPlaceSuffixed(_ t: UnsafeBufferPointer<Unicode.Scalar>, _ end: Int) -> Bool {
        guard end < t.count, placeSuffixes.contains(t[end].value) else { return false }
        guard end + 1 < t.count else { return true }
        let next = t[end + 1]
        return !SloganScalars.isHan(next) || placeBodies.contains(next.value)
    }

    /// Whether the formulation starting at `i` is cut off by what precedes it (第, another numeral).
    @inline(__always)
    public static func isBlockedStart(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let p = text[i - 1]
        return p == SloganScalars.ordinalMarker || SloganScalars.isAnyNumeral(p)
    }

    /// Calls `body` with each candidate, left to right; candidates do not overlap.
    public func scan(_ text: [Unicode.Scalar], _ body: (Candidate) -> Void) {
        text.withUnsafeBufferPointer { t in
            let n = t.count
            var i = 0
            while i < n {
                if SloganScalars.isFormulaNumeral(t[i]) || isDigitNumeral(t, i),
                   !NumberedFormulaScanner.isBlockedStart(t, i),
                   var c = candidate(t, i) {
                    let end = c.range.upperBound
                    c.bounded = end >= n || SloganScalars.isPhraseEnd(t[end])
                    c.placeSuffixed = NumberedFormulaScanner.isPlaceSuffixed(t, end)
                    body(c)
                    i = c.range.upperBound
                } else {
                    i += 1
                }
            }
        }
    }

    /// All candidates in a text.
    public func candidates(in text: [Unicode.Scalar]) -> [Candidate] {
        var out: [Candidate] = []
        scan(text) { out.append($0) }
        return out
    }

    /// A single ASCII digit (not part of a longer number) followed by a measure word: 5个方面.
    @inline(__always)
    private func isDigitNumeral(_ t: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        let v = t[i].value
        guard v >= 0x31 && v <= 0x39, i + 1 < t.count, SloganScalars.isMeasure(t[i + 1]) else { return false }
        return true
    }

    private func candidate(_ t: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Candidate? {
        let n = t.count
        guard i + 1 < n else { return nil }
        // Quoted: the whole content of a pair of quotes that opens right before the numeral.
        if i > 0, SloganScalars.isOpenQuote(t[i - 1]) {
            let close = SloganScalars.closeQuote(for: t[i - 1])
            var j = i + 1
            var allHan = SloganScalars.isHan(t[i])
            while j < n && j - i <= maxQuotedLength && t[j] != close {
                if !SloganScalars.isHan(t[j]) { allHan = false; break }
                j += 1
            }
            if allHan, j < n, t[j] == close, j - i >= 2, j - i <= maxQuotedLength,
               !(i + 1 ..< j).contains(where: { t[$0] == SloganScalars.ordinalMarker }) {
                let shape: Shape
                if SloganScalars.isMeasure(t[i + 1]) { shape = .measured }
                else if unitCount(t, i, j) >= 2 { shape = .compound }
                else { shape = .bare }
                // 一 opens a quoted formulation only as a compound (“一府两院”), not “一线工作法”.
                if !(t[i].value == 0x4E00 && shape != .compound) {
                    return Candidate(range: i..<j, shape: shape, quoted: true)
                }
            }
        }
        let first = t[i]
        let isOne = first.value == 0x4E00
        // Compound: N H N H ...
        do {
            var j = i
            var units = 0
            while j + 1 < n, SloganScalars.isFormulaNumeral(t[j]), isUnitHead(t[j + 1]) {
                units += 1
                j += 2
            }
            if units >= 2 {
                // A trailing bare numeral (十选五) belongs to the compound.
                if j < n, SloganScalars.isFormulaNumeral(t[j]), j + 1 >= n || !SloganScalars.isHan(t[j + 1]) || SloganScalars.isPhraseEnd(t[j + 1]) {
                    j += 1
                }
                // 一X一Y with one numeral repeated is an idiom (一心一意, 一点一滴).
                let idiom = units == 2 && j - i == 4 && t[i] == t[i + 2]
                if !idiom { return Candidate(range: i..<j, shape: .compound, quoted: false) }
            }
        }
        if isOne { return nil }
        // Measured: N M H H.
        if SloganScalars.isMeasure(t[i + 1]) {
            guard i + 2 < n, isUnitHead(t[i + 2]) else { return nil }
            var j = i + 3
            if j < n, SloganScalars.isHeadChar(t[j]) { j += 1 }
            return Candidate(range: i..<j, shape: .measured, quoted: false)
        }
        guard SloganScalars.isHan(first) else { return nil }   // digits only with a measure word
        // Bare: N H — not 二/十 (二是, 十分, 十月).
        if first.value == 0x4E8C || first.value == 0x5341 { return nil }
        guard isUnitHead(t[i + 1]) else { return nil }
        // A bare numeral followed by a measure-shaped continuation is not a formulation head.
        return Candidate(range: i..<(i + 2), shape: .bare, quoted: false)
    }

    @inline(__always)
    private func isUnitHead(_ s: Unicode.Scalar) -> Bool {
        SloganScalars.isHeadChar(s) && !SloganScalars.isMeasure(s) && !SloganScalars.nonFormulaHeads.contains(s.value)
    }

    /// Number of numeral-led units (numeral + Han head) in t[i..<j]; inside quotes any Han head counts.
    private func unitCount(_ t: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ j: Int) -> Int {
        var units = 0
        var k = i
        while k + 1 < j {
            if SloganScalars.isFormulaNumeral(t[k]), SloganScalars.isHeadChar(t[k + 1]) {
                units += 1
                k += 2
            } else {
                k += 1
            }
        }
        return units
    }
}
