import Foundation

extension ReadingOrder {
    /// Deals the owned chains of a page of profiles (`ProfileDealer`): a piece (`ProfileDealer.pieces`) of one
    /// section's chain that names another profile's person and not its holder's, or speaks of a
    /// person only as the holder's person is never spoken of, goes to that profile. A piece holding
    /// its section's first paragraph under the header moves only when the section keeps another
    /// piece naming its person (a profile is never left without its own text). A piece naming no
    /// one that goes on with a sentence the moved piece before it left cut (`…并通过直播` /
    /// `带货拓宽销路。…`) goes with it. A piece naming a person its holder's own text speaks of beside
    /// its own (`曾美华对黄少芬坦言`) stays.
    /// A moved piece printed above its new section's header opens it, with the others printed
    /// there, in print order; one printed below goes on after the section's text. A piece printed
    /// right under its holder's text (no column gap) moves only by the name it holds.
    /// Returns the chains and the dealer, for the orphans (nil when the page has no profiles).
    static func moveSubjectPieces(_ owned: [(chain: [Int], section: Int)], paras: [[Unicode.Scalar]], hard: [Bool],
                                  sections: [Section], firstLines: [Int],
                                  printedUnder: (Int, Int) -> Bool) -> (owned: [(chain: [Int], section: Int)], dealer: ProfileDealer?) {
        guard owned.count >= 2, var dealer = ProfileDealer(sections: sections, among: owned.map(\.section), paras: paras) else {
            return (owned, nil)
        }
        let piecesOf = owned.map { dealer.pieces(of: $0.chain, hard: hard) }
        let namesOf = piecesOf.map { $0.map(dealer.named) }
        dealer.learn(piecesOf.flatMap { $0 })
        // How many pieces of each section name its own person.
        var ownNaming = [Int: Int]()
        for (k, o) in owned.enumerated() { for names in namesOf[k] where names.contains(o.section) { ownNaming[o.section, default: 0] += 1 } }
        // The persons each section's own text speaks of beside its own (a piece naming both,
        // `曾美华对黄少芬坦言`): a piece naming one of them alone may be that text's too.
        var namesBeside = [Int: Set<Int>]()
        for (k, o) in owned.enumerated() {
            for names in namesOf[k] where names.count > 1 && names.contains(o.section) { namesBeside[o.section, default: []].formUnion(names) }
        }
        var out = [(chain: [Int], section: Int)]()
        var moved = [(piece: [Int], section: Int)]()
        for (k, o) in owned.enumerated() {
            guard dealer.subjects[o.section] != nil else { out.append(o); continue }
            var keep = [Int]()
            var previousWent: Int? = nil
            for (n, piece) in piecesOf[k].enumerated() {
                let names = namesOf[k][n]
                // (A paragraph printed right under the holder's text before it is dealt by a name only.)
                let underHolder = n > 0 && previousWent == nil && printedUnder(piecesOf[k][n - 1].last!, piece[0])
                var target = dealer.target(of: piece, names: names, holder: o.section, previousWent: previousWent, byNameOnly: underHolder)
                if let t = target, names == [t], namesBeside[o.section]?.contains(t) == true { target = nil }
                if target == nil, names.isEmpty, dealer.pronouns(piece).isEmpty, let went = previousWent, n > 0,
                   let end = paras[piecesOf[k][n - 1].last!].last(where: { !ScalarClass.isSpace($0) }).map(ScalarClass.fold),
                   !ScalarClass.isSentenceFinal(end), !ScalarClass.isClosing(end) {
                    target = went
                }
                guard let t = target, n > 0 || (ownNaming[o.section] ?? 0) >= 1 else { keep += piece; previousWent = nil; continue }
                moved.append((piece, t))
                previousWent = t
            }
            if !keep.isEmpty { out.append((keep, o.section)) }
        }
        guard !moved.isEmpty else { return (owned, dealer) }
        // Where each section's header starts (its title or byline, the first printed).
        func headerTop(_ s: Int) -> Int? { ([sections[s].byline?.line].compactMap { $0 } + sections[s].titleLines).min() }
        var opening = [Int: [[Int]]]()
        // (Each section's first and last chain, found once.)
        var firstChain = [Int: Int](), lastChain = [Int: Int]()
        for (k, o) in out.enumerated() {
            if firstChain[o.section] == nil { firstChain[o.section] = k }
            lastChain[o.section] = k
        }
        for (piece, section) in moved {
            if let last = lastChain[section] {
                if let top = headerTop(section), firstLines[piece[0]] < top { opening[section, default: []].append(piece) } else { out[last].chain += piece }
            } else {
                lastChain[section] = out.count
                firstChain[section] = out.count
                out.append((piece, section))
            }
        }
        // (In the order they are printed.)
        for (section, lead) in opening.sorted(by: { $0.key < $1.key }) {
            if let first = firstChain[section] { out[first].chain = lead.sorted { firstLines[$0[0]] < firstLines[$1[0]] }.flatMap { $0 } + out[first].chain }
        }
        return (out, dealer)
    }
}
