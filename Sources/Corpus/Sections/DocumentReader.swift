/// Reads one source text into a `Document`: classify lines, assemble sections, repair reading
/// order, resolve regions. Stateless and `Sendable`, so one reader serves every thread.
public struct DocumentReader: Sendable {
    public let classifier: LineClassifier
    public let assembler: SectionAssembler

    /// Corpus-wide n-gram statistics for judging column seams (see `NGramIndex.sample`).
    public let background: NGramIndex?

    public init(classifier: LineClassifier = LineClassifier(), assembler: SectionAssembler = SectionAssembler(),
                background: NGramIndex? = nil) {
        self.classifier = classifier
        self.assembler = assembler
        self.background = background
    }

    /// Decodes and reads the bytes of one file.
    public func read(path: String, bytes: [UInt8]) throws -> Document {
        read(try SourceText(path: path, bytes: bytes))
    }

    /// Reads a decoded source.
    public func read(_ source: SourceText) -> Document {
        let units = classifier.units(of: source)
        let assembled = assembler.assemble(units, source: source)
        let repaired = ReadingOrder(background: background).repair(assembled, source: source)
        var doc = Document(source: source, sections: repaired.sections)
        doc.joins = repaired.joins
        doc.unresolvedCuts = repaired.unresolvedCuts
        doc.furnitureLines = assembled.furnitureLines
        var covered = Set<Int>(assembled.furnitureLines)
        for u in units where u.kind == .byline || u.kind == .footer || u.kind == .metadata {
            covered.formUnion(u.pieces.map(\.line))
        }
        for s in doc.sections {
            covered.formUnion(s.titleLines)
            covered.formUnion(s.body.map(\.line))
        }
        var left = [Int]()
        for n in 1...max(source.lineCount, 1) where !covered.contains(n) {
            let r = source.lineRange(n)
            if source.scalars[r].contains(where: { !ScalarClass.isSpace($0) }) { left.append(n) }
        }
        doc.leftoverLines = left
        return doc
    }
}
