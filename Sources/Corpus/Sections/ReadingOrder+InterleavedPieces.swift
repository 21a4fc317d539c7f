import Foundation

extension ReadingOrder {
    /// Articles printed paragraph by paragraph in turn, each header inline above its first
    /// paragraph (a spread of two or three columns read across the page): the layout runs one
    /// article's paragraphs on into the next article's, and the cuts' joins leap over the
    /// paragraphs between (`…邀请提出建议的人` / another article's paragraph / `大代表全程参与督办…`).
    ///
    /// Such a leap inside one fragment (no header between the cut and its continuation), over
    /// paragraphs that are not the chain's, shows the page interleaved. Then the soft-linked pieces
    /// of the leaping chains that no owner opens are dealt again by their topic: each article's
    /// signature is the two-character strings of its headline and of its text that stays (`RareStrings`:
    /// those rare in the corpus, weighted by their rarity; a string every article of the genre holds,
    /// 人大 or 建议, weighs nothing, 滩羊 or 议事 much). Each piece goes to the article, among those
    /// whose header is printed above it, whose signature it shares clearly most (twice the next and
    /// three rare strings more); a piece no article claims so clearly stays where it is. (A leap over
    /// a pull quote or a caption, no running text, shows nothing; nor does a run of one page, whose
    /// own words are all it knows.)
    ///
    /// So does a join across another article's header into its text when the chain then runs on,
    /// soft-linked, through that article's fragment while the article's own opening stands alone
    /// there (a spread whose columns carry the articles' paragraphs in turn: `…组织各级人` | header |
    /// `大代表进站…`, `我们始终把…`, `念好“草果经”，…`).
    static func moveInterleavedPieces(_ owned: [(chain: [Int], section: Int)], hard: [Bool], isOwner: [Bool], fragments: [Int],
                                      firstLines: [Int], headerTops: [Int?], sections: [Section],
                                      paras: [[Unicode.Scalar]], background: NGramIndex?) -> [(chain: [Int], section: Int)] {
        guard Set(owned.map(\.section)).count > 1 else { return owned }
        var chainOf = DenseIndexMap(keysBelow: paras.count)
        for (k, o) in owned.enumerated() { for p in o.chain { chainOf[p] = k } }
        // A leap inside a fragment over paragraphs no part of the chain.
        let leaps = owned.indices.map { k in
            let c = owned[k].chain
            return c.indices.dropLast().contains { i in
                let a = c[i], b = c[i + 1]
                // (Over running text: a pull quote, quoted whole, or a caption, a short line no cut
                // joins, is no sign of articles printed in turn.)
                return hard[a] && b > a + 1 && fragments[a] == fragments[b] && ((a + 1)..<b).allSatisfy { chainOf[$0] != k }
                    && ((a + 1)..<b).contains { hard[$0] || paras[$0].count >= 60 }
                    && !(paras[a + 1].first == "\u{201C}" && paras[b - 1].last == "\u{201D}")
            }
        }
        // So does a join across another article's header into its text, where the chain then runs
        // on through that article's paragraphs while the article's own opening stands alone: the
        // columns were dealt in turn (`…组织各级人` | header | `大代表进站…` / `我们始终把…` / `守好“民生账本”…`).
        // (Alone: no other text of its article in its fragment either, such as its text after another
        // article's run landed there, cut from that run.)
        var ownerAlone = [Int: Bool]()
        for (k, o) in owned.enumerated() where !o.chain.isEmpty && isOwner[o.chain[0]] {
            let f = fragments[o.chain[0]]
            ownerAlone[f] = o.chain.count == 1
                && !owned.indices.contains { j in j != k && owned[j].section == o.section && owned[j].chain.contains { fragments[$0] == f } }
        }
        let crossings = owned.indices.map { k in
            let c = owned[k].chain
            return c.count >= 3 && c.indices.dropLast(2).contains { i in
                let a = c[i], b = c[i + 1], d = c[i + 2]
                return hard[a] && fragments[a] != fragments[b] && !hard[b] && fragments[d] == fragments[b]
                    && (ownerAlone[fragments[b]] ?? false)
            }
        }
        let dealtAgain = zip(leaps, crossings).map { $0 || $1 }
        guard dealtAgain.contains(true) else { return owned }
        var stay = [(chain: [Int], section: Int)]()
        var candidates = [(piece: [Int], section: Int)]()
        // Each dealt chain's pieces in order, a candidate's by its number (nil: an owner's piece, which
        // stays), with the ordinal its first paragraph opens with (`二是…` → 2).
        var sequences = [[(candidate: Int?, ordinal: Int?, section: Int)]]()
        // (Only a chain that leaps is dealt again: an article's own paragraphs, read on in turn, stay.)
        for (k, o) in owned.enumerated() {
            guard dealtAgain[k] else { stay.append(o); continue }
            var keep = [Int]()
            var sequence = [(candidate: Int?, ordinal: Int?, section: Int)]()
            for piece in ReadingOrder.softLinkedPieces(o.chain, hard: hard) {
                let ordinal = ReadingOrder.openingOrdinal(paras[piece[0]])
                if isOwner[piece[0]] {
                    keep += piece
                    sequence.append((nil, ordinal, o.section))
                } else {
                    sequence.append((candidates.count, ordinal, o.section))
                    candidates.append((piece, o.section))
                }
            }
            stay.append((keep, o.section))
            sequences.append(sequence)
        }
        // (A page of many paragraphs read in turn is no spread of a few articles.)
        guard !candidates.isEmpty, candidates.count <= 64 else { return owned }
        guard let rare = RareStrings(background: background, page: paras) else { return owned }
        var signature = [Int: [UInt64: Double]]()
        for s in Set(owned.map(\.section)) {
            // (A letter-spaced headline, `千 年 瑶 寨`, read without its spaces.)
            var sig = rare.strings((sections[s].title ?? "").unicodeScalars)
            for o in stay where o.section == s { for p in o.chain { sig.merge(rare.strings(paras[p])) { a, _ in a } } }
            signature[s] = sig
        }
        let pieceStrings = candidates.map { c in c.piece.reduce(into: [UInt64: Double]()) { acc, p in acc.merge(rare.strings(paras[p])) { a, _ in a } } }
        let allowed = candidates.map { c -> [Int] in
            let line = firstLines[c.piece[0]]
            return signature.keys.sorted().filter { s in s == c.section || (headerTops[s].map { $0 < line } ?? false) }
        }
        var dealtTo = [Int?](filled: nil, count: candidates.count)
        for k in candidates.indices {
            let scores = allowed[k].map { s in (s, RareStrings.shared(pieceStrings[k], signature[s]!)) }
            guard let best = scores.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }) else { continue }
            let second = scores.filter { $0.0 != best.0 }.map(\.1).max() ?? 0
            if ReadingOrder.tracing { FileHandle.standardError.write("interleaved? \(candidates[k].piece.map { firstLines[$0] }) \(scores.map { "\($0.0):\(Int($0.1))" })\n".data(using: .utf8)!) }
            if RareStrings.leads(best.1, second) { dealtTo[k] = best.0 }
        }
        // An enumeration the chain reads on (`一是…`, then `二是…`, `三是…`) stays together: a piece opening
        // with an ordinal goes where the chain's piece opening with the one before went.
        // (Not when another article's text runs an enumeration to the ordinal before too, inside a
        // paragraph (`…主要做了三件事：一是…`): the item may be either's, and is dealt by its topic; one
        // that merely stays then leads nothing on.)
        var keptOrdinals = [Int: Set<Int>]()
        func note(_ ps: [Int], _ s: Int) {
            for p in ps where ReadingOrder.openingOrdinal(paras[p]) == nil {
                // (By value, whatever the marker's style: a point opening `二、` stands for 2 here.)
                keptOrdinals[s, default: []].formUnion(SectionSimilarity.enumerationOrdinals(paras[p]).map { $0 % 100 })
            }
        }
        for o in stay { note(o.chain, o.section) }
        for k in candidates.indices { note(candidates[k].piece, dealtTo[k] ?? candidates[k].section) }
        for sequence in sequences {
            var wentTo = [Int: Int]()
            for e in sequence {
                var section = e.candidate.map { dealtTo[$0] ?? candidates[$0].section } ?? e.section
                if let c = e.candidate, let k = e.ordinal, k > 1, let previous = wentTo[k - 1] {
                    if keptOrdinals.contains(where: { $0.key != previous && $0.value.contains(k - 1) }) {
                        if dealtTo[c] == nil { wentTo[k] = nil; continue }
                    } else {
                        dealtTo[c] = previous
                        section = previous
                    }
                }
                if let k = e.ordinal { wentTo[k] = section }
            }
        }
        if ReadingOrder.tracing {
            for k in candidates.indices {
                FileHandle.standardError.write("interleaved \(candidates[k].piece.map { firstLines[$0] }) \(candidates[k].section) -> \(dealtTo[k].map(String.init) ?? "stays")\n".data(using: .utf8)!)
            }
        }
        guard candidates.indices.contains(where: { dealtTo[$0] != nil && dealtTo[$0] != candidates[$0].section }) else { return owned }
        var out = stay
        var ownerChain = [Int: Int]()
        for (k, c) in out.enumerated() where !c.chain.isEmpty && isOwner[c.chain[0]] { ownerChain[c.section] = k }
        var dealt = [Int: [[Int]]]()
        for (k, c) in candidates.enumerated() {
            let s = dealtTo[k] ?? c.section
            let target: Int
            if let t = ownerChain[s] { target = t } else { ownerChain[s] = out.count; target = out.count; out.append(([], s)) }
            dealt[target, default: []].append(c.piece)
        }
        // Each chain's own pieces as they were, then those dealt to it in layout order.
        for (k, pieces) in dealt { out[k].chain += pieces.sorted { $0[0] < $1[0] }.flatMap { $0 } }
        return out.filter { !$0.chain.isEmpty }
    }

    /// The ordinal a paragraph opens with as an enumeration item (`二是…` → 2), or nil.
    static func openingOrdinal(_ text: [Unicode.Scalar]) -> Int? {
        guard text.count >= 3, text[1] == "是", let k = SectionSimilarity.numerals.firstIndex(of: text[0]) else { return nil }
        return k + 1
    }
}
