import Foundation

extension ReadingOrder {
    /// Where a chain's article `a` goes on under article `b`'s header to the foot of that column:
    /// `b`'s first paragraph (chain position `landing`) is reached from `a`'s text by a join the
    /// words across the seam read on (or it opens mid-text); the paragraphs after it in the same
    /// column (printed one under the other with no column gap, all under `b`'s header) name `a`'s
    /// place or open as a point of `a`'s list above the header does (`坚持围绕中心，…` / `坚持民主立法，…`)
    /// and never name `b`'s; and the chain goes on in another column with `b`'s own text. Returns
    /// the chain position of that column's last paragraph (the cut), or of the rest of its last
    /// sentence when a join carries it on, or nil.
    static func landingColumnRun(_ c: [Int], from: Int, landing: Int, nextOwner: Int?, a: Int, b: Int, hard: [Bool], joinLex: [Double],
                                 midText: [Bool], columnGap: (Int) -> Bool, paras: [Para], texts: [[Unicode.Scalar]],
                                 stems: [[Unicode.Scalar]?]) -> Int? {
        guard landing > from + 1, hard[c[landing - 1]], joinLex[c[landing - 1]] > 0 || midText[c[landing]] else { return nil }
        // (The column: the paragraphs printed one under the other, no column gap between.)
        var q = landing
        while q + 1 < c.count, c[q + 1] == c[q] + 1, !columnGap(c[q]), paras[c[q + 1]].layoutSection == b { q += 1 }
        guard q > landing else { return nil }
        let run = c[(landing + 1)...q]
        // (A sentence the column's foot carries across the gap, `…让代表联络站真正成` / `为群众身边的…`,
        // is a's still: the cut falls after its rest.)
        while q + 1 < c.count && hard[c[q]] { q += 1 }
        guard q + 1 < c.count, paras[c[q + 1]].layoutSection == b, nextOwner.map({ $0 > q + 1 }) ?? true else { return nil }
        let stemA = a < stems.count ? stems[a] : nil, stemB = b < stems.count ? stems[b] : nil
        if let stemB, stemB != stemA, run.contains(where: { ReadingOrder.namesPlace(texts[$0], stem: stemB) }) { return nil }
        let namesA = stemA.map { stem in stem != stemB && run.contains { ReadingOrder.namesPlace(texts[$0], stem: stem) } } ?? false
        // (a's paragraphs printed above the header, in this chain.)
        let above = c[(from + 1)..<landing].filter { paras[$0].layoutSection == a }
        // (Two points of one list: each opens with a short clause closed by a comma, `坚持围绕中心，` /
        // `坚持民主立法，`, the same characters in the same places: not a standing opening, `近年来，…`.)
        func point(_ t: [Unicode.Scalar]) -> Bool {
            guard let k = t.prefix(9).firstIndex(where: { ScalarClass.fold($0) == "," }) else { return false }
            return k >= 4 && t[..<k].allSatisfy(ScalarClass.isHan) && !SentenceOpening.shortAdverbials.contains { $0.elementsEqual(t[..<k]) }
        }
        let parallelA = run.contains { x in point(texts[x]) && above.contains { y in point(texts[y]) && ReadingOrder.parallel(texts[x], texts[y]) >= 2 } }
        return namesA || parallelA ? q : nil
    }
}
