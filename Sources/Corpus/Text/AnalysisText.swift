/// Text prepared for matching and counting, with a map back to the source.
///
/// Built from pieces of a `SourceText` (line ranges in reading order). The rules:
/// - full-width ASCII forms are folded (`２０２３` → `2023`, `，` → `,`), so ASCII and full-width
///   punctuation match alike; what is printed back to the user is taken from the source instead;
/// - white space and line breaks inside a paragraph are dropped, except that a single space is kept
///   between two ASCII letters or digits (`思想 and 党的`), so wrapped (`全过程人\n民民主`) and
///   letter-spaced (`人 大 常 委 会`) text reads as one word;
/// - paragraphs are separated by one `\n`.
public struct AnalysisText: Sendable {
    /// The normalised scalars.
    public private(set) var scalars: [Unicode.Scalar] = []
    /// For each normalised scalar, its offset in the source scalars (`-1` for an inserted separator).
    public private(set) var sourceOffsets: [Int32] = []

    public init() {}

    /// Builds a text by `build`, which may write at most `capacity` scalars through the writer
    /// (each `append` at most its range's count, each `breakParagraph` one): both arrays are
    /// written in place, once, at their final size.
    init(capacity: Int, _ build: (inout Writer) -> Void) {
        let capacity = max(capacity, 1)  // storage, so the buffers have an address
        var offsets = [Int32]()
        scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { out, count in
            offsets = [Int32](unsafeUninitializedCapacity: capacity) { offs, offCount in
                var w = Writer(out: out.baseAddress!, offs: offs.baseAddress!, count: 0, capacity: capacity)
                build(&w)
                offCount = w.count
                count = w.count
            }
        }
        sourceOffsets = offsets
    }

    /// Makes room for `n` scalars in all (appending beyond it stays correct, only slower).
    public mutating func reserveCapacity(_ n: Int) {
        scalars.reserveCapacity(n)
        sourceOffsets.reserveCapacity(n)
    }

    /// Appends source scalars `range` of `source` as part of the current paragraph.
    public mutating func append(_ source: SourceText, range: Range<Int>) {
        append(source, range: range, stoppingAt: .max)
    }

    /// `append(_:range:)` stopped once the text holds at least `limit` scalars (at most one more:
    /// a kept space and the scalar after it): what it holds is the start of what the whole piece
    /// gives, as each normalised scalar depends only on those before it.
    public mutating func append(_ source: SourceText, range: Range<Int>, stoppingAt limit: Int) {
        // Room for the piece first, written in place and the rest cut off: appending scalar by
        // scalar to both arrays cost more than the normalising. A piece never grows: each
        // inserted space stands for at least one dropped one.
        guard !range.isEmpty, scalars.count < limit else { return }
        let base = scalars.count
        let room = limit - base >= range.count ? range.count : limit - base + 1
        scalars.append(contentsOf: repeatElement(" ", count: room))
        sourceOffsets.append(contentsOf: repeatElement(-1, count: room))
        var n = base
        scalars.withUnsafeMutableBufferPointer { out in
            sourceOffsets.withUnsafeMutableBufferPointer { offs in
                source.scalars.withUnsafeBufferPointer { s in
                    var w = Writer(out: out.baseAddress!, offs: offs.baseAddress!, count: base, capacity: out.count)
                    w.append(s, range: range, stoppingAt: limit)
                    n = w.count
                }
            }
        }
        scalars.removeLast(scalars.count - n)
        sourceOffsets.removeLast(sourceOffsets.count - n)
    }

    /// Writes normalised scalars and their source offsets into storage sized beforehand.
    struct Writer {
        let out: UnsafeMutablePointer<Unicode.Scalar>
        let offs: UnsafeMutablePointer<Int32>
        /// Scalars written.
        var count: Int
        let capacity: Int

        /// Appends source scalars `range` of `s` as part of the current paragraph (see `AnalysisText`),
        /// stopping once `limit` scalars are written (see `append(_:range:stoppingAt:)`).
        mutating func append(_ s: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>, stoppingAt limit: Int = .max) {
            // Two copies of the loop: the test of the limit costs a section's whole text otherwise.
            if limit == .max { run(s, range, limit: limit, limited: false) } else { run(s, range, limit: limit, limited: true) }
        }

        @inline(__always)
        private mutating func run(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, limit: Int, limited: Bool) {
            guard !range.isEmpty, count < limit else { return }
            let room = limit - count >= range.count ? range.count : limit - count + 1
            precondition(count + room <= capacity && range.upperBound <= Int(Int32.max))
            let src = s.baseAddress!
            var n = count
            // The last scalar written, a line break standing for none: either way no space goes in.
            var last: UInt32 = n > 0 ? out[n - 1].value : 0x0A
            var pendingSpace = false
            for i in range {
                let raw = src[i]
                let v = raw.value
                // Han and CJK punctuation (U+3001–U+FEFE): no space, no folding, no letter or digit.
                if v &- 0x3001 < 0xFEFF - 0x3001 {
                    out[n] = raw
                    offs[n] = Int32(truncatingIfNeeded: i)
                    n += 1
                    last = v
                    pendingSpace = false
                    if limited && n >= limit { break }
                    continue
                }
                if v == 0x0A || ScalarClass.isSpace(raw) {
                    pendingSpace = true
                    continue
                }
                let c = ScalarClass.fold(raw)
                if pendingSpace && Writer.isASCIIAlnum(last) && ScalarClass.isASCIIAlnum(c) {
                    out[n] = " "
                    offs[n] = -1
                    n += 1
                }
                pendingSpace = false
                out[n] = c
                offs[n] = Int32(truncatingIfNeeded: i)
                n += 1
                last = c.value
                if limited && n >= limit { break }
            }
            count = n
        }

        /// Ends the current paragraph (no effect at the start or after another break).
        mutating func breakParagraph() {
            guard count > 0, out[count - 1] != "\n" else { return }
            precondition(count < capacity)
            out[count] = "\n"
            offs[count] = -1
            count += 1
        }

        @inline(__always) static func isASCIIAlnum(_ v: UInt32) -> Bool {
            (v &- 0x30 < 10) || ((v | 0x20) &- 0x61 < 26)
        }
    }

    /// Appends `other` whole, after a paragraph break or at the start (where the text `other`
    /// starts with is the same as it would be built here).
    mutating func append(_ other: AnalysisText) {
        scalars += other.scalars
        sourceOffsets += other.sourceOffsets
    }

    /// Ends the current paragraph (no effect at the start or after another break).
    public mutating func breakParagraph() {
        if let last = scalars.last, last != "\n" {
            scalars.append("\n")
            sourceOffsets.append(-1)
        }
    }

    /// Source offset of normalised position `i`, looking left past inserted separators.
    public func sourceOffset(at i: Int) -> Int? {
        var k = min(i, sourceOffsets.count - 1)
        while k >= 0 {
            if sourceOffsets[k] >= 0 { return Int(sourceOffsets[k]) }
            k -= 1
        }
        return nil
    }

    /// The normalised text as a `String`.
    public var string: String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars)
        return String(v)
    }
}

extension AnalysisText {
    /// Where a range of this text comes from: first and last source line, start column, and the
    /// text as printed (including any line break it spans). A range read across a seam of the
    /// reading order (`走访 3` … `个县市`, printed lines apart) is printed as its pieces joined by a
    /// line break, not as the source between them.
    public struct SourceSpan: Sendable, Hashable {
        public var startLine: Int
        public var endLine: Int
        public var column: Int
        public var printed: String
    }

    /// The source span of normalised range `r` in `source`.
    public func span(of r: Range<Int>, in source: SourceText) -> SourceSpan? {
        guard !r.isEmpty, r.upperBound <= scalars.count else { return nil }
        var a = r.lowerBound
        while a < r.upperBound && sourceOffsets[a] < 0 { a += 1 }
        var b = r.upperBound - 1
        while b > a && sourceOffsets[b] < 0 { b -= 1 }
        guard a < r.upperBound, sourceOffsets[a] >= 0 else { return nil }
        let lo = Int(sourceOffsets[a]), hi = Int(sourceOffsets[b])
        var v = String.UnicodeScalarView()
        let s = source.scalars
        // From each kept scalar to the next: the source between them when it holds only what
        // normalising drops (spaces, line breaks), a line break for a seam.
        var prev = lo
        v.append(s[lo])
        for k in (a + 1)..<(b + 1) where sourceOffsets[k] >= 0 {
            let o = Int(sourceOffsets[k])
            if o > prev, !s[(prev + 1)..<o].contains(where: { $0 != "\n" && !ScalarClass.isSpace($0) }) {
                v.append(contentsOf: s[(prev + 1)...o])
            } else {
                v.append("\n")
                v.append(s[o])
            }
            prev = o
        }
        return SourceSpan(startLine: source.lineNumber(at: lo), endLine: source.lineNumber(at: hi),
                          column: source.column(at: lo), printed: String(v))
    }

    /// Normalised text of a range, clamped to the text, newlines shown as spaces.
    public func excerpt(_ r: Range<Int>) -> String {
        let lo = max(0, r.lowerBound), hi = min(scalars.count, r.upperBound)
        guard lo < hi else { return "" }
        var v = String.UnicodeScalarView()
        for s in scalars[lo..<hi] { v.append(s == "\n" ? " " : s) }
        return String(v)
    }
}
