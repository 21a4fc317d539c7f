/// Quotation marks and brackets left open at a column seam: a cut paragraph that ends inside a
/// quotation (`…从“会期”向“有效`) goes on with the paragraph whose first words close it
/// (`运行”转变`). Matching pairs only (“” ‘’ 「」 『』 《》 （）); ASCII `"`, which opens and closes
/// alike, says nothing.
enum QuoteSeam {
    /// The pairs, by kind: opening and closing scalar (already width-folded: `（` is `(`).
    static let pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
        ("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("《", "》"), ("(", ")"),
    ]

    /// How far from the seam a quotation is looked for: set phrases in quotes are short.
    static let reach = 24

    /// The kind (index in `pairs`) of a quotation opened in the last `reach` scalars of `tail` and
    /// not closed after it, nil when there is none (or a sentence ends after it).
    static func openAtEnd(_ tail: ArraySlice<Unicode.Scalar>) -> Int? {
        var depth = [Int](repeating: 0, count: pairs.count)
        var k = tail.endIndex
        let stop = max(tail.startIndex, tail.endIndex - reach)
        while k > stop {
            k -= 1
            let c = tail[k]
            // `。”` ends a quoted sentence, not the text around it.
            if ScalarClass.isSentenceFinal(c) && !(k + 1 < tail.endIndex && isClose(tail[k + 1])) { return nil }
            for (p, pair) in pairs.enumerated() {
                if c == pair.close { depth[p] += 1 }
                if c == pair.open {
                    if depth[p] == 0 { return p }
                    depth[p] -= 1
                }
            }
        }
        return nil
    }

    /// The kind of a quotation closed in the first `reach` scalars of `head` that was not opened
    /// in it, nil when there is none (or a sentence ends before it).
    static func closedAtStart(_ head: ArraySlice<Unicode.Scalar>) -> Int? {
        var depth = [Int](repeating: 0, count: pairs.count)
        let h = head.prefix(reach)
        for k in h.indices {
            let c = h[k]
            if ScalarClass.isSentenceFinal(c) && !(k + 1 < h.endIndex && isClose(h[k + 1])) { return nil }
            for (p, pair) in pairs.enumerated() {
                if c == pair.open { depth[p] += 1 }
                if c == pair.close {
                    if depth[p] == 0 { return p }
                    depth[p] -= 1
                }
            }
        }
        return nil
    }

    static func isClose(_ c: Unicode.Scalar) -> Bool { pairs.contains { $0.close == c } }
}
