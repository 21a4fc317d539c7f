/// A set of scalars: a bitmap over the Basic Multilingual Plane (8 KiB), a hash set beyond it.
struct ScalarSet: Sendable {
    private var bits = [UInt64](filled: 0, count: 1024)
    private var astral = Set<UInt32>()

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for c in scalars { insert(c) }
    }

    /// An empty set.
    init() {}

    mutating func insert(_ c: Unicode.Scalar) {
        let v = c.value
        if v < 0x10000 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { astral.insert(v) }
    }

    /// The scalars of this set and of `other`.
    func union(_ other: ScalarSet) -> ScalarSet {
        var u = self
        for k in u.bits.indices { u.bits[k] |= other.bits[k] }
        u.astral.formUnion(other.astral)
        return u
    }

    @inline(__always) func contains(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x10000 { return bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return astral.contains(v)
    }

    /// Calls `body` with the offset and the scalar of each scalar of `text` in this set, in order:
    /// one pass through the buffers (`contains` read the bitmap through the array, checked, at
    /// every scalar of a long text).
    @inline(__always) func forEachMember(of text: [Unicode.Scalar], _ body: (Int, Unicode.Scalar) -> Void) {
        bits.withUnsafeBufferPointer { b in
            text.withUnsafeBufferPointer { t in
                for j in t.indices {
                    let v = t[j].value
                    if v < 0x10000 ? b[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 : astral.contains(v) { body(j, t[j]) }
                }
            }
        }
    }
}
