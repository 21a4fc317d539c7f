// Statistical phrase discovery over character n-grams: cohesion (PMI) and boundary entropy.

import Foundation

/// A phrase found by `PhraseDiscovery`.
public struct DiscoveredPhrase: Sendable, Hashable {
    public let text: String
    public let scalars: [Unicode.Scalar]
    /// Occurrences of the n-gram (overlapping occurrences counted).
    public let count: Int
    /// Minimum over the split points of log(p(w) / (p(left) · p(right))), natural log.
    public let cohesion: Double
    /// Entropy (nats) of the character before / after the phrase; a text edge or a
    /// punctuation boundary counts as a distinct symbol each time.
    public let leftEntropy: Double
    public let rightEntropy: Double
}

/// Recurring multi-character phrases, found without a dictionary.
///
/// Text is cut into runs of Han characters (punctuation, quotes, ASCII and paragraph breaks end a
/// run). Every n-gram of length 1…`maxLength + 1` inside a run is counted; the (n+1)-grams give
/// each n-gram's left and right neighbours. A candidate is kept when it
/// - occurs at least `minCount` times,
/// - is cohesive: the weakest split point still has PMI ≥ `minCohesion`,
/// - has free boundaries: left and right neighbour entropy ≥ `minEntropy`. A run edge (text edge,
///   punctuation) is counted as a *distinct* neighbour each time it occurs, so a phrase that always
///   stands between punctuation gets high entropy rather than the 0 that a single "edge" symbol
///   would give (the edge case that trips implementations that drop or pool edges);
/// - does not begin or end with a function character (的, 了, 和 …).
/// Then fragments are suppressed: a kept candidate contained in a longer kept candidate whose count
/// is at least `fragmentRatio` of its own is dropped (委书记 next to 党委书记: its count is explained
/// by the longer string; its left entropy is also ~0).
///
/// Streaming: `add` one text at a time and `merge` partial results; memory is bounded by the number
/// of distinct n-grams, pruned (lossy counting) when it exceeds `maxEntries`.
public struct PhraseDiscovery: Sendable {
    /// An n-gram of up to 9 scalars, 21 bits each, packed into three words.
    struct Gram: Hashable, Sendable {
        var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0
        var length: UInt8 = 0

        static let capacity = 9

        static func == (x: Gram, y: Gram) -> Bool {
            x.a == y.a && x.b == y.b && x.c == y.c && x.length == y.length
        }

        func hash(into h: inout Hasher) {
            h.combine(a); h.combine(b); h.combine(c); h.combine(length)
        }

        init() {}

        init(_ t: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ len: Int) {
            for k in 0..<len { append(t[start + k].value) }
        }

        @inline(__always)
        mutating func append(_ v: UInt32) {
            let k = Int(length)
            let word = k / 3, shift = UInt64((k % 3) * 21)
            let x = UInt64(v & 0x1F_FFFF) << shift
            switch word {
            case 0: a |= x
            case 1: b |= x
            default: c |= x
            }
            length += 1
        }

        @inline(__always)
        func scalar(_ k: Int) -> UInt32 {
            let word = k / 3, shift = UInt64((k % 3) * 21)
            let w = word == 0 ? a : (word == 1 ? b : c)
            return UInt32((w >> shift) & 0x1F_FFFF)
        }

        func slice(_ from: Int, _ to: Int) -> Gram {
            var g = Gram()
            for k in from..<to { g.append(scalar(k)) }
            return g
        }

        var scalars: [Unicode.Scalar] { (0..<Int(length)).map { Unicode.Scalar(scalar($0))! } }
    }

    /// Shortest phrase reported (the statistics use shorter n-grams regardless).
    public var minLength = 2
    public var maxLength = 8
    public var minCount = 4
    public var minCohesion = 2.0
    public var minEntropy = 1.0
    public var fragmentRatio = 0.8
    /// Pruning threshold for the n-gram table.
    public var maxEntries = 4_000_000

    private(set) var counts = GramTable()
    private(set) var totalChars = 0
    private var pruneFloor = 0

    public init() {}

    /// Counts the n-grams of one text.
    public mutating func add(_ text: [Unicode.Scalar]) {
        let maxN = min(maxLength + 1, Gram.capacity)
        text.withUnsafeBufferPointer { t in
            let n = t.count
            var runStart = 0
            var i = 0
            while i <= n {
                if i < n && SloganScalars.isHan(t[i]) { i += 1; continue }
                // run t[runStart..<i]
                if i > runStart {
                    totalChars += i - runStart
                    for s in runStart..<i {
                        var g = Gram()
                        let top = min(maxN, i - s)
                        for len in 1...top {
                            g.append(t[s + len - 1].value)
                            counts.add(g)
                        }
                    }
                }
                i += 1
                runStart = i
            }
        }
        if counts.count > maxEntries { prune() }
    }

    /// Adds the counts of another partial result.
    public mutating func merge(_ other: PhraseDiscovery) {
        // (An empty table is not walked: a file's result that discovered nothing, as `stats` merges
        // one per file, holds thousands of empty slots.)
        if other.counts.count > 0 { other.counts.forEach { g, c in counts.add(g, c) } }
        totalChars += other.totalChars
        if counts.count > maxEntries { prune() }
    }

    /// Lossy counting: drop n-grams (n ≥ 2) seen at most `pruneFloor` times, raising the floor until
    /// the table is back under half its limit. Rare n-grams cannot become phrases.
    private mutating func prune() {
        while counts.count > maxEntries / 2 {
            pruneFloor += 1
            let floor = pruneFloor
            counts = counts.filtered { g, c in g.length == 1 || c > floor }
        }
    }

    /// The discovered phrases, by count descending (ties by text).
    public func phrases() -> [DiscoveredPhrase] {
        let total = Double(max(totalChars, 1))
        // Neighbour counts from (n+1)-grams.
        var right: [Gram: [Int]] = [:]
        var left: [Gram: [Int]] = [:]
        counts.forEach { g, c in
            guard g.length >= 3 else { return }
            let n = Int(g.length)
            let prefix = g.slice(0, n - 1), suffix = g.slice(1, n)
            if let pc = counts[prefix], pc >= minCount, n - 1 <= maxLength { right[prefix, default: []].append(c) }
            if let sc = counts[suffix], sc >= minCount, n - 1 <= maxLength { left[suffix, default: []].append(c) }
        }
        func entropy(_ total: Int, _ neighbours: [Int]?) -> Double {
            let t = Double(total)
            var h = 0.0
            var seen = 0
            for c in neighbours ?? [] {
                let p = Double(c) / t
                h -= p * log(p)
                seen += c
            }
            let edges = max(total - seen, 0)      // each edge a distinct symbol of probability 1/t
            if edges > 0 { h += Double(edges) * (1 / t) * log(t) }
            return h
        }
        var kept: [(Gram, DiscoveredPhrase)] = []
        counts.forEach { g, c in
            guard Int(g.length) >= max(minLength, 2), Int(g.length) <= maxLength, c >= minCount else { return }
            let n = Int(g.length)
            if SloganScalars.functionChars.contains(g.scalar(0)) || SloganScalars.functionChars.contains(g.scalar(n - 1)) { return }
            var coh = Double.infinity
            for k in 1..<n {
                guard let l = counts[g.slice(0, k)], let r = counts[g.slice(k, n)] else { coh = -.infinity; break }
                coh = min(coh, log(Double(c) * total / (Double(l) * Double(r))))
            }
            guard coh >= minCohesion else { return }
            let le = entropy(c, left[g]), re = entropy(c, right[g])
            guard le >= minEntropy, re >= minEntropy else { return }
            let sc = g.scalars
            kept.append((g, DiscoveredPhrase(text: SloganScalars.string(sc), scalars: sc, count: c,
                                             cohesion: coh, leftEntropy: le, rightEntropy: re)))
        }
        // Fragment suppression: longest first.
        kept.sort { $0.1.scalars.count > $1.1.scalars.count }
        var accepted: [DiscoveredPhrase] = []
        for (_, p) in kept {
            let explained = accepted.contains { longer in
                longer.scalars.count > p.scalars.count
                    && Double(longer.count) >= fragmentRatio * Double(p.count)
                    && PhraseDiscovery.contains(longer.scalars, p.scalars)
            }
            if !explained { accepted.append(p) }
        }
        accepted.sort { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }
        return accepted
    }

    static func contains(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard needle.count <= hay.count else { return false }
        for s in 0...(hay.count - needle.count) where hay[s] == needle[0] {
            if hay[s..<(s + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
