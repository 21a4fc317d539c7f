/// An interview's turns dealt into another article's chain. A page that prints an interview
/// (`问：…` / `答：…`, `记者：…`) around a brief (`本报讯（…）…`) leaves the interview's later turns
/// under the brief's header, and the layout reads them on from the brief's last paragraph. A brief
/// has no turns: the turns, and what follows them in that chain, are the interview's, the article
/// whose text holds the page's first turn.
enum InterviewTurns {
    /// `owned` with each such run of turns moved to the interview's section, as a chain of its own
    /// (it reads on after the interview's text: chains of a section keep their page order).
    /// A fragment right before the run (`直达常委会会议。`) goes with it when it opens no sentence of
    /// its own and the interview's text ends cut (`…让群众的声音`): the rest of that sentence.
    /// `isOwner` marks a header's first paragraph; `hard` a join to the chain's next paragraph;
    /// `endsCut` a paragraph ending mid-sentence. A sidebar printed right under the interview's
    /// last paragraph (`【相关链接】` / `威宁…自治县成立于 1954 年，…`, `underSidebarLead`) is the
    /// interview's too, whichever article's header it was printed under.
    static func move(_ owned: [(chain: [Int], section: Int)], paras: [[Unicode.Scalar]], isOwner: [Bool], hard: [Bool],
                     endsCut: [Bool], underSidebarLead: [Bool]) -> [(chain: [Int], section: Int)] {
        // Each owned paragraph's turn label (`问`, `记者`, `钱国平`), nil for none; pages without two
        // turns are left at once (most pages).
        var label = [Int: ArraySlice<Unicode.Scalar>]()
        for o in owned { for p in o.chain { if let l = turnLabel(paras[p]) { label[p] = l } } }
        guard label.count >= 2 else { return owned }
        let isTurn = { (p: Int) in label[p] != nil }
        // The interview: the section holding the page's first turn.
        guard let first = label.keys.min(), let interview = owned.first(where: { $0.chain.contains(first) })?.section else { return owned }
        // The labels the interview's turns use: a run moved must speak with one of them, or with a
        // questioner's role (`问`, `答`, `记者`), not a name of its own (a box of voices, `张三：…`).
        var labels = Set<[Unicode.Scalar]>()
        for o in owned where o.section == interview { for p in o.chain { if let l = label[p] { labels.insert(Array(l)) } } }
        let interviewEndsCut = owned.contains { o in
            o.section == interview && o.chain.last.map { endsCut[$0] } == true
        }
        var out = owned
        var moved = [(chain: [Int], section: Int)]()
        for k in owned.indices where owned[k].section != interview {
            let c = owned[k].chain
            guard isOwner[c[0]], !isTurn(c[0]), let m = c.firstIndex(where: isTurn), m >= 1, let l = label[c[m]],
                  labels.contains(Array(l)) || SentenceOpening.turnRoles.contains(where: { l.elementsEqual($0) }) else { continue }
            // (A section with turns in another chain of its own is an interview too: left alone.)
            if owned.contains(where: { o in o.section == owned[k].section && o.chain[0] != c[0] && o.chain.contains(where: isTurn) }) { continue }
            var from = m
            let lead = c[m - 1]
            if m >= 2, interviewEndsCut, !hard[c[m - 2]], !hard[lead], !endsCut[lead], !isOwner[lead],
               ReadingOrder.openingCue(paras[lead]) == 0, !SentenceOpening.opensWithAdverbial(paras[lead][...]),
               ReadingOrder.secondSentence(paras[lead]).isEmpty {
                from = m - 1
            }
            // (Not a run joined into from the brief's text: that text goes on there.)
            guard !hard[c[from - 1]] else { continue }
            out[k].chain = Array(c[..<from])
            moved.append((Array(c[from...]), interview))
        }
        out += moved
        // A sidebar printed right under the interview's text, a chain of another section of its own.
        for k in out.indices where out[k].section != interview {
            let f = out[k].chain[0]
            guard f >= 1, underSidebarLead[f], out.contains(where: { $0.section == interview && $0.chain.last == f - 1 }) else { continue }
            out[k].section = interview
        }
        return out
    }

    /// The speaker's label of a paragraph opening with an interview's turn (`问：…` → `问`), nil otherwise.
    static func turnLabel(_ t: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
        guard SentenceOpening.opensWithTurn(t), let colon = t.prefix(12).firstIndex(where: { ScalarClass.fold($0) == ":" }) else { return nil }
        return t[..<colon]
    }
}
