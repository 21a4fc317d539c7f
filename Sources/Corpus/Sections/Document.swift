/// One input file read into bylined sections.
public struct Document: Sendable {
    /// The decoded source.
    public let source: SourceText
    /// Sections in the order their headers appear.
    public var sections: [Section]
    /// Column jumps repaired: `(end line of the cut paragraph, start line of its continuation)`.
    public var joins: [(Int, Int)] = []
    /// Non-empty lines that are page furniture (running heads, column labels).
    public var furnitureLines: [Int] = []
    /// Non-empty lines in no section that are neither header nor furniture.
    public var leftoverLines: [Int] = []
    /// Place notes from region resolution (corrections, ambiguities, unknown places, conflicts).
    public var placeNotes: [PlaceNote] = []
    /// Paragraph ends cut at a column jump for which no continuation was found (1-based lines).
    public var unresolvedCuts: [Int] = []
    /// Body analysis texts built while reading (for region resolution), each with the body and
    /// caption lines it was built from: `analysisText(of:)` reuses them instead of building them again.
    var builtBodies: [BuiltBody] = []

    struct BuiltBody: Sendable {
        var body: [LinePiece]
        var captionLines: [Int]
        var text: AnalysisText
    }

    public init(source: SourceText, sections: [Section]) {
        self.source = source
        self.sections = sections
    }

    /// The section body as printed, in reading order: wrapped lines joined, paragraphs on their own lines.
    public func displayText(of section: Section) -> String {
        var out = String.UnicodeScalarView()
        var prevLine = -1
        var prevEnd = -1
        for p in section.body {
            let joined = prevLine >= 0 && (p.line == prevLine + 1 || p.range.lowerBound == prevEnd || !isParagraphEnd(prevEnd))
            if prevLine >= 0 && !joined { out.append("\n") }
            var lo = p.range.lowerBound, hi = p.range.upperBound
            while lo < hi && ScalarClass.isSpace(source.scalars[lo]) { lo += 1 }
            while hi > lo && ScalarClass.isSpace(source.scalars[hi - 1]) { hi -= 1 }
            // Letter-spaced runs: drop spaces between Han characters.
            var k = lo
            while k < hi {
                let c = source.scalars[k]
                if ScalarClass.isSpace(c), let l = out.last, !ScalarClass.isASCIIAlnum(ScalarClass.fold(l)) {
                    k += 1; continue
                }
                if ScalarClass.isSpace(c) {
                    var j = k
                    while j < hi && ScalarClass.isSpace(source.scalars[j]) { j += 1 }
                    if j < hi, ScalarClass.isASCIIAlnum(ScalarClass.fold(source.scalars[j])) { out.append(" ") }
                    k = j; continue
                }
                out.append(c)
                k += 1
            }
            prevLine = p.line
            prevEnd = hi
        }
        return String(out)
    }

    private func isParagraphEnd(_ end: Int) -> Bool {
        end > 0 && LineClassifier.endsSentence(source, (end - 1)..<end)
    }

    /// The section as analysis text (normalised; title excluded), with its map back to the source.
    public func analysisText(of section: Section, includeTitle: Bool = false) -> AnalysisText {
        if let built = builtBodies.first(where: { $0.body == section.body && $0.captionLines == section.captionLines }) {
            guard includeTitle else { return built.text }
            // The title, a break, then the body: the body text is the same after a break as alone.
            var t = AnalysisText()
            for l in section.titleLines { t.append(source, range: source.lineRange(l)) }
            t.breakParagraph()
            t.append(built.text)
            return t
        }
        return buildAnalysisText(of: section, includeTitle: includeTitle)
    }

    /// `analysisText(of:includeTitle:)` built from the source.
    func buildAnalysisText(of section: Section, includeTitle: Bool) -> AnalysisText {
        // Room for every scalar of every piece and a break before each: the text is written once,
        // in place (a piece never grows, and `breakParagraph` adds at most one scalar).
        var capacity = 1 + section.body.count
        if includeTitle { for l in section.titleLines { capacity += source.lineRange(l).count } }
        for p in section.body { capacity += p.range.count }
        return source.scalars.withUnsafeBufferPointer { s in
            AnalysisText(capacity: capacity) { t in
                if includeTitle {
                    for l in section.titleLines { t.append(s, range: source.lineRange(l)) }
                    t.breakParagraph()
                }
                var prevEnd = -1
                // (An empty piece, a dateline's line at the head of its lead, adds nothing.)
                for p in section.body where !p.range.isEmpty {
                    if prevEnd >= 0 && isParagraphEnd(prevEnd) && !section.captionLines.contains(p.line) { t.breakParagraph() }
                    if section.captionLines.contains(p.line) && prevEnd >= 0 && !section.captionLines.contains(source.lineNumber(at: max(prevEnd - 1, 0))) { t.breakParagraph() }
                    t.append(s, range: p.range)
                    var e = p.range.upperBound
                    while e > p.range.lowerBound && ScalarClass.isSpace(s[e - 1]) { e -= 1 }
                    prevEnd = e
                }
            }
        }
    }
}
