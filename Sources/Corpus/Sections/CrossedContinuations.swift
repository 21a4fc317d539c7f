import Foundation

/// Two articles cut at plain words at the foot of their columns, each tail printed under the
/// other's cut (`…推动石漠化治理与乡村旅游产业发展` / `经营等情况。…丰富旅游业态…`, and
/// `…引导村民参与旅游` / `不足等问题，…巩固治理成果…`): the layout reads each cut on into the
/// paragraph right below it, across a blank line, and nothing across either seam says otherwise.
/// The text does: when each tail is clearly about the other article, the two continuations cross.
///
/// Soft continuations qualify (a cut read on into the next paragraph by the layout alone,
/// across a blank line, with no term or word across the seam), and so, in a second pass, do
/// continuations chosen on the layout's score with nothing across the seam (`…限时|退化，…` and
/// `…品种|办理。…`, two magazine columns whose tails were printed the other way round), when each
/// cut's seam with the other's tail was not ruled out either. A tail is the paragraph read on
/// and those after it in its chain up to the next article's header or the next cut (included);
/// each is judged on its rare bigrams against the two articles' texts without the tails in
/// question (`SectionSimilarity`) and must be more than twice as close to the other article and half a
/// point closer (as `TopicalContinuation` asks).
struct CrossedContinuations {
    /// A crossing found: cut `from` goes on with `run`, the tail the layout gave the other cut.
    typealias Join = (from: Int, run: [Int])

    /// Finds pairs among `softCuts` (cut paragraphs read on into the next paragraph by the layout
    /// alone) whose tails are each about the other cut's article, and swaps their tails between
    /// the owned chains. Returns the new continuations, two per pair.
    ///
    /// `scoredCuts` are cuts joined on the layout's score alone (nothing across the seam); such a cut
    /// pairs with another only when `mayCross(cut, head)` allows the other's tail head after it.
    ///
    /// With `pairing` given, only pairs holding one of those cuts are tried.
    static func resolve(softCuts: [Int], scoredCuts: [Int] = [], owned: inout [(chain: [Int], section: Int)], isOwner: [Bool], isCut: [Bool],
                        next: (Int) -> Int? = { _ in nil }, mayCross: (Int, Int) -> Bool = { _, _ in false },
                        pairing: Set<Int> = [], sections: [Section], paras: [[Unicode.Scalar]]) -> [Join] {
        guard softCuts.count + scoredCuts.count >= 2 else { return [] }
        let scored = Set(scoredCuts)
        // Each soft or scored cut in an owned chain: its chain and tail (a cut inside another's tail
        // would move with it: such pairs are left as they are).
        let found = tails(of: softCuts + scoredCuts, head: { scored.contains($0) ? next($0) : $0 + 1 },
                          owned: owned, isOwner: isOwner, isCut: isCut)
        guard found.count >= 2,
              found.contains(where: { f in found.contains { owned[$0.chain].section != owned[f.chain].section } }) else { return [] }
        // (Built once: a page of many soft cuts has many pairs.)
        let stats = statsWithoutTails(found, owned: owned, sections: sections, paras: paras)
        var joins = [Join]()
        var used = Set<Int>()
        for x in found.indices {
            for y in found.indices where y > x && !used.contains(x) && !used.contains(y) {
                let (a, b) = (found[x], found[y])
                // (Two cuts whose continuations cross are printed near each other: within the
                // window a cut's landings are sought in; every pair of a page of thousands of cuts
                // was super-quadratic.)
                guard abs(a.cut - b.cut) <= ReadingOrder.jumpWindow else { continue }
                let sa = owned[a.chain].section, sb = owned[b.chain].section
                guard sa != sb, Set(a.tail).isDisjoint(with: b.tail) else { continue }
                guard pairing.isEmpty || pairing.contains(a.cut) || pairing.contains(b.cut) else { continue }
                // With scored cuts given, only pairs holding one are tried (the soft cuts' own pairs
                // were tried without them); a scored cut takes the other tail only where its seam was
                // not ruled out.
                if !scored.isEmpty {
                    guard scored.contains(a.cut) || scored.contains(b.cut) else { continue }
                    guard mayCross(a.cut, b.tail[0]), mayCross(b.cut, a.tail[0]) else { continue }
                }
                let ta = tailScores(a.tail, own: sa, other: sb, stats, paras, trace: "crossed?")
                let tb = tailScores(b.tail, own: sb, other: sa, stats, paras, trace: "crossed?")
                guard clearly(ta, tb) else { continue }
                swap(a.tail, after: a.cut, in: a.chain, with: b.tail, after: b.cut, in: b.chain, owned: &owned)
                joins.append((a.cut, b.tail))
                joins.append((b.cut, a.tail))
                used.formUnion([x, y])
            }
        }
        return joins
    }

    /// Two cuts of two articles, `a` before `b`, read on into continuations printed the other way
    /// round (`b`'s first: `…就沿湖农田退水` / header / `…储运损耗大、销售渠道` / `污染、旅游旺季…` /
    /// … / `单一、种植技术…`) with nothing across any of the seams: a page of two stacked articles
    /// read column by column prints each continuation in the order of its cut, so the two
    /// continuations cross, unless the cut's seam with the other's tail was ruled out, the first
    /// article's continuation opens a column after a column gap while the second's does not (an
    /// L-shaped or boxed layout), or the text says clearly (as `clearly` asks) that each tail is
    /// about its own article. `cuts` are the cuts
    /// joined so (each to a paragraph opening mid-sentence).
    static func resolveNested(cuts: [Int], owned: inout [(chain: [Int], section: Int)], isOwner: [Bool], isCut: [Bool],
                              next: (Int) -> Int?, mayCross: (Int, Int) -> Bool, columnTop: (Int) -> Bool = { _ in false },
                              sections: [Section], paras: [[Unicode.Scalar]]) -> [Join] {
        let found = tails(of: cuts, head: next, owned: owned, isOwner: isOwner, isCut: isCut)
        guard found.count >= 2 else { return [] }
        var joins = [Join]()
        var used = Set<Int>()
        var stats: SectionSimilarity? = nil
        for x in found.indices {
            for y in found.indices where y != x && !used.contains(x) && !used.contains(y) {
                let (a, b) = (found[x], found[y])
                // Nested: a's cut, b's cut, b's continuation, a's continuation (within the window a
                // cut's landings are sought in).
                guard a.cut < b.cut, b.cut < b.tail[0], b.tail[0] < a.tail[0], a.tail[0] - a.cut <= 2 * ReadingOrder.jumpWindow else { continue }
                let sa = owned[a.chain].section, sb = owned[b.chain].section
                guard sa != sb, a.chain != b.chain, Set(a.tail).isDisjoint(with: b.tail) else { continue }
                guard mayCross(a.cut, b.tail[0]), mayCross(b.cut, a.tail[0]) else { continue }
                // An L-shaped or boxed layout (the first article's continuation at the top of a column,
                // after a column gap, the second's read on below its cut) is printed in that order.
                guard !(columnTop(a.tail[0]) && !columnTop(b.tail[0])) else { continue }
                if stats == nil { stats = statsWithoutTails(found, owned: owned, sections: sections, paras: paras) }
                let ta = tailScores(a.tail, own: sa, other: sb, stats!, paras, trace: "nested?")
                let tb = tailScores(b.tail, own: sb, other: sa, stats!, paras, trace: "nested?")
                // (Kept when each tail is clearly about its own article: `clearly` with the roles turned.)
                guard !clearly((ta.own, ta.other), (tb.own, tb.other)) else { continue }
                swap(a.tail, after: a.cut, in: a.chain, with: b.tail, after: b.cut, in: b.chain, owned: &owned)
                joins.append((a.cut, b.tail))
                joins.append((b.cut, a.tail))
                used.formUnion([x, y])
            }
        }
        return joins
    }

    /// The articles' texts without any of the tails in question, for judging those tails.
    static func statsWithoutTails(_ found: [(cut: Int, chain: Int, tail: [Int])], owned: [(chain: [Int], section: Int)],
                                  sections: [Section], paras: [[Unicode.Scalar]]) -> SectionSimilarity {
        var excluded = [Bool](filled: false, count: paras.count)
        for f in found { for p in f.tail { excluded[p] = true } }
        var sectionParas = [Int: [Int]]()
        for o in owned { sectionParas[o.section, default: []] += o.chain.filter { !excluded[$0] } }
        return SectionSimilarity(sections: sections, paras: paras, owned: sectionParas)
    }

    /// A tail's rare-bigram scores against the other cut's article and its own.
    static func tailScores(_ tail: [Int], own: Int, other: Int, _ stats: SectionSimilarity, _ paras: [[Unicode.Scalar]],
                           trace: String) -> (other: Double, own: Double) {
        var text = [Unicode.Scalar]()
        for p in tail { text += paras[p] }
        let s = stats.scores(of: text, among: [other, own])
        if ReadingOrder.tracing {
            FileHandle.standardError.write("\(trace) \(tail) other \(s[other] ?? 0) own \(s[own] ?? 0)\n".data(using: .utf8)!)
        }
        return (s[other] ?? 0, s[own] ?? 0)
    }

    /// For each cut read on (through `head`) into the next paragraph of its owned chain: the chain
    /// and the cut's tail (the paragraphs after it up to the next header or the next cut, included).
    /// Cuts inside another's tail, or whose tail holds another cut, are left out.
    static func tails(of cuts: [Int], head: (Int) -> Int?, owned: [(chain: [Int], section: Int)],
                      isOwner: [Bool], isCut: [Bool]) -> [(cut: Int, chain: Int, tail: [Int])] {
        var found = [(cut: Int, chain: Int, tail: [Int])]()
        for i in cuts {
            guard let c = owned.firstIndex(where: { $0.chain.contains(i) }) else { continue }
            let chain = owned[c].chain
            let k = chain.firstIndex(of: i)!
            guard let h = head(i), k + 1 < chain.count, chain[k + 1] == h, !isOwner[h] else { continue }
            var tail = [Int]()
            var m = k + 1
            while m < chain.count && !isOwner[chain[m]] {
                tail.append(chain[m])
                if isCut[chain[m]] { break }
                m += 1
            }
            found.append((i, c, tail))
        }
        let cuts = Set(found.map(\.cut)), inTails = Set(found.flatMap(\.tail))
        found.removeAll { f in inTails.contains(f.cut) || f.tail.contains(where: cuts.contains) }
        return found
    }

    /// Whether two tails' scores (against the other cut's article and their own) make a crossing:
    /// each closer to the other article, and together clearly so (the sum of the other articles'
    /// scores more than twice the sum of their own, and a point higher).
    static func clearly(_ a: (other: Double, own: Double), _ b: (other: Double, own: Double)) -> Bool {
        a.other > a.own && b.other > b.own && a.other + b.other > 2 * (a.own + b.own) && a.other + b.other - a.own - b.own >= 1
    }

    /// Puts `tailB` after `cutA` in chain `ca` in place of `tailA`, and `tailA` after `cutB` in
    /// chain `cb` in place of `tailB` (two chains: the two cuts' sections differ).
    static func swap(_ tailA: [Int], after cutA: Int, in ca: Int, with tailB: [Int], after cutB: Int, in cb: Int,
                     owned: inout [(chain: [Int], section: Int)]) {
        func replacing(_ chain: [Int], _ cut: Int, _ old: [Int], _ new: [Int]) -> [Int] {
            let k = chain.firstIndex(of: cut)!
            return Array(chain[...k]) + new + Array(chain[(k + 1 + old.count)...])
        }
        owned[ca].chain = replacing(owned[ca].chain, cutA, tailA, tailB)
        owned[cb].chain = replacing(owned[cb].chain, cutB, tailB, tailA)
    }
}
