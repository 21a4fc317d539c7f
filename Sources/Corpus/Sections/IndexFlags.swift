/// Membership of paragraph indices as a flat array of flags: checked for every candidate pair,
/// where hashing into a `Set` would dominate.
struct IndexFlags {
    private var flags: [Bool]
    /// `flags.count`, held: read in every test (the array's own getter was not inlined there).
    private let size: Int

    init(_ count: Int, _ members: [Int]) {
        size = count + 1
        flags = [Bool](filled: false, count: size)
        for m in members where m >= 0 && m < count { flags[m] = true }
    }

    @inline(__always) func contains(_ i: Int) -> Bool {
        // Unsigned: one comparison for both bounds.
        UInt(bitPattern: i) < UInt(bitPattern: size) && flags.withUnsafeBufferPointer { $0[i] }
    }
    mutating func insert(_ i: Int) { if i >= 0 && i < size { flags[i] = true } }
}
