import Foundation

/// The two-character Han strings of a text that are rare in the corpus, each weighted by its rarity:
/// what a topic's words share (滩羊, 议事亭, 台账) and the genre's do not (人大, 建议, 代表).
///
/// Rarity is read from the corpus's n-gram sample (`NGramIndex.sample`), less the page's own
/// occurrences (the page was read into the sample when it is part of the run): a string the rest of
/// the sample holds at most `max(3, total / 50,000)` times weighs `log(total / (count + 1))`; any other
/// string nothing.
struct RareStrings {
    private let background: NGramIndex
    private let total: Double
    private let rareCount: Int
    /// The page's own count of each two-character Han string.
    private var pageCounts: FlatCounter

    /// About the weight of one string rare in the corpus (a sample of a few megabytes: log of its size).
    static let unit = 8.0

    /// Nil without a sample to read rarity from, or with one not four times the page's size.
    init?(background: NGramIndex?, page: [[Unicode.Scalar]]) {
        var size = 0
        for t in page { size += t.count }
        // (A sample of little more than the page itself knows nothing of what is rare.)
        guard let background, background.total >= 4 * max(size, 1) else { return nil }
        self.background = background
        total = Double(background.total + 1)
        rareCount = max(3, background.total / 50_000)
        // (Room for every pair of the page, so one batch; each pair hashed from the buffer: hashed as
        // a slice and added one at a time, the page's pairs cost as much as the rest of the pieces' moves.)
        var counts = FlatCounter(capacity: max(64, size * 2))
        counts.addAll { add in
            for t in page where t.count >= 2 {
                t.withUnsafeBufferPointer { p in
                    for i in 0..<(p.count - 1) where ScalarClass.isHan(p[i]) && ScalarClass.isHan(p[i + 1]) {
                        add(RareStrings.pairHash(p[i], p[i + 1]))
                    }
                }
            }
        }
        pageCounts = counts
    }

    /// `NGramIndex.hash` of the two-character string `a b`.
    @inline(__always) static func pairHash(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        NGramIndex.mix(NGramIndex.mix(NGramIndex.seed, a), b)
    }

    /// The distinct rare two-character Han strings of `t` with their weights (white space skipped,
    /// so a letter-spaced headline, `千 年 瑶 寨`, reads as printed words). Strings that are not rare
    /// weigh nothing and are left out.
    func strings<C: Collection>(_ text: C) -> [UInt64: Double] where C.Element == Unicode.Scalar {
        // (Written once at most the text's size: filtered by appending, the copy was regrown many times.)
        let t = [Unicode.Scalar](unsafeUninitializedCapacity: text.count) { out, n in
            n = 0
            for c in text where !ScalarClass.isSpace(c) { out[n] = c; n += 1 }
        }
        var out = [UInt64: Double]()
        guard t.count >= 2 else { return out }
        t.withUnsafeBufferPointer { p in
            for i in 0..<(p.count - 1) where ScalarClass.isHan(p[i]) && ScalarClass.isHan(p[i + 1]) {
                let h = RareStrings.pairHash(p[i], p[i + 1])
                let c = max(0, background.count(hash: h) - Int(pageCounts.get(h)))
                if c <= rareCount { out[h] = log(total / Double(c + 1)) }
            }
        }
        return out
    }

    /// The summed weights of the strings of `piece` that `signature` holds.
    static func shared(_ piece: [UInt64: Double], _ signature: [UInt64: Double]) -> Double {
        // (Summed in key order: the same sum whatever order the table holds its keys in.)
        piece.keys.sorted().reduce(0.0) { $0 + (signature[$1] != nil ? piece[$1]! : 0) }
    }

    /// Whether a score leads another clearly: twice it and three rare strings more.
    static func leads(_ a: Double, _ b: Double) -> Bool { a > 2 * b + 3 * unit }
}
