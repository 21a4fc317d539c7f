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
    /// Postings while inserting; turned into `table` by `freeze()`.
    private var building: [UInt64: [Int32]] = [:]
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
        for h in sketch.shingles { building[h, default: []].append(id) }
        exactIndex[sketch.exact, default: []].append(id)
    }

    /// Ends insertion: builds the lookup table, fixes the stop-shingle bound and each entry's
    /// countable shingles.
    public mutating func freeze() {
        frozen = true
        stopPostings = max(64, min(256, entries.count / 20))
        table = ShingleTable(building)
        for i in entries.indices {
            entries[i].countable = entries[i].sketch.shingles.reduce(0) { n, h in
                n + (Int(table.find(h)?.length ?? 0) > stopPostings ? 0 : 1)
            }
        }
        building = [:]
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
        touched.sort()
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

/// An open-addressing hash table from shingle hash to the entries holding it, flat in memory:
/// lookups are the inner loop of the corpus scan, and Swift's `Dictionary` (SipHash, separate key
/// and value storage) is several times slower. Key, start and length share one 16-byte slot, so a
/// lookup costs one cache line; a shingle held by one entry keeps the entry in the slot itself.
struct ShingleTable: Sendable {
    struct Slot: Sendable {
        /// 0 = empty.
        var key: UInt64
        /// The entry itself when `length == 1`, else the start of the run in `postings`.
        var start: Int32
        var length: Int32
    }

    private var slots: [Slot] = []
    private var postings: [Int32] = []
    private var mask = 0

    init() {}

    init(_ source: [UInt64: [Int32]]) {
        var capacity = 16
        while capacity < source.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        slots = [Slot](repeating: Slot(key: 0, start: 0, length: 0), count: capacity)
        // Sorted keys: the same layout in every run.
        for key in source.keys.sorted() {
            let list = source[key]!
            var i = slot(key)
            while slots[i].key != 0 { i = (i + 1) & mask }
            if list.count == 1 {
                slots[i] = Slot(key: ShingleTable.stored(key), start: list[0], length: 1)
            } else {
                slots[i] = Slot(key: ShingleTable.stored(key), start: Int32(postings.count), length: Int32(list.count))
                postings += list
            }
        }
    }

    /// 0 marks an empty slot, so a hash of 0 is stored as 1 (sampled hashes have their low bits clear).
    @inline(__always) static func stored(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }

    @inline(__always) func slot(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 20) & mask }

    @inline(__always) func find(_ h: UInt64) -> Slot? {
        guard mask > 0 else { return nil }
        let k = ShingleTable.stored(h)
        return slots.withUnsafeBufferPointer { p in
            var i = slot(h)
            while true {
                let v = p[i]
                if v.key == k { return v }
                if v.key == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    /// Calls `body` with each entry of a slot that `find` returned.
    @inline(__always) func forEachEntry(of s: Slot, _ body: (Int) -> Void) {
        if s.length == 1 { body(Int(s.start)); return }
        let start = Int(s.start)
        postings.withUnsafeBufferPointer { p in
            for k in start..<(start + Int(s.length)) { body(Int(p[k])) }
        }
    }
}
