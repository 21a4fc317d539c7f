/// Which paragraph openings are generic on a page: the first 2, 3 or 4 characters of a paragraph
/// that also open paragraphs in at least three fragments (`党的二十大…`, `坚持…`). Past a generic
/// opening only what differs (`坚持忠诚履职` / `坚持为民履职`) shows a parallel frame.
///
/// Computed once per page; asking is a bit test, where a dictionary keyed by arrays cost an
/// allocation per question (and pages ask for every pair of paragraphs).
struct GenericOpenings {
    /// Per paragraph: bit `k - 2` is set when its `k`-character opening is generic.
    private var flags: [UInt8]

    static let threshold = 3

    init(texts: [[Unicode.Scalar]], fragments: [Int]) {
        flags = [UInt8](filled: 0, count: texts.count)
        // Per opening length, the paragraphs sorted by opening and fragment: a run of one opening
        // over `threshold` fragments or more is generic (a dictionary of fragment sets hashed every
        // opening three times).
        var entries = [(key: OpeningKey, fragment: Int, paragraph: Int)]()
        entries.reserveCapacity(texts.count)
        for k in 2...4 {
            entries.removeAll(keepingCapacity: true)
            for (i, t) in texts.enumerated() where t.count >= k { entries.append((OpeningKey(t, k), fragments[i], i)) }
            // By opening, then fragment (one length per pass); the order within equal pairs does
            // not matter, so not a stable sort.
            KeySort.sort(&entries) { x, y in
                (x.key.a, x.key.b, x.key.c, x.key.d, x.fragment) < (y.key.a, y.key.b, y.key.c, y.key.d, y.fragment)
            }
            var start = 0
            while start < entries.count {
                var end = start + 1
                var distinct = 1
                while end < entries.count && entries[end].key == entries[start].key {
                    if entries[end].fragment != entries[end - 1].fragment { distinct += 1 }
                    end += 1
                }
                if distinct >= GenericOpenings.threshold {
                    for e in entries[start..<end] { flags[e.paragraph] |= 1 << UInt8(k - 2) }
                }
                start = end
            }
        }
    }

    /// Whether the `k`-character opening (2…4) of paragraph `i` is generic.
    @inline(__always) func isGeneric(_ i: Int, length k: Int) -> Bool {
        k >= 2 && k <= 4 && flags[i] & (1 << UInt8(k - 2)) != 0
    }

    /// The longest generic opening of paragraph `i` no longer than `limit` (0 when none).
    func longestGeneric(_ i: Int, upTo limit: Int) -> Int {
        for k in stride(from: min(limit, 4), through: 2, by: -1) where isGeneric(i, length: k) { return k }
        return 0
    }
}

/// The first `k` (2…4) scalars of a text, as a value (no array allocated).
struct OpeningKey: Hashable, Comparable {
    var a: UInt32, b: UInt32, c: UInt32, d: UInt32, length: UInt8
    init(_ t: [Unicode.Scalar], _ k: Int) {
        a = t[0].value
        b = t[1].value
        c = k > 2 ? t[2].value : 0
        d = k > 3 ? t[3].value : 0
        length = UInt8(k)
    }
    static func < (x: OpeningKey, y: OpeningKey) -> Bool {
        (x.length, x.a, x.b, x.c, x.d) < (y.length, y.a, y.b, y.c, y.d)
    }
}
