/// Hashes that are the same in every process and on every machine (Swift's `Hasher` is seeded per
/// process, so it cannot be used for fingerprints, baselines or shingles that must be reproducible).
public enum StableHash {
    /// FNV-1a, 64 bits, over the UTF-8 bytes of `s`.
    public static func fnv1a(_ s: String, seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        var h = seed
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The SplitMix64 finaliser: spreads the bits of `x` over the whole word.
    @inline(__always) public static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 16 lowercase hex digits.
    public static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
