/// Counts of every short character string (2–8 scalars) inside paragraphs of a document, used to
/// judge whether the text across a column seam is a sequence that occurs where text is whole.
public struct NGramIndex: Sendable {
    private var counts: FlatCounter
    /// Scalars counted.
    public private(set) var total = 0
    static let maxLength = 6
    /// How often each 3-character opening starts a paragraph.
    private var openings = FlatCounter(capacity: 16)
    /// Statistics of the wider corpus, added to this document's own.
    private var background: NGramBackground? = nil

    /// An empty index.
    public init() { counts = FlatCounter() }

    /// Counts the strings of `texts` (each a run of whole text: a paragraph or a line).
    public init(texts: [[Unicode.Scalar]]) {
        var needed = 0
        for t in texts { needed += t.count * NGramIndex.maxLength }
        counts = FlatCounter(capacity: needed * 2 + 16)
        add(texts)
    }

    /// Counts only the strings of `texts` that start with a scalar in `starts`: exact counts for
    /// every string a caller will ask about, when it knows their first characters (seam scoring
    /// asks about strings that start in a cut paragraph's last characters or a paragraph's first
    /// one), at a fraction of the work and memory of counting every string.
    init(texts: [[Unicode.Scalar]], startingWith starts: ScalarSet) {
        var needed = 0
        for t in texts { for c in t where starts.contains(c) { needed += NGramIndex.maxLength } }
        // About half the strings counted repeat, so a table with a slot per string stays about half
        // full and can never fill (twice that cost more to clear than the counting did).
        counts = FlatCounter(capacity: needed + 16)
        for t in texts {
            total += t.count
            counts.addAll { add in
                t.withUnsafeBufferPointer { p in
                    let n = p.count
                    for i in 0..<n where starts.contains(p[i]) {
                        var h = NGramIndex.seed
                        var k = 0
                        while k < NGramIndex.maxLength && i + k < n {
                            h = NGramIndex.mix(h, p[i + k])
                            add(h)
                            k += 1
                        }
                    }
                }
            }
        }
    }

    /// Records the openings of paragraphs (their first three characters).
    public mutating func addOpenings(_ texts: [[Unicode.Scalar]]) {
        for t in texts where t.count >= 3 { openings.add(NGramIndex.hash(t.prefix(3))) }
    }

    /// Paragraphs (own and background) that open with the first three characters of `t`.
    func openingCount(_ t: [Unicode.Scalar]) -> Int {
        guard t.count >= 3 else { return 0 }
        let h = NGramIndex.hash(t.prefix(3))
        return Int(openings.get(h)) + Int(background?.index.openings.get(h) ?? 0)
    }

    static func hash(_ s: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h = seed
        for c in s { h = mix(h, c) }
        return h
    }

    /// Adds more whole text.
    public mutating func add(_ texts: [[Unicode.Scalar]]) {
        var needed = 0
        for t in texts { needed += t.count * NGramIndex.maxLength }
        counts.reserve(needed)
        for t in texts {
            total += t.count
            counts.addAll { add in
                t.withUnsafeBufferPointer { p in
                    let n = p.count
                    for i in 0..<n {
                        var h = NGramIndex.seed
                        var k = 0
                        while k < NGramIndex.maxLength && i + k < n {
                            h = NGramIndex.mix(h, p[i + k])
                            add(h)
                            k += 1
                        }
                    }
                }
            }
        }
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func mix(_ h: UInt64, _ s: Unicode.Scalar) -> UInt64 {
        (h ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3
    }

    /// This index with `background` (the corpus's statistics) added to every count.
    public func with(background other: NGramIndex?) -> NGramIndex {
        var c = self
        c.background = other.map { NGramBackground(index: $0) }
        return c
    }

    /// Count of the string whose hash is `h` (own and background).
    @inline(__always) func count(hash h: UInt64) -> Int {
        Int(counts.get(h)) + Int(background?.index.counts.get(h) ?? 0)
    }

    var grandTotal: Int { total + (background?.index.total ?? 0) }

    /// Builds background statistics from the lines of sample sources (white space removed,
    /// width folded), reading at most `limit` scalars so very large corpora cost a bounded first pass.
    public static func sample(_ sources: [SourceText], limit: Int = 4_000_000) -> NGramIndex {
        var index = NGramIndex()
        var used = 0
        for s in sources {
            var texts = [[Unicode.Scalar]]()
            var starts = [[Unicode.Scalar]]()
            var previousBlank = true
            s.scalars.withUnsafeBufferPointer { buf in
                for n in 1...max(s.lineCount, 1) {
                    let r = s.lineRange(n)
                    var a = [Unicode.Scalar]()
                    a.reserveCapacity(r.count)
                    for i in r where !ScalarClass.isSpace(buf[i]) { a.append(ScalarClass.fold(buf[i])) }
                    if !a.isEmpty {
                        texts.append(a)
                        if previousBlank { starts.append(a) }
                    }
                    previousBlank = a.isEmpty
                }
            }
            index.add(texts)
            index.addOpenings(starts)
            used += s.scalars.count
            if used >= limit { break }
        }
        return index
    }

    /// How plausible `tail|head` is as running text: the best pointwise mutual information of a
    /// string spanning the seam that occurs elsewhere in the document; nil when none occurs.
    /// What seam scoring needs of a paragraph's end: hashes and counts of its last 1–3 characters.
    struct TailInfo {
        var hashes: [UInt64] = []
        var counts: [Int] = []
    }

    /// What seam scoring needs of a paragraph's start: its first 1–3 characters and their counts.
    struct HeadInfo {
        var scalars: [Unicode.Scalar] = []
        var counts: [Int] = []
    }

    func tailInfo(_ tail: ArraySlice<Unicode.Scalar>) -> TailInfo {
        var t = TailInfo()
        let a = Array(tail)
        for k in 1...max(1, min(3, a.count)) where k <= a.count {
            var h = NGramIndex.seed
            for c in a[(a.count - k)...] { h = NGramIndex.mix(h, c) }
            t.hashes.append(h)
            t.counts.append(count(hash: h))
        }
        return t
    }

    func headInfo(_ head: ArraySlice<Unicode.Scalar>) -> HeadInfo {
        var hd = HeadInfo(scalars: Array(head.prefix(3)))
        var h = NGramIndex.seed
        for c in hd.scalars { h = NGramIndex.mix(h, c); hd.counts.append(count(hash: h)) }
        return hd
    }

    /// `seamScore` from precomputed ends: the same value, without re-hashing per pair.
    func seamScore(_ tail: TailInfo, _ head: HeadInfo) -> Double? {
        var best: Double? = nil
        let n = Double(max(grandTotal, 1))
        for k in 0..<tail.hashes.count where tail.counts[k] > 0 {
            var bh = tail.hashes[k]
            for m in 0..<head.scalars.count {
                bh = NGramIndex.mix(bh, head.scalars[m])
                guard head.counts[m] > 0 else { continue }
                let c = count(hash: bh)
                guard c > 0 else { continue }
                let pmi = log2((Double(c) - 0.3) * n / (Double(tail.counts[k]) * Double(head.counts[m])))
                let value = pmi + 0.5 * Double(k + m)
                if best == nil || value > best! { best = value }
            }
        }
        return best
    }

}

import Foundation

/// Boxes a background index so `NGramIndex` can hold one without being recursive.
final class NGramBackground: Sendable {
    let index: NGramIndex
    init(index: NGramIndex) { self.index = index }
}
