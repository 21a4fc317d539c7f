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

    /// FNV-1a, 64 bits, over the scalar values of `scalars` (a phrase's key, hashed once).
    public static func fnv1a(scalars: [Unicode.Scalar]) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for s in scalars { h = (h ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3 }
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

extension StableHash {
    /// A 128-bit fingerprint of a byte string plus its length: two independent 64-bit lanes over
    /// 8-byte words (the tail zero-padded), each finished with `mix`. Names a file's content in the
    /// corpus sketch cache, so it must be the same on every run and machine.
    public static func content(_ bytes: [UInt8]) -> ContentKey {
        var a: UInt64 = 0x243F_6A88_85A3_08D3
        var b: UInt64 = 0x1319_8A2E_0370_7344
        bytes.withUnsafeBytes { raw in
            let n = raw.count
            var i = 0
            while i + 8 <= n {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                a = (a ^ w) &* 0x9E37_79B9_7F4A_7C15
                a = (a << 29) | (a >> 35)
                b = (b &+ w) &* 0xC2B2_AE3D_27D4_EB4F
                b ^= b >> 31
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(raw[i]) << shift
                shift += 8
                i += 1
            }
            a = mix(a ^ tail)
            b = mix(b &+ tail &+ 0x85EB_CA6B)
        }
        return ContentKey(a: mix(a ^ UInt64(bytes.count)), b: mix(b ^ (UInt64(bytes.count) << 1)), size: UInt64(bytes.count))
    }
}

/// A file's content fingerprint: `StableHash.content` and the byte count.
public struct ContentKey: Sendable, Hashable {
    public var a: UInt64
    public var b: UInt64
    public var size: UInt64
}
