import Foundation
/// Articles whose headers are printed one under the other with their texts interleaved below them,
/// block by block: a spread of two columns read across the page (`弘扬塞罕坝精神…` / `■ 杨树林（河北）`
/// / `以“三个聚焦”推动…` / `■ 满玉梅 王德胜（河北）`, then a paragraph of each in turn). The layout gives
/// every block to the last header; this pass deals the blocks out again.
///
/// A block is a paragraph as printed (lines with no blank line between), in layout order: the
/// repair's joins ran on as one article's text, and across the columns they join the wrong blocks.
/// Each block is scored for each article on what it names: the county-level places
/// of the page (printed with their suffix somewhere on it), the words of each headline, and the
/// writer's footer printed under it. The assignment maximises the blocks' scores plus a bonus for
/// changing article from one block to the next (the columns alternate), the first block going to the
/// first header's article; the places each article's blocks name then become that article's, and
/// the blocks are dealt again until nothing changes. The blocks move only when every article gets
/// blocks and at least one of them names something of its own, and the first block is the first
/// article's.
struct InterleavedArticles {
    let gazetteer: Gazetteer

    /// One block of text: its pieces in reading order, and the footers and captions printed under it.
    struct Block {
        var pieces: [LinePiece] = []
        var extras: [LinePiece] = []
        var text: [Unicode.Scalar] = []
        /// Page places (county codes) it names.
        var places: Set<String> = []
    }

    /// Separates every group of stacked headers whose text the last of them holds (an earlier one
    /// may hold text printed below them all that the repair gave it: `兴城市人大常委会还…`).
    func separate(_ sections: inout [Section], joins: inout [(Int, Int)], source: SourceText) {
        guard sections.count >= 2 else { return }
        func header(_ s: Int) -> ClosedRange<Int>? {
            guard let by = sections[s].byline?.line else { return nil }
            return ([by] + sections[s].titleLines).min()!...([by] + sections[s].titleLines).max()!
        }
        /// Whether section `s` has no text, or only text printed below the next section's header,
        /// which is printed right under its own.
        func heldBelowNext(_ s: Int) -> Bool {
            if sections[s].body.isEmpty { return true }
            guard s + 1 < sections.count, let h = header(s), let next = header(s + 1), next.lowerBound > h.upperBound else { return false }
            return sections[s].body.allSatisfy { $0.line > next.upperBound }
        }
        var a = 0
        while a < sections.count {
            var b = a
            while b < sections.count && sections[b].byline != nil && heldBelowNext(b) { b += 1 }
            guard b < sections.count else { return }
            if b > a, sections[b].byline != nil, !sections[b].body.isEmpty, stacked(sections, a, b) {
                deal(&sections, Array(a...b), joins: &joins, source: source)
                joins.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            } else if b == a, let e = headersOverFirstBlocks(sections, from: a) {
                deal(&sections, Array(a...e), underHeaders: true, joins: &joins, source: source)
                joins.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
                b = e
            }
            a = b + 1
        }
    }

    /// The last of the sections from `a` on whose headers each stand over one paragraph of their
    /// own, the next header right under it (columns side by side extracted row by row: each
    /// column's header and first paragraph, then the columns' next paragraphs in turn, all of them
    /// given to the last header), when there are three such headers or more and the last one holds
    /// text further down. Nil otherwise.
    func headersOverFirstBlocks(_ sections: [Section], from a: Int) -> Int? {
        func header(_ s: Int) -> ClosedRange<Int>? {
            guard let by = sections[s].byline?.line, sections[s].byline?.placement == .opening, !sections[s].titleLines.isEmpty else { return nil }
            return ([by] + sections[s].titleLines).min()!...([by] + sections[s].titleLines).max()!
        }
        /// Whether the only text between header `h` and header `n` is one paragraph of section `s`.
        func oneBlock(_ s: Int, _ h: ClosedRange<Int>, _ n: ClosedRange<Int>) -> Bool {
            func inside(_ p: LinePiece) -> Bool { p.line > h.upperBound && p.line < n.lowerBound }
            // (Its own text first: most headers stand over more than one paragraph.)
            let lines = sections[s].body.filter(inside).map(\.line).sorted()
            guard !lines.isEmpty, zip(lines, lines.dropFirst()).allSatisfy({ $1 == $0 + 1 || $1 == $0 }) else { return false }
            return !sections.indices.contains { t in t != s && sections[t].body.contains(where: inside) }
        }
        var e = a
        while e + 1 < sections.count, let h = header(e), let n = header(e + 1), n.lowerBound > h.upperBound, oneBlock(e, h, n) { e += 1 }
        // (Three columns at least: an article cut under its first paragraph by the next header, its
        // text going on below, is the repair's to join.)
        guard e >= a + 2, let h = header(e) else { return nil }
        // The last header's text goes on below its first paragraph, and the others' text is there too.
        let below = sections[e].body.filter { $0.line > h.upperBound }.map(\.line).sorted()
        guard let gap = zip(below, below.dropFirst()).first(where: { $1 > $0 + 1 }), gap.0 > h.upperBound else { return nil }
        return e
    }

    /// Whether the headers of sections `a...b` follow each other down the page, all above the text,
    /// or are printed in rows (columns side by side, extracted row by row): every title, in the
    /// headers' order, over every byline, in the same order.
    func stacked(_ sections: [Section], _ a: Int, _ b: Int) -> Bool {
        var last = 0
        var oneUnderAnother = true
        for s in a...b {
            guard let by = sections[s].byline?.line else { return false }
            let top = ([by] + sections[s].titleLines).min()!
            guard top > last else { oneUnderAnother = false; break }
            last = ([by] + sections[s].titleLines).max()!
        }
        if !oneUnderAnother {
            let titles = (a...b).map { sections[$0].titleLines }, bylines = (a...b).compactMap { sections[$0].byline?.line }
            guard titles.allSatisfy({ !$0.isEmpty }), bylines.count == titles.count,
                  zip(titles.dropFirst(), titles).allSatisfy({ $0.min()! > $1.max()! }), zip(bylines.dropFirst(), bylines).allSatisfy({ $0 > $1 }),
                  titles.last!.max()! < bylines[0] else { return false }
            last = bylines.last!
        }
        // (The last header's inline lead, `本报讯（…）今年…`, is its byline and its first text.)
        return sections[b].body.allSatisfy { $0.line > last || $0.line == sections[b].byline?.line }
            && (a..<b).allSatisfy { s in sections[s].body.allSatisfy { $0.line > last } }
    }

    /// Deals the blocks of the `group`'s text out again. `underHeaders`: each header stands over its
    /// article's first block (columns extracted row by row), which stays its article's.
    func deal(_ sections: inout [Section], _ group: [Int], underHeaders: Bool = false, joins: inout [(Int, Int)], source: SourceText) {
        // The group's text as one: the last header's, and any the repair gave an earlier one.
        var holder = sections[group.last!]
        for s in group.dropLast() {
            holder.body += sections[s].body
            holder.captionLines += sections[s].captionLines
            holder.subheadLines += sections[s].subheadLines
        }
        if ReadingOrder.tracing { FileHandle.standardError.write("deal \(group)\n".data(using: .utf8)!) }
        let captions = Set(holder.captionLines)
        let footerFamily = AuthorFooterFamily()
        // Blocks in layout order; footers and captions aside.
        var blocks = [Block]()
        var extras = [(piece: LinePiece, footer: (office: String?, text: String)?)]()
        var previous: LinePiece? = nil
        var wrappedFrom = [Int: Int](), continuations = [Int: [Int]]()
        let ordered = holder.body.sorted(by: { $0.line < $1.line })
        var pieceAt = [Int: LinePiece]()
        for p in ordered where pieceAt[p.line] == nil { pieceAt[p.line] = p }
        for p in ordered {
            if captions.contains(p.line) { extras.append((p, nil)); continue }
            // (The lines a wrapped footer goes on in go with it.)
            if let first = wrappedFrom[p.line] { extras.append((p, nil)); continuations[first, default: []].append(p.line); continue }
            if FooterPlacement.opensBracket(p, source) {
                let (line, rest) = FooterPlacement.footerLine(p, following: { pieceAt[$0] }, source)
                if let m = footerFamily.recognize(line), m.kind == .footer {
                    extras.append((p, (m.office, line.text(m.span))))
                    for q in rest { wrappedFrom[q.line] = p.line }
                    continue
                }
            }
            if let q = previous, p.line == q.line + 1 {
                blocks[blocks.count - 1].pieces.append(p)
            } else {
                blocks.append(Block(pieces: [p]))
            }
            previous = p
        }
        let k = group.count
        guard k <= 4, blocks.count >= 2 * k else { return }
        // Footers and captions go with the block printed right above them; one footer per article
        // printed together under one block (the writers' footers stacked at the spread's end) go to
        // the articles in the order of their headers.
        let footerLines = Set(extras.filter { $0.footer != nil }.map(\.piece.line))
        var stackedFooters = [LinePiece]()
        // (Extras and blocks are both in line order: one walk.)
        var b = 0
        for (e, _) in extras.sorted(by: { $0.piece.line < $1.piece.line }) {
            while b + 1 < blocks.count && blocks[b + 1].pieces[0].line < e.line { b += 1 }
            blocks[b].extras.append(e)
        }
        // (The last block holding one footer per article: footers printed together once.)
        if let i = blocks.lastIndex(where: { $0.extras.filter { footerLines.contains($0.line) }.count == k }) {
            stackedFooters = blocks[i].extras.filter { footerLines.contains($0.line) }
            blocks[i].extras.removeAll { footerLines.contains($0.line) }
        }
        for i in blocks.indices {
            for p in blocks[i].pieces + blocks[i].extras { blocks[i].text += source.scalars[p.range] }
        }
        let cut = blocks.map { !LineClassifier.endsSentence(source, $0.pieces.last!.range) }
        // (Or it finishes a term an earlier cut block ends inside, `…组织常委会组成人员和人大代` | `表深入企业…`.)
        let terms = SeamTerms.shared
        let cutTails = blocks.indices.filter { cut[$0] }.map { terms.openingsRead(atEndOf: Array(blocks[$0].text.filter { !ScalarClass.isSpace($0) }.suffix(16))) }
        let opensMid = blocks.indices.map { i in
            opensMidSentence(blocks[i].pieces[0], source) || (i > 0 && {
                let head = Array(source.scalars[blocks[i].pieces[0].range].lazy.filter { !ScalarClass.isSpace($0) }.prefix(16))
                return cutTails.contains { !$0.isEmpty && terms.continues($0, head) }
            }())
        }
        // The page's places: county-level ones printed with their suffix in the group's text,
        // titles and offices.
        var pagePlaces = Set<String>()
        let headers = group.map { s in Array(((sections[s].title ?? "") + " " + (sections[s].footer == nil ? sections[s].office ?? "" : "")).unicodeScalars) }
        let headerCodes = headers.map { gazetteer.countyCodes(in: $0) }
        let blockCodes = blocks.map { gazetteer.countyCodes(in: $0.text) }
        let stackedCodes = stackedFooters.map { gazetteer.countyCodes(in: Array(source.scalars[$0.range])) }
        for c in headerCodes + blockCodes + stackedCodes { pagePlaces.formUnion(c.printed) }
        for i in blocks.indices { blocks[i].places = blockCodes[i].all.intersection(pagePlaces) }
        // Each headline's three-character strings that no other headline of the group has.
        let grams = group.indices.map { g in trigrams(Array((sections[group[g]].title ?? "").unicodeScalars)) }
        let ownGrams = grams.indices.map { g in grams[g].subtracting(grams.indices.filter { $0 != g }.flatMap { grams[$0] }) }
        // (Nothing to tell the articles apart by: no page place, no headline word of one's own.)
        guard !pagePlaces.isEmpty || ownGrams.contains(where: { !$0.isEmpty }) else { return }
        let gramHits = blocks.map { b in ownGrams.map { g in g.isEmpty ? 0 : min(2, g.filter { PersonName.contains(b.text, $0) }.count) } }

        var signature = headerCodes.map { $0.all.intersection(pagePlaces) }
        for (g, c) in stackedCodes.enumerated() { signature[g].formUnion(c.all.intersection(pagePlaces)) }
        // The last header's inline lead (`本报讯（…）今年以来，单县…`), printed at the foot of the headers,
        // is that article's first block: the others are dealt from the first article on.
        let lead = underHeaders ? k : holder.byline.map { $0.line == blocks[0].pieces[0].line } == true ? 1 : 0
        let fixed = underHeaders ? Array(0..<k) : lead == 1 ? [k - 1] : []
        // (Under row-dealt headers, the first blocks are the articles' first, one under each header.)
        if underHeaders {
            for g in 0..<k {
                let top = sections[group[g]].byline!.line
                let next = g + 1 < k ? ([sections[group[g + 1]].byline!.line] + sections[group[g + 1]].titleLines).min()! : Int.max
                guard blocks[g].pieces[0].line > top, blocks[g].pieces[0].line < next else { return }
            }
        }
        let leadOpen = fixed.indices.reduce(0) { $0 | (cut[$1] ? 1 << fixed[$1] : 0) }
        var assignment = [Int]()
        var finalEmission = [[Double]]()
        for _ in 0..<4 {
            let emission = blocks.indices.map { i in
                group.indices.map { g -> Double in
                    let own = blocks[i].places.intersection(signature[g]).count
                    let others = blocks[i].places.subtracting(signature[g]).filter { p in signature.indices.contains { $0 != g && signature[$0].contains(p) } }.count
                    return 2 * Double(own) - 2 * Double(others) + Double(gramHits[i][g])
                }
            }
            let next = fixed + decode(Array(emission[lead...]), k: k, cut: Array(cut[lead...]),
                                                            opensMid: Array(opensMid[lead...]), initialOpen: leadOpen)
            finalEmission = emission
            if next == assignment { break }
            assignment = next
            // The places only one article's blocks name are that article's.
            var named = [Set<String>](filled: [], count: k)
            for i in blocks.indices { named[assignment[i]].formUnion(blocks[i].places) }
            for g in 0..<k {
                let elsewhere = Set((0..<k).filter { $0 != g }.flatMap { named[$0] })
                signature[g].formUnion(named[g].subtracting(elsewhere))
            }
        }
        // The text under the headers opens with the first header's article (a lead naming the last
        // one's place says the first article's text is printed elsewhere, and the headers are not a
        // spread's), and every article has blocks of its own, one naming its places or headline.
        // (And the columns alternate: the article changes at every other block or more often, three
        // times at least for two. Two texts printed one after the other under the headers, the
        // second's lead naming the first's place, `与青浦区交界的…`, are no spread.)
        if ReadingOrder.tracing { FileHandle.standardError.write("interleave \(assignment) lead \(lead) blocks \(blocks.map { $0.pieces[0].line })\n".data(using: .utf8)!) }
        guard assignment[lead] == 0 else { return }
        let changes = assignment.indices.dropFirst(lead + 1).filter { assignment[$0] != assignment[$0 - 1] }.count
        guard changes >= 2 * k - 1, 2 * changes >= assignment.count - lead - 1 else { return }
        for g in 0..<k {
            // (Under row-dealt headers, a block of its own after the first, which the header fixed.)
            let mine = blocks.indices.filter { assignment[$0] == g && (!underHeaders || $0 >= lead) }
            guard !mine.isEmpty, mine.contains(where: { !blocks[$0].places.intersection(signature[g]).isEmpty || gramHits[$0][g] > 0 }) else { return }
        }
        // (And the evidence, without the bonus for alternating, is better dealt so than with the
        // texts printed one after the other in the headers' order: two texts under stacked headers,
        // each naming its place in its first paragraph only, are no spread. Under row-dealt headers
        // the layout is evidence of its own when the columns' paragraphs break off mid-sentence, as
        // rows cut them, at least once per column: as good as one after the other is enough.)
        let dealtEvidence = evidence(of: Array(assignment[lead...]), emission: Array(finalEmission[lead...]))
        let sequential = bestSequential(Array(finalEmission[lead...]), k: k)
        if underHeaders {
            guard dealtEvidence >= sequential, cut[lead...].dropLast(k).filter({ $0 }).count >= k else { return }
        } else {
            guard dealtEvidence > sequential else { return }
        }
        // A headline alone after the last block, under an untitled article's last block, is that
        // article's title printed after it (`…探索出更多可复制、可推广的经验。` / `让每一件代表建议都落地有声`).
        if let last = blocks.indices.last, last > 0, blocks[last].pieces.count == 1, holder.subheadLines.contains(blocks[last].pieces[0].line),
           sections[group[assignment[last - 1]]].title == nil { assignment[last] = assignment[last - 1] }
        // Deal the blocks out, each article's in layout order; its footer gives its office where
        // its byline gave none. A cut block goes on in the article's next block.
        var footerOffices = [Int: String]()
        var footerTexts = [Int: String]()
        for e in extras { if let f = e.footer { footerTexts[e.piece.line] = f.text; if let o = f.office { footerOffices[e.piece.line] = o } } }
        let groupLines = Set(holder.body.map(\.line))
        joins.removeAll { groupLines.contains($0.0) || groupLines.contains($0.1) }
        // A writer's footer printed under another article's block (the rotation broken at the end,
        // `（作者系绥中县…）` under 建昌's last block) goes to the one article whose places it names.
        // (The places each article's text names, its blocks' lines only: not the footers under them.)
        var extraOwner = [Int: Int]()
        var textPlaces: [Set<String>]? = nil
        for i in blocks.indices {
            for e in blocks[i].extras where footerTexts[e.line] != nil {
                if textPlaces == nil {
                    var named = [Set<String>](filled: [], count: k)
                    for j in blocks.indices {
                        var t = [Unicode.Scalar]()
                        for p in blocks[j].pieces { t += source.scalars[p.range] }
                        named[assignment[j]].formUnion(gazetteer.countyCodes(in: t).all.intersection(pagePlaces))
                    }
                    textPlaces = (0..<k).map { g in named[g].subtracting((0..<k).filter { $0 != g }.flatMap { named[$0] }) }
                }
                let codes = gazetteer.countyCodes(in: Array(source.scalars[e.range])).all.intersection(pagePlaces)
                let owners = (0..<k).filter { !textPlaces![$0].intersection(codes).isEmpty }
                // (Only to an article with no footer of its own, from one whose text names another
                // place: a writer who says 我市 throughout is not contradicted by the footer.)
                guard owners.count == 1, owners[0] != assignment[i], !textPlaces![assignment[i]].isEmpty,
                      !blocks.indices.contains(where: { j in assignment[j] == owners[0] && blocks[j].extras.contains { footerTexts[$0.line] != nil } })
                else { continue }
                extraOwner[e.line] = owners[0]
                for l in continuations[e.line] ?? [] { extraOwner[l] = owners[0] }
            }
        }
        for g in 0..<k {
            let s = group[g]
            var body = [LinePiece]()
            var tail = [LinePiece]()
            let mine = blocks.indices.filter { assignment[$0] == g }
            for (n, i) in mine.enumerated() {
                body += blocks[i].pieces
                tail += blocks[i].extras.filter { extraOwner[$0.line] == nil }
                if cut[i], n + 1 < mine.count {
                    let from = blocks[i].pieces.last!.line, to = blocks[mine[n + 1]].pieces[0].line
                    if to != from + 1 { joins.append((from, to)) }
                }
            }
            tail += blocks.flatMap(\.extras).filter { extraOwner[$0.line] == g }
            if g < stackedFooters.count { tail.append(stackedFooters[g]) }
            // Its footer and, where its byline gave no office, the footer's office (as the assembler
            // sets them: its last footer's).
            let ownFooterLines = tail.map(\.line).filter { footerTexts[$0] != nil }
            sections[s].footer = ownFooterLines.last.flatMap { footerTexts[$0] }
            if sections[s].byline?.office == nil { sections[s].office = ownFooterLines.last.flatMap { footerOffices[$0] } }
            sections[s].body = body + tail
            sections[s].captionLines = tail.map(\.line).filter { captions.contains($0) }
            let bodyLines = Set(body.map(\.line))
            sections[s].subheadLines = holder.subheadLines.filter { bodyLines.contains($0) }
        }
    }

    /// The blocks' scores for the articles an assignment gives them.
    func evidence(of assignment: [Int], emission: [[Double]]) -> Double {
        assignment.indices.reduce(0) { $0 + emission[$1][assignment[$1]] }
    }

    /// The best score of the texts printed one after the other: the blocks in `k` runs (some may be
    /// empty), the articles' in the headers' order.
    func bestSequential(_ emission: [[Double]], k: Int) -> Double {
        // `best[g]`: the best score so far with the last block in article g's run (before any block,
        // every run but the first is still empty).
        var best = [Double](filled: -Double.infinity, count: k)
        best[0] = 0
        for e in emission {
            var reach = -Double.infinity
            for g in 0..<k {
                reach = max(reach, best[g])  // from this run or an earlier one
                best[g] = reach + e[g]
            }
        }
        return best.max()!
    }

    /// The best assignment of blocks to `k` articles: each block's score for its article, a bonus
    /// for changing article from one block to the next (the columns alternate), the first block
    /// the first article's, and a block opening mid-sentence the continuation of an article whose
    /// last block was cut (a state is the block's article and which articles are left cut).
    /// `initialOpen`: the articles left cut before the first block (a bit per article).
    func decode(_ emission: [[Double]], k: Int, cut: [Bool], opensMid: [Bool], initialOpen: Int = 0) -> [Int] {
        precondition(k >= 1 && k <= 8, "a state holds one bit per article")
        let change = 0.8, first = 1.0, goesOn = 1.5
        // (Three columns or more read across the page row by row deal their blocks in the headers'
        // order, the next article's after each: a change to it a little likelier than to another.)
        let inTurn = k >= 3 ? 0.5 : 0
        let states = k << k  // article * 2^k + open flags
        func article(_ x: Int) -> Int { x >> k }
        func open(_ x: Int) -> Int { x & ((1 << k) - 1) }
        var score = [Double](filled: -Double.infinity, count: states)
        for t in 0..<k {
            let flags = (cut[0] ? 1 << t : 0) | (initialOpen & ~(1 << t))
            score[t << k | flags] = emission[0][t] + (t == 0 ? first : 0) + (opensMid[0] ? (initialOpen & (1 << t) != 0 ? goesOn : -goesOn) : 0)
        }
        var back = [[Int]]()
        for i in 1..<emission.count {
            var next = [Double](filled: -Double.infinity, count: states)
            var from = [Int](filled: -1, count: states)
            for x in 0..<states where score[x] > -Double.infinity {
                let g = article(x), flags = open(x)
                for t in 0..<k {
                    let wasOpen = flags & (1 << t) != 0
                    var v = score[x] + emission[i][t] + (t != g ? change : 0) + (t == (g + 1) % k ? inTurn : 0)
                    if opensMid[i] { v += wasOpen ? goesOn : -goesOn }
                    let y = t << k | (cut[i] ? flags | (1 << t) : flags & ~(1 << t))
                    if v > next[y] { next[y] = v; from[y] = x }
                }
            }
            score = next
            back.append(from)
        }
        var x = (0..<states).max { score[$0] < score[$1] }!
        var out = [article(x)]
        for from in back.reversed() { x = from[x]; out.append(article(x)) }
        return out.reversed()
    }

    /// Whether a block plainly goes on with a sentence: it opens with punctuation (`，…`, `”…`), or
    /// its first words close a list or a quotation (`旗委、旗政府…`, `两院”依法…`). (Not a comma after
    /// its first words: `去年，…` opens a sentence.)
    func opensMidSentence(_ p: LinePiece, _ source: SourceText) -> Bool {
        let t = source.scalars[p.range].lazy.filter { !ScalarClass.isSpace($0) }.map(ScalarClass.fold)
        guard let c = t.first else { return false }
        if ScalarClass.isClosing(c) || ScalarClass.isClausePunct(c) || ScalarClass.isSentenceFinal(c) { return true }
        for d in t.dropFirst().prefix(3) {
            if d == "、" || ScalarClass.isClosing(d) { return true }
            if !ScalarClass.isHan(d) { return false }
        }
        return false
    }

    /// Three Han characters in a row, none a string every article of the genre has.
    func trigrams(_ title: [Unicode.Scalar]) -> Set<[Unicode.Scalar]> {
        var out = Set<[Unicode.Scalar]>()
        guard title.count >= 3 else { return out }
        for i in 0...(title.count - 3) {
            let g = Array(title[i..<(i + 3)])
            guard g.allSatisfy(ScalarClass.isHan), !InterleavedArticles.common.contains(where: { PersonName.contains($0, g) }) else { continue }
            out.insert(g)
        }
        return out
    }
    /// (A level before 人大, `莘县人大助力…`: every county's congress, `冠县人大常委会还…`.)
    static let common: [[Unicode.Scalar]] = ["县人大常委会", "市人大常委会", "区人大常委会", "旗人大常委会", "县人大代表", "市人大代表", "区人大代表", "旗人大代表",
                                             "全过程人民民主", "人民代表大会", "新时代", "高质量发展"].map { Array($0.unicodeScalars) }
}
