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

    /// Appends source scalars `range` of `source` as part of the current paragraph.
    public mutating func append(_ source: SourceText, range: Range<Int>) {
        let s = source.scalars
        var pendingSpace = false
        var i = range.lowerBound
        while i < range.upperBound {
            let raw = s[i]
            if raw == "\n" || ScalarClass.isSpace(raw) {
                pendingSpace = true
                i += 1
                continue
            }
            let c = ScalarClass.fold(raw)
            if pendingSpace, let last = scalars.last, last != "\n",
               ScalarClass.isASCIIAlnum(last), ScalarClass.isASCIIAlnum(c) {
                scalars.append(" ")
                sourceOffsets.append(-1)
            }
            pendingSpace = false
            scalars.append(c)
            sourceOffsets.append(Int32(i))
            i += 1
        }
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
