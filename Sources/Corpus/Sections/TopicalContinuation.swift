import Foundation

/// A column cut at a plain word (`…并随机走访` / `农牧户了解政策落实情况。检查组建议…草原…`) leaves
/// nothing across the seam to read: no term, no word spanning it. When no continuation was found
/// for such a cut, text the layout left inside another article, or with no article, that is about
/// the cut article's subject and clearly not about its neighbour's is where the sentence goes on.
///
/// Only weak landings qualify: not an article's first paragraph or its opening printed above its
/// title, not one reached by a join or read on from a cut in the line right above it, not an
/// opening (`党的二十大是…`, `审议中，…`, `视察组建议，…`), one the seam scoring did not rule out,
/// holding six Han characters or more. (A paragraph read on across a blank line from a cut the
/// layout alone continued there, `…但也存在旅游配套设施不完善、旅游` / `流程、延长通关时间。`, is a
/// landing: two cuts of two articles often sit that way at the foot of a column.) The landing,
/// with the paragraphs read after it that are no closer to where they are (and not read on from a
/// cut), is judged on its rare bigrams against each article's text without it and without the
/// paragraphs that could go with it (`SectionSimilarity`), and moves only when the cut article's score is more than twice the
/// holder's and half a point higher (as `moveSandwichedPieces` asks); of several, the likeliest
/// seam goes first, then the clearer topic. The paragraphs read after a run that moved go with it
/// while each, judged against the articles' texts without them, is no closer to its holder, up to
/// the last clearly about the cut article; a paragraph joined on to the next takes it along (or
/// stays with it). A landing that opens mid-sentence (`分散、加工转化率低…`)
/// must go on from some cut: when it is the one such landing of one cut and of no other, it moves
/// unless its text is closer to its holder.
///
/// A paragraph the layout read on into from a cut right above it (nothing across the seam) is a
/// landing too when it is interposed: it ends its sentence and the paragraph right below it opens
/// mid-sentence, so the cut may as well go on there (`…巡护装备不足、` / `监督，助力茶产业高质量发展。` /
/// `科研监测力量薄弱等情况。`). It moves alone, only when clearly about the cut article; the caller
/// closes its holder's sentence up around it where the paragraph below is still free (else the
/// holder's cut is left open).
///
/// (Landings come from the seam scoring: paragraphs it did not rule out, and those opening with a
/// sentence's end, `责任。…`, or mid-clause, `情况，梳理出…`, whatever it says of the seam.)
struct TopicalContinuation {
    /// A landing the seam scoring left open for a cut: the paragraph and its score.
    typealias Landing = (para: Int, score: Double)

    /// A join found: cut paragraph `from` goes on with the paragraphs `run` (read in that order).
    typealias Join = (from: Int, run: [Int])

    /// The fewest Han characters a landing's text must hold to be judged.
    static let minimumHan = 6

    /// A chain of paragraphs and the section it is read in: its owner's, or for a chain no header
    /// owns (an orphan) the layout's section of its first paragraph.
    struct Chain {
        var paras: [Int]
        var section: Int
        var orphan: Bool
    }

    /// Finds continuations for the cuts in `cuts` (paragraph indices with no next paragraph) among
    /// their `landings`, and moves each run found out of its chain (owned or orphan, which splits
    /// around it) into the cut's owned chain, right after the cut. `reachedByJoin` rules a
    /// landing out; `readOnFromCut` ends a landing's run.
    static func resolve(cuts: [Int], landings: [Int: [Landing]], owned: inout [(chain: [Int], section: Int)],
                        orphans: inout [[Int]], layoutSection: (Int) -> Int, isOwner: [Bool], opensOwnSentence: (Int) -> Bool,
                        reachedByJoin: (Int) -> Bool, readOnFromCut: (Int) -> Bool, joinedOn: (Int) -> Bool,
                        opensMidSentence: (Int) -> Bool,
                        opensWithLevelOf: (Int, Int, Int) -> Bool = { _, _, _ in false },
                        interposed: (Int) -> Bool = { _ in false },
                        sections: [Section], paras: [[Unicode.Scalar]]) -> [Join] {
        guard !cuts.isEmpty else { return [] }
        var chains = owned.map { Chain(paras: $0.chain, section: $0.section, orphan: false) }
            + orphans.map { Chain(paras: $0, section: layoutSection($0[0]), orphan: true) }
        var sectionOf = DenseIndexMap(keysBelow: paras.count)
        // (Flags, not a set: every owned paragraph of the page was hashed in for a test per cut.)
        var ownedPara = IndexFlags(paras.count, [])
        for c in chains { for p in c.paras { sectionOf[p] = c.section; if !c.orphan { ownedPara.insert(p) } } }
        // Candidates: landings in another article's text, or in none, that nothing vouches for there.
        var candidates = [Int: [Landing]]()
        var considered = Set<Int>()
        let open = Set(cuts)
        for i in cuts where ownedPara.contains(i) {
            let a = sectionOf[i]!
            // (A landing that is a cut of its own keeps its place: its sentence goes on elsewhere.)
            let ok = (landings[i] ?? []).filter { l in
                guard let b = sectionOf[l.para], b != a, !open.contains(l.para) else { return false }
                return !isOwner[l.para] && (!reachedByJoin(l.para) || interposed(l.para))
            }
            // A paragraph that opens a sentence of its own (`审议中，…`, `视察组建议，…`) is left out
            // of the articles' texts like the others, but is no landing. (An interposed paragraph
            // is left out only when it is judged: the others are judged as they were without it.)
            considered.formUnion(ok.filter { !reachedByJoin($0.para) }.map(\.para))
            let landing = ok.filter { !opensOwnSentence($0.para) }
            if !landing.isEmpty { candidates[i] = landing }
        }
        guard !candidates.isEmpty else { return [] }
        // The interposed landings (those a join reaches: the filter above let only interposed ones
        // through), judged against the articles' texts without any of them (one table for all: one
        // per landing made a page of many such paragraphs slow). None is a mid-sentence landing.
        var interposedLandings = Set<Int>()
        for (_, ls) in candidates { for l in ls where reachedByJoin(l.para) { interposedLandings.insert(l.para) } }
        // Each article's owned text without the paragraphs in question.
        var sectionParas = [Int: [Int]]()
        for c in chains where !c.orphan { sectionParas[c.section, default: []] += c.paras.filter { !considered.contains($0) } }
        // (Built when a landing is first judged against it: most are judged without the paragraphs
        // that could go with them, `statsWithout`.)
        var statsFound: SectionSimilarity? = nil
        func stats() -> SectionSimilarity {
            if let found = statsFound { return found }
            let built = SectionSimilarity(sections: sections, paras: paras, owned: sectionParas)
            statsFound = built
            return built
        }
        func scores(_ ps: [Int], _ a: Int, _ b: Int, _ stats: SectionSimilarity) -> (cut: Double, holder: Double) {
            var text = [Unicode.Scalar]()
            for p in ps { text += paras[p] }
            let s = stats.scores(of: text, among: [a, b])
            return (s[a] ?? 0, s[b] ?? 0)
        }
        // (Built once per set of paragraphs left out: several cuts often ask about one landing.)
        var statsLeavingOut = [[Int]: SectionSimilarity]()
        func statsWithout(_ excluded: Set<Int>) -> SectionSimilarity {
            let key = excluded.sorted()
            if let known = statsLeavingOut[key] { return known }
            var left = [Bool](filled: false, count: paras.count)
            for p in excluded { left[p] = true }
            var without = sectionParas
            for (s, ps) in without { without[s] = ps.filter { !left[$0] } }
            let built = SectionSimilarity(sections: sections, paras: paras, owned: without)
            statsLeavingOut[key] = built
            return built
        }
        // The paragraphs read after a run that has moved and that go with it: each judged against
        // the articles' texts without them (in its holder's text, a paragraph is always closest to
        // where it is), while they are no closer to their holder; up to the last clearly about the
        // cut article (`“代表帮我们把茶叶卖上了好价钱。”一位茶农说。…` after `价格保护机制…`).
        func followers(of run: [Int], in chains: [Chain], cut a: Int) -> [Int] {
            guard let c = chains.first(where: { $0.paras.contains(run.last!) }) else { return [] }
            let rest = mayFollow(run.last!, in: c)
            // (Of a chain that no article owns, only the whole rest, below.)
            guard !rest.isEmpty, !c.orphan || c.paras.last == rest.last else { return [] }
            let restStats = statsWithout(Set(rest))
            var taking = 0, noCloser = 0
            for (k, q) in rest.enumerated() {
                // (A paragraph opening with the cut article's level and not its holder's, `市人大常委会
                // 将对询问中提出的问题…` after a 市's run in a 县's column, goes with the run whatever
                // closing formulas it shares with the holder.)
                if opensWithLevelOf(q, a, c.section) { noCloser = k + 1; taking = k + 1; continue }
                let sq = scores([q], a, c.section, restStats)
                guard sq.holder <= sq.cut else { break }
                noCloser = k + 1
                if margin(sq) != nil { taking = k + 1 }
            }
            // The chain's last paragraphs, none closer to their holder, go with the run they were read
            // after: left behind they would follow their holder's text across the moved run.
            if noCloser == rest.count, c.paras.last == rest.last { taking = rest.count } else if c.orphan { return [] }
            guard taking > 0, let closed = closingJoins(run + rest[..<taking], in: c) else { return [] }
            return Array(closed.dropFirst(run.count))
        }
        // The paragraphs read after `p` in chain `c` that may go with it: up to the next header, open
        // cut, paragraph read on from a cut, or paragraph taken.
        func mayFollow(_ p: Int, in c: Chain) -> [Int] {
            var out = [Int]()
            for q in c.paras[(c.paras.firstIndex(of: p)! + 1)...] {
                guard !isOwner[q], !open.contains(q), !readOnFromCut(q), !taken.contains(q) else { break }
                out.append(q)
            }
            return out
        }
        // `run` (paragraphs of chain `c`, in order) with the paragraphs its last one is joined on
        // to, or without its last ones when those cannot go with it; nil when nothing is left.
        func closingJoins(_ run: [Int], in c: Chain) -> [Int]? {
            var run = run
            while let last = run.last, joinedOn(last) {
                let k = c.paras.firstIndex(of: last)! + 1
                if k < c.paras.count, !isOwner[c.paras[k]], !open.contains(c.paras[k]), !taken.contains(c.paras[k]) {
                    run.append(c.paras[k])
                } else {
                    // The whole joined block stays.
                    run.removeLast()
                    while let l = run.last, joinedOn(l) { run.removeLast() }
                    break
                }
            }
            return run.isEmpty ? nil : run
        }
        // Clearly about the cut article: more than twice the holder's score and half a point more.
        func margin(_ s: (cut: Double, holder: Double)) -> Double? {
            s.cut > 2 * s.holder && s.cut - s.holder >= 0.5 ? s.cut - s.holder : nil
        }
        var joins = [Join]()
        var taken = Set<Int>()
        // A landing that opens mid-sentence (`分散、加工转化率低…`) must go on from some cut: when it
        // is the only such landing of one cut and no other cut's, it goes there unless its text is
        // closer to its holder.
        var midLandingsOf = [Int: [Int]](), cutsLandingAt = [Int: Int]()
        for (i, ls) in candidates {
            for l in ls where opensMidSentence(l.para) && !interposedLandings.contains(l.para) {
                midLandingsOf[i, default: []].append(l.para)
                cutsLandingAt[l.para, default: 0] += 1
            }
        }
        func soleMidLanding(_ i: Int, _ p: Int) -> Bool { midLandingsOf[i] == [p] && cutsLandingAt[p] == 1 }
        for i in candidates.keys.sorted() {
            let a = sectionOf[i]!
            var best: (run: [Int], margin: Double, score: Double)? = nil
            for l in candidates[i]! where !taken.contains(l.para) {
                guard let c = chains.first(where: { $0.paras.contains(l.para) }) else { continue }
                let b = c.section
                let isInterposed = interposedLandings.contains(l.para)
                // In an article's chain, only text read after its header: what is read before it is
                // the article's opening printed above its title.
                // (An interposed paragraph is read on from a cut: no opening.)
                if !c.orphan, !isInterposed, !c.paras.prefix(while: { $0 != l.para }).contains(where: { isOwner[$0] }) { continue }
                // The landing and the paragraphs read after it that are no closer to their holder: a
                // short tail (`农牧户了解政策落实情况。`) says little alone, the paragraph after it more.
                // Each judged against the articles' texts without the paragraphs that could go
                // with the landing (in its holder's text, a paragraph is always closest to where it is).
                // (An interposed paragraph goes alone: what follows it is its holder's sentence.)
                let could = isInterposed ? [] : mayFollow(l.para, in: c)
                let landingStats = isInterposed ? statsWithout(interposedLandings) : could.isEmpty || c.orphan ? stats() : statsWithout(Set(could))
                var run = [l.para], lastFavoured = 0
                for q in could {
                    let sq = scores([q], a, b, landingStats)
                    guard sq.holder <= sq.cut else { break }
                    run.append(q)
                    if margin(sq) != nil { lastFavoured = run.count - 1 }
                }
                // (The landing with all the paragraphs no closer to their holder: what a landing that
                // must go on from this cut is judged by.)
                let untilCloser = run
                run = Array(run[...lastFavoured])
                // A paragraph joined on to the next (`…推动人大|代表建议…`) takes that one with it,
                // or stays with it.
                guard let closed = closingJoins(run, in: c) else { continue }
                run = closed
                // A few characters (`情况。`) share a bigram with anything: too little to judge.
                guard run.reduce(0, { $0 + paras[$1].count { ScalarClass.isHan($0) } }) >= minimumHan else { continue }
                let sr = scores(run, a, b, landingStats)
                if ReadingOrder.tracing {
                    FileHandle.standardError.write("topical? \(i)->\(run) \(sr) sections \(a) \(b)\n".data(using: .utf8)!)
                }
                var g = margin(sr)
                if g == nil, soleMidLanding(i, l.para) {
                    // A landing that must go on from this cut goes unless its text is closer to its
                    // holder: judged with the paragraphs read after it that are no closer to their
                    // holder when it alone is (`办理结果评议。一年来…` shares little; `…用好“民情日记”…`
                    // after it tells).
                    if sr.cut > 0 && sr.cut >= sr.holder {
                        g = 0
                    } else if untilCloser.count > run.count, let whole = closingJoins(untilCloser, in: c) {
                        let sw = scores(whole, a, b, landingStats)
                        if ReadingOrder.tracing {
                            FileHandle.standardError.write("topical sole? \(i)->\(whole) \(sw)\n".data(using: .utf8)!)
                        }
                        if sw.cut > 0 && sw.cut >= sw.holder { g = 0; run = whole }
                    }
                }
                guard let g else { continue }
                // The likeliest seam first (the layout and the words across it), then the clearer topic.
                if best == nil || l.score > best!.score || (l.score == best!.score && g > best!.margin) { best = (run, g, l.score) }
            }
            guard var run = best?.run else { continue }
            if !interposedLandings.contains(run[0]) { run += followers(of: run, in: chains, cut: a) }
            // Out of its chain (which splits around the run), into the cut's, after the cut.
            var out = [Chain]()
            for c in chains {
                guard let k = c.paras.firstIndex(of: run[0]) else { out.append(c); continue }
                if k > 0 { out.append(Chain(paras: Array(c.paras[..<k]), section: c.section, orphan: c.orphan)) }
                if k + run.count < c.paras.count {
                    let rest = Array(c.paras[(k + run.count)...])
                    out.append(Chain(paras: rest, section: c.orphan ? layoutSection(rest[0]) : c.section, orphan: c.orphan))
                }
            }
            for k in out.indices where !out[k].orphan {
                if let c = out[k].paras.firstIndex(of: i) { out[k].paras.insert(contentsOf: run, at: c + 1); break }
            }
            chains = out
            for p in run { sectionOf[p] = a; taken.insert(p) }
            joins.append((i, run))
        }
        owned = chains.filter { !$0.orphan }.map { ($0.paras, $0.section) }
        orphans = chains.filter(\.orphan).map(\.paras)
        return joins
    }
}
