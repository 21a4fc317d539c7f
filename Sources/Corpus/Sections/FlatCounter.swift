/// A hash table from 64-bit keys to counts with open addressing in flat arrays: the hot path of
/// n-gram counting, several times faster than `Dictionary` and without per-entry allocation.
struct FlatCounter: Sendable {
    private var keys: [UInt64]
    private var counts: [Int32]
    private var mask: Int
    private(set) var filled = 0

    init(capacity: Int = 1 << 12) {
        var c = 16
        while c < capacity { c <<= 1 }
        keys = [UInt64](filled: 0, count: c)
        counts = FlatCounter.unzeroed(c)
        mask = c - 1
    }

    /// `count` slots for values that are written before any read (a count is read only in a slot
    /// whose key is set, and set with it): zeroing them was a third of the table's clearing.
    @inline(__always) static func unzeroed<T: BitwiseCopyable>(_ count: Int) -> [T] {
        [T](unsafeUninitializedCapacity: count) { _, n in n = count }
    }

    /// The key of the pair of scalars `a b` (a word, a bigram), its low bit clear: the table keeps
    /// keys with that bit set, so a key that used it (`a << 32 | b`) read a pair as the one whose
    /// second scalar is one code point off (动兴 as 动兵, U+5174 and U+5175).
    @inline(__always) static func pairKey(_ a: UInt32, _ b: UInt32) -> UInt64 {
        UInt64(a) << 33 | UInt64(b) << 1
    }

    /// Calls `body` with the table key (`pairKey | 1`) of every two Han characters next to each
    /// other in `t`, white space between them skipped (a line break inside a word) and any other
    /// scalar ending the run.
    @inline(__always) static func forEachHanBigram(_ t: UnsafeBufferPointer<Unicode.Scalar>, _ body: (UInt64) -> Void) {
        var prev: UInt32 = 0
        var hasPrev = false
        for c in t {
            if ScalarClass.isHan(c) {
                if hasPrev { body(pairKey(prev, c.value) | 1) }
                prev = c.value
                hasPrev = true
            } else if !ScalarClass.isSpace(c) {
                hasPrev = false
            }
        }
    }

    /// The first slot of key `k`: bits from 32 up of its product with the golden ratio. (From bit 20,
    /// a table of up to 8,192 slots read no bit of a pair key's first scalar, `a << 33`: the bigrams
    /// of one second character shared a slot and probed long runs.)
    @inline(__always) static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Adds `by` to the count of `key` (keys are made non-zero internally).
    @inline(__always) mutating func add(_ key: UInt64, by: Int32 = 1) {
        let k = key | 1
        if (filled + 1) * 2 > keys.count { grow() }
        let m = mask
        keys.withUnsafeMutableBufferPointer { kp in
            counts.withUnsafeMutableBufferPointer { cp in
                var i = FlatCounter.slot(k, m)
                while true {
                    let e = kp[i]
                    if e == k { cp[i] &+= by; return }
                    if e == 0 { kp[i] = k; cp[i] = by; filled += 1; return }
                    i = (i + 1) & m
                }
            }
        }
    }

    /// The count of `key`; when absent, sets it to `value` first and returns 0 (one probe for both).
    @inline(__always) mutating func getOrInsert(_ key: UInt64, _ value: Int32) -> Int32 {
        let k = key | 1
        if (filled + 1) * 2 > keys.count { grow() }
        let m = mask
        var inserted = false
        let found = keys.withUnsafeMutableBufferPointer { kp in
            counts.withUnsafeMutableBufferPointer { cp -> Int32 in
                var i = FlatCounter.slot(k, m)
                while true {
                    let e = kp[i]
                    if e == k { return cp[i] }
                    if e == 0 { kp[i] = k; cp[i] = value; inserted = true; return 0 }
                    i = (i + 1) & m
                }
            }
        }
        if inserted { filled += 1 }
        return found
    }

    /// The count of `key` (0 when absent).
    @inline(__always) func get(_ key: UInt64) -> Int32 {
        let k = key | 1
        let m = mask
        return keys.withUnsafeBufferPointer { kp in
            var i = FlatCounter.slot(k, m)
            while true {
                let e = kp[i]
                if e == k { return counts[i] }
                if e == 0 { return 0 }
                i = (i + 1) & m
            }
        }
    }

    /// Calls `body` with every key present (in table order).
    func forEachKey(_ body: (UInt64) -> Void) {
        for k in keys where k != 0 { body(k) }
    }

    /// Makes room for `extra` more keys without growing during insertion.
    mutating func reserve(_ extra: Int) {
        while (filled + extra) * 2 > keys.count { grow() }
    }

    /// Adds `by` (one unless given) to the count of each key produced by `produce`, which must not
    /// produce as many new keys as the table has free slots (`reserve` makes room to stay at most
    /// half full). One exclusive access for the whole batch.
    mutating func addAll(by: Int32 = 1, _ produce: (_ add: (UInt64) -> Void) -> Void) {
        let m = mask
        var added = 0
        keys.withUnsafeMutableBufferPointer { kp in
            counts.withUnsafeMutableBufferPointer { cp in
                produce { key in
                    let k = key | 1
                    var i = FlatCounter.slot(k, m)
                    while true {
                        let e = kp[i]
                        if e == k { cp[i] &+= by; return }
                        if e == 0 { kp[i] = k; cp[i] = by; added += 1; return }
                        i = (i + 1) & m
                    }
                }
            }
        }
        filled += added
    }

    private mutating func grow() {
        let oldKeys = keys, oldCounts = counts
        let c = keys.count * 2
        keys = [UInt64](filled: 0, count: c)
        counts = FlatCounter.unzeroed(c)
        mask = c - 1
        filled = 0
        for i in oldKeys.indices where oldKeys[i] != 0 {
            var j = FlatCounter.slot(oldKeys[i], mask)
            while keys[j] != 0 { j = (j + 1) & mask }
            keys[j] = oldKeys[i]
            counts[j] = oldCounts[i]
            filled += 1
        }
    }
}
