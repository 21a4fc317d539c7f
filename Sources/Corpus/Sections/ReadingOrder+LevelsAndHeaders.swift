import Foundation

extension ReadingOrder {
    /// A line in the text shaped like a subhead that ends inside a genre term (`…坚持以践行全过程`,
    /// `…坚持和完善人民代表`) whose rest opens a paragraph on the page (`人民民主为引领…`,
    /// `大会制度的具体行动…`) is a paragraph cut at a column jump: it is read as one, cut.
    static func reopenTermCutHeadings(_ paras: inout [Para], texts: [[Unicode.Scalar]]) {
        let terms = SeamTerms.shared
        for i in paras.indices where paras[i].unit.kind == .heading {
            let open = terms.cutOpeningsBeforeLongRest(atEndOf: Array(texts[i].suffix(16)))
            guard !open.isEmpty else { continue }
            let continued = paras.indices.contains { j in
                j != i && paras[j].isParagraph && terms.continues(open, Array(texts[j].prefix(16)))
            }
            if continued {
                if ReadingOrder.tracing { FileHandle.standardError.write("reopen heading \(paras[i].unit.firstLine)\n".data(using: .utf8)!) }
                paras[i].unit.kind = .paragraph
                paras[i].unit.cutEnd = true
            }
        }
    }

    /// A line shaped like a numbered subhead (`1.关于加快推进延龙图一体`) whose neighbouring point on the
    /// page (the number before or after it, in the same style) is a paragraph of text, its sentences
    /// ended (`2.关于支持珲春海洋经济发展示` / `范区建设的建议（…）。建议…`): a point of that list, a
    /// paragraph, cut at its end when it ends no sentence, when it is about as wide as that point's
    /// lines. (A subhead wrapped over two lines, `三、强化代表工作` / `提升履职质效`, ends no sentence, and a
    /// short subhead, `二、聚焦中心大局`, is narrower than the text: both stay subheads.)
    static func reopenListPointHeadings(_ paras: inout [Para], texts: [[Unicode.Scalar]]) {
        let points = paras.indices.compactMap { j -> (j: Int, value: Int, style: Int)? in
            guard paras[j].isParagraph, paras[j].unit.pieces.count >= 2, let m = listMarker(texts[j]),
                  texts[j].contains(where: { ScalarClass.isSentenceFinal(ScalarClass.fold($0)) }) else { return nil }
            return (j, m.value, m.style)
        }
        guard !points.isEmpty else { return }
        for i in paras.indices where paras[i].unit.kind == .heading && paras[i].unit.pieces.count == 1 {
            // (As wide as that point's lines, the column's width: a subhead is shorter, `二、聚焦中心大局`.)
            guard let m = listMarker(texts[i]), let last = texts[i].last,
                  points.contains(where: { $0.style == m.style && abs($0.value - m.value) == 1
                      && 5 * texts[i].count >= 4 * texts[$0.j].count / paras[$0.j].unit.pieces.count }) else { continue }
            if ReadingOrder.tracing { FileHandle.standardError.write("reopen list point \(paras[i].unit.firstLine)\n".data(using: .utf8)!) }
            paras[i].unit.kind = .paragraph
            paras[i].unit.cutEnd = !ScalarClass.isSentenceFinal(ScalarClass.fold(last))
        }
    }

    /// The number and style of a list point's marker a text opens with: `1.`/`1．` (0), `1、`/`一、` (1),
    /// `（1）`/`（一）` (2); nil for none.
    static func listMarker(_ t: [Unicode.Scalar]) -> (value: Int, style: Int)? {
        var k = 0
        let paren = t.first.map { ScalarClass.fold($0) == "(" } ?? false
        if paren { k = 1 }
        var value = 0, digits = 0
        var arabic = false, chinese = false
        while k < t.count, digits < 3 {
            let c = ScalarClass.fold(t[k])
            if ScalarClass.isDigit(c), !chinese { value = value * 10 + Int(c.value - 0x30); arabic = true }
            else if let n = SectionSimilarity.numerals.firstIndex(of: c).map({ $0 + 1 }), !arabic {
                // (`十一` 11, `二十` 20, `二十三` 23.)
                if n == 10 { value = max(value, 1) * 10 } else if value >= 10 && value % 10 == 0 { value += n } else if value == 0 { value = n } else { break }
                chinese = true
            } else { break }
            k += 1; digits += 1
        }
        guard digits > 0, value > 0, k < t.count else { return nil }
        let mark = ScalarClass.fold(t[k])
        if paren { return mark == ")" ? (value, 2) : nil }
        if mark == "、" { return (value, 1) }
        if mark == ".", ScalarClass.isDigit(ScalarClass.fold(t[0])), k + 1 < t.count, !ScalarClass.isDigit(ScalarClass.fold(t[k + 1])) { return (value, 0) }
        return nil
    }

    /// A line in an article's text shaped like a subhead, printed under its text, that is the last
    /// of its column (another header follows it) and ends on a word that leaves its clause open
    /// (`托娅连续走访了`, then `根河：人大代表走进林场`): no subhead closes a column with no text
    /// under it, so it is a paragraph cut at the column's foot.
    static func reopenWidowedHeadings(_ paras: inout [Para], texts: [[Unicode.Scalar]], fragments: [Int]) {
        for i in paras.indices.dropFirst() where paras[i].unit.kind == .heading && paras[i].unit.pieces.count == 1 {
            guard fragments[i - 1] == fragments[i], paras[i - 1].isParagraph, !paras[i - 1].unit.cutEnd,
                  i + 1 == paras.count || fragments[i + 1] != fragments[i],
                  let last = texts[i].last, openEnds.contains(last), texts[i].count >= 4,
                  !texts[i].contains(where: { !ScalarClass.isHan($0) }) else { continue }
            if ReadingOrder.tracing { FileHandle.standardError.write("reopen widowed heading \(paras[i].unit.firstLine)\n".data(using: .utf8)!) }
            paras[i].unit.kind = .paragraph
            paras[i].unit.cutEnd = true
        }
    }
    /// Words no headline ends on: aspect and structural particles, conjunctions, prepositions (not
    /// those that end common words too: `作为`, `导向`, `落地`, `心得`, `通过`, `面对`).
    static let openEnds = Set("了着的和与及把被将".unicodeScalars)

    /// Moves the last piece of an owned chain, read on softly, that opens with a level alone
    /// (`县人大常委会有关负责人表示，…`) its holder's text never names and exactly one other section's
    /// does (a 县's article beside a 区's): that section's text printed after the other's.
    static func moveLevelTails(_ owned: [(chain: [Int], section: Int)], paras: [[Unicode.Scalar]], hard: [Bool],
                               isOwner: [Bool], levels: [Unicode.Scalar?]) -> [(chain: [Int], section: Int)] {
        guard Set(owned.map(\.section)).count > 1 else { return owned }
        var named: [Int: Set<Unicode.Scalar>]? = nil
        var out = [(chain: [Int], section: Int)]()
        var moved = [(piece: [Int], section: Int)]()
        for o in owned {
            // The chain's last piece: the paragraphs after its last soft link.
            guard let cut = o.chain.dropLast().lastIndex(where: { !hard[$0] }) else { out.append(o); continue }
            let piece = Array(o.chain[(cut + 1)...])
            guard !piece.contains(where: { isOwner[$0] }), let level = openingLevel(paras[piece[0]]) else { out.append(o); continue }
            if named == nil { named = levelsNamed(owned, paras: paras) }
            var holder = Set<Unicode.Scalar>()
            for p in o.chain[...cut] { holder.formUnion(levelsNamed(in: paras[p])) }
            // (Not where the holder speaks of that level itself, a place of it (`邻水县考察组…`) or the
            // level at large (`各县（市、区）人大常委会`), nor an attendance line, `市人大常委会副主任
            // 张建国出席…`: the piece may be its own.)
            if o.chain[...cut].contains(where: { speaksOfLevel(paras[$0], level) }) || notesAttendance(paras[piece[0]]) {
                out.append(o); continue
            }
            let others = named!.filter { $0.key != o.section && $0.value.contains(level) }.map(\.key)
            guard !holder.isEmpty, !holder.contains(level), o.section >= levels.count || levels[o.section] != level,
                  others.count == 1 else { out.append(o); continue }
            out.append((Array(o.chain[...cut]), o.section))
            moved.append((piece, others[0]))
        }
        // Each at the end of its section's text (the chain its header owns), wherever it was printed.
        for (piece, section) in moved {
            if let k = out.lastIndex(where: { $0.section == section && $0.chain.contains { isOwner[$0] } }) {
                out[k].chain += piece
            } else {
                out.append((piece, section))
            }
        }
        return out
    }

    /// Sections printed with a header and no text (`a`), right above the next section's header,
    /// whose text opens with paragraphs about `a`'s place: `first` (the first paragraph under the
    /// two headers) names `a`'s place in its first sentence and not the next section's, and a later
    /// paragraph of the next section (`lead`), before any naming the next section's place, opens
    /// more like an article than `first` (or both open like articles) and names that place in its first sentence
    /// (`10月中旬，嘉定区人大常委会组织…` after `在上海市青浦区金泽镇的一个人大代表联络站里，…`). The
    /// paragraphs `first..<lead` are `a`'s.
    static func stackedHeaderSplits(paras: [Para], texts: [[Unicode.Scalar]], sections: [Section],
                                    places: [[Unicode.Scalar]?], stems: [[Unicode.Scalar]?]) -> [(first: Int, lead: Int, a: Int)] {
        guard sections.count >= 2 else { return [] }
        var hasText = [Bool](filled: false, count: sections.count)
        var firstUnit = [Int?](filled: nil, count: sections.count)
        for (u, p) in paras.enumerated() where p.layoutSection < sections.count {
            hasText[p.layoutSection] = true
            if firstUnit[p.layoutSection] == nil { firstUnit[p.layoutSection] = u }
        }
        // Whether one place lies inside the other (`广元市` and `旺苍县`).
        let within = PlaceSeam(gazetteer: Gazetteer.shared)
        func divisions(_ x: [Unicode.Scalar]) -> [Division] {
            Gazetteer.shared.mentions(in: x).filter { $0.range == 0..<x.count }.flatMap(\.candidates)
        }
        func nested(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
            let dx = divisions(x), dy = divisions(y)
            return within.continues(dx, dy) || within.continues(dy, dx)
        }
        func townships(_ t: [Unicode.Scalar]) -> [String] {
            Gazetteer.shared.mentions(in: t).filter { $0.kind == .township }.map(\.surface)
        }
        // A title's two-character strings, without places, levels and the genre's words.
        func titlePairs(_ s: Int, _ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
            let t = Array((sections[s].title ?? "").unicodeScalars)
            let generic: [[Unicode.Scalar]] = ["人大", "大常", "常委", "委会", "大代", "代表"].map { Array($0.unicodeScalars) }
            var out = [[Unicode.Scalar]]()
            for k in 0..<max(0, t.count - 1) where ScalarClass.isHan(t[k]) && ScalarClass.isHan(t[k + 1]) {
                let g = [t[k], t[k + 1]]
                if generic.contains(g) || g.contains(where: { x.contains($0) || y.contains($0) || "县区市旗".unicodeScalars.contains($0) }) { continue }
                if !out.contains(g) { out.append(g) }
            }
            return out
        }
        var out = [(first: Int, lead: Int, a: Int)]()
        for a in 0..<(sections.count - 1) where !hasText[a] && sections[a].title != nil && sections[a].byline != nil {
            let b = a + 1
            guard let f = firstUnit[b], paras[f].owned, paras[f].isParagraph, sections[b].title != nil,
                  let headerA = ([sections[a].byline?.line] + sections[a].titleLines.map { Optional($0) }).compactMap({ $0 }).max(),
                  let headerB = ([sections[b].byline?.line] + sections[b].titleLines.map { Optional($0) }).compactMap({ $0 }).min(),
                  headerA < headerB, headerB < paras[f].unit.firstLine,
                  let stemA = stems[a], let stemB = stems[b], stemA != stemB,
                  firstSentenceNames(texts[f], stemA), !namesPlace(texts[f], stem: stemB) else { continue }
            // (Not a headline over a photo, `文/图　…`, `…摄`: it has no text of its own to find here;
            // nor two places one inside the other, `广元市人大常委会办公室` over `旺苍县…`: a paragraph naming
            // the outer place is the inner article's context.)
            if let by = sections[a].byline, by.family == "text-photo" || by.family == "photo-credit" || by.role != nil || by.text.contains("摄") { continue }
            if let fa = places[a], let fb = places[b], nested(fa, fb) { continue }
            var m = f + 1
            while m < paras.count && paras[m].layoutSection == b && !paras[m].owned {
                if firstSentenceNames(texts[m], stemB) {
                    // A lead that goes to the first article's place, or to a township the paragraphs
                    // before it named (`赴金泽镇考察学习` after `青浦区金泽镇地处…`), is about them: they are
                    // its background. So are paragraphs sharing the second headline's words (`院坝会`)
                    // at least as much as the first's, twice or more.
                    let before = Set((f..<m).flatMap { townships(texts[$0]) })
                    var background = namesPlace(texts[m], stem: stemA) || townships(texts[m]).contains { before.contains($0) }
                    var moved = [Unicode.Scalar]()
                    for u in f..<m { moved += texts[u]; moved.append(" ") }
                    let shareB = titlePairs(b, stemA, stemB).filter { PersonName.contains(moved, $0) }.count
                    let shareA = titlePairs(a, stemA, stemB).filter { PersonName.contains(moved, $0) }.count
                    if shareB >= 2 && shareB >= shareA { background = true }
                    // (Or two leads, each naming its own article's place: `10月中旬，君山区人大常委会…`,
                    // then `近日，临湘市人大常委会…`.)
                    let cueF = openingCue(texts[f]), cueM = openingCue(texts[m])
                    if !background && paras[m].isParagraph && (cueM > cueF || (cueF > 0 && cueM > 0)) { out.append((f, m, a)) }
                    break
                }
                if namesPlace(texts[m], stem: stemB) { break }
                m += 1
            }
        }
        return out
    }

    /// The level a paragraph opens with alone before its standing committee (`县人大常委会…`,
    /// `区人大常委会…`): `县`, `市`, `区` or `旗`.
    /// (Its standing committee: a deputy of that level quoted, `市人大代表、…说：`, is no article's end.)
    static func openingLevel(_ t: [Unicode.Scalar]) -> Unicode.Scalar? {
        guard t.count >= 6, t[1] == "人", t[2] == "大", t[3] == "常", t[4] == "委", t[5] == "会",
              "县市区旗".unicodeScalars.contains(t[0]) else { return nil }
        return t[0]
    }

    /// Whether a text speaks of a level as such: the level at large (`各县`, `全县`, `县（市、区）`,
    /// `县乡`, `县级`) or a place of that level (`邻水县`).
    static func speaksOfLevel(_ t: [Unicode.Scalar], _ level: Unicode.Scalar) -> Bool {
        for k in t.indices where t[k] == level {
            if k > 0, "各全本该我".unicodeScalars.contains(t[k - 1]) { return true }
            if k + 1 < t.count, "（(乡级、".unicodeScalars.contains(t[k + 1]) { return true }
        }
        return Gazetteer.shared.countyMentions(in: t).contains { m in m.kind == .official && t[m.range.upperBound - 1] == level }
    }

    /// Whether a paragraph's first sentence notes who attended (`…副主任张建国出席并讲话。`).
    static func notesAttendance(_ t: [Unicode.Scalar]) -> Bool {
        let first = firstSentence(t)
        return [["出", "席"], ["参", "加"], ["陪", "同"]].contains { w in PersonName.contains(first, w) }
    }

    /// The levels a text names before `人大` (`区人大常委会`, `安岳县人大代表`).
    static func levelsNamed(in t: [Unicode.Scalar]) -> Set<Unicode.Scalar> {
        var out = Set<Unicode.Scalar>()
        guard t.count >= 3 else { return out }
        for k in 0..<(t.count - 2) where t[k + 1] == "人" && t[k + 2] == "大" && "县市区旗".unicodeScalars.contains(t[k]) { out.insert(t[k]) }
        return out
    }

    /// Each section's levels named in its owned text.
    static func levelsNamed(_ owned: [(chain: [Int], section: Int)], paras: [[Unicode.Scalar]]) -> [Int: Set<Unicode.Scalar>] {
        var out = [Int: Set<Unicode.Scalar>]()
        for o in owned { for p in o.chain { out[o.section, default: []].formUnion(levelsNamed(in: paras[p])) } }
        return out
    }

    /// Whether a paragraph opens with a level alone before 人大 (`县人大常委会…`, `市人大…`) that is the
    /// level of its own section's place (`昌图县`) and not of the other's (`开原市`).
    static func opensWithOwnLevel(_ t: [Unicode.Scalar], own: Int, other: Int, levels: [Unicode.Scalar?]) -> Bool {
        guard own < levels.count, other < levels.count, let mine = levels[own],
              SectionAssembler.levelCongress(t[...]) == mine else { return false }
        return levels[other] != mine
    }
}
