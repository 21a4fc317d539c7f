/// Lexical overlap between a heading and a body, used to decide which article a title belongs to.
enum TextOverlap {
    /// Share of the heading's Han bigrams that occur in the body (0…1).
    static func bigramShare(heading: [Unicode.Scalar], body: [Unicode.Scalar]) -> Double {
        let h = bigrams(heading)
        guard !h.isEmpty else { return 0 }
        // Index the (short) heading, scan the body once: no table the size of the body.
        var wanted = FlatCounter(capacity: h.count * 2 + 16)
        // A bit per second character of the heading's bigrams (by its value's low six bits): most
        // of the body's bigrams are ruled out without a lookup.
        var seconds: UInt64 = 0
        for x in h {
            wanted.add(x)
            seconds |= 1 << (x & 63)
        }
        var found = FlatCounter(capacity: h.count * 2 + 16)
        var prev: Unicode.Scalar?
        for c in body {
            if ScalarClass.isHan(c) {
                if let p = prev, seconds & (1 << UInt64(c.value & 63)) != 0 {
                    let x = UInt64(p.value) << 32 | UInt64(c.value)
                    if wanted.get(x) != 0 { found.add(x) }
                }
                prev = c
            } else if !ScalarClass.isSpace(c) {
                prev = nil
            }
        }
        let hit = h.filter { found.get($0) != 0 }.count
        return Double(hit) / Double(h.count)
    }

    static func bigrams(_ s: [Unicode.Scalar]) -> [UInt64] {
        var out = [UInt64]()
        out.reserveCapacity(s.count)  // at most one per scalar: no regrowing
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
