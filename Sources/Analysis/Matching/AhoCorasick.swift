// Many patterns, one pass: an Aho–Corasick automaton over Unicode scalars, compiled to a dense DFA.

/// A multi-pattern matcher over normalized analysis text (`[Unicode.Scalar]`).
///
/// Layout: every scalar that occurs in some pattern gets a small alphabet index (class 1…k;
/// class 0 is "occurs in no pattern", which always leads back to the root). Scalars in the
/// Basic Multilingual Plane are classified through a flat 65 536-entry `UInt16` table, others
/// through a dictionary. Transitions are a flat `[Int32]` table `delta[state * stride + class]`
/// with failure links already folded in, so the scan is one table read per scalar. When that
/// table would exceed `denseLimit` entries (tens of thousands of long phrases), the automaton
/// keeps sorted edge lists and failure links instead.
/// Each state carries the list of patterns that end there (its own and those of its suffix
/// states), flattened into one array.
///
/// The automaton is built once, is immutable and `Sendable`: share one instance across threads.
public struct AhoCorasick: Sendable {
    /// How overlapping and nested occurrences are reported.
    public enum MatchKind: Sendable, Hashable {
        /// Leftmost-longest (the default), as BurntSushi's `aho_corasick::MatchKind::LeftmostLongest`:
        /// scanning left to right, the match that starts leftmost wins, and among matches that start
        /// at the same position the longest one. Matches never overlap: after a match the scan
        /// resumes at its end, so a nested phrase is not counted again inside its container
        /// (人民代表大会 is not counted inside 人民代表大会制度). This is quanteda's
        /// `nested_scope = "dictionary"` (longer-match priority applied across all keys), with each
        /// pattern its own key. Two identical patterns: the one with the lower index wins.
        /// (BurntSushi's `LeftmostFirst` — priority by pattern order — is not offered.)
        case leftmostLongest
        /// Every occurrence of every pattern, overlapping and nested ones included — BurntSushi's
        /// `MatchKind::Standard` searched with `find_overlapping_iter`. For counting, this is
        /// quanteda's `nested_scope = "key"` when every pattern is its own key (longer-match priority
        /// only within a key, so 人民代表大会 is counted inside 人民代表大会制度 as well).
        /// Duplicate patterns each report.
        case overlapping
    }

    /// One occurrence: the pattern index (position in `patterns` given to `init`) and the range of
    /// scalar offsets it covers in the searched text.
    public struct Match: Sendable, Hashable {
        public let pattern: Int
        public let range: Range<Int>
        public init(pattern: Int, range: Range<Int>) {
            self.pattern = pattern
            self.range = range
        }
    }

    public let matchKind: MatchKind
    /// Number of patterns given to `init` (empty patterns included; they never match).
    public let patternCount: Int
    /// Length in scalars of each pattern.
    public let patternLengths: [Int]
    /// Length of the longest pattern.
    public let maxPatternLength: Int
    /// Whether the dense transition table was built (else sorted edges and failure links).
    public var isDense: Bool { dense }

    private let bmpClass: [UInt16]
    private let astralClass: [UInt32: UInt16]
    private let stride: Int
    private let delta: [Int32]         // dense DFA, empty when too large (sparse mode)
    private let dense: Bool
    private let edgeStart: [Int32]     // sparse trie: edges of s in edgeClass/edgeTarget[edgeStart[s]..<edgeStart[s+1]]
    private let edgeClass: [Int32]
    private let edgeTarget: [Int32]
    private let fail: [Int32]

    /// Largest dense table (states × alphabet entries, 4 bytes each) built; beyond it the
    /// automaton follows sorted trie edges and failure links instead (slower, much smaller).
    public static let denseLimit = 1 << 24
    private let outputStart: [Int32]   // per state; outputs in outputs[outputStart[s]..<outputStart[s+1]]
    private let outputs: [Int32]       // pattern indices, longest first
    private let depth: [Int32]         // per state: length of the pattern prefix it stands for

    /// Builds the automaton. Empty patterns are accepted and never match.
    public init(patterns: [[Unicode.Scalar]], matchKind: MatchKind = .leftmostLongest) {
        self.init(patterns: patterns, matchKind: matchKind, denseLimit: AhoCorasick.denseLimit)
    }

    /// `denseLimit` 0 forces the sparse layout (tests).
    init(patterns: [[Unicode.Scalar]], matchKind: MatchKind, denseLimit: Int) {
        self.matchKind = matchKind
        self.patternCount = patterns.count
        self.patternLengths = patterns.map(\.count)
        self.maxPatternLength = patterns.map(\.count).max() ?? 0

        // Alphabet.
        var bmp = [UInt16](repeating: 0, count: 0x10000)
        var astral: [UInt32: UInt16] = [:]
        var classCount = 1
        for p in patterns {
            for s in p {
                let v = s.value
                if v < 0x10000 {
                    if bmp[Int(v)] == 0 { bmp[Int(v)] = UInt16(truncatingIfNeeded: classCount); classCount += 1 }
                } else if astral[v] == nil {
                    astral[v] = UInt16(truncatingIfNeeded: classCount); classCount += 1
                }
            }
        }
        precondition(classCount <= Int(UInt16.max), "AhoCorasick: too many distinct scalars in patterns")
        let stride = classCount

        // Trie (goto function), sparse while building.
        var edges: [[Int32: Int32]] = [[:]]
        var own: [[Int32]] = [[]]
        for (pi, p) in patterns.enumerated() where !p.isEmpty {
            var state = 0
            for s in p {
                let v = s.value
                let c = Int32(v < 0x10000 ? Int(bmp[Int(v)]) : Int(astral[v]!))
                if let next = edges[state][c] {
                    state = Int(next)
                } else {
                    let ns = own.count
                    own.append([])
                    edges.append([:])
                    edges[state][c] = Int32(ns)
                    state = ns
                }
            }
            own[state].append(Int32(pi))
        }
        let stateCount = own.count

        // Sorted edge lists.
        var edgeStart = [Int32](); edgeStart.reserveCapacity(stateCount + 1)
        var edgeClass = [Int32](), edgeTarget = [Int32]()
        for e in edges {
            edgeStart.append(Int32(edgeClass.count))
            for (c, t) in e.sorted(by: { $0.key < $1.key }) { edgeClass.append(c); edgeTarget.append(t) }
        }
        edgeStart.append(Int32(edgeClass.count))

        // Breadth-first: failure links and output lists (own patterns first: they are the longest).
        var fail = [Int32](repeating: 0, count: stateCount)
        var out: [[Int32]] = own
        var order: [Int] = [0]
        order.reserveCapacity(stateCount)
        var head = 0
        while head < order.count {
            let s = order[head]; head += 1
            if s != 0 { out[s] = own[s] + out[Int(fail[s])] }
            for (c, t) in edges[s] {
                if s != 0 {
                    var f = Int(fail[s])
                    while true {
                        if let g = edges[f][c] { fail[Int(t)] = g; break }
                        if f == 0 { fail[Int(t)] = 0; break }
                        f = Int(fail[f])
                    }
                }
                order.append(Int(t))
            }
        }
        var starts = [Int32](); starts.reserveCapacity(stateCount + 1)
        var flat = [Int32]()
        for s in 0..<stateCount {
            starts.append(Int32(flat.count))
            flat.append(contentsOf: out[s])
        }
        starts.append(Int32(flat.count))

        // Dense DFA (failure links folded in) unless it would be too large.
        var delta: [Int32] = []
        if stateCount * stride <= denseLimit {
            delta = [Int32](repeating: 0, count: stateCount * stride)
            for s in order {
                let f = Int(fail[s])
                for c in 1..<stride {
                    if let t = edges[s][Int32(c)] {
                        delta[s * stride + c] = t
                    } else if s != 0 {
                        delta[s * stride + c] = delta[f * stride + c]
                    }
                }
            }
        }

        self.bmpClass = bmp
        self.astralClass = astral
        self.stride = stride
        self.delta = delta
        self.dense = !delta.isEmpty
        self.edgeStart = edgeStart
        self.edgeClass = edgeClass
        self.edgeTarget = edgeTarget
        self.fail = fail
        self.outputStart = starts
        self.outputs = flat
        var depth = [Int32](repeating: 0, count: stateCount)
        for s in order { for (_, t) in edges[s] { depth[Int(t)] = depth[s] + 1 } }
        self.depth = depth
    }

    /// Convenience: patterns given as strings, normalized with `PhraseNormalizer`.
    public init(phrases: [String], matchKind: MatchKind = .leftmostLongest) {
        self.init(patterns: phrases.map { PhraseNormalizer.normalize($0) }, matchKind: matchKind)
    }

    // MARK: - Searching

    /// All matches, ordered by start offset (then end offset, then pattern index).
    public func matches(in text: [Unicode.Scalar]) -> [Match] {
        var result: [Match] = []
        scan(text) { p, start, end in result.append(Match(pattern: p, range: start..<end)) }
        if matchKind == .overlapping {
            result.sort {
                ($0.range.lowerBound, $0.range.upperBound, $0.pattern) < ($1.range.lowerBound, $1.range.upperBound, $1.pattern)
            }
        }
        return result
    }

    /// Occurrences per pattern (indexed like `patterns`), without allocating `Match` values.
    public func count(in text: [Unicode.Scalar]) -> [Int] {
        var counts = [Int](repeating: 0, count: patternCount)
        count(in: text, into: &counts)
        return counts
    }

    /// Adds occurrences per pattern to `counts` (which must have `patternCount` elements) —
    /// the fast path for accumulating over many texts.
    public func count(in text: [Unicode.Scalar], into counts: inout [Int]) {
        precondition(counts.count == patternCount)
        counts.withUnsafeMutableBufferPointer { c in
            scan(text) { p, _, _ in c[p] += 1 }
        }
    }

    /// Calls `body(pattern, start, end)` for each match, in the order of `matchKind`
    /// (leftmost-longest: by start; overlapping: by end offset).
    @inline(__always)
    public func scan(_ text: [Unicode.Scalar], _ body: (Int, Int, Int) -> Void) {
        text.withUnsafeBufferPointer { buf in
            if dense {
                delta.withUnsafeBufferPointer { d in
                    run(buf, DenseAhoCorasickStepper(delta: d, stride: stride), body)
                }
            } else {
                edgeStart.withUnsafeBufferPointer { es in
                edgeClass.withUnsafeBufferPointer { ec in
                edgeTarget.withUnsafeBufferPointer { et in
                fail.withUnsafeBufferPointer { f in
                    run(buf, SparseAhoCorasickStepper(edgeStart: es, edgeClass: ec, edgeTarget: et, fail: f), body)
                }}}}
            }
        }
    }

    /// Whether `text` ends inside a possible occurrence: some non-empty suffix of it is a prefix of
    /// a pattern (or a whole pattern, which a longer one might extend). When this is false for every
    /// piece of a text, no occurrence can span two pieces, whatever order they are joined in, so
    /// counts over the pieces do not depend on their order. Reads at most `maxPatternLength` scalars.
    public func isOpen(atEndOf text: ArraySlice<Unicode.Scalar>) -> Bool {
        state(after: text) != 0
    }

    /// Whether `scalar` (already normalised) occurs in some pattern: a text that ends with any other
    /// scalar is not open (`isOpen(atEndOf:)`).
    public func occursInPatterns(_ scalar: Unicode.Scalar) -> Bool {
        scalarClass(scalar) != 0
    }

    /// The partial occurrence open at the end of a text (see `openEnd(of:)`): the automaton's
    /// state there, so that many texts can be tried after one left side.
    public struct OpenEnd: Sendable {
        fileprivate let state: Int
    }

    /// The open end of `text`, or nil when `text` is not open (`isOpen(atEndOf:)`).
    public func openEnd(of text: ArraySlice<Unicode.Scalar>) -> OpenEnd? {
        let s = state(after: text)
        return s == 0 ? nil : OpenEnd(state: s)
    }

    /// The automaton's class of a (normalised) scalar; 0 for a scalar in no pattern.
    public func scalarClass(_ scalar: Unicode.Scalar) -> Int {
        bmpClass.withUnsafeBufferPointer { classOf(scalar.value, $0) }
    }

    /// The scalar classes that, read right after `end`, go on with an occurrence begun before it
    /// (a right side whose first scalar is of another class cannot span the join).
    public func continuingClasses(after end: OpenEnd) -> [Int] {
        (1..<stride).filter { depth[step(end.state, $0)] >= 2 }
    }

    /// Whether joining `left` and `right` (in that order, nothing between) puts an occurrence of a
    /// pattern across the join: one that starts in `left` and ends in `right`. When this is false,
    /// the joined text holds exactly the occurrences of the two texts, under either match kind
    /// (no leftmost-longest choice in `left` can change, and `right` is scanned from its start).
    /// With `rightIsWhole`, `right` is a whole piece that a third may follow: an occurrence begun in
    /// `left` and still open at the end of a short `right` counts as spanning too (it may end in
    /// the third). Reads at most `maxPatternLength - 1` scalars on each side.
    public func spansJoin(_ left: ArraySlice<Unicode.Scalar>, _ right: ArraySlice<Unicode.Scalar>, rightIsWhole: Bool = false) -> Bool {
        guard let end = openEnd(of: left) else { return false }
        return spansJoin(after: end, right, rightIsWhole: rightIsWhole)
    }

    /// `spansJoin` for a left side whose open end is already known.
    public func spansJoin(after end: OpenEnd, _ right: ArraySlice<Unicode.Scalar>, rightIsWhole: Bool = false) -> Bool {
        guard maxPatternLength > 1 else { return false }
        var state = end.state
        var k = 0
        for s in right.prefix(maxPatternLength - 1) {
            k += 1
            let c = scalarClass(s)
            if c == 0 { return false }
            state = step(state, c)
            // No pattern prefix that reaches back into `left` survives: nothing can span.
            if Int(depth[state]) <= k { return false }
            for o in Int(outputStart[state])..<Int(outputStart[state + 1]) where patternLengths[Int(outputs[o])] > k {
                return true
            }
        }
        // `right` ran out with a pattern prefix from `left` still matched (depth > k): open when
        // some pattern goes on from there.
        guard rightIsWhole && k == right.count && k < maxPatternLength - 1 else { return false }
        return (1..<stride).contains { Int(depth[step(state, $0)]) > k + 1 }
    }

    /// The automaton's state after the last `maxPatternLength` scalars of `text` (0: no suffix of
    /// `text` is a prefix of a pattern).
    private func state(after text: ArraySlice<Unicode.Scalar>) -> Int {
        guard maxPatternLength > 0 else { return 0 }
        var state = 0
        bmpClass.withUnsafeBufferPointer { bmp in
            for s in text.suffix(maxPatternLength) {
                let c = classOf(s.value, bmp)
                state = c == 0 ? 0 : step(state, c)
            }
        }
        return state
    }

    /// One transition (for the short scans above; the text scans use specialised steppers).
    private func step(_ state: Int, _ c: Int) -> Int {
        if dense { return Int(delta[state &* stride &+ c]) }
        return edgeStart.withUnsafeBufferPointer { es in
            edgeClass.withUnsafeBufferPointer { ec in
                edgeTarget.withUnsafeBufferPointer { et in
                    fail.withUnsafeBufferPointer { f in
                        SparseAhoCorasickStepper(edgeStart: es, edgeClass: ec, edgeTarget: et, fail: f).next(state, c)
                    }
                }
            }
        }
    }

    @inline(__always)
    private func run<S: AhoCorasickStepper>(_ buf: UnsafeBufferPointer<Unicode.Scalar>, _ st: S, _ body: (Int, Int, Int) -> Void) {
        switch matchKind {
        case .overlapping: scanOverlapping(buf, st, body)
        case .leftmostLongest: scanLeftmostLongest(buf, st, body)
        }
    }

    @inline(__always)
    private func classOf(_ v: UInt32, _ bmp: UnsafeBufferPointer<UInt16>) -> Int {
        if v < 0x10000 { return Int(bmp[Int(v)]) }
        return Int(astralClass[v] ?? 0)
    }

    private func scanOverlapping<S: AhoCorasickStepper>(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ st: S, _ body: (Int, Int, Int) -> Void) {
        guard maxPatternLength > 0 else { return }
        bmpClass.withUnsafeBufferPointer { bmp in
        outputStart.withUnsafeBufferPointer { os in
        outputs.withUnsafeBufferPointer { outs in
        patternLengths.withUnsafeBufferPointer { lens in
            var state = 0
            for i in 0..<text.count {
                let c = classOf(text[i].value, bmp)
                state = c == 0 ? 0 : st.next(state, c)
                let a = Int(os[state]), b = Int(os[state &+ 1])
                if a != b {
                    for k in a..<b {
                        let p = Int(outs[k])
                        body(p, i + 1 - lens[p], i + 1)
                    }
                }
            }
        }}}}
    }

    /// Leftmost-longest on top of the overlapping automaton: at each end offset the automaton
    /// reports every pattern ending there (each with a distinct start); a ring buffer of
    /// `maxPatternLength` slots keeps the longest pattern per start. A start is decided once the
    /// scan is `maxPatternLength - 1` scalars past it (no later match can start there), in
    /// left-to-right order, skipping starts covered by the previous match. Memory: O(longest pattern).
    private func scanLeftmostLongest<S: AhoCorasickStepper>(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ st: S, _ body: (Int, Int, Int) -> Void) {
        let L = maxPatternLength
        guard L > 0 else { return }
        var size = 1
        while size < L + 1 { size <<= 1 }
        let mask = size - 1
        let bestLen = UnsafeMutablePointer<Int32>.allocate(capacity: size)
        let bestPat = UnsafeMutablePointer<Int32>.allocate(capacity: size)
        bestLen.initialize(repeating: 0, count: size)
        bestPat.initialize(repeating: 0, count: size)
        defer { bestLen.deallocate(); bestPat.deallocate() }
        var nextFree = 0      // first offset not covered by an emitted match
        var decided = 0       // starts < decided have been decided
        var pending = 0       // slots holding an undecided match
        let n = text.count
        bmpClass.withUnsafeBufferPointer { bmp in
        outputStart.withUnsafeBufferPointer { os in
        outputs.withUnsafeBufferPointer { outs in
        patternLengths.withUnsafeBufferPointer { lens in
            var state = 0
            for i in 0..<n {
                // Starts below i - L + 1 can no longer grow: decide them, left to right.
                let limit = i - L + 1
                if pending == 0 {
                    if decided < limit { decided = limit }
                } else {
                    while decided < limit {
                        let slot = decided & mask
                        let len = Int(bestLen[slot])
                        if len > 0 {
                            if decided >= nextFree {
                                body(Int(bestPat[slot]), decided, decided + len)
                                nextFree = decided + len
                            }
                            bestLen[slot] = 0
                            pending -= 1
                        }
                        decided += 1
                    }
                }
                let c = classOf(text[i].value, bmp)
                state = c == 0 ? 0 : st.next(state, c)
                let a = Int(os[state]), b = Int(os[state &+ 1])
                if a != b {
                    for k in a..<b {
                        let p = Int(outs[k])
                        let len = lens[p]
                        let s = i + 1 - len
                        if s < nextFree { continue }
                        let slot = s & mask
                        let old = Int(bestLen[slot])
                        if old == 0 { pending += 1 }
                        if old < len || (old == len && Int(bestPat[slot]) > p) {
                            bestLen[slot] = Int32(len)
                            bestPat[slot] = Int32(p)
                        }
                    }
                }
            }
            while decided < n && pending > 0 {
                let slot = decided & mask
                let len = Int(bestLen[slot])
                if len > 0 {
                    if decided >= nextFree {
                        body(Int(bestPat[slot]), decided, decided + len)
                        nextFree = decided + len
                    }
                    bestLen[slot] = 0
                    pending -= 1
                }
                decided += 1
            }
        }}}}
    }
}

/// One transition of the automaton; specialized per layout so the scan loops stay tight.
protocol AhoCorasickStepper {
    func next(_ state: Int, _ c: Int) -> Int
}

/// Dense DFA: one table read.
struct DenseAhoCorasickStepper: AhoCorasickStepper {
    let delta: UnsafeBufferPointer<Int32>
    let stride: Int
    @inline(__always)
    func next(_ state: Int, _ c: Int) -> Int { Int(delta[state &* stride &+ c]) }
}

/// Sparse trie with failure links: binary search in the sorted edges, fall back along failures.
struct SparseAhoCorasickStepper: AhoCorasickStepper {
    let edgeStart: UnsafeBufferPointer<Int32>
    let edgeClass: UnsafeBufferPointer<Int32>
    let edgeTarget: UnsafeBufferPointer<Int32>
    let fail: UnsafeBufferPointer<Int32>
    @inline(__always)
    func next(_ state: Int, _ c: Int) -> Int {
        var s = state
        let key = Int32(c)
        while true {
            var lo = Int(edgeStart[s]), hi = Int(edgeStart[s + 1])
            while lo < hi {
                let mid = (lo + hi) >> 1
                let v = edgeClass[mid]
                if v == key { return Int(edgeTarget[mid]) }
                if v < key { lo = mid + 1 } else { hi = mid }
            }
            if s == 0 { return 0 }
            s = Int(fail[s])
        }
    }
}
