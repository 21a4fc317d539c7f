/// Lexical overlap between a heading and a body, used to decide which article a title belongs to.
enum TextOverlap {
    /// Share of the heading's Han bigrams that occur in the body (0…1).
    static func bigramShare(heading: [Unicode.Scalar], body: [Unicode.Scalar]) -> Double {
        bigramShare(heading: heading, body: [body])
    }

    /// Share of the heading's Han bigrams that occur in the body given as consecutive parts (read
    /// as their concatenation: a bigram may span two parts).
    static func bigramShare(heading: [Unicode.Scalar], body parts: [[Unicode.Scalar]]) -> Double {
        let h = bigrams(heading)
        guard !h.isEmpty else { return 0 }
        // Index the (short) heading, scan the body once: no table the size of the body.
        var wanted = FlatCounter(capacity: h.count * 2 + 16)
        // A bit per pair of the low six bits of a bigram's two characters (4096 bits): most of the
        // body's bigrams are ruled out without a lookup.
        var pairBits = [UInt64](filled: 0, count: 64)
        for x in h {
            wanted.add(x)
            let b = pairBit(UInt32(truncatingIfNeeded: x >> 33), UInt32(truncatingIfNeeded: x >> 1))
            pairBits[b >> 6] |= 1 << UInt64(b & 63)
        }
        var found = FlatCounter(capacity: h.count * 2 + 16)
        // The previous Han character, and the filter's row for it (0 when there is none: no bigram
        // ends at the next character).
        var prev: UInt32 = 0
        var row: UInt64 = 0
        pairBits.withUnsafeBufferPointer { bits in
            for part in parts {
                part.withUnsafeBufferPointer { p in
                    for c in p {
                        let v = c.value
                        // The basic block of ideographs first: most of the text.
                        if v &- 0x4E00 <= 0x9FFF - 0x4E00 || ScalarClass.isHan(c) {
                            if row & (1 << UInt64(v & 63)) != 0 {
                                let x = FlatCounter.pairKey(prev, v)
                                if wanted.get(x) != 0 { found.add(x) }
                            }
                            prev = v
                            row = bits[Int(v & 63)]
                        } else if !ScalarClass.isSpace(c) {
                            row = 0
                        }
                    }
                }
            }
        }
        let hit = h.filter { found.get($0) != 0 }.count
        return Double(hit) / Double(h.count)
    }

    /// The bit of bigram `a b` in `bigramShare`'s filter: the low six bits of each character.
    @inline(__always) private static func pairBit(_ a: UInt32, _ b: UInt32) -> Int {
        Int((a & 63) << 6 | (b & 63))
    }

    /// The keys (`FlatCounter.pairKey`) of the Han bigrams of `s`, in order (spaces skipped).
    static func bigrams(_ s: [Unicode.Scalar]) -> [UInt64] {
        var out = [UInt64]()
        out.reserveCapacity(s.count)  // at most one per scalar: no regrowing
        var prev: Unicode.Scalar?
        for c in s {
            if ScalarClass.isHan(c) {
                if let p = prev { out.append(FlatCounter.pairKey(p.value, c.value)) }
                prev = c
            } else if !ScalarClass.isSpace(c) {
                prev = nil
            }
        }
        return out
    }
}
