/// A map from 64-bit keys to small values with open addressing in flat arrays: for keys that are
/// already hashes (FNV hashes of names, packed scalar pairs), where `Dictionary` would hash them
/// again with SipHash on every lookup. Exact for every key; grows at half full.
struct KeyTable<Value: Sendable>: Sendable {
    /// Keys by slot; 0 marks an empty slot (the key 0 itself lives in `zero`).
    private var keys: [UInt64]
    private var values: [Value]
    private var zero: Value?
    private var shift: UInt64
    /// Number of keys.
    private(set) var count = 0
    private let empty: Value

    /// An empty table that holds `capacity` keys without growing; `empty` fills unused slots.
    init(capacity: Int, empty: Value) {
        var c = 16
        var bits: UInt64 = 4
        while c < capacity * 2 { c <<= 1; bits += 1 }
        keys = [UInt64](filled: 0, count: c)
        values = [Value](filled: empty, count: c)
        shift = 64 - bits
        self.empty = empty
    }

    @inline(__always) private static func slot(_ k: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The slot holding `key` (not 0), or -1.
    @inline(__always) private func find(_ key: UInt64) -> Int {
        let m = keys.count - 1
        var i = KeyTable.slot(key, shift)
        return keys.withUnsafeBufferPointer { kp in
            while true {
                let k = kp[i]
                if k == key { return i }
                if k == 0 { return -1 }
                i = (i + 1) & m
            }
        }
    }

    /// The value of `key`, or nil.
    @inline(__always) subscript(key: UInt64) -> Value? {
        if key == 0 { return zero }
        let i = find(key)
        return i < 0 ? nil : values[i]
    }

    /// True when `key` is present.
    @inline(__always) func contains(_ key: UInt64) -> Bool {
        key == 0 ? zero != nil : find(key) >= 0
    }

    /// The value of `key`, or `empty` when absent.
    @inline(__always) func get(_ key: UInt64) -> Value {
        if key == 0 { return zero ?? empty }
        let i = find(key)
        return i < 0 ? empty : values[i]
    }

    /// Sets the value of `key`.
    mutating func set(_ key: UInt64, _ value: Value) {
        update(key) { $0 = value }
    }

    /// Calls `body` with the value of `key` (`empty` when it was absent, and then inserted).
    mutating func update(_ key: UInt64, _ body: (inout Value) -> Void) {
        if key == 0 {
            if zero == nil { count += 1 }
            var v = zero ?? empty
            body(&v)
            zero = v
            return
        }
        if (count + 1) * 2 > keys.count { grow() }
        let m = keys.count - 1
        var i = KeyTable.slot(key, shift)
        while true {
            let k = keys[i]
            if k == key { body(&values[i]); return }
            if k == 0 { break }
            i = (i + 1) & m
        }
        keys[i] = key
        count += 1
        body(&values[i])
    }

    /// Calls `body` with every key present (in no particular order).
    func forEachKey(_ body: (UInt64) -> Void) {
        if zero != nil { body(0) }
        for k in keys where k != 0 { body(k) }
    }

    private mutating func grow() {
        var bigger = KeyTable(capacity: keys.count, empty: empty)
        for i in keys.indices where keys[i] != 0 { bigger.set(keys[i], values[i]) }
        if let z = zero { bigger.set(0, z) }
        self = bigger
    }
}
