/// An inverted index from sampled shingle hashes to the sections that hold them, for finding
/// exact and near copies without comparing every pair of sections.
///
/// The checker indexes the sections of the drop (small) and streams the corpus (large) past it,
/// so memory grows with the drop, never with the corpus. A query counts, for each indexed section,
/// how many of its shingles the query text holds; only sections that reach a loose bound are
/// verified by intersecting the two sorted shingle sets.
///
/// Shingles held by very many indexed sections (`stopPostings`, the boilerplate of the genre such
/// as `学习贯彻党的二十大精神`) are left out of the counting, and the bound is taken over the
/// remaining shingles, so one common phrase cannot make a query touch every section.
public struct DuplicateIndex: Sendable {
    /// One indexed section.
    public struct Entry: Sendable {
        /// Caller's identifier (e.g. file and section position).
        public var key: Int
        public var sketch: SectionSketch
        /// Shingles of the sketch that are not stop shingles.
        var countable: Int
    }

    /// A section whose shingles a query overlaps.
    public struct Hit: Sendable, Hashable {
        /// Index into `entries`.
        public var entry: Int
        /// Sampled shingles the query and the entry share.
        public var shared: Int
        /// Same normalised text.
        public var exact: Bool
    }

    public private(set) var entries: [Entry] = []
    private var table = ShingleTable()
    private var exactIndex: [SectionSketch.Exact: [Int32]] = [:]
    private var frozen = false
    /// A shingle held by more entries than this is a stop shingle.
    public private(set) var stopPostings = 0
    /// Share of countable shingles a candidate must reach before it is verified; lower than any
    /// reporting threshold so that verification, not counting, decides.
    public var candidateShare = 0.75

    public init() {}

    /// Adds a section (before `freeze()`).
    public mutating func insert(key: Int, _ sketch: SectionSketch) {
        precondition(!frozen, "DuplicateIndex.insert after freeze")
        let id = Int32(entries.count)
        entries.append(Entry(key: key, sketch: sketch, countable: 0))
        exactIndex[sketch.exact, default: []].append(id)
    }

    /// Ends insertion: builds the lookup table, fixes the stop-shingle bound and each entry's
    /// countable shingles.
    public mutating func freeze() {
        frozen = true
        stopPostings = max(64, min(256, entries.count / 20))
        table = ShingleTable(lists: entries.map(\.sketch.shingles))
        for i in entries.indices {
            entries[i].countable = entries[i].sketch.shingles.reduce(0) { n, h in
                n + (Int(table.find(h)?.length ?? 0) > stopPostings ? 0 : 1)
            }
        }
    }

    /// Sections that may hold most of `shingles` or be held mostly by them, verified: `shared`
    /// is exact for the sampled sets. `exact` adds sections with the same normalised text.
    /// Hits come in entry order.
    public func hits(for sketch: SectionSketch) -> [Hit] {
        var out = hits(shingles: sketch.shingles, bothWays: true)
        if let same = exactIndex[sketch.exact] {
            for e in same {
                if let k = out.firstIndex(where: { $0.entry == Int(e) }) { out[k].exact = true }
                else { out.append(Hit(entry: Int(e), shared: sketch.shingles.count, exact: true)) }
            }
            out.sort { $0.entry < $1.entry }
        }
        return out
    }

    /// Entries most of whose shingles occur in `shingles` (the query may be much longer, such as a
    /// whole file), and — when `bothWays` — entries that hold most of the query's shingles.
    public func hits(shingles: [UInt64], bothWays: Bool, verify: Bool = true) -> [Hit] {
        precondition(frozen, "DuplicateIndex queried before freeze")
        guard !entries.isEmpty else { return [] }
        var counts = [Int32](repeating: 0, count: entries.count)
        var touched = [Int32]()
        var queryCountable = 0
        let stop = stopPostings
        counts.withUnsafeMutableBufferPointer { counts in
            for h in shingles {
                guard let slot = table.find(h) else { queryCountable += 1; continue }
                if Int(slot.length) > stop { continue }
                queryCountable += 1
                table.forEachEntry(of: slot) { e in
                    if counts[e] == 0 { touched.append(Int32(e)) }
                    counts[e] &+= 1
                }
            }
        }
        // Entry order: a sort when few entries were touched, else one pass over the counts.
        if touched.count * 16 < entries.count {
            touched.sort()
        } else {
            touched.removeAll(keepingCapacity: true)
            for e in counts.indices where counts[e] != 0 { touched.append(Int32(e)) }
        }
        var out = [Hit]()
        for e32 in touched {
            let e = Int(e32)
            let c = Double(counts[e])
            let entry = entries[e]
            let covered = entry.countable > 0 && c >= candidateShare * Double(entry.countable)
            let covering = bothWays && queryCountable > 0 && c >= candidateShare * Double(queryCountable)
            guard covered || covering else { continue }
            let shared = verify ? SectionSketch.sharedCount(shingles, entry.sketch.shingles) : Int(counts[e])
            out.append(Hit(entry: e, shared: shared, exact: false))
        }
        return out
    }

    /// True when some entry's shingles mostly occur in `shingles`: the cheap test run on a whole
    /// corpus file before the file is read into sections.
    public func mayHoldCopies(_ shingles: [UInt64]) -> Bool {
        !hits(shingles: shingles, bothWays: false, verify: false).isEmpty
    }
}
