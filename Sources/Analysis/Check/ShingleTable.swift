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
