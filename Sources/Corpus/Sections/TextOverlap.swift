/// Lexical overlap between a heading and a body, used to decide which article a title belongs to.
enum TextOverlap {
    /// Share of the heading's Han bigrams that occur in the body (0…1).
    static func bigramShare(heading: [Unicode.Scalar], body: [Unicode.Scalar]) -> Double {
        let h = bigrams(heading)
        guard !h.isEmpty else { return 0 }
        let bs = bigrams(body)
        var b = FlatCounter(capacity: bs.count * 2 + 16)
        for x in bs { b.add(x) }
        let hit = h.filter { b.get($0) != 0 }.count
        return Double(hit) / Double(h.count)
    }

    static func bigrams(_ s: [Unicode.Scalar]) -> [UInt64] {
        var out = [UInt64]()
        var prev: Unicode.Scalar?
        for c in s {
            if ScalarClass.isHan(c) {
                if let p = prev { out.append(UInt64(p.value) << 32 | UInt64(c.value)) }
                prev = c
            } else if !ScalarClass.isSpace(c) {
                prev = nil
            }
        }
        return out
    }
}
