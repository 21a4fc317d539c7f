import Corpus

/// What the duplicate search keeps of one corpus file: the sampled shingles of its raw text (the
/// cheap pre-filter, `DuplicateIndex.mayHoldCopies`) and, once the file is read into sections,
/// each section's sketch and summary. `Checker` compares a drop with it, and the corpus sketch
/// cache stores it, so a later check need not read an unchanged corpus file again.
public struct CorpusFileSketch: Sendable, Equatable {
    /// One section of the file.
    public struct SectionEntry: Sendable, Equatable {
        public var sketch: SectionSketch
        public var summary: SectionSummary
    }

    /// False for a file that could not be decoded (counted as unreadable, never compared).
    public var readable: Bool
    /// Sampled shingle hashes of the raw text, in text order, repeats included.
    public var rawShingles: [UInt64]
    /// Every section in file order; nil until `readSections` ran.
    public var sections: [SectionEntry]?

    /// A file that could not be decoded.
    public static let unreadable = CorpusFileSketch(readable: false, rawShingles: [], sections: [])

    init(readable: Bool, rawShingles: [UInt64], sections: [SectionEntry]?) {
        self.readable = readable
        self.rawShingles = rawShingles
        self.sections = sections
    }

    /// The pre-filter's part of a decoded file (no sections yet).
    public init(source: SourceText) {
        self.init(readable: true, rawShingles: SectionSketch.sampledShingles(source.scalars, distinct: false).hashes, sections: nil)
    }

    /// Reads the file into sections (regions are not needed: copies are named by file, section and
    /// title) and sketches each one.
    public mutating func readSections(_ source: SourceText, reader: DocumentReader) {
        var textReader = reader
        textReader.resolvesRegions = false
        let doc = textReader.read(source)
        sections = doc.sections.indices.map { i in
            SectionEntry(sketch: SectionSketch(doc, section: doc.sections[i]), summary: SectionSummary(doc, index: i))
        }
    }

    /// Record format version: bump when the encoding changes.
    static let formatVersion: UInt8 = 1

    /// The cache record of a fully read file.
    func encoded() -> [UInt8] {
        var w = BinaryWriter()
        w.u8(CorpusFileSketch.formatVersion)
        w.u8(readable ? 1 : 0)
        guard readable else { return w.bytes }
        w.u64s(rawShingles)
        let list = sections ?? []
        w.u32(UInt32(list.count))
        for e in list {
            w.u64(e.sketch.exact.a); w.u64(e.sketch.exact.b)
            w.int(e.sketch.length)
            w.u64s(e.sketch.shingles)
            w.int(e.summary.number)
            w.optionalString(e.summary.title)
            w.int(e.summary.line); w.int(e.summary.column)
            w.u32(UInt32(e.summary.authors.count))
            for a in e.summary.authors { w.string(a) }
        }
        return w.bytes
    }

    /// Decodes a record written by `encoded()`; nil when it is malformed or of another version.
    init?(decoding bytes: [UInt8]) {
        var r = BinaryReader(bytes)
        guard r.u8() == CorpusFileSketch.formatVersion, let flag = r.u8(), flag <= 1 else { return nil }
        guard flag == 1 else {
            guard r.isAtEnd else { return nil }
            self = .unreadable
            return
        }
        guard let raw = r.u64s(), let n = r.u32() else { return nil }
        var list = [SectionEntry]()
        list.reserveCapacity(Int(min(n, 4096)))
        for _ in 0..<n {
            guard let a = r.u64(), let b = r.u64(), let length = r.int(), let shingles = r.u64s(),
                  let number = r.int(), let title = r.optionalString(), let line = r.int(), let column = r.int(),
                  let authorCount = r.u32() else { return nil }
            var authors = [String]()
            for _ in 0..<authorCount {
                guard let s = r.string() else { return nil }
                authors.append(s)
            }
            let sketch = SectionSketch(exact: SectionSketch.Exact(a: a, b: b), shingles: shingles, length: length)
            list.append(SectionEntry(sketch: sketch, summary: SectionSummary(number: number, title: title, line: line, column: column, authors: authors)))
        }
        guard r.isAtEnd else { return nil }
        self.init(readable: true, rawShingles: raw, sections: list)
    }
}
