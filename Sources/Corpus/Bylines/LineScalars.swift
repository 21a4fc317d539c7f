/// One source line prepared for recognisers: the trimmed scalars as printed and width-folded,
/// with the offset of the first trimmed scalar in the source.
///
/// The scalars are read in place (`ScalarWindow`): the lines of a page (`lines(of:)`) read the
/// page's scalars and one buffer of the folded scalars of the lines that fold, so no line allocates.
public struct LineScalars: Sendable {
    /// Scalars as printed (leading and trailing white space removed).
    public var raw: ScalarWindow { ScalarWindow(rawBuffer, base: rawBase, count: count) }
    /// The same scalars width-folded (`（` → `(`, `：` → `:`, ideographic space → space).
    public var folded: ScalarWindow { ScalarWindow(foldedBuffer, base: foldedBase, count: count) }
    /// Source offset of `raw[0]`.
    public let sourceStart: Int
    /// 1-based line number.
    public let line: Int
    /// Number of scalars.
    public let count: Int
    /// Where the scalars are read: offset `i` of the line is `rawBuffer[rawBase + i]` as printed,
    /// `foldedBuffer[foldedBase + i]` folded (a line that folds nothing reads both from one place).
    private let rawBuffer: [Unicode.Scalar], foldedBuffer: [Unicode.Scalar]
    private let rawBase: Int, foldedBase: Int

    /// Every line of `source` (line `n` at index `n - 1`; one empty line for an empty source), read
    /// in place from the source's scalars; the lines that fold read their folded scalars from one
    /// buffer for the page.
    public static func lines(of source: SourceText) -> [LineScalars] {
        let n = max(source.lineCount, 1)
        let s = source.scalars
        // Each line's trimmed range and survey first, then the folded buffer sized for the lines
        // that fold (all written before any line holds it).
        var surveys = [(lo: Int, hi: Int, folds: Bool, visible: Int, cues: ScalarCues)]()
        surveys.reserveCapacity(n)
        var foldedCount = 0
        s.withUnsafeBufferPointer { p in
            for line in 1...n {
                let (lo, hi) = trimmed(p, source.lineRange(line))
                let (needsFold, visible, cues) = survey(UnsafeBufferPointer(rebasing: p[lo..<hi]))
                if needsFold { foldedCount += hi - lo }
                surveys.append((lo, hi, needsFold, visible, cues))
            }
        }
        let folded = foldedCount == 0 ? [] : s.withUnsafeBufferPointer { p in
            [Unicode.Scalar](unsafeUninitializedCapacity: foldedCount) { buf, written in
                for v in surveys where v.folds {
                    for k in v.lo..<v.hi { buf[written] = ScalarClass.fold(p[k]); written += 1 }
                }
            }
        }
        var out = [LineScalars]()
        out.reserveCapacity(n)
        var next = 0
        for (k, v) in surveys.enumerated() {
            out.append(LineScalars(rawBuffer: s, rawBase: v.lo, foldedBuffer: v.folds ? folded : s, foldedBase: v.folds ? next : v.lo,
                                   count: v.hi - v.lo, sourceStart: v.lo, line: k + 1, visibleCount: v.visible, cues: v.cues))
            if v.folds { next += v.hi - v.lo }
        }
        return out
    }

    /// Line `line` of `source` alone, read in place (`lines(of:)` prepares a whole page).
    public init(source: SourceText, line: Int) {
        let s = source.scalars
        let (lo, hi) = s.withUnsafeBufferPointer { LineScalars.trimmed($0, source.lineRange(line)) }
        let (needsFold, visible, cues) = s.withUnsafeBufferPointer { LineScalars.survey(UnsafeBufferPointer(rebasing: $0[lo..<hi])) }
        let folded = needsFold ? s[lo..<hi].map(ScalarClass.fold) : s
        self.init(rawBuffer: s, rawBase: lo, foldedBuffer: folded, foldedBase: needsFold ? 0 : lo, count: hi - lo,
                  sourceStart: lo, line: line, visibleCount: visible, cues: cues)
    }

    private init(rawBuffer: [Unicode.Scalar], rawBase: Int, foldedBuffer: [Unicode.Scalar], foldedBase: Int, count: Int,
                 sourceStart: Int, line: Int, visibleCount: Int, cues: ScalarCues) {
        self.rawBuffer = rawBuffer
        self.rawBase = rawBase
        self.foldedBuffer = foldedBuffer
        self.foldedBase = foldedBase
        self.count = count
        self.sourceStart = sourceStart
        self.line = line
        self.visibleCount = visibleCount
        self.cues = cues
    }

    /// `range` without its leading and trailing white space.
    private static func trimmed(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> (Int, Int) {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi && ScalarClass.isSpace(s[lo]) { lo += 1 }
        while hi > lo && ScalarClass.isSpace(s[hi - 1]) { hi -= 1 }
        return (lo, hi)
    }

    /// Whether any of `raw` changes under `ScalarClass.fold`, how many are not white space, and
    /// the cues of the folded scalars: one pass over the line.
    private static func survey(_ p: UnsafeBufferPointer<Unicode.Scalar>) -> (needsFold: Bool, visible: Int, cues: ScalarCues) {
        let space = ScalarCues.spaceIndex
        return ScalarCues.indexTable.withUnsafeBufferPointer { table in
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

    /// Builds a line from a string (tests and tools).
    public init(_ text: String, line: Int = 1) {
        var sc = Array(text.unicodeScalars)
        while let f = sc.first, ScalarClass.isSpace(f) { sc.removeFirst() }
        while let l = sc.last, ScalarClass.isSpace(l) { sc.removeLast() }
        self.init(raw: sc, sourceStart: 0, line: line)
    }

    /// A line of `raw` (its own buffer), placed at `sourceStart`.
    private init(raw: [Unicode.Scalar], sourceStart: Int, line: Int) {
        let (needsFold, visible, cues) = raw.withUnsafeBufferPointer { LineScalars.survey($0) }
        self.init(rawBuffer: raw, rawBase: 0, foldedBuffer: needsFold ? raw.map(ScalarClass.fold) : raw, foldedBase: 0, count: raw.count,
                  sourceStart: sourceStart, line: line, visibleCount: visible, cues: cues)
    }

    /// The line with its letter-spacing taken out (`□ 本 报 记 者   张 文 军` → `□ 本报记者 张文军`:
    /// single spaces go, longer gaps become one space), and for each kept scalar its offset in
    /// `raw`; nil unless the line is letter-spaced (at least three spaced pairs of Han characters
    /// and no two Han characters side by side).
    public func collapsingLetterSpacing() -> (line: LineScalars, offsets: [Int])? {
        guard cues.holdsAll(ScalarCues.space) else { return nil }
        let raw = self.raw, folded = self.folded
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

    /// The scalars `range` of this line as a line of their own (placed in the same source, read
    /// from the same buffers).
    public func slice(_ range: Range<Int>) -> LineScalars {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "slice out of range")
        let raw = self.raw
        var r = range
        while r.lowerBound < r.upperBound && ScalarClass.isSpace(raw[r.lowerBound]) { r = (r.lowerBound + 1)..<r.upperBound }
        while r.upperBound > r.lowerBound && ScalarClass.isSpace(raw[r.upperBound - 1]) { r = r.lowerBound..<(r.upperBound - 1) }
        let (_, visible, cues) = rawBuffer.withUnsafeBufferPointer { p in
            LineScalars.survey(UnsafeBufferPointer(rebasing: p[(rawBase + r.lowerBound)..<(rawBase + r.upperBound)]))
        }
        return LineScalars(rawBuffer: rawBuffer, rawBase: rawBase + r.lowerBound, foldedBuffer: foldedBuffer, foldedBase: foldedBase + r.lowerBound,
                           count: r.count, sourceStart: sourceStart + r.lowerBound, line: line, visibleCount: visible, cues: cues)
    }

    public var isEmpty: Bool { count == 0 }

    /// The raw text of `range` (offsets into `raw`).
    public func text(_ range: Range<Int>) -> String {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "text out of range")
        return String(scalars: rawBuffer[(rawBase + range.lowerBound)..<(rawBase + range.upperBound)])
    }

    /// Whole line as printed.
    public var string: String { text(0..<count) }

    /// Number of non-space scalars.
    public let visibleCount: Int

    /// Which scalars byline families look for the line holds (folded).
    public let cues: ScalarCues

    /// True when the folded scalars at `i` spell `word`.
    public func has(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
        for k in 0..<word.count where foldedBuffer[foldedBase + i + k] != word[k] { return false }
        return true
    }

    /// First offset where `word` occurs at or after `from`.
    public func find(_ word: [Unicode.Scalar], from: Int = 0) -> Int? {
        guard !word.isEmpty, count >= word.count else { return nil }
        var i = from
        while i + word.count <= count {
            if foldedBuffer[foldedBase + i] == word[0] && has(word, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// True if `word` occurs anywhere.
    public func contains(_ word: [Unicode.Scalar]) -> Bool { find(word) != nil }
}

/// Scalars of one line read in place from a buffer that other lines may share: indices are offsets
/// in the line (0 for its first scalar), and a slice keeps them, as an array slice does.
public struct ScalarWindow: RandomAccessCollection, Sendable {
    public typealias Index = Int
    public typealias Indices = Range<Int>
    public typealias SubSequence = ScalarWindow

    private let buffer: [Unicode.Scalar]
    /// Index in `buffer` of offset 0.
    private let base: Int
    public let startIndex: Int
    public let endIndex: Int

    /// All of `scalars` (offsets `0..<scalars.count`; no copy).
    public init(_ scalars: [Unicode.Scalar]) {
        self.init(scalars, base: 0, startIndex: 0, endIndex: scalars.count)
    }

    /// Offsets `0..<count` of a line whose offset 0 is `buffer[base]`.
    init(_ buffer: [Unicode.Scalar], base: Int, count: Int) {
        self.init(buffer, base: base, startIndex: 0, endIndex: count)
    }

    private init(_ buffer: [Unicode.Scalar], base: Int, startIndex: Int, endIndex: Int) {
        precondition(base + startIndex >= 0 && startIndex <= endIndex && base + endIndex <= buffer.count, "window out of its buffer")
        self.buffer = buffer
        self.base = base
        self.startIndex = startIndex
        self.endIndex = endIndex
    }

    public var indices: Range<Int> { startIndex..<endIndex }

    public subscript(i: Int) -> Unicode.Scalar {
        precondition(i >= startIndex && i < endIndex, "index out of range")
        // In the buffer by construction (`base + endIndex <= buffer.count`): read unchecked.
        return buffer.withUnsafeBufferPointer { $0[base &+ i] }
    }

    public func makeIterator() -> Iterator { Iterator(window: self) }

    /// Reads the scalars straight from the buffer (the generic iterator checked each index twice).
    public struct Iterator: IteratorProtocol {
        private let buffer: [Unicode.Scalar]
        private var i: Int
        private let end: Int

        init(window w: ScalarWindow) {
            buffer = w.buffer
            i = w.base &+ w.startIndex
            end = w.base &+ w.endIndex
        }

        public mutating func next() -> Unicode.Scalar? {
            guard i < end else { return nil }
            defer { i &+= 1 }
            return buffer.withUnsafeBufferPointer { $0[i] }
        }
    }

    public var first: Unicode.Scalar? { startIndex < endIndex ? self[startIndex] : nil }
    public var last: Unicode.Scalar? { startIndex < endIndex ? self[endIndex &- 1] : nil }

    public subscript(r: Range<Int>) -> ScalarWindow {
        precondition(r.lowerBound >= startIndex && r.upperBound <= endIndex, "range out of range")
        return ScalarWindow(buffer, base: base, startIndex: r.lowerBound, endIndex: r.upperBound)
    }

    /// True when the window's last scalars are `word` (compared in the buffer).
    public func ends(with word: [Unicode.Scalar]) -> Bool {
        guard word.count <= count else { return false }
        return buffer.withUnsafeBufferPointer { p in
            let from = base &+ endIndex &- word.count
            for k in word.indices where p[from &+ k] != word[k] { return false }
            return true
        }
    }

    public func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<Unicode.Scalar>) throws -> R) rethrows -> R? {
        try buffer.withUnsafeBufferPointer { p in try body(UnsafeBufferPointer(rebasing: p[(base + startIndex)..<(base + endIndex)])) }
    }
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
