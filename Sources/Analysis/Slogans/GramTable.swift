// An open-addressing hash table from packed n-grams to counts, for PhraseDiscovery's hot loop.

/// Linear probing over one flat array of entries; grows at load factor 1/2. About three times
/// faster than `Dictionary<Gram, Int>` for the n-gram counting loop (no SipHash, one cache line per probe).
struct GramTable: Sendable {
    struct Entry: Sendable {
        var gram: PhraseDiscovery.Gram
        var count: Int
    }

    private(set) var entries: [Entry]
    private(set) var count = 0
    private var mask: Int

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        entries = Array(repeating: Entry(gram: PhraseDiscovery.Gram(), count: 0), count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func hash(_ g: PhraseDiscovery.Gram) -> Int {
        var x = g.a &* 0x9E37_79B9_7F4A_7C15
        x ^= (g.b &+ UInt64(g.length)) &* 0xC2B2_AE3D_27D4_EB4F
        x ^= g.c &* 0x1656_67B1_9E37_79F9
        x ^= x >> 29
        x = x &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 32
        return Int(truncatingIfNeeded: x)
    }

    /// Adds `by` to the count of `g` (inserting it).
    @inline(__always)
    mutating func add(_ g: PhraseDiscovery.Gram, _ by: Int = 1) {
        if (count + 1) * 2 > entries.count { grow() }
        var i = GramTable.hash(g) & mask
        while true {
            let e = entries[i]
            if e.gram.length == 0 {
                entries[i] = Entry(gram: g, count: by)
                count += 1
                return
            }
            if e.gram == g {
                entries[i].count += by
                return
            }
            i = (i + 1) & mask
        }
    }

    subscript(_ g: PhraseDiscovery.Gram) -> Int? {
        var i = GramTable.hash(g) & mask
        while true {
            let e = entries[i]
            if e.gram.length == 0 { return nil }
            if e.gram == g { return e.count }
            i = (i + 1) & mask
        }
    }

    /// Calls `body` with each (gram, count).
    func forEach(_ body: (PhraseDiscovery.Gram, Int) -> Void) {
        for e in entries where e.gram.length != 0 { body(e.gram, e.count) }
    }

    /// A table keeping only the entries for which `keep` is true.
    func filtered(_ keep: (PhraseDiscovery.Gram, Int) -> Bool) -> GramTable {
        var t = GramTable(capacity: max(count / 2, 16))
        forEach { g, c in if keep(g, c) { t.add(g, c) } }
        return t
    }

    private mutating func grow() {
        let old = entries
        entries = Array(repeating: Entry(gram: PhraseDiscovery.Gram(), count: 0), count: old.count * 2)
        mask = entries.count - 1
        count = 0
        for e in old where e.gram.length != 0 { add(e.gram, e.count) }
    }
}
