import Corpus

/// What the duplicate search keeps of a text: a hash of the whole normalised text (exact copies)
/// and a sample of its character 5-gram shingles, hashed to 64 bits (near copies).
///
/// Shingles are taken over letters, digits and Han characters only (width-folded), so punctuation,
/// white space, line wrapping and paragraph breaks do not matter. A shingle is kept when its hash
/// falls in a fixed quarter of the hash space (`hash & 3 == 0`): the same shingles are sampled in
/// every text, so the share of sampled shingles two texts have in common estimates the share of
/// all their shingles, at a quarter of the memory and lookups.
public struct SectionSketch: Sendable, Hashable {
    /// Shingle length in characters.
    public static let shingleLength = 5
    /// Keep shingles whose hash has these bits clear (1 in 4).
    static let sampleMask: UInt64 = 3

    /// 128-bit hash of the normalised text (two independent 64-bit hashes).
    public var exact: Exact
    /// Sorted, distinct sampled shingle hashes.
    public var shingles: [UInt64]
    /// Letters, digits and Han characters in the text.
    public var length: Int

    public struct Exact: Sendable, Hashable {
        public var a: UInt64
        public var b: UInt64
    }

    /// A sketch from its parts (the corpus sketch cache decodes them).
    init(exact: Exact, shingles: [UInt64], length: Int) {
        self.exact = exact
        self.shingles = shingles
        self.length = length
    }

    /// Sketch of normalised text (what `Document.analysisText(of:)` produces).
    public init(normalised scalars: [Unicode.Scalar]) {
        var a: UInt64 = 0xCBF2_9CE4_8422_2325
        var b: UInt64 = 0x8422_2325_CBF2_9CE4
        for s in scalars {
            a = (a ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3
            b = StableHash.mix(b ^ UInt64(s.value))
        }
        exact = Exact(a: a, b: b)
        (shingles, length) = SectionSketch.sampledShingles(scalars)
    }

    /// Sketch of one section of a document.
    public init(_ document: Document, section: Section) {
        self.init(normalised: document.analysisText(of: section).scalars)
    }

    /// Sampled shingles of any text (raw file text too: spaces, breaks and punctuation are skipped).
    ///
    /// Each kept character is mixed once; a shingle's hash combines the last five mixed values,
    /// each rotated by its position (a cyclic polynomial hash), and is mixed once more.
    /// With `distinct: false` the hashes come in text order, repeats included (cheaper, for the
    /// corpus pre-filter, where a repeat can only let a file through to the exact comparison).
    public static func sampledShingles(_ scalars: [Unicode.Scalar], distinct: Bool = true) -> (hashes: [UInt64], length: Int) {
        var m0: UInt64 = 0, m1: UInt64 = 0, m2: UInt64 = 0, m3: UInt64 = 0, m4: UInt64 = 0
        var filled = 0
        var out = [UInt64]()
        out.reserveCapacity(scalars.count / 3)
        for raw in scalars {
            let s = ScalarClass.fold(raw)
            guard isShingled(s) else { continue }
            // Lower-case ASCII so `NPC` and `npc` shingle alike.
            let v = (s.value >= 0x41 && s.value <= 0x5A) ? s.value + 0x20 : s.value
            m0 = m1; m1 = m2; m2 = m3; m3 = m4
            m4 = StableHash.mix(UInt64(v))
            filled += 1
            if filled >= shingleLength {
                let h = StableHash.mix(rotl(m0, 4) ^ rotl(m1, 3) ^ rotl(m2, 2) ^ rotl(m3, 1) ^ m4)
                if h & sampleMask == 0 { out.append(h) }
            }
        }
        guard distinct else { return (out, filled) }
        out.sort()
        var w = 0
        for i in out.indices where i == 0 || out[i] != out[i - 1] {
            out[w] = out[i]
            w += 1
        }
        out.removeLast(out.count - w)
        return (out, filled)
    }

    @inline(__always) static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << (k * 13)) | (x >> (64 - k * 13)) }

    /// Letters, digits and Han characters (after width folding); punctuation and spaces are not.
    @inline(__always) static func isShingled(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if ScalarClass.isHan(s) || ScalarClass.isASCIIAlnum(s) { return true }
        if v < 0xC0 { return false }
        // General punctuation, symbols, CJK punctuation, full-width forms: never letters.
        if (0x2000...0x2BFF).contains(v) || (0x3000...0x303F).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFFEF).contains(v) {
            return false
        }
        return s.properties.isAlphabetic
    }

    /// Number of hashes two sorted, distinct arrays have in common.
    public static func sharedCount(_ x: [UInt64], _ y: [UInt64]) -> Int {
        var i = 0, j = 0, n = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { n += 1; i += 1; j += 1 }
            else if x[i] < y[j] { i += 1 }
            else { j += 1 }
        }
        return n
    }
}
