/// Quotation marks and brackets left open at a column seam: a cut paragraph that ends inside a
/// quotation (`…从“会期”向“有效`) goes on with the paragraph whose first words close it
/// (`运行”转变`). Matching pairs only (“” ‘’ 「」 『』 《》 （）); ASCII `"`, which opens and closes
/// alike, says nothing.
enum QuoteSeam {
    /// The pairs, by kind: opening and closing scalar (already width-folded: `（` is `(`). The
    /// switches of `openKind` and `closeKind` spell the same table out for speed (a test holds them
    /// to it).
    static let pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
        ("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("《", "》"), ("(", ")"),
    ]

    /// How far from the seam a quotation is looked for: set phrases in quotes are short.
    static let reach = 24

    /// The kind of an opening mark (index in `pairs`), -1 for any other scalar.
    @inline(__always) static func openKind(_ c: Unicode.Scalar) -> Int {
        switch c.value {
        case 0x201C: return 0
        case 0x2018: return 1
        case 0x300C: return 2
        case 0x300E: return 3
        case 0x300A: return 4
        case 0x28: return 5
        default: return -1
        }
    }

    /// The kind of a closing mark (index in `pairs`), -1 for any other scalar.
    @inline(__always) static func closeKind(_ c: Unicode.Scalar) -> Int {
        switch c.value {
        case 0x201D: return 0
        case 0x2019: return 1
        case 0x300D: return 2
        case 0x300F: return 3
        case 0x300B: return 4
        case 0x29: return 5
        default: return -1
        }
    }

    static func isClose(_ c: Unicode.Scalar) -> Bool { closeKind(c) >= 0 }

    /// The kind (index in `pairs`) of a quotation opened in the last `reach` scalars of `tail` and
    /// not closed after it, nil when there is none (or a sentence ends after it).
    static func openAtEnd(_ tail: ArraySlice<Unicode.Scalar>) -> Int? {
        var depth = SIMD8<Int16>()
        var k = tail.endIndex
        let stop = max(tail.startIndex, tail.endIndex - reach)
        while k > stop {
            k -= 1
            let c = tail[k]
            // `。”` ends a quoted sentence, not the text around it.
            if ScalarClass.isSentenceFinal(c) && !(k + 1 < tail.endIndex && isClose(tail[k + 1])) { return nil }
            let shut = closeKind(c)
            if shut >= 0 { depth[shut] += 1; continue }
            let open = openKind(c)
            if open >= 0 {
                if depth[open] == 0 { return open }
                depth[open] -= 1
            }
        }
        return nil
    }

    /// The kind of a quotation closed in the first `reach` scalars of `head` that was not opened
    /// in it, nil when there is none (or a sentence ends before it).
    static func closedAtStart(_ head: ArraySlice<Unicode.Scalar>) -> Int? {
        var depth = SIMD8<Int16>()
        let end = min(head.endIndex, head.startIndex + reach)
        var k = head.startIndex
        while k < end {
            let c = head[k]
            if ScalarClass.isSentenceFinal(c) && !(k + 1 < end && isClose(head[k + 1])) { return nil }
            let open = openKind(c)
            if open >= 0 { depth[open] += 1; k += 1; continue }
            let shut = closeKind(c)
            if shut >= 0 {
                if depth[shut] == 0 { return shut }
                depth[shut] -= 1
            }
            k += 1
        }
        return nil
    }
}
