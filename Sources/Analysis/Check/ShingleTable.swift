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

    /// The table of `lists[e]` (the distinct shingles of entry `e`), built without an
    /// intermediate dictionary: one pass counts each shingle's entries in the table itself (which
    /// doubles as it fills), one lays the runs out in slot order, one fills them from the last
    /// entry back, so each run is in entry order. Memory: the slots and the postings.
    init(lists: [[UInt64]]) {
        var capacity = 16
        var used = 0
        slots = [Slot](repeating: Slot(key: 0, start: 0, length: 0), count: capacity)
        mask = capacity - 1
        for list in lists {
            for h in list {
                if (used + 1) * 2 > capacity {
                    capacity <<= 1
                    rehash(capacity)
                }
                let k = ShingleTable.stored(h)
                var i = slot(h)
                while slots[i].key != 0 && slots[i].key != k { i = (i + 1) & mask }
                if slots[i].key == 0 { slots[i].key = k; used += 1 }
                slots[i].length += 1
            }
        }
        // Runs of more than one entry get room in `postings`, in slot order.
        var total = 0
        for i in slots.indices where slots[i].length > 1 {
            slots[i].start = Int32(total)
            total += Int(slots[i].length)
        }
        postings = [Int32](repeating: 0, count: total)
        // Runs are filled from their end, `start` counting down, so no counter per slot is needed:
        // `start` points one past each run first and ends at its first entry.
        for i in slots.indices where slots[i].length > 1 { slots[i].start += slots[i].length }
        for e in lists.indices.reversed() {
            for h in lists[e] {
                let i = index(of: h)
                if slots[i].length == 1 {
                    slots[i].start = Int32(e)
                } else {
                    slots[i].start -= 1
                    postings[Int(slots[i].start)] = Int32(e)
                }
            }
        }
    }

    /// Moves every key and count to a table of `capacity` slots (while counting: no postings yet).
    private mutating func rehash(_ capacity: Int) {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, start: 0, length: 0), count: capacity)
        mask = capacity - 1
        for s in old where s.key != 0 {
            var i = Int(truncatingIfNeeded: s.key >> 20) & mask
            while slots[i].key != 0 { i = (i + 1) & mask }
            slots[i] = s
        }
    }

    /// The slot holding `h` (which must be in the table).
    private func index(of h: UInt64) -> Int {
        let k = ShingleTable.stored(h)
        var i = slot(h)
        while slots[i].key != k { i = (i + 1) & mask }
        return i
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
