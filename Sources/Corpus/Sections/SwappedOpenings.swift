import Foundation

/// Two articles whose openings the layout dealt to each other's headers. On a spread printed out of
/// order, article A's text may open the page above every header (`道真是全国仅有的两个…自治县之一…`)
/// and run on under B's header, while B's text opens under A's header (`务川是“仡佬之源”…`): each
/// chain is given to the header it sits under. When each of the two chains opens with a first
/// sentence naming the other's place and no own, and neither names its holder's place anywhere,
/// the chains change holders.
enum SwappedOpenings {
    /// `owned`'s chains with every such pair's holders exchanged. `stems` are the sections' place
    /// stems (`道真`); `isOwner` marks a header's first paragraph (and the page's opening text).
    static func swap(_ owned: [(chain: [Int], section: Int)], paras: [[Unicode.Scalar]], isOwner: [Bool],
                     stems: [[Unicode.Scalar]?],
                     aboveFirstHeader: (Int) -> Bool = { _ in false }) -> [(chain: [Int], section: Int)] {
        guard owned.count >= 2 else { return owned }
        // Each section's one chain opened by an owner (a section with two has no one opening).
        var opening = [Int: Int]()
        var several = Set<Int>()
        for (k, o) in owned.enumerated() where isOwner[o.chain[0]] {
            if opening[o.section] != nil { several.insert(o.section) } else { opening[o.section] = k }
        }
        for s in several { opening[s] = nil }
        guard opening.count >= 2 else { return owned }
        // The one other section each opening's first sentence names, when it names no own place.
        var names = [Int: Int]()
        for (s, k) in opening {
            guard s < stems.count, let own = stems[s], !own.isEmpty else { continue }
            let first = ReadingOrder.firstSentence(paras[owned[k].chain[0]])
            guard !ReadingOrder.namesPlace(first, stem: own) else { continue }
            let named = opening.keys.filter { t in
                guard t != s, t < stems.count, let other = stems[t], !other.isEmpty, other != own else { return false }
                return ReadingOrder.namesPlace(first, stem: other)
            }
            if named.count == 1 { names[s] = named[0] }
        }
        var out = owned
        for (a, b) in names where a < b && names[b] == a {
            let ka = opening[a]!, kb = opening[b]!
            // (Neither chain names its holder's place anywhere: each is the other's text.)
            let holdsOwn = { (k: Int, s: Int) in owned[k].chain.contains { ReadingOrder.namesPlace(paras[$0], stem: stems[s]!) } }
            guard !holdsOwn(ka, a), !holdsOwn(kb, b) else { continue }
            // (And the page is printed out of order: one of the two opens above every header. Two
            // articles printed in order, each under its own header, may each open with the other's
            // place: a visit returned, a neighbour compared, the prefecture's meeting held there.)
            guard aboveFirstHeader(owned[ka].chain[0]) || aboveFirstHeader(owned[kb].chain[0]) else { continue }
            out[ka].section = b
            out[kb].section = a
        }
        return out
    }
}
