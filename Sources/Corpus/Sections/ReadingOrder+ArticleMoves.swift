import Foundation

extension ReadingOrder {
    /// A byline and its head printed away from the title over the article's rest (`本报讯（记者 …）近日，
    /// 萧县人大常委会组织部分县人` … `萧县人大常委会调研农村养老服务工作` / `大代表，深入乡镇敬老院…`): when
    /// a chain holds the first paragraphs of a section with a byline and no title and of one with a
    /// title and no byline, only joins link them (no place to cut that is not a seam read on), the
    /// last of them splits a term, and the head names the title's place if it names one, the two
    /// are one article. Returns the section to absorb and the one it goes into (the titled one);
    /// nil otherwise.
    static func oneArticle(_ c: [Int], from: Int, to: Int, a: Int, b: Int, hard: [Bool], sections: [Section],
                           texts: [[Unicode.Scalar]], stems: [[Unicode.Scalar]?]) -> (Int, Int)? {
        guard c[from..<to].allSatisfy({ hard[$0] }) else { return nil }
        func head(_ s: Int) -> Bool { sections[s].title == nil && sections[s].byline != nil }
        func titled(_ s: Int) -> Bool { sections[s].title != nil && sections[s].byline == nil && sections[s].footer == nil }
        // (The head read first: the chain goes from its text into the titled rest.)
        guard head(a) && titled(b) else { return nil }
        let pair = (a, b)
        // Only where the seam into the titled text splits a term (`…组织部分县人|大代表，`, `…人大常|委会`):
        // text that opens with a whole word (`人大代表是…`, `代表们表示…`) may open an article of its own,
        // and a head whose rest is on another page is often joined there.
        let into = c[to], cut = c[to - 1]
        let terms = SeamTerms.shared
        guard terms.continues(terms.cutOpeningsBeforeLongRest(atEndOf: Array(texts[cut].suffix(16))), Array(texts[into].prefix(16))) else {
            return nil
        }
        // And the head names the titled article's place, when the title names one (`近日，萧县人大常委会…`
        // under `萧县人大常委会调研…`; not `砀山县…` or `烈山区…`).
        if let stem = stems[pair.1] {
            var head = [Unicode.Scalar]()
            for p in c[from..<to] { head += texts[p] }
            guard ReadingOrder.namesPlace(head.map(ScalarClass.fold), stem: stem) else { return nil }
        }
        return pair
    }

    /// Moves each absorbed section's byline, office, footer and what text it still holds into the
    /// section it goes into (`oneArticle`), and drops it.
    static func mergeHeads(_ sections: inout [Section], _ mergedInto: [Int: Int]) {
        for (absorbed, into) in mergedInto.sorted(by: { $0.key < $1.key }) {
            let h = sections[absorbed]
            sections[into].byline = h.byline
            sections[into].authors = h.authors
            if sections[into].office == nil { sections[into].office = h.office }
            if sections[into].provinceHint == nil { sections[into].provinceHint = h.provinceHint }
            if sections[into].footer == nil { sections[into].footer = h.footer }
            sections[into].body += h.body
            sections[into].captionLines += h.captionLines
            sections[into].subheadLines += h.subheadLines
        }
        for absorbed in mergedInto.keys.sorted(by: >) { sections.remove(at: absorbed) }
    }

    /// Moves soft-linked pieces of owned chains to the section whose text they continue: an
    /// enumeration (二是… after that section's 一是…), or a parallel frame (坚持依法履职，在…彰显… beside
    /// that section's 坚持忠诚履职，在…彰显…) when their own section shows no such frame.
    static func moveEnumerationPieces(_ owned: [(chain: [Int], section: Int)], paras: [[Unicode.Scalar]],
                                      hard: [Bool], isOwner: [Bool], places: PlaceSeam = PlaceSeam(gazetteer: nil),
                                      generic openings: GenericOpenings, levels: [Unicode.Scalar?] = [],
                                      uncut: Bool = false) -> [(chain: [Int], section: Int)] {
        // A frame moves a piece only to another section: with one section no piece needs the index
        // (built on first need, as most pieces are not tested).
        let severalSections = Set(owned.map(\.section)).count > 1
        var frames: FrameIndex? = nil
        var ordinals = [Int: Set<Int>]()
        for o in owned { for p in o.chain { ordinals[o.section, default: []].formUnion(SectionSimilarity.enumerationOrdinals(paras[p])) } }
        var stops = EnumerationStops(ordinals)
        // (Paragraphs moved to the list they go on with: no longer their first section's.)
        var moved = Set<Int>()
        // Each owned chain's pieces with the section each goes to (nil: stays), decided first: two
        // pieces moved into each other's sections by their frame with each other are decided after.
        var decided = [[(piece: [Int], target: Int?, byFrame: Bool)]]()
        for o in owned {
            let pieces = ReadingOrder.softLinkedPieces(o.chain, hard: hard)
            var choices = [(piece: [Int], target: Int?, byFrame: Bool)]()
            // A list point's subhead moved (`二、在规范运行上下功夫`) takes the text printed right under it,
            // paragraph after paragraph, up to the next point or header.
            var carried: (target: Int, last: Int)? = nil
            for piece in pieces {
                var text = [Unicode.Scalar]()
                for p in piece { text += paras[p] }
                let own = SectionSimilarity.enumerationOrdinals(text)
                if let c = carried, piece[0] == c.last + 1, ReadingOrder.listMarker(text) == nil, !piece.contains(where: { isOwner[$0] }) {
                    choices.append((piece, c.target, false))
                    for p in piece { moved.insert(p) }
                    carried = (c.target, piece.last!)
                    continue
                }
                carried = nil
                if !piece.contains(where: { isOwner[$0] }), let first = SectionSimilarity.leadingOrdinal(text, ordinals: own), EnumerationStops.counts(first),
                   !(ordinals[o.section] ?? []).subtracting(own).contains(first - 1) {
                    if let target = stops.sole(before: first, besides: o.section) {
                        choices.append((piece, target, false))
                        if piece.count == 1, ReadingOrder.isPointSubhead(text) { carried = (target, piece[0]) }
                        // (The list goes on there: its next point, printed after this one, follows it,
                        // `3.…` after `2.…`, when this section holds no other point before it.)
                        for p in piece { moved.insert(p) }
                        let before = (ordinals[target] ?? [], ordinals[o.section] ?? [])
                        ordinals[target, default: []].formUnion(own)
                        var rest = Set<Int>()
                        for other in owned where other.section == o.section {
                            for p in other.chain where !moved.contains(p) { rest.formUnion(SectionSimilarity.enumerationOrdinals(paras[p])) }
                        }
                        ordinals[o.section] = rest
                        stops.update(target, from: before.0, to: ordinals[target] ?? [])
                        stops.update(o.section, from: before.1, to: rest)
                        continue
                    }
                }
                // No frame of two places or more with its own section's other text, and one of three
                // or more with exactly one other section's.
                if severalSections, !piece.contains(where: { isOwner[$0] }), let f = piece.first {
                    if frames == nil { frames = FrameIndex(paras: paras, openings: openings, owned: owned) }
                    let sortedPiece = piece.sorted()
                    let own = frames!.sections(framing: f, minimum: 2, among: .only(o.section), excluding: sortedPiece, limit: 1)
                    let strong = own.isEmpty ? frames!.sections(framing: f, minimum: 3, among: .allBut(o.section), excluding: sortedPiece, limit: 2) : []
                    // A piece naming a county its own section's text names and the other's does not
                    // (`台江县人大常委会有关负责人表示，…` beside `从江县人大常委会有关负责人说，…`)
                    // shares a formula, not a frame.
                    // So does one opening with its own section's level alone (`县人大常委会将…` in a 县's
                    // item beside `市人大常委会将…` in a 市's).
                    // On a page with no cut, the frame must come with a shared opening of two characters.
                    let opensAlike = { !uncut || owned.contains { t in
                        t.section == strong.first && t.chain.contains { q in
                            paras[q].count >= 2 && paras[f].count >= 2 && paras[q].prefix(2).elementsEqual(paras[f].prefix(2))
                                && frames!.frame(f, q) >= 3
                        }
                    } }
                    // (Not a list's first point, `1.关于…`, to a section whose points go on from it, `2.…`,
                    // `3.…`: those go on from this one.)
                    let opensListThere = {
                        guard let m = ReadingOrder.listMarker(paras[f]), m.value == 1 else { return false }
                        return (ordinals[strong[0]] ?? []).contains(SectionSimilarity.listOrdinal(2, style: m.style))
                    }
                    if strong.count == 1 && !opensListThere() && opensAlike() && !places.namesOwnCounty(piece, own: o.section, other: strong[0], owned: owned, paras: paras)
                        && !ReadingOrder.opensWithOwnLevel(paras[f], own: o.section, other: strong[0], levels: levels) {
                        choices.append((piece, strong[0], true))
                        continue
                    }
                }
                choices.append((piece, nil, false))
            }
            decided.append(choices)
        }
        // Two pieces moved into each other's sections by their frame with each other alone
        // (`县人大常委会主要负责人表示…` and `会上，常委会组成人员…`: 常委会 in the same places) say that
        // they are alike, not which article either belongs to: both stay.
        var framed = [(o: Int, k: Int)]()
        for (o, choices) in decided.enumerated() { for (k, c) in choices.enumerated() where c.byFrame { framed.append((o, k)) } }
        var stays = Set<[Int]>()
        for (x, a) in framed.enumerated() {
            for b in framed[(x + 1)...] {
                let pa = decided[a.o][a.k], pb = decided[b.o][b.k]
                guard pa.target == owned[b.o].section, pb.target == owned[a.o].section,
                      frames!.frame(pa.piece[0], pb.piece[0], strict: true) >= 3 else { continue }
                // (Unless either also frames other text of the section it goes to.)
                let both = (pa.piece + pb.piece).sorted()
                let elsewhere = [(pa, owned[b.o].section), (pb, owned[a.o].section)].contains { p, t in
                    !frames!.sections(framing: p.piece[0], minimum: 3, among: .only(t), excluding: both, limit: 1).isEmpty
                }
                if elsewhere { continue }
                stays.insert(pa.piece)
                stays.insert(pb.piece)
            }
        }
        var out = [(chain: [Int], section: Int)]()
        for (o, choices) in decided.enumerated() {
            var keep = [Int]()
            for c in choices {
                if let t = c.target, !stays.contains(c.piece) { out.append((c.piece, t)) } else { keep += c.piece }
            }
            if !keep.isEmpty { out.append((keep, owned[o].section)) }
        }
        return out
    }

    /// Whether `t` is a list point's subhead: it opens with a marker (`二、`, `（三）`, `2.`), is short
    /// (twenty characters at most) and ends no sentence (`二、在规范运行上下功夫`).
    static func isPointSubhead(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count <= 20, ReadingOrder.listMarker(t) != nil else { return false }
        return !t.contains { ScalarClass.isSentenceFinal(ScalarClass.fold($0)) || ScalarClass.fold($0) == "," }
    }

    /// A chain cut at its soft links: runs of paragraphs hard-joined to each other, in chain order.
    static func softLinkedPieces(_ chain: [Int], hard: [Bool]) -> [[Int]] {
        var pieces = [[Int]]()
        var cur = [Int]()
        for (k, p) in chain.enumerated() {
            cur.append(p)
            if k + 1 < chain.count && !hard[p] { pieces.append(cur); cur = [] }
        }
        if !cur.isEmpty { pieces.append(cur) }
        return pieces
    }

    /// Moves a soft-linked piece of an owned chain whose first sentence names another section's
    /// place (`新征程上，民和县人大常委会将…`) and which never names its holder's, when the holder's
    /// other text names its own place: that section's text printed among the holder's, with no
    /// cut to show it. It goes to the end of that section's text (wherever it was printed).
    ///
    /// So does the page's opening text, printed above every header and so given to the first
    /// (`察右中旗地处阴山北麓…` above the headers of a 察右前旗 and a 察右中旗 article): it goes to the
    /// front of the section whose place its first sentence names.
    static func movePlacePieces(_ owned: [(chain: [Int], section: Int)], paras: [[Unicode.Scalar]], hard: [Bool],
                                isOwner: [Bool], stems: [[Unicode.Scalar]?],
                                aboveFirstHeader: (Int) -> Bool = { _ in false },
                                underFurnitureOnly: (Int) -> Bool = { _ in false },
                                interruptsCut: (Int) -> Bool = { _ in false }) -> [(chain: [Int], section: Int)] {
        guard Set(owned.map(\.section)).count > 1 else { return owned }
        // (Built on first need: most pages have no piece to ask about.)
        var lookup: PlaceStemLookup?
        var out = [(chain: [Int], section: Int)]()
        var moved = [(piece: [Int], section: Int)]()
        var leading = [(piece: [Int], section: Int)]()
        // Whether a section's text below the first header names its own place (for the opening's move).
        var namesOwnBelow = Set<Int>()
        // And the chains that name it (anywhere), by their first paragraph.
        var namingChains = [Int: Set<Int>]()
        for o in owned {
            guard o.section < stems.count, let own = stems[o.section] else { continue }
            // (Each paragraph asked once.)
            var naming = false
            for p in o.chain where ReadingOrder.namesPlace(paras[p], stem: own) {
                naming = true
                if !aboveFirstHeader(p) { namesOwnBelow.insert(o.section); break }
            }
            if naming { namingChains[o.section, default: []].insert(o.chain[0]) }
        }
        func namesOwnAnywhere(_ section: Int, besides chain: [Int]) -> Bool {
            namingChains[section].map { !$0.subtracting([chain[0]]).isEmpty } ?? false
        }
        for o in owned {
            guard o.section < stems.count, let own = stems[o.section] else { out.append(o); continue }
            let pieces = ReadingOrder.softLinkedPieces(o.chain, hard: hard)
            // Which pieces name the holder's place (once per chain: asked of every piece).
            let namesOwn = pieces.map { piece in piece.contains { ReadingOrder.namesPlace(paras[$0], stem: own) } }
            let naming = namesOwn.filter { $0 }.count
            var keep = [Int]()
            // (The opening's pieces printed above every header, the first naming the place.)
            var lead = 0
            while lead < pieces.count && aboveFirstHeader(pieces[lead][0]) && !namesOwn[lead] { lead += 1 }
            var first = 0
            if lead > 0, namesOwnBelow.contains(o.section) {
                if lookup == nil { lookup = PlaceStemLookup(stems: stems) }
                // (Its first sentence, or a second about a place after a general first, `…。宕昌县地处…`.)
                let opening = ReadingOrder.openingPlaces(paras[pieces[0][0]], lookup: lookup!, stems: stems)
                let targets = opening.sections.filter { $0 != o.section && stems[$0] != own }
                if targets.count == 1 { leading.append((pieces[..<lead].flatMap { $0 }, targets[0])); first = lead }
            }
            // A chain that owns its section only as the text under a running head or a page's foot
            // (no title or byline over it) and never names the section's place, while the
            // section's other text does: its opening may name its own article as the one acting
            // (`站在新的起点上，两当县人大常委会将继续…` under `陇南人大　2023年第4期`, in 西和's column).
            // (Only a piece printed inside a cut of the section's text, between the cut and its rest:
            // one under a paragraph that ended its sentence may be the section's own next one, and
            // a sentence in the first person, `下一步，我们将联合宾川县人大常委会…`, is the writer's.)
            if first == 0, naming == 0, namesOwnAnywhere(o.section, besides: o.chain),
               pieces[0].allSatisfy({ !isOwner[$0] || underFurnitureOnly($0) }),
               interruptsCut(pieces[0][0]) || !pieces[0].contains(where: { isOwner[$0] }) {
                if lookup == nil { lookup = PlaceStemLookup(stems: stems) }
                let text = paras[pieces[0][0]]
                let opening = ReadingOrder.openingPlaces(text, lookup: lookup!, stems: stems)
                let targets = opening.sections.filter { $0 != o.section && stems[$0] != own }
                if targets.count == 1, ReadingOrder.namesAsActing(text, stem: stems[targets[0]], inSecondSentence: opening.secondSentence) {
                    moved.append((pieces[0], targets[0]))
                    first = 1
                }
            }
            for (n, piece) in pieces.enumerated() where n >= first {
                guard n > 0, !namesOwn[n], naming > 0, !piece.contains(where: { isOwner[$0] }) else { keep += piece; continue }
                if lookup == nil { lookup = PlaceStemLookup(stems: stems) }
                var targets = ReadingOrder.openingPlaces(paras[piece[0]], lookup: lookup!, stems: stems).sections.filter { $0 != o.section && stems[$0] != own }
                // (A piece of whole sentences: one ending mid-sentence goes on in the paragraph after.
                // Each other section's stem sought in it directly: no table of stems to hash.)
                if targets.isEmpty, paras[piece[piece.count - 1]].last(where: { !ScalarClass.isSpace($0) }).map({ ScalarClass.isSentenceFinal($0) || ScalarClass.isClosing($0) }) ?? false {
                    targets = stems.indices.filter { t in
                        guard t != o.section, let stem = stems[t], stem != own else { return false }
                        return piece.contains { ReadingOrder.namesOwnBareStem(paras[$0], stem: stem) }
                    }
                }
                if targets.count == 1 { moved.append((piece, targets[0])) } else { keep += piece }
            }
            if !keep.isEmpty { out.append((keep, o.section)) }
        }
        // Each section's last chain holding an owner, found once.
        var ownerChain = [Int: Int]()
        for (k, c) in out.enumerated() where c.chain.contains(where: { isOwner[$0] }) { ownerChain[c.section] = k }
        for (piece, section) in moved {
            if let k = ownerChain[section] {
                out[k].chain += piece
            } else {
                out.append((piece, section))
            }
        }
        for (piece, section) in leading {
            if let k = ownerChain[section] { out[k].chain = piece + out[k].chain } else { out.append((piece, section)) }
        }
        return out
    }

    /// Pieces the layout places between two sections. A piece of an owned chain that it reaches only
    /// through a doubtful continuation (a cut paragraph whose next paragraph merely sits below it: no
    /// text evidence across the seam) and that sits right above another section's text in the same
    /// fragment could belong to either: it goes to the section below when its text is clearly closer
    /// to it (rare shared bigrams), and otherwise stays where the layout put it.
    static func moveSandwichedPieces(_ owned: [(chain: [Int], section: Int)], doubtful: IndexFlags, isOwner: [Bool],
                                     fragments: [Int], sections: [Section], paras: [[Unicode.Scalar]]) -> [(chain: [Int], section: Int)] {
        var sectionOf = DenseIndexMap(keysBelow: paras.count)
        for o in owned { for p in o.chain { sectionOf[p] = o.section } }
        var out = [(chain: [Int], section: Int)]()
        var candidates = [(piece: [Int], section: Int, below: Int)]()
        for o in owned {
            // Split after each doubtful continuation; a tail piece holding no owner is a candidate.
            var runs = [[Int]]()
            for (k, p) in o.chain.enumerated() {
                if k > 0 && !doubtful.contains(o.chain[k - 1]) { runs[runs.count - 1].append(p) } else { runs.append([p]) }
            }
            var keep = [Int]()
            for (r, run) in runs.enumerated() {
                let last = run.last!
                let below = last + 1
                if r > 0, !run.contains(where: { isOwner[$0] }), below < paras.count, fragments[below] == fragments[last],
                   let b = sectionOf[below], b != o.section {
                    candidates.append((run, o.section, b))
                } else {
                    keep += run
                }
            }
            if !keep.isEmpty { out.append((keep, o.section)) }
        }
        guard !candidates.isEmpty else { return owned }
        var sectionParas = [Int: [Int]]()
        for o in out { sectionParas[o.section, default: []] += o.chain }
        let stats = SectionSimilarity(sections: sections, paras: paras, owned: sectionParas)
        for c in candidates {
            var text = [Unicode.Scalar]()
            for p in c.piece { text += paras[p] }
            let scores = stats.scores(of: text, among: [c.section, c.below])
            // The layout's placement stands unless the text is clearly closer to the section below
            // (twice the score and half a point more, as `bestSection` asks a clear margin too).
            let own = scores[c.section] ?? 0, lower = scores[c.below] ?? 0
            let best = lower > 2 * own && lower - own >= 0.5 ? c.below : c.section
            if ReadingOrder.tracing {
                FileHandle.standardError.write("sandwiched \(c.piece) \(c.section)|\(c.below) -> \(best) \(scores[c.section] ?? 0) \(scores[c.below] ?? 0)\n".data(using: .utf8)!)
            }
            out.append((c.piece, best))
        }
        return out
    }

    /// A line printed apart that repeats words of a paragraph on the page (`留得住乡愁、留得住游客`,
    /// from `…让古镇留得住乡愁、留得住游客。`) is a pull quote: whole as printed, though it ends without
    /// punctuation, so no cut. One line of six to twenty-four characters with a blank line above
    /// and below it (not a line of a wrapped column: `…全面建设社会主义现代化国家、全面推进中华民族伟大复兴`
    /// is every article's formula), no sentence or clause punctuation but `、`, found in another
    /// paragraph.
    static func isPullQuote(_ i: Int, seam: [[Unicode.Scalar]], paras: [Para], source: SourceText) -> Bool {
        let t = seam[i]
        guard paras[i].unit.pieces.count == 1, t.count >= 6, t.count <= 24,
              ReadingOrder.printedApart(paras[i].unit.firstLine, source),
              !t.contains(where: { let f = ScalarClass.fold($0); return ScalarClass.isSentenceFinal(f) || f == "," || f == ":" }) else { return false }
        // (Its article's text is near it: the paragraphs within the jump window, so that a file of
        // thousands of short lines stays linear.)
        let window = max(0, i - jumpWindow)..<min(seam.count, i + jumpWindow + 1)
        return window.contains { j in j != i && seam[j].count > t.count && PersonName.contains(seam[j], t) }
    }

    /// Whether source line `n` has a blank line (or the file's edge) above and below it.
    static func printedApart(_ n: Int, _ source: SourceText) -> Bool {
        func blank(_ k: Int) -> Bool {
            guard k >= 1 && k <= source.lineCount else { return true }
            return source.scalars[source.lineRange(k)].allSatisfy { ScalarClass.isSpace($0) }
        }
        return blank(n - 1) && blank(n + 1)
    }

    /// A header's first paragraph (chain position `k`) that a join reaches from another section's
    /// text, so opening mid-sentence (`…国家级非物质文化遗产，` | `但近年来也存在…问题。`), is that
    /// text's end, printed under the header after a column jump. The article's own text starts at
    /// the first paragraph after it, in the chain and under the same header, that opens like an
    /// article (`7月中旬，江阴市人大常委会…`), more than the landing does (its `近年来` is the middle of
    /// a sentence), one whose first sentence names the header's place first of several; or, when none does, the first after a run that goes on with the other article's
    /// parallel openings (`坚持党的领导，…组织人` | `大代表…`, `坚持人民至上，…`, `坚持守正创新，…`, then
    /// `学习贯彻…`): that run is the other article's list printed under the header; or the first after
    /// the last paragraph of the run that names the other article's place (`…力开创商城人大工作新局面。`);
    /// or the first whose first sentence names a county that nothing before it in the chain names,
    /// when nothing in the run names the other article's place (`在浦江县，“民生议事堂”已经成为…`, or
    /// by its short name, the full one later in the paragraph: `封开是…。…封开县人大常委会…`).
    /// Empty when none.
    /// (`afterList`: found by the run's openings or places, so that the places may decide whether the
    /// run is the other's. The caller cuts the chain right before the opening it takes.)
    /// The candidates in that order, at most one of each kind: the caller takes the first whose moved
    /// text reads as the other article's.
    /// (The run's openings and places are asked only when the landing opens mid-sentence or text
    /// reads on across the seam, `landingMidText`: `…组织人` | `大代表…`; a weak join onto a whole
    /// sentence, `…等方面` | `党的二十大是…`, proves no run.)
    static func ownOpeningAfterLandedOwner(_ c: [Int], _ k: Int, paras: [Para], texts: [[Unicode.Scalar]], hard: [Bool],
                                           landingMidText: Bool, stems: [[Unicode.Scalar]?], headerStems: [[Unicode.Scalar]?],
                                           sections: [Section],
                                           leadCounty: (Int) -> [Unicode.Scalar]?) -> [(position: Int, afterList: Bool, parallelRun: Bool)] {
        var found = [(position: Int, afterList: Bool, parallelRun: Bool)]()
        let landing = c[k], section = paras[landing].layoutSection, stem = stems[section]
        // The text joined from is another article's when the chain holds that article's owner
        // before it and it does not open like an article: a cut paragraph that does (`近日，县人大
        // 常委会…践行全过程`) is the header's own lead printed above it.
        // Nor when the cut or the landing names the header's place (`民和回族土族自治县地处…，践行全过程|`,
        // `人民民主。视察组先后深入陵川县…`).
        // (Paragraph texts are folded already.)
        // (The place the header names itself: an office a footer gave may be another article's, printed
        // under this header on a scrambled page.)
        let headerStem = headerStems[section]
        func namesPlace(_ p: Int) -> Bool { headerStem.map { ReadingOrder.namesPlace(texts[p], stem: $0) } ?? false }
        // `o`: the other article's owner, the last before the landing.
        // (A cut paragraph read on from the other article's own lead, its second, opens as it may:
        // `党的二十大报告对…作出全面部署。汶川县人` after `汶川是…`.)
        let secondOfOther = k >= 2 && !hard[c[k - 2]] && paras[c[k - 2]].owned && paras[c[k - 2]].layoutSection == paras[c[k - 1]].layoutSection
        // (Nor when the cut paragraph quotes the other article's title, `两年来，全县共建成“民情议事坪”…` under
        // `边关村寨的“民情议事坪”`, and not the header's: it goes on with that article.)
        // (Not a paragraph opening with a time, `近年来，我们…`: that is how the header's own lead opens.)
        func quotesOthersTitle(_ p: Int) -> Bool {
            let other = paras[p].layoutSection
            guard other < sections.count, section < sections.count else { return false }
            return quotesTitle(of: sections[other], notOf: sections[section], in: texts[p]) && openingCue(Array(texts[p].prefix(5))) < 1
        }
        guard paras[c[k - 1]].layoutSection != section, secondOfOther || openingCue(texts[c[k - 1]]) < 1 || quotesOthersTitle(c[k - 1]),
              !namesPlace(c[k - 1]), !namesPlace(landing),
              let o = c[..<k].lastIndex(where: { paras[$0].owned && paras[$0].layoutSection != section }) else { return [] }
        let landingCue = openingCue(texts[landing])
        // (Of two that open so, one whose first sentence, or the scene after its opening quotation,
        // names the header's place (`“幼儿园离家近了…。”6月初，临洮县…`) before one that names none
        // (`今年以来，各联络站共接待…`: the other article's text going on).)
        func leadNamesHeader(_ p: Int) -> Bool {
            guard let own = headerStem ?? stem else { return false }
            return firstSentenceNames(texts[p], own) || sceneAfterOpeningQuote(texts[p]).map { firstSentenceNames(Array($0), own) } == true
        }
        var m = k + 1
        var firstOpening: Int? = nil
        while m < c.count, !hard[c[m - 1]], paras[c[m]].layoutSection == section, !paras[c[m]].owned {
            if openingCue(texts[c[m]]) >= max(1, landingCue + 0.5) {
                if leadNamesHeader(c[m]) { firstOpening = m; break }
                if firstOpening == nil { firstOpening = m }
            }
            m += 1
        }
        if let f = firstOpening { found.append((f, false, false)) }
        guard landingMidText else { return found }
        // The other article's paragraphs before the cut, whose openings its list repeats.
        let others = c[o..<k]
        m = k + 1
        while m < c.count, !hard[c[m - 1]], paras[c[m]].layoutSection == section, !paras[c[m]].owned {
            if !others.contains(where: { parallel(texts[$0], texts[c[m]]) > 0 || parallelFrame(texts[$0], texts[c[m]]) }) {
                if m > k + 1 { found.append((m, true, true)) }
                break
            }
            m += 1
        }
        // The header's own place named after the run (`…推动代表之家由“建起来”向“活起来”转变。` /
        // `监督是…。化隆县人大常委会…`): the first paragraph naming it opens the header's text.
        // (A place only a footer's office gave, which on a scrambled page may be another article's,
        // named early in the paragraph: `监督是…。化隆县人大常委会…`.)
        if let own = headerStem ?? stem {
            m = k + 1
            // (Over a sentence cut at a blank line inside the column, `…增强“四个意识”、坚定“四个自信”，` /
            // `努力建设…`: the paragraph it goes on in is the run's, no opening.)
            while m < c.count, !hard[c[m - 1]] || (m > k + 1 && !hard[c[m - 2]]), paras[c[m]].layoutSection == section, !paras[c[m]].owned {
                let names = ReadingOrder.namesPlace(headerStem != nil ? texts[c[m]] : Array(texts[c[m]].prefix(40)), stem: own)
                if hard[c[m - 1]] {
                    if names { break }
                    m += 1
                    continue
                }
                if names {
                    if !paras[c[m - 1]].unit.cutEnd { found.append((m, true, false)) }
                    break
                }
                m += 1
            }
        }
        // The run's places: the other article's named in it (not the header's), a county named first.
        let otherStem = stems[paras[c[o]].layoutSection]
        func namesOther(_ p: Int) -> Bool { otherStem.map { ReadingOrder.namesPlace(texts[p], stem: $0) } ?? false }
        // (The run goes on across a join, `…推动流动` | `站规范化…`: a paragraph it reaches is not an opening.)
        var lastOther: Int? = namesOther(landing) ? k : nil
        m = k + 1
        while m < c.count, paras[c[m]].layoutSection == section, !paras[c[m]].owned {
            if namesOther(c[m]) && !namesPlace(c[m]) {
                // (Paragraphs naming it one after another from the landing on: one naming it after
                // others that do not may be the header's own, `…组织代表赴平江县学习…`.)
                guard m == k + 1 || lastOther == m - 1 else { return found }
                lastOther = m
            } else if hard[c[m - 1]] || paras[c[m - 1]].unit.cutEnd {
                // (Within a sentence: neither an end of the run nor an opening.)
                if lastOther == m - 1 { lastOther = m }
            } else if let l = lastOther, l == m - 1 {
                found.append((m, true, false))
                break
            } else if lastOther == nil, !namesPlace(c[m]), let county = leadCounty(c[m]),
                      // (A county new to the page's text so far: not the cut article's, not the run's.)
                      !c[..<m].contains(where: { ReadingOrder.namesPlace(texts[$0], stem: county) }) {
                found.append((m, true, false))
                break
            }
            m += 1
        }
        return found
    }

    /// Of the openings `ownOpeningAfterLandedOwner` found, the one right after the writer's footer of
    /// the article the run was read on from (`closedByFooter`), whatever comes first: that footer
    /// ends the run; else the first `accepted`.
    static func pickOpening(_ found: [(position: Int, afterList: Bool, parallelRun: Bool)], closedByFooter: (Int) -> Bool,
                            accepted: ((position: Int, afterList: Bool, parallelRun: Bool)) -> Bool) -> (position: Int, afterList: Bool, parallelRun: Bool)? {
        found.first(where: { closedByFooter($0.position) }) ?? found.first(where: accepted)
    }

    /// A header's first paragraph (chain position `k`), not reached by a join, that is another
    /// article's last one printed under it: it names a phrase the title of the article printed before
    /// the header quotes (`“民生议事堂”`) and not the header's own place, and the paragraph after it, read
    /// on softly under the same header, names that place in its first sentence (`据统计，浦江县各级
    /// “民生议事堂”已…` / `义乌市人大常委会承担着…`, under `打造基层立法联系点“义乌样本”`). Returns the
    /// chain position of the header's lead; nil otherwise.
    static func leadAfterOthersTail(_ c: [Int], _ k: Int, paras: [Para], texts: [[Unicode.Scalar]], hard: [Bool],
                                    sections: [Section], stems: [[Unicode.Scalar]?]) -> Int? {
        let section = paras[c[k]].layoutSection
        guard k == 0 || !hard[c[k - 1]], k + 1 < c.count, !hard[c[k]], paras[c[k + 1]].layoutSection == section,
              !paras[c[k + 1]].owned, let own = stems[section] else { return nil }
        let text = texts[c[k]]
        guard !namesPlace(text, stem: own), firstSentenceNames(texts[c[k + 1]], own) else { return nil }
        // The article printed before the header, its title quoting a phrase the paragraph names and
        // the header's title does not (`“两个确立”` quoted in both says nothing).
        // (Not its place alone: a lead may well open with a neighbour, `与青浦区交界的…`.)
        guard section > 0 else { return nil }
        return quotesTitle(of: sections[section - 1], notOf: sections[section], in: text) ? k + 1 : nil
    }

    /// Whether `text` quotes a phrase `article`'s title quotes and `other`'s title does not (`“民生议事堂”`
    /// under `“民生议事堂”里的…`). (Not a numbered formulation every article may quote: `“两个确立”`,
    /// `“四个机关”`.)
    static func quotesTitle(of article: Section, notOf other: Section, in text: [Unicode.Scalar]) -> Bool {
        guard let title = article.title else { return false }
        let otherTitle = other.title.map { Array($0.unicodeScalars.map(ScalarClass.fold)) } ?? []
        return quotedPhrases(title).contains { q in
            !(LineClassifier.isNumeral(q[0]) || q[0] == "两") && PersonName.contains(text, q) && !PersonName.contains(otherTitle, q)
        }
    }

    /// The phrases quoted in a title (`“民生议事堂”里的…` → 民生议事堂), three characters or more, folded.
    static func quotedPhrases(_ title: String) -> [[Unicode.Scalar]] {
        var out = [[Unicode.Scalar]](), cur: [Unicode.Scalar]? = nil
        for s in title.unicodeScalars.map(ScalarClass.fold) {
            if s == "“" || (s == "\"" && cur == nil) { cur = [] } else if s == "”" || s == "\"" {
                if let q = cur, q.count >= 3 { out.append(q) }
                cur = nil
            } else if cur != nil { cur!.append(s) }
        }
        return out
    }

    /// Whether the text `ownOpeningAfterLandedOwner` would move to the article before the header
    /// (chain positions `k - 1 ..< m`: the cut, the landing and what follows it) is about that
    /// article: it shares more bigrams, weighted by their rarity between the two, with that article's
    /// title and text before the cut than with the header's title and opening paragraph `m` (`…稷山板枣栽培系统…` | `…品种老化…打响稷山板枣品牌` goes
    /// with `稷山县人大代表为板枣产业把脉`; `为深入了解基层立法联系点…` | `人民民主，…` stays with
    /// `…让基层声音直达立法机关`).
    static func movedTextIsTheOthers(_ c: [Int], _ k: Int, _ m: Int, paras: [Para], texts: [[Unicode.Scalar]], sections: [Section],
                                     afterList: Bool = false) -> Bool {
        let section = paras[c[k]].layoutSection
        guard let o = c[..<k].lastIndex(where: { paras[$0].owned && paras[$0].layoutSection != section }) else { return false }
        let other = paras[c[o]].layoutSection
        var text = [Unicode.Scalar]()
        for q in c[(k - 1)..<m] { text += texts[q] }
        // For a run the layout ends, the places decide before the words: the moved text names a
        // county the other article's text names and the header's opening does not, and none only
        // that opening names (`…汶川县人|大常委会…` against `阿坝县地处…`).
        func counties(_ t: [Unicode.Scalar]) -> Set<String> { Gazetteer.shared.countyCodes(in: t).all }
        if afterList {
            var otherText = [Unicode.Scalar]()
            for q in c[o..<(k - 1)] { otherText += texts[q] }
            let movedPlaces = counties(text), otherPlaces = counties(otherText), ownPlaces = counties(texts[c[m]])
            if !movedPlaces.intersection(otherPlaces.subtracting(ownPlaces)).isEmpty, movedPlaces.intersection(ownPlaces.subtracting(otherPlaces)).isEmpty {
                if tracing { FileHandle.standardError.write("moved by places \(c[o..<(k - 1)].map { paras[$0].unit.firstLine }) | \(c[(k - 1)..<m].map { paras[$0].unit.firstLine }) | \(paras[c[m]].unit.firstLine) \(movedPlaces) \(otherPlaces) \(ownPlaces)\n".data(using: .utf8)!) }
                return true
            }
        }
        // (As much of each: the header's opening paragraph against the text before the cut, most
        // often the other article's lead.)
        let own = [c[m]]
        let stats = SectionSimilarity(sections: sections, paras: texts, owned: [other: Array(c[o..<(k - 1)]), section: own])
        let s = stats.scores(of: text, among: [other, section])
        if tracing { FileHandle.standardError.write("moved? \(c[o..<(k - 1)].map { paras[$0].unit.firstLine }) | \(c[(k - 1)..<m].map { paras[$0].unit.firstLine }) | \(own.map { paras[$0].unit.firstLine }) \(s)\n".data(using: .utf8)!) }
        return (s[other] ?? 0) > (s[section] ?? 0)
    }

    /// Where a chain's lead stops belonging to its owner: the first paragraph before the owner that
    /// opens an article (`openingCue`) and is reached by a soft link. What precedes it in the chain
    /// is another article's text that merely sits above this one in the column. Nil when none.
    static func openingBeforeOwner(_ c: [Int], owner: Int, paras: [[Unicode.Scalar]], hard: [Bool]) -> Int? {
        guard owner > 0 else { return nil }
        for k in 1..<owner where !hard[c[k - 1]] && openingCue(paras[c[k]]) >= 1 { return k }
        return nil
    }

    /// What `bestCut` needs about the whole page, computed once per page (per call it made a page of
    /// thousands of sections quadratic).
    struct CutContext {
        /// Paragraph indices by layout section, ascending.
        var bySection: [Int: [Int]] = [:]
        /// An opening that starts paragraphs in many fragments (`党的二十大…`, `坚持…`) is generic:
        /// only what differs after it (`坚持忠诚履职` / `坚持为民履职`) shows a parallel frame.
        var openings: GenericOpenings

        init(paras: [Para], texts: [[Unicode.Scalar]], fragments: [Int]) {
            // A run of paragraphs of one section at a time (a lookup per paragraph hashed each).
            var i = 0
            while i < paras.count {
                let s = paras[i].layoutSection
                var j = i + 1
                while j < paras.count && paras[j].layoutSection == s { j += 1 }
                bySection[s, default: []].append(contentsOf: i..<j)
                i = j
            }
            openings = GenericOpenings(texts: texts, fragments: fragments)
        }
    }

    /// Where to cut chain `c` between owner positions `from` (section a) and `to` (section b).
    /// With `pastLanding`, b's first paragraph `to` was reached by a join from a's text and may end
    /// that text: the cut may also fall right after it, b then opening with the paragraph after,
    /// when the paragraphs a's place or subject names say so (`…把群众` / header / `反映的问题带回来。…`).
    /// With `preferLate`, of cuts the evidence cannot tell apart the last: a's text reads on until
    /// something says b's has begun.
    func bestCut(_ c: [Int], from: Int, to: Int, a: Int, b: Int, paras: [Para], hard: [Bool], sections: [Section], context: CutContext,
                 pastLanding: Bool = false, landingFinishesTerm: Bool = false, preferLate: Bool = false,
                 closesAfter: (Int) -> Bool = { _ in false }) -> Int {
        let end = pastLanding ? to + 1 : to
        let between = Set(c[(from + 1)..<end])
        let sideA = (context.bySection[a] ?? []).filter { !between.contains($0) }
        let sideB = (context.bySection[b] ?? []).filter { !between.contains($0) }
        let openings = context.openings
        // The place an office names (`库伦旗人大常委会…` → 库伦旗) marks paragraphs about that place.
        let placeA = SectionSimilarity.officePlace(sections[a]), placeB = SectionSimilarity.officePlace(sections[b])
        let stemB = placeB.map(ReadingOrder.placeStem)
        // So does the person a profile's headline names (`符美玲　做…` → 符美玲), for paragraphs about them.
        let subjectA = SectionSimilarity.titleSubject(sections[a]), subjectB = SectionSimilarity.titleSubject(sections[b])
        func placeAffinity(_ x: Int, _ place: [Unicode.Scalar]?, _ other: [Unicode.Scalar]?) -> Double {
            guard let p = place, p != other, PersonName.contains(paras[x].text, p) else { return 0 }
            return 4
        }
        // (Not the subject for a paragraph that opens as an article does, `近日，…`: news names the
        // person too. Asked only where the paragraph names the subject.)
        func subjectAffinity(_ x: Int, _ subject: [Unicode.Scalar]?, _ other: [Unicode.Scalar]?) -> Double {
            let a = placeAffinity(x, subject, other)
            guard a > 0 else { return 0 }
            return SentenceOpening.opensWithAdverbial(ArraySlice(paras[x].text.prefix(SentenceOpening.readLength).map(ScalarClass.fold))) ? 0 : a
        }
        func affinity(_ x: Int, onA: Bool) -> Double {
            let place = onA ? placeAffinity(x, placeA, placeB) + subjectAffinity(x, subjectA, subjectB)
                : placeAffinity(x, placeB, placeA) + subjectAffinity(x, subjectB, subjectA)
            return place + parallelAffinity(x, onA ? sideA : sideB)
        }
        func parallelAffinity(_ x: Int, _ side: [Int]) -> Double {
            var best = 0.0
            for y in side where y != x {
                let a = paras[x].text, b = paras[y].text
                var common = 0
                while common < min(6, a.count, b.count) && a[common] == b[common] { common += 1 }
                let generic = openings.longestGeneric(x, upTo: common)
                best = max(best, ReadingOrder.parallel(a, b, from: generic, window: 6 - generic))
            }
            return best
        }
        // Each paragraph's affinities once (recomputing them for every cut position was cubic).
        var affA = [Double](filled: 0, count: c.count), affB = affA
        for x in (from + 1)..<max(from + 1, end) {
            affA[x] = affinity(c[x], onA: true)
            affB[x] = affinity(c[x], onA: false)
        }
        // Past the landing only when the landing itself refers back to a's text (finishes a term cut
        // there, `…全过程人|民民主就在身边。`, or names its place or subject, or a profile's 她/他) and
        // opens no sentence as an article does (`…。今年以来，…`).
        var landingRefersBack = false
        if pastLanding {
            let lt = paras[c[to]].text
            let pronoun = subjectA != nil && (lt.contains("她") || lt.contains("他"))
            var opensAnew = false
            for k in lt.indices where k > 0 && ScalarClass.isSentenceFinal(ScalarClass.fold(lt[k - 1])) {
                if SentenceOpening.opensWithAdverbial(ArraySlice(lt[k...].prefix(SentenceOpening.readLength).map(ScalarClass.fold))) { opensAnew = true; break }
            }
            // (Or the landing is nothing but the rest of the cut sentence, `…让侨乡特色农产品` / header /
            // `走向更大的市场。`: one short sentence, ended once.)
            let restOfSentence = lt.count <= 30 && !lt.dropLast(2).contains { ScalarClass.isSentenceFinal(ScalarClass.fold($0)) }
            landingRefersBack = (landingFinishesTerm || affA[to] > 0 || pronoun || restOfSentence) && !opensAnew
        }
        var bestT = from
        var bestScore = -Double.infinity
        for t in from..<end {
            var s = 0.0
            if hard[c[t]] { s -= 6 }
            var evidence = 0.0
            for x in stride(from: from + 1, through: t, by: 1) where x < end { evidence += affA[x] - affB[x] }
            for x in (t + 1)..<end where x > from { evidence += affB[x] - affA[x] }
            s += evidence + ReadingOrder.openingCue(paras[c[t + 1]].text)
            // A writer's footer printed right after c[t] (not b's) closes a's text there.
            if !hard[c[t]] && closesAfter(c[t]) { s += 8 }
            // The second article's opening names its place first (`珲春地处…` for 珲春市…).
            if let stem = stemB, paras[c[t + 1]].text.starts(with: stem) { s += 1 }
            if ReadingOrder.tracing {
                FileHandle.standardError.write("cut after \(paras[c[t]].unit.lastLine) (\(a)|\(b)) score \(s)\n".data(using: .utf8)!)
            }
            // (Past the landing only on the evidence of a's place or subject named there or above.)
            if t == to && (evidence < 4 || affB[to] > affA[to] || !landingRefersBack) { continue }
            if s > bestScore || (preferLate && s == bestScore) { bestScore = s; bestT = t }
        }
        return bestT
    }
}
