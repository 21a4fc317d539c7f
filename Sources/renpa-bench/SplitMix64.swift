/// A small, fast, seedable pseudo-random generator (Steele, Lea & Flood's SplitMix64).
///
/// The bench never uses the system generator: the same seed must give the same corpus bytes on
/// every machine and every Swift version, and `SystemRandomNumberGenerator` cannot be seeded.
/// Bounded draws use plain modulo reduction — the tiny bias is irrelevant for synthetic text and
/// keeps the output independent of the standard library's sampling algorithms.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for item `index` of a stream seeded with `seed`, independent of how many
    /// numbers earlier items drew (so files can be generated in any order, or in parallel).
    init(seed: UInt64, stream index: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (index &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next() ^ index
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range` (closed).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % span)
    }

    /// An index into a collection of `count` elements (`count` > 0).
    mutating func index(_ count: Int) -> Int { Int(next() % UInt64(count)) }

    /// True with probability `p` (0…1).
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0) < p
    }

    /// A uniformly chosen element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[index(items.count)] }
}
