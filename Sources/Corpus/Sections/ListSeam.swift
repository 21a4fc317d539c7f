/// An enumeration cut by a column seam (`…详细了解良种繁育、饲草` | `种植、屠宰加工和品牌建设等情况。`):
/// a tail whose last clause is a list left open goes on with a head whose first clause closes a
/// list (`等情况`, `等问题`). (A head whose first clause only holds a list may open a sentence of its
/// own, `视察组走进保种场、养殖场和加工企业，…`; one that holds and closes a list goes on from any
/// tail cut at a word, so says nothing of which.) Lists are the
/// usual body of these reports (what the inspectors saw, what the deputies raised), and column
/// seams fall inside them often; corpus statistics know nothing across such a seam (`饲草|种植`).
enum ListSeam {
    /// The enumeration comma `、`.
    static let enumerationComma: Unicode.Scalar = "\u{3001}"

    /// How far from the seam a list is looked for.
    static let reach = 24

    /// The end of a clause: sentence-final punctuation, a comma or a colon (not `、`).
    @inline(__always) static func endsClause(_ c: Unicode.Scalar) -> Bool {
        let f = ScalarClass.fold(c)
        return ScalarClass.isSentenceFinal(f) || f == "," || f == ":"
    }

    /// Whether `tail` ends inside an item (a Han character) of a list its last clause holds, after
    /// a clause of its own (`…加工企业，详细了解良种繁育、饲草`): a line of parallel phrases alone
    /// (`让古城留下记忆、留住乡愁`) is a subhead, not a cut list.
    static func openAtEnd(_ tail: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = tail.last, ScalarClass.isHan(last) else { return false }
        var k = tail.endIndex - 1
        var comma = false
        while k >= tail.startIndex {
            let c = tail[k]
            if endsClause(c) { return comma }
            if c == enumerationComma {
                if tail.endIndex - k > reach { return false }
                comma = true
            }
            k -= 1
        }
        return false
    }

    /// What the first clause of `head` does with a list: holds an enumeration comma (`comma`),
    /// closes a list with `等` and at most three characters before the clause ends (`closing`).
    static func atStart(_ head: ArraySlice<Unicode.Scalar>) -> (comma: Bool, closing: Bool) {
        var comma = false
        var k = head.startIndex
        while k < head.endIndex && k - head.startIndex < reach + 8 {
            let c = head[k]
            if endsClause(c) { return (comma, false) }
            if c == enumerationComma { comma = true }
            if c == "等" {
                var e = k + 1
                while e < head.endIndex && e - k <= 4 && ScalarClass.isHan(head[e]) { e += 1 }
                if e - k <= 4 && e < head.endIndex && endsClause(head[e]) { return (comma, true) }
            }
            k += 1
        }
        return (comma, false)
    }

    /// Whether a seam between a tail whose list is open (`openAtEnd`) or not and a head whose first
    /// clause does `start` (`atStart`) reads on as one list: the head closes the list the tail left
    /// open.
    static func continues(openTail: Bool, _ start: (comma: Bool, closing: Bool)) -> Bool {
        openTail && start.closing
    }
}
