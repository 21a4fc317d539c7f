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
    /// Sampled shingle hashes of the raw text, repeats included, in no particular order.
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
    static let formatVersion: UInt8 = 2

    /// The cache record of a fully read file. Compact: the raw shingles as a sorted set with the
    /// repeats listed apart, and each section's shingles, nearly all of which occur in the raw text,
    /// as positions in that set (16-bit when the set is small enough) plus the few that do not
    /// (shingles across a seam the reading order joined).
    func encoded() -> [UInt8] {
        var w = BinaryWriter()
        w.u8(CorpusFileSketch.formatVersion)
        w.u8(readable ? 1 : 0)
        guard readable else { return w.bytes }
        let sorted = rawShingles.sorted()
        var distinct = [UInt64]()
        var repeats = [(index: UInt32, extra: UInt32)]()
        distinct.reserveCapacity(sorted.count)
        for h in sorted {
            if distinct.last == h {
                let i = UInt32(distinct.count - 1)
                if repeats.last?.index == i { repeats[repeats.count - 1].extra += 1 } else { repeats.append((i, 1)) }
            } else {
                distinct.append(h)
            }
        }
        w.u64s(distinct)
        w.u32(UInt32(repeats.count))
        for r in repeats { w.u32(r.index); w.u32(r.extra) }
        let wide = distinct.count > Int(UInt16.max)
        w.u8(wide ? 1 : 0)
        let list = sections ?? []
        w.u32(UInt32(list.count))
        for e in list {
            w.u64(e.sketch.exact.a); w.u64(e.sketch.exact.b)
            w.int(e.sketch.length)
            // Both lists are sorted: one merge finds each shingle's position in the raw set.
            var positions = [UInt32](), extras = [UInt64]()
            var j = 0
            for h in e.sketch.shingles {
                while j < distinct.count && distinct[j] < h { j += 1 }
                if j < distinct.count && distinct[j] == h { positions.append(UInt32(j)) } else { extras.append(h) }
            }
            w.u32(UInt32(positions.count))
            for p in positions { if wide { w.u32(p) } else { w.u16(UInt16(p)) } }
            w.u64s(extras)
            w.int(e.summary.number)
            w.optionalString(e.summary.title)
            w.int(e.summary.line); w.int(e.summary.column)
            w.u32(UInt32(e.summary.authors.count))
            for a in e.summary.authors { w.string(a) }
        }
        return w.bytes
    }

    /// Decodes a record written by `encoded()`; nil when it is malformed or of another version.
    /// The raw shingles come back sorted (their order never matters: the pre-filter only counts).
    init?(decoding bytes: [UInt8]) {
        var r = BinaryReader(bytes)
        guard r.u8() == CorpusFileSketch.formatVersion, let flag = r.u8(), flag <= 1 else { return nil }
        guard flag == 1 else {
            guard r.isAtEnd else { return nil }
            self = .unreadable
            return
        }
        guard let distinct = r.u64s(), let repeatCount = r.u32() else { return nil }
        var extra = [Int](repeating: 0, count: distinct.count)
        var rawCount = distinct.count
        for _ in 0..<repeatCount {
            guard let i = r.u32().map(Int.init), let n = r.u32().map(Int.init), i < distinct.count, n > 0, n <= bytes.count else { return nil }
            extra[i] += n
            rawCount += n
        }
        guard rawCount <= bytes.count * 8 else { return nil }
        var raw = [UInt64]()
        raw.reserveCapacity(rawCount)
        for (i, h) in distinct.enumerated() {
            raw.append(h)
            for _ in 0..<extra[i] { raw.append(h) }
        }
        guard let wideFlag = r.u8(), wideFlag <= 1, let n = r.u32() else { return nil }
        let wide = wideFlag == 1
        var list = [SectionEntry]()
        list.reserveCapacity(Int(min(n, 4096)))
        for _ in 0..<n {
            guard let a = r.u64(), let b = r.u64(), let length = r.int(), let k = r.u32() else { return nil }
            var fromRaw = [UInt64]()
            fromRaw.reserveCapacity(Int(min(k, 1 << 20)))
            for _ in 0..<k {
                guard let p = wide ? r.u32().map(Int.init) : r.u16().map(Int.init), p < distinct.count,
                      fromRaw.last.map({ $0 < distinct[p] }) ?? true else { return nil }
                fromRaw.append(distinct[p])
            }
            guard let extras = r.u64s(), let number = r.int(), let title = r.optionalString(), let line = r.int(),
                  let column = r.int(), let authorCount = r.u32() else { return nil }
            var authors = [String]()
            for _ in 0..<authorCount {
                guard let s = r.string() else { return nil }
                authors.append(s)
            }
            let shingles = CorpusFileSketch.merge(fromRaw, extras)
            let sketch = SectionSketch(exact: SectionSketch.Exact(a: a, b: b), shingles: shingles, length: length)
            list.append(SectionEntry(sketch: sketch, summary: SectionSummary(number: number, title: title, line: line, column: column, authors: authors)))
        }
        guard r.isAtEnd else { return nil }
        self.init(readable: true, rawShingles: raw, sections: list)
    }

    /// Two sorted lists as one sorted list.
    static func merge(_ x: [UInt64], _ y: [UInt64]) -> [UInt64] {
        guard !y.isEmpty else { return x }
        var out = [UInt64]()
        out.reserveCapacity(x.count + y.count)
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if j == y.count || (i < x.count && x[i] <= y[j]) { out.append(x[i]); i += 1 } else { out.append(y[j]); j += 1 }
        }
        return out
    }
}
