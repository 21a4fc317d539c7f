/// Counts of every short character string (2–8 scalars) inside paragraphs of a document, used to
/// judge whether the text across a column seam is a sequence that occurs where text is whole.
struct NGramIndex {
    private var counts: [UInt64: Int32] = [:]
    private var unigrams: [UInt32: Int32] = [:]
    private(set) var total = 0
    static let maxLength = 8

    init(texts: [[Unicode.Scalar]]) {
        for t in texts {
            total += t.count
            for i in t.indices {
                unigrams[t[i].value, default: 0] += 1
                var h = NGramIndex.seed
                for k in 0..<min(NGramIndex.maxLength, t.count - i) {
                    h = NGramIndex.mix(h, t[i + k])
                    if k >= 1 { counts[h, default: 0] += 1 }
                }
            }
        }
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func mix(_ h: UInt64, _ s: Unicode.Scalar) -> UInt64 {
        (h ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3
    }

    /// Occurrences of `s` (length 1–8).
    func count(_ s: ArraySlice<Unicode.Scalar>) -> Int {
        if s.count == 1 { return Int(unigrams[s.first!.value] ?? 0) }
        var h = NGramIndex.seed
        for c in s { h = NGramIndex.mix(h, c) }
        return Int(counts[h] ?? 0)
    }

    /// How plausible `tail|head` is as running text: the best pointwise mutual information of a
    /// string spanning the seam that occurs elsewhere in the document; nil when none occurs.
    func seamScore(tail: [Unicode.Scalar], head: [Unicode.Scalar]) -> Double? {
        var best: Double? = nil
        let n = Double(max(total, 1))
        for k in 1...min(4, tail.count) {
            let left = tail[(tail.count - k)...]
            let cl = count(left)
            if cl == 0 { continue }
            for m in 1...min(4, head.count) where k + m <= NGramIndex.maxLength {
                let right = head[..<m]
                let both = Array(left) + Array(right)
                let c = count(both[...])
                guard c > 0 else { continue }
                let cr = count(right)
                guard cr > 0 else { continue }
                let pmi = log2((Double(c) - 0.3) * n / (Double(cl) * Double(cr)))
                let value = pmi + 0.5 * Double(k + m - 2)
                if best == nil || value > best! { best = value }
            }
        }
        return best
    }
}

import Foundation
