/// One source line prepared for recognisers: the trimmed scalars as printed and width-folded,
/// with the offset of the first trimmed scalar in the source.
public struct LineScalars: Sendable {
    /// Scalars as printed (leading and trailing white space removed).
    public let raw: [Unicode.Scalar]
    /// The same scalars width-folded (`（` → `(`, `：` → `:`, ideographic space → space).
    public let folded: [Unicode.Scalar]
    /// Source offset of `raw[0]`.
    public let sourceStart: Int
    /// 1-based line number.
    public let line: Int

    public init(source: SourceText, line: Int) {
        let r = source.lineRange(line)
        var lo = r.lowerBound, hi = r.upperBound
        let s = source.scalars
        while lo < hi && ScalarClass.isSpace(s[lo]) { lo += 1 }
        while hi > lo && ScalarClass.isSpace(s[hi - 1]) { hi -= 1 }
        // Copied from the buffer: an array slice is copied through a generic path, which cost more.
        raw = s.withUnsafeBufferPointer { p in Array(UnsafeBufferPointer(rebasing: p[lo..<hi])) }
        // Every line of every file is built here. The folded copy is made only when a scalar
        // folds (most lines of Chinese text hold a full-width comma or colon, some hold none), as
        // a plain copy of the slice folded in place: allocating it uninitialised cost more than
        // the rest of the line's preparation.
        let (needsFold, visible, cues) = LineScalars.survey(raw)
        if needsFold {
            var f = s.withUnsafeBufferPointer { p in Array(UnsafeBufferPointer(rebasing: p[lo..<hi])) }
            LineScalars.foldInPlace(&f)
            folded = f
        } else {
            folded = raw
        }
        visibleCount = visible
        self.cues = cues
        sourceStart = lo
        self.line = line
    }

    /// Whether any of `raw` changes under `ScalarClass.fold`, how many are not white space, and
    /// the cues of the folded scalars: one pass over the line.
    private static func survey(_ raw: [Unicode.Scalar]) -> (needsFold: Bool, visible: Int, cues: ScalarCues) {
        let space = ScalarCues.spaceIndex
        return ScalarCues.indexTable.withUnsafeBufferPointer { table in
            raw.withUnsafeBufferPointer { p in
                var folds = false
                var bits: UInt64 = 0
                for c in p {
                    let v = c.value
                    // The table gives the index of the folded scalar; white space of every kind
                    // has the space index.
                    if v &- 0x3001 < 0xFF01 - 0x3001 {
                        bits |= 1 &<< UInt64(table[Int(v)])  // Han and CJK punctuation: nothing folds
                    } else if v &- 0xFF01 <= 0xFF5E - 0xFF01 {
                        folds = true
                        bits |= 1 &<< UInt64(table[Int(v &- 0xFEE0)])
                    } else if v == 0x3000 {
                        folds = true
                        bits |= 1 &<< UInt64(space)
                    } else if v < 0x10000 {
                        bits |= 1 &<< UInt64(table[Int(v)])
                    }
                }
                // White space is counted only on the lines that have some (few do).
                var spaces = 0
                if bits & (1 &<< UInt64(space)) != 0 {
                    for c in p where ScalarClass.isSpace(c) { spaces += 1 }
                }
                // Bit 0 collects the scalars not tracked.
                return (folds, p.count - spaces, ScalarCues(bits: bits & ~1))
            }
        }
    }

    /// Width-folds `scalars` where they are (the array is a fresh copy, so no copy is made).
    private static func foldInPlace(_ scalars: inout [Unicode.Scalar]) {
        scalars.withUnsafeMutableBufferPointer { p in
            for k in p.indices { p[k] = ScalarClass.fold(p[k]) }
        }
    }

    /// Builds a line from a string (tests and tools).
    public init(_ text: String, line: Int = 1) {
        var sc = Array(text.unicodeScalars)
        while let f = sc.first, ScalarClass.isSpace(f) { sc.removeFirst() }
        while let l = sc.last, ScalarClass.isSpace(l) { sc.removeLast() }
        raw = sc
        let (needsFold, visible, cues) = LineScalars.survey(sc)
        folded = needsFold ? sc.map(ScalarClass.fold) : sc
        visibleCount = visible
        self.cues = cues
        sourceStart = 0
        self.line = line
    }

    private init(raw: [Unicode.Scalar], sourceStart: Int, line: Int) {
        self.raw = raw
        let (needsFold, visible, cues) = LineScalars.survey(raw)
        folded = needsFold ? raw.map(ScalarClass.fold) : raw
        visibleCount = visible
        self.cues = cues
        self.sourceStart = sourceStart
        self.line = line
    }

    /// The line with its letter-spacing taken out (`□ 本 报 记 者   张 文 军` → `□ 本报记者 张文军`:
    /// single spaces go, longer gaps become one space), and for each kept scalar its offset in
    /// `raw`; nil unless the line is letter-spaced (at least three spaced pairs of Han characters
    /// and no two Han characters side by side).
    public func collapsingLetterSpacing() -> (line: LineScalars, offsets: [Int])? {
        guard cues.holdsAll(ScalarCues.space) else { return nil }
        var spaced = 0
        for k in 1..<max(raw.count, 1) where k + 1 < raw.count {
            if ScalarClass.isHan(raw[k]) && ScalarClass.isHan(raw[k - 1]) { return nil }
            if ScalarClass.isSpace(folded[k]) && ScalarClass.isHan(raw[k - 1]) && ScalarClass.isHan(raw[k + 1]) { spaced += 1 }
        }
        if let l = raw.last, raw.count >= 2, ScalarClass.isHan(l) && ScalarClass.isHan(raw[raw.count - 2]) { return nil }
        guard spaced >= 3 else { return nil }
        var out = [Unicode.Scalar](), offsets = [Int]()
        var k = 0
        while k < raw.count {
            if ScalarClass.isSpace(folded[k]) {
                var e = k
                while e < raw.count && ScalarClass.isSpace(folded[e]) { e += 1 }
                if e - k >= 2 { out.append(" "); offsets.append(k) }
                k = e
                continue
            }
            out.append(raw[k]); offsets.append(k)
            k += 1
        }
        return (LineScalars(raw: out, sourceStart: sourceStart, line: line), offsets)
    }

    /// The scalars `range` of this line as a line of their own (placed in the same source).
    public func slice(_ range: Range<Int>) -> LineScalars {
        var r = range
        while r.lowerBound < r.upperBound && ScalarClass.isSpace(raw[r.lowerBound]) { r = (r.lowerBound + 1)..<r.upperBound }
        while r.upperBound > r.lowerBound && ScalarClass.isSpace(raw[r.upperBound - 1]) { r = r.lowerBound..<(r.upperBound - 1) }
        return LineScalars(raw: Array(raw[r]), sourceStart: sourceStart + r.lowerBound, line: line)
    }

    public var isEmpty: Bool { raw.isEmpty }
    public var count: Int { raw.count }

    /// The raw text of `range` (offsets into `raw`).
    public func text(_ range: Range<Int>) -> String {
        String(scalars: raw[range])
    }

    /// Whole line as printed.
    public var string: String { text(0..<raw.count) }

    /// Number of non-space scalars.
    public let visibleCount: Int

    /// Which scalars byline families look for the line holds (folded).
    public let cues: ScalarCues

    /// True when the folded scalars at `i` spell `word`.
    public func has(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= folded.count else { return false }
        for k in 0..<word.count where folded[i + k] != word[k] { return false }
        return true
    }

    /// First offset where `word` occurs at or after `from`.
    public func find(_ word: [Unicode.Scalar], from: Int = 0) -> Int? {
        guard !word.isEmpty, folded.count >= word.count else { return nil }
        var i = from
        while i + word.count <= folded.count {
            if folded[i] == word[0] && has(word, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// True if `word` occurs anywhere.
    public func contains(_ word: [Unicode.Scalar]) -> Bool { find(word) != nil }
}

extension String {
    /// The string's scalars as an array (for building recogniser vocabularies).
    @inlinable public var scalarArray: [Unicode.Scalar] { Array(unicodeScalars) }

    /// A string of exactly `scalars`, UTF-8 encoded straight into its storage (building a short
    /// name through a `UnicodeScalarView` cost thousands of instructions).
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buf in
            var n = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buf[n] = UInt8(truncatingIfNeeded: v)
                    n += 1
                } else if v < 0x800 {
                    buf[n] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                    buf[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    n += 2
                } else if v < 0x10000 {
                    buf[n] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                    buf[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
                    buf[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    n += 3
                } else {
                    buf[n] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                    buf[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 12) & 0x3F)
                    buf[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
                    buf[n + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    n += 4
                }
            }
            return n
        }
    }
}
