import Foundation

/// Reassembles scrambled multi-column pages.
///
/// 1. **Fragments**: runs of body paragraphs between headers. The first paragraph after a header
///    belongs to that header's section (its owner).
/// 2. **Joins**: every paragraph that ends without sentence-final punctuation (a cut) is paired
///    with the paragraph that continues it. A candidate seam is scored by how plausible the text
///    across it is (the best PMI of a string spanning the seam that occurs in whole text of the same
///    document), plus layout priors (the next paragraph; the first paragraph after a header). Pairs
///    are taken best first, each end and each start once, never closing a cycle.
/// 3. **Chains**: joins and the soft links between consecutive whole paragraphs of a fragment form
///    chains. A chain holding two owners is cut at the soft link that best separates them
///    (parallel paragraph openings such as 以学为先 / 以实为基, an article's opening cues); text
///    soft-linked in front of an article's opening is cut off its owner's chain. A piece the layout
///    alone puts after a cut, right above another section's text, goes to the closer of the two.
/// 4. **Attribution**: chains with no owner go to the section whose text they share most rare
///    bigrams with (and whose office place they name), the reading flow (the section the chain's
///    previous piece went to) or else layout order breaking ties.
///
/// Pages that are already in order come back unchanged: their cuts join the next paragraph.
public struct ReadingOrder: Sendable {
    /// N-gram statistics of the wider corpus (nil: the document's own only).
    public let background: NGramIndex?

    /// Places, to recognise a seam inside a place path (`石嘴山市|平罗县`); nil to skip.
    public let gazetteer: Gazetteer?

    /// Common words, to recognise a word cut by a seam; nil to skip.
    public let words: CommonWords?

    public init(background: NGramIndex? = nil, gazetteer: Gazetteer? = nil, words: CommonWords? = CommonWords.shared) {
        self.background = background
        self.gazetteer = gazetteer
        self.words = words
    }

    /// The lexical score of a seam inside a list (`ListSeam`): evidence, not as sure as a term.
    static let listAcrossScore = 1.5

    /// Score a join across a column jump (not to the next paragraph) must reach.
    static let minimumJumpScore = 3.0
    /// The text score of a comma-cut clause whose last word opens the landing (`…被采纳，|采纳率…`):
    /// with a column top's layout prior, enough to jump.
    static let takenUpClauseScore = 2.0

    /// Developer tracing of candidates, joins and cuts on stderr (`RENPA_DEBUG_READING_ORDER=1`), read once.
    static let tracing = ProcessInfo.processInfo.environment["RENPA_DEBUG_READING_ORDER"] != nil

    /// How far (in paragraphs, either way) a column jump may land. A scrambled page holds far fewer
    /// paragraphs than this; the bound keeps a file of thousands of cut paragraphs (a whole issue in
    /// one file, or garbage) from taking quadratic time and memory.
    static let jumpWindow = 256

    /// The lexical score of a genre term or a closed quotation across a seam: above corpus
    /// statistics (at most 3) and a place name going on (3).
    static let termAcrossScore = 3.5

    /// How much more strongly another cut must claim a landing for it to go before a cut at a
    /// column bottom whose layout points there (phase 1 of the joins).
    static let layoutMargin = 2.0
    /// The lexical score from which the words across a seam count as evidence of their own.
    static let textSeamScore = 3.0

    /// Phase-1 candidates in the order they are tried: seams whose text reads on (lexical score
    /// `termAcrossScore` or more) first, then by score. A landing the layout favours for one cut
    /// (a column top after a column bottom) is often another cut's term or quotation
    /// (`…专家和人` / `…全过程人民` over `民主、回应…`).
    static func phaseOneOrder(_ c: [(score: Double, from: Int, to: Int, lex: Double)]) -> [(score: Double, from: Int, to: Int, lex: Double)] {
        c.sorted { a, b in
            let ta = a.lex >= termAcrossScore, tb = b.lex >= termAcrossScore
            if ta != tb { return ta }
            return a.score != b.score ? a.score > b.score : (a.from, a.to) < (b.from, b.to)
        }
    }

    /// Per unit, what its indent says on a page that indents paragraphs (at least three open with
    /// an indent, no fewer than open flush, at least one flush, and hardly any later line of a
    /// paragraph has one, which would make it a margin):
    /// +1 for a paragraph that opens indented (a paragraph's start), -1 for one printed flush (the
    /// rest of a paragraph cut above it), 0 for other units and on other pages.
    static func indentSigns(_ units: [LayoutUnit]) -> [Int8] {
        indentSigns(units.count, unit: { units[$0] })
    }

    /// `indentSigns` of `count` units read through `unit` (no copy of a page's units).
    static func indentSigns(_ count: Int, unit: (Int) -> LayoutUnit) -> [Int8] {
        var opening = 0, inside = 0, flush = 0
        for k in 0..<count {
            let u = unit(k)
            guard u.kind == .paragraph else { continue }
            if u.opensIndented { opening += 1 } else if !u.afterDateline { flush += 1 }
            if u.indentedInside { inside += 1 }
        }
        // (Indents must be the page's rule, with some text printed flush: a uniform margin on every
        // paragraph, or a few indented list items on a flush page, mark nothing.)
        guard opening >= 3 && inside * 4 <= opening && flush >= 1 && opening >= flush else { return [Int8](filled: 0, count: count) }
        return (0..<count).map { k in
            let u = unit(k)
            return u.kind != .paragraph || u.afterDateline ? 0 : u.opensIndented ? 1 : -1
        }
    }

    /// `text` without a jump bracket at its end (when it is sent on) or its start (when brought in).
    static func withoutJumpMarks(_ text: [Unicode.Scalar], out: Bool, in: Bool) -> [Unicode.Scalar] {
        var t = text[...]
        if out, t.last == ")", let o = t.lastIndex(of: "("), PageFurnitureFamily.jumpDirection(t[o...]) == .out { t = t[..<o] }
        if `in`, t.first == "(", let c = t.firstIndex(of: ")"), PageFurnitureFamily.jumpDirection(t[...c]) == .in { t = t[(c + 1)...] }
        return t.count == text.count ? text : Array(t)
    }

    /// Result of the repair.
    public struct Result: Sendable {
        public var sections: [Section]
        public var joins: [(Int, Int)]
        public var unresolvedCuts: [Int]
        /// True when the repair stopped once no later step could change a count over the file
        /// (`repair(_:source:closedBlock:)`): the text per section is not final.
        public var stoppedEarly = false
    }

    struct Para {
        var unit: LayoutUnit
        var layoutSection: Int
        var fragment: Int
        var owned: Bool
        var text: [Unicode.Scalar]
        var isParagraph: Bool { unit.kind == .paragraph }
    }

    public func repair(_ assembled: SectionAssembler.Result, source: SourceText) -> Result {
        repair(assembled, source: source, closedBlock: nil)
    }

    /// The repair, stopped early for a caller that only needs each file's text up to the order of
    /// blocks that `closedBlock` calls closed (no counted string can span their end and the start of a movable block):
    /// once the chains are cut, if every block whose successor could still change is closed, the
    /// remaining steps (moving enumeration pieces, attributing orphans by similarity) can change
    /// which section holds a block but no count over the file, and are skipped. Such a result has
    /// the right text per file, not per section.
    public func repair(_ assembled: SectionAssembler.Result, source: SourceText,
                       closedBlock: (([LinePiece]) -> Bool)?) -> Result {
        var sections = assembled.sections
        let units = assembled.bodyUnits
        guard !units.isEmpty else { return Result(sections: sections, joins: [], unresolvedCuts: []) }
        var paras = [Para]()
        paras.reserveCapacity(units.count)
        // The paragraphs' texts, fragments and owner flags once (mapping `paras` for them copied
        // every paragraph each time).
        var texts = [[Unicode.Scalar]](), fragmentOf = [Int](), isOwner = [Bool]()
        texts.reserveCapacity(units.count)
        fragmentOf.reserveCapacity(units.count)
        isOwner.reserveCapacity(units.count)
        var fragment = 0
        let continuesSentOn = LayoutUnit.broughtInFromThisFile(units.map(\.unit))
        // (As flags: asked of every unit, the set hashed each.)
        let headerBreaks = IndexFlags(units.count, Array(assembled.headerBreaks))
        for (i, e) in units.enumerated() {
            // A paragraph brought in from another page (`（上接第1版）`) continues the article this
            // file sends on (`（下转第4版）`): it owns no section, whatever header the page printed
            // above it.
            let owner = headerBreaks.contains(i) && !continuesSentOn[i]
            if i > 0 && owner { fragment += 1 }
            let text = e.text
            paras.append(Para(unit: e.unit, layoutSection: e.section, fragment: fragment, owned: owner, text: text))
            texts.append(text)
            fragmentOf.append(fragment)
            isOwner.append(owner)
        }
        // (A constant: a variable read in the nested functions below, each read was checked for
        // exclusive access at run time.)
        let fragments = fragmentOf
        let n = paras.count
        // Two headers printed one under the other with no text between (`青浦区人大代表联络站…` and its
        // byline, then `嘉定区人大常委会视察…` and its): the text under them may open with the first
        // article's, up to the second's lead.
        // The place each section is about, from its office or else its title (`泗洪县人大常委会开展…`, or
        // a headline's county by its short name, `长葛：履职积分…` → 长葛市), and its stem.
        let headlineCounties = sections.map { ReadingOrder.headlineColonCounty($0).map { Array($0.unicodeScalars) } }
        let printedPlaces: [[Unicode.Scalar]?] = sections.map {
            SectionSimilarity.officePlace($0) ?? SectionSimilarity.titlePlace($0) ?? SectionSimilarity.titleOfficePlace($0)
        }
        let sectionPlaces: [[Unicode.Scalar]?] = sections.indices.map { printedPlaces[$0] ?? headlineCounties[$0] }
        // (A place known only from a headline's short name, `莲花：…`, is named by its text in full:
        // the short name may be a word, `荷塘莲花盛开`.)
        let fullNameOnly = sections.indices.map { printedPlaces[$0] == nil ? sectionPlaces[$0] : nil }
        let sectionStems = sectionPlaces.map { $0.map(ReadingOrder.placeStem) }
        // The place each header names itself (its title, at its start or before 人大常委会 in a
        // subtitle, or its byline's office; not an office a footer gave, which on a scrambled page may
        // be another article's).
        let headerStems = sections.indices.map { k -> [Unicode.Scalar]? in
            let fromFooter = sections[k].byline?.office == nil && sections[k].footer != nil
            return fromFooter ? (SectionSimilarity.titlePlace(sections[k]) ?? SectionSimilarity.titleOfficePlace(sections[k])
                                 ?? headlineCounties[k]).map(ReadingOrder.placeStem)
                : sectionStems[k]
        }
        for (first, lead, a) in ReadingOrder.stackedHeaderSplits(paras: paras, texts: texts, sections: sections,
                                                                 places: sectionPlaces, stems: sectionStems) {
            // (Each paragraph moved is held where it is, as a header's first is: the chains are cut
            // between the two articles at the lead, not wherever the seams read on.)
            for u in first..<lead { paras[u].layoutSection = a; paras[u].owned = true; isOwner[u] = true }
            paras[lead].owned = true
            isOwner[lead] = true
            if ReadingOrder.tracing { FileHandle.standardError.write("stacked \(paras[first].unit.firstLine)..<\(paras[lead].unit.firstLine) -> \(a)\n".data(using: .utf8)!) }
        }
        // A profile's lead printed right above its headline opens the profile, held there as a
        // header's first paragraph is; no cut lands on it.
        let profileLeads = ReadingOrder.profileLeadsAboveHeaders(paras: paras, texts: texts, fragments: fragments, sections: sections)
        for (p, b) in profileLeads {
            paras[p].layoutSection = b
            paras[p].owned = true
            isOwner[p] = true
            if ReadingOrder.tracing { FileHandle.standardError.write("profile lead \(paras[p].unit.firstLine) -> \(b)\n".data(using: .utf8)!) }
        }
        // So is a township writer's opening printed above the header (`大湾镇是…` over `渝北大湾镇人大主席`).
        var townLeads = [Int]()
        for (range, b) in ReadingOrder.townshipOpeningsAboveHeaders(paras: paras, texts: texts, fragments: fragments, sections: sections) {
            for p in range { paras[p].layoutSection = b }
            paras[range.lowerBound].owned = true
            isOwner[range.lowerBound] = true
            townLeads.append(range.lowerBound)
            if ReadingOrder.tracing { FileHandle.standardError.write("township opening \(paras[range.lowerBound].unit.firstLine) -> \(b)\n".data(using: .utf8)!) }
        }
        var labelLead: Int? = nil
        // The page's opening text under a column label, cut above a writer's header, is that
        // header's article's opening printed above it (a profile's whole lead, its first paragraph).
        if let (lead, b, held) = ReadingOrder.openingUnderColumnLabel(paras: paras, sections: sections, source: source) {
            for p in lead { paras[p].layoutSection = b; paras[p].owned = held && p == lead.lowerBound; isOwner[p] = paras[p].owned }
            if held { labelLead = lead.lowerBound }
            if ReadingOrder.tracing { FileHandle.standardError.write("opening under column label \(paras[lead.lowerBound].unit.firstLine) -> \(b)\n".data(using: .utf8)!) }
        }
        let heldLeads = IndexFlags(n, profileLeads.map(\.paragraph) + townLeads + (labelLead.map { [$0] } ?? []))
        // The page's first header's line (title or byline).
        let firstHeaderLine = sections.compactMap { s in [s.titleLines.first, s.byline?.line].compactMap { $0 }.min() }.min()
        // The page's opening text, printed above every header, is given to the first header's
        // article; when its first sentence names one other article's place and none of the lead names
        // the first's (`贵定是“中国贡茶之乡”。…贵定县人大常委会…` over the header of a 黔南州 essay,
        // 贵定县's header lower down), it opens that other article, its header printed later.
        if let top = firstHeaderLine, let firstHeader = paras.firstIndex(where: { $0.unit.firstLine > top }), firstHeader > 0 {
            let s0 = paras[0].layoutSection
            let lead = 0..<firstHeader
            if lead.allSatisfy({ paras[$0].layoutSection == s0 && paras[$0].isParagraph }), let own = sectionStems[s0],
               !lead.contains(where: { ReadingOrder.namesPlace(texts[$0], stem: own) }) {
                let first = ReadingOrder.firstSentence(texts[0])
                let named = sections.indices.filter { k in k != s0 && sectionStems[k].map { $0 != own && ReadingOrder.namesPlace(first, stem: $0) } == true }
                // (And only when the first article's own opening is printed under its header, a first
                // sentence naming its place, `黔南布依族苗族自治州是…`: else the lead may be its text after
                // all, the headers' texts swapped.)
                let ownOpening = paras.indices.contains { p in
                    p >= firstHeader && paras[p].layoutSection == s0 && ReadingOrder.namesPlace(ReadingOrder.firstSentence(texts[p]), stem: own)
                }
                if ownOpening, named.count == 1, Set(named.compactMap { sectionStems[$0] }).count == 1 {
                    for p in lead { paras[p].layoutSection = named[0] }
                    if ReadingOrder.tracing { FileHandle.standardError.write("page lead -> \(named[0])\n".data(using: .utf8)!) }
                }
            }
        }
        ReadingOrder.reopenTermCutHeadings(&paras, texts: texts)
        ReadingOrder.reopenListPointHeadings(&paras, texts: texts)
        ReadingOrder.reopenWidowedHeadings(&paras, texts: texts, fragments: fragments)
        // Seam scoring asks about strings that start in a cut paragraph's last three characters or
        // at a paragraph's first: count only those (exactly), not every string of the page.
        // The texts either side of a seam, without the jump brackets a newspaper prints there
        // (`…切实为群众（下转第4版）`, `（上接第1版）办实事…`): what the seam statistics ask about.
        let seam = texts.indices.map { ReadingOrder.withoutJumpMarks(texts[$0], out: paras[$0].unit.jumpsOut, in: paras[$0].unit.jumpsIn) }
        // Pull quotes end without punctuation but are whole: no cut, unresolved or not.
        let isPull = paras.indices.map { paras[$0].isParagraph && paras[$0].unit.cutEnd
            && ReadingOrder.isPullQuote($0, seam: seam, paras: paras, source: source) }
        let endsCut = paras.indices.map { paras[$0].isParagraph && paras[$0].unit.cutEnd && !isPull[$0] }
        let isCut = paras.indices.map { endsCut[$0] && !seam[$0].isEmpty }
        // The cuts whose seams are scored: a tail ending in clause punctuation (`…的意见，`) reads on
        // whatever follows, and no string from it is asked about (the index counted the strings at
        // every comma of the page for it).
        let scoredCut = paras.indices.map { isCut[$0] && !ScalarClass.isClausePunct(seam[$0].last!) }
        let index = NGramIndex(texts: seam, cut: scoredCut).with(background: background)
        let places = PlaceSeam(gazetteer: gazetteer)
        // First paragraphs after a header: where a column jump over the header lands.
        let firstOfFragment = IndexFlags(n, paras.indices.filter { $0 == 0 ? assembled.headerBreaks.contains(0) : fragments[$0] != fragments[$0 - 1] })

        // 2. Joins.
        // Each candidate keeps its lexical score (an n×n table took gigabytes on pages of many paragraphs).
        var candidates = [(score: Double, from: Int, to: Int, lex: Double)]()
        // Phase-1 candidates (see below), gathered as they are scored: sorting every candidate to
        // pick these out cost as much as scoring them.
        var phase1 = [(score: Double, from: Int, to: Int, lex: Double)]()
        var weakNext = IndexFlags(n, [])
        var weakLandings = [Int: [TopicalContinuation.Landing]]()
        // Seams into paragraphs printed flush on a page that indents its paragraphs, whatever their score.
        var flushSeams = [(score: Double, from: Int, to: Int, lex: Double)]()
        // The text's score of each seam into a paragraph opening mid-sentence that the layout does not
        // rule out (what the words across it say: ≤ 0 nothing or against), for continuations printed
        // the other way round (below).
        // (Appended as scored, cut by cut and landing by landing: in order, found by bisection.)
        var landingLex = [(key: Int, lex: Double)]()
        func landingLexOf(_ i: Int, _ j: Int) -> Double? {
            let key = i * n + j
            var lo = 0, hi = landingLex.count
            while lo < hi { let m = (lo + hi) / 2; if landingLex[m].key < key { lo = m + 1 } else { hi = m } }
            return lo < landingLex.count && landingLex[lo].key == key ? landingLex[lo].lex : nil
        }
        // Paragraphs that open like an article (`近日，…`, `6月3日，…`): no weak landing. Asked of the
        // few landings that pass the other tests, each once (0 unknown, 1 no, 2 yes).
        var opensArticle = [UInt8](filled: 0, count: n)
        func opensLikeArticle(_ j: Int) -> Bool {
            // (The flag read once: each access to the captured table is checked at run time.)
            let known = opensArticle[j]
            if known != 0 { return known == 2 }
            let opens = ReadingOrder.openingCue(seam[j]) > 0
            opensArticle[j] = opens ? 2 : 1
            return opens
        }
        // Blank-line runs longer than the page's usual paragraph gap mark column jumps.
        // (Through the buffer: in this function `paras[i].unit.lastLine` copied the whole paragraph out.
        // A constant, as `fragments`.)
        let gaps = paras.withUnsafeBufferPointer { ps in
            var gaps = [Int](filled: 0, count: n)
            for i in 0..<(n - 1) { gaps[i] = SectionAssembler.blankLines(source, after: ps[i].unit.lastLine, before: ps[i + 1].unit.firstLine) }
            return gaps
        }
        let usualGap = ReadingOrder.mode(gaps.filter { $0 > 0 }) ?? 1
        let debugAll = ReadingOrder.tracing
        // (A photo caption printed between two paragraphs splits the blank lines around it into two
        // ordinary gaps: the paragraph under it is no column top on that account. Whether it reads on
        // from the paragraph above is left to the gap as printed.)
        let captionLines = Set(sections.flatMap(\.captionLines))
        let columnStart = IndexFlags(n, paras.indices.filter { k in
            guard k > 0, gaps[k - 1] > usualGap else { return false }
            let a = paras[k - 1].unit.lastLine, b = paras[k].unit.firstLine
            guard !captionLines.isEmpty, ((a + 1)..<b).contains(where: captionLines.contains) else { return true }
            return SectionAssembler.longestBlankRun(source, after: a, before: b) > usualGap
        })
        let lastOfFragment = IndexFlags(n, paras.indices.filter { $0 == n - 1 || fragments[$0 + 1] != fragments[$0] })
        // Places at the end of each cut paragraph and at the start of each paragraph, found once:
        // only a cut's tail is asked about, and the heads only when some tail ends with a place
        // (`PlaceSeam.continues` needs both).
        let tailPlaces = seam.indices.map { isCut[$0] ? places.endingPlaces(Array(seam[$0].suffix(6))) : [] }
        // Genre terms a cut paragraph ends inside of (`…人民代`), for the seams after it.
        let seamTerms = SeamTerms.shared
        let tailTerms = seam.indices.map { isCut[$0] ? seamTerms.openingsRead(atEndOf: Array(seam[$0].suffix(16))) : [] }
        let headPlaces = tailPlaces.contains(where: { !$0.isEmpty }) ? seam.map { places.startingPlaces(Array($0.prefix(6))) }
            : [[Division]](filled: [], count: n)
        // Per paragraph, once: its ends for seam scoring, and whether it opens paragraphs elsewhere.
        let tailInfos = seam.indices.map { scoredCut[$0] ? index.tailInfo(seam[$0].suffix(4)) : NGramIndex.TailInfo() }
        let headInfos = seam.map { index.headInfo($0.prefix(4)) }
        let heads = seam.map { Array($0.prefix(6)) }
        // The place each section's office names, without its suffix (`珲春市人大常委会副主任` → 珲春).
        let officeStems: [[Unicode.Scalar]?] = sections.map { SectionSimilarity.officePlace($0).map(ReadingOrder.placeStem) }
        // Whether a header's first paragraph names its section's place in its first sentence.
        let leadNamesOwnPlace = paras.indices.map { j -> Bool in
            guard paras[j].owned, let stem = sectionStems[paras[j].layoutSection] else { return false }
            // (Or, under a quotation that opens the lead, the scene's first sentence: `“…。”6月下旬，永胜县…`.)
            return ReadingOrder.firstSentenceNames(seam[j], stem)
                || ReadingOrder.sceneAfterOpeningQuote(seam[j]).map { ReadingOrder.firstSentenceNames(Array($0), stem) } == true
        }
        // Whether a paragraph's first sentence names a county (asked of a few leads, each once).
        var namesACounty = [UInt8](filled: 0, count: n)
        // Whether paragraph `j` opens with a table's rows (`ReadingOrder.opensTable`), asked of
        // landings, or ends with one, asked of cuts: once each.
        var tableEnds = [UInt8](filled: 0, count: n)
        func opensTable(_ j: Int) -> Bool {
            if tableEnds[j] & 1 == 0 { tableEnds[j] |= ReadingOrder.opensTable(paras[j].unit, source) ? 3 : 1 }
            return tableEnds[j] & 2 != 0
        }
        func endsTable(_ j: Int) -> Bool {
            if tableEnds[j] & 4 == 0 {
                let last = paras[j].unit.pieces.last.map { ReadingOrder.isTableRow(source.scalars[$0.range]) } ?? false
                tableEnds[j] |= last ? 12 : 4
            }
            return tableEnds[j] & 8 != 0
        }
        func leadNamesACounty(_ j: Int) -> Bool {
            if namesACounty[j] == 0 {
                namesACounty[j] = (gazetteer.map { !$0.countyMentions(in: ReadingOrder.firstSentence(seam[j])).isEmpty } ?? false) ? 2 : 1
            }
            return namesACounty[j] == 2
        }
        let indentSigns = ReadingOrder.indentSigns(paras.count, unit: { paras[$0].unit })
        // Paragraphs opening mid-sentence: continuations of some cut.
        // (On a page that indents its paragraphs, so is one printed flush: `急难愁盼问题…`.)
        let opensMidText = seam.map { ReadingOrder.endsCutSentence($0) || SentenceOpening.opensMidClause($0) || SentenceOpening.opensWithPercent($0) }
        let midSentence = seam.indices.map { opensMidText[$0] || indentSigns[$0] < 0 }
        let longHeads = tailTerms.contains(where: { !$0.isEmpty }) ? seam.map { Array($0.prefix(16)) } : []
        let opensElsewhere = seam.map { index.openingCount($0) >= 3 }
        let opensSentence = seam.map { SentenceOpening.opensWithAdverbial($0[...]) || SentenceOpening.opensWithTurn($0) }
        // Paragraphs opening with a meeting's setting or its speaker (`会前，…`, `会上，…`, `会议要求，…`):
        // sentences of their own, as an adverbial's are.
        let opensAtMeeting = seam.map(SentenceOpening.opensAtMeeting)
        // Paragraphs opening with a measure word no clause opens with (`年全市…`, `个县市…`): no clause
        // closed at a seam goes on there.
        let opensWithBareUnit = seam.map(SentenceOpening.opensWithBareUnit)
        let quoteOpen = seam.indices.map { isCut[$0] ? QuoteSeam.openAtEnd(seam[$0][...]) : nil }
        // Lists cut by a seam (`…良种繁育、饲草` | `种植、屠宰加工和品牌建设等情况。`): the tails, and the
        // heads only on a page with a list left open at a cut.
        let listOpen = seam.indices.map { isCut[$0] && ListSeam.openAtEnd(seam[$0][...]) }
        let listStart = listOpen.contains(true) ? seam.map { ListSeam.atStart($0[...], words: words) } : []
        // A list seam tells only where it is the one list seam of its cut and of its landing: two
        // lists cut on one page (`…农田退水` and `…销售渠道`, `污染、…` and `单一、…`) read on into
        // either as well.
        var listSeams = [(from: Int, to: Int)]()
        if !listStart.isEmpty {
            for i in paras.indices where listOpen[i] {
                let window = max(0, i - ReadingOrder.jumpWindow)..<min(n, i + ReadingOrder.jumpWindow + 1)
                for j in window where j != i && paras[j].isParagraph && !seam[j].isEmpty
                    && ListSeam.continues(openTail: listOpen[i], listStart[j]) { listSeams.append((i, j)) }
            }
        }
        // Lists left open after an enumeration comma (`…走访了 17 家客栈、`) and heads that are a list's
        // last items (`餐馆和旅行社，…`): such a seam reads on when it is the one such head in the cut's reach.
        let commaTail = seam.indices.map { isCut[$0] && seam[$0].last == ListSeam.enumerationComma }
        // (Not a header's first paragraph: a list does not go on under another article's header. And
        // a head in reach of two such tails is either's: neither's sole one.)
        // (Each head read once, and only in a comma tail's reach: most pages have no such tail.)
        var soleLastItem = [Int?](repeating: nil, count: n)
        if commaTail.contains(true) {
            var lastItemHead = [UInt8](filled: 0, count: n)  // 0 unread, 1 no, 2 yes
            let free = paras.map { $0.isParagraph && !$0.owned }
            for i in 0..<n where commaTail[i] {
                var found: Int? = nil, count = 0
                for j in max(0, i - ReadingOrder.jumpWindow)..<min(n, i + ReadingOrder.jumpWindow + 1) where j != i && free[j] {
                    if lastItemHead[j] == 0 { lastItemHead[j] = ListSeam.closesWithLastItem(seam[j][...], words: words) ? 2 : 1 }
                    if lastItemHead[j] == 2 { found = j; count += 1 }
                }
                soleLastItem[i] = count == 1 ? found : nil
            }
            var tailsInto = [Int: Int]()
            for case let j? in soleLastItem { tailsInto[j, default: 0] += 1 }
            for i in soleLastItem.indices { if let j = soleLastItem[i], tailsInto[j]! > 1 { soleLastItem[i] = nil } }
        }
        var listSeamsFrom = [Int](filled: 0, count: listSeams.isEmpty ? 0 : n), listSeamsInto = listSeamsFrom
        var listLanding = listSeamsFrom
        for l in listSeams { listSeamsFrom[l.from] += 1; listSeamsInto[l.to] += 1; listLanding[l.from] = l.to }
        // (Constants for the function, as `fragments`: it is asked of every candidate seam.)
        let anyListSeam = !listSeams.isEmpty, soleFrom = listSeamsFrom, soleInto = listSeamsInto, soleLanding = listLanding
        func soleListSeam(_ i: Int, _ j: Int) -> Bool {
            anyListSeam && soleFrom[i] == 1 && soleInto[j] == 1 && soleLanding[i] == j
        }
        // Openings are read for closing marks only on a page with a cut inside a quotation.
        let quoteClosed = quoteOpen.contains(where: { $0 != nil }) ? seam.map { QuoteSeam.closedAtStart($0[...]) } : []
        // What the candidate loop asks of each landing paragraph, as flat arrays (reading it from
        // `paras` there copied whole paragraphs).
        // The words right after a dateline open their article: no cut lands there.
        // (Nor a paragraph brought in from a page this file does not hold, `（上接第1版）`: its first
        // words go on from that page.)
        let canLand = paras.indices.map { paras[$0].isParagraph && !seam[$0].isEmpty && !paras[$0].unit.afterDateline && !heldLeads.contains($0)
            && !(paras[$0].unit.jumpsIn && !continuesSentOn[$0]) }
        let continuationStart = paras.map(\.unit.continuationStart)
        // Paragraphs printed right under a subhead of their own article (`票 决 定 事` / `在乡镇人代会
        // 上，…`): the subhead opens a part there, so the paragraph opens a sentence of its own. (A
        // subhead by its shape: one line, letter-spaced, numbered or of six characters at most; a
        // headline displaced into a cut sentence, `乌市人大：细化目标任务` over `撼、饱含情怀，…`,
        // has the cut's rest under it.)
        let underSubhead = paras.indices.map { j -> Bool in
            guard j > 0, paras[j - 1].unit.kind == .heading, paras[j - 1].layoutSection == paras[j].layoutSection,
                  paras[j].unit.kind == .paragraph, paras[j].unit.firstLine - paras[j - 1].unit.lastLine <= 2,
                  paras[j - 1].unit.pieces.count == 1 else { return false }
            let line = source.scalars[paras[j - 1].unit.pieces[0].range]
            let visible = line.filter { !ScalarClass.isSpace($0) }.map(ScalarClass.fold)
            return visible.count <= 6 || LineClassifier.isLetterSpaced(line) || LineClassifier.enumerationMarkerEnd(ScalarWindow(visible)) > 0
        }
        // Paragraphs printed right under a sidebar's lead (`【相关链接】` / `威宁…自治县成立于 1954 年，…`):
        // the sidebar's own text, opening it; a cut goes on there no more than under a subhead.
        // (A lead's line is short and opens as page chrome does, with a bracket or a lead's first
        // character: asked before the line is folded.)
        let underSidebarLead = paras.indices.map { j -> Bool in
            var l = paras[j].unit.firstLine - 1
            while l >= 1 && source.scalars[source.lineRange(l)].allSatisfy(ScalarClass.isSpace) { l -= 1 }
            guard l >= 1, paras[j].unit.firstLine - l <= 3 else { return false }
            let r = source.lineRange(l)
            guard r.count <= 20, let first = source.scalars[r].first(where: { !ScalarClass.isSpace($0) }),
                  PageFurnitureFamily.chromeStarts.contains(ScalarClass.fold(first)) else { return false }
            return PageFurnitureFamily.isSidebarLead(ScalarWindow(source.scalars[r].map(ScalarClass.fold)))
        }
        let jumpsOut = paras.map(\.unit.jumpsOut), jumpsIn = paras.map(\.unit.jumpsIn)
        // Whether cut `i`'s tail holds a long start of a term (five characters, or four whose last two
        // make no word: `…全过程人民`, `…人民代表大`), which goes on only with the rest of that term.
        func holdsCommittedTerm(_ i: Int) -> Bool {
            let t = seam[i]
            return tailTerms[i].contains { o in
                !o.whole && (o.held >= 5 || (o.held >= 4 && !(words.map { w in w.isWord(t[t.count - 2], t[t.count - 1]) } ?? true)))
            }
        }
        // The candidates from each cut, scored in a function of their own: inlined into `repair`,
        // the loop lost the inlining of its small steps (array reads, `max`, `first`) to the
        // size of the whole.
        // Each paragraph's layout section and owner flag as flat constants (reading them from `paras`
        // in the loop below copied whole paragraphs).
        let layoutOf = paras.map(\.layoutSection), ownedFlags = paras.map(\.owned)
        // Cuts whose last sentence opens a span of time (`自 2020 年…`), read only on a page where a
        // paragraph opens with its close (`以来，…`), each once.
        let spanOpen = seam.contains(where: SentenceOpening.closesSpan) ? seam.indices.map { isCut[$0] && SentenceOpening.spanOpenAtEnd(seam[$0]) } : []
        // Each paragraph's `openingCue`, asked of a few backward landings and their cuts, each once.
        var cues = [Double](filled: -1, count: n)
        func cue(_ p: Int) -> Double {
            let known = cues[p]
            if known >= 0 { return known }
            let c = ReadingOrder.openingCue(seam[p])
            cues[p] = c
            return c
        }
        // The paragraphs opening with the rest of a term another cut's tail holds a long start of
        // (`…让全过程人民` | `民主在这片土地上…`): that cut's landing, so no confident next paragraph of
        // a cut above them (a blank line inside `…7 家，` | `民主在这…` would take it first).
        let committedCuts = longHeads.isEmpty ? [] : (0..<n).filter { isCut[$0] && holdsCommittedTerm($0) }
        func claimedByTerm(_ j: Int, from i: Int) -> Bool {
            committedCuts.contains { k in k != i && k != j - 1 && seamTerms.continues(tailTerms[k], longHeads[j]) }
        }
        func scoreCandidates(from i: Int) {
            let tail = Array(seam[i].suffix(6))
            let clauseTail = ScalarClass.isClausePunct(tail.last!)
            let colonTail = tail.last! == "：" || tail.last! == ":"
            // A tail cut inside a word or clause (a Han character, `，`, `、`), not after a colon or
            // a closing quotation mark.
            let midClauseTail = ScalarClass.isHan(tail.last!) || tail.last! == "," || tail.last! == "、"
            // A cut whose next paragraph is a confident continuation (same fragment, usual gap, a
            // clause-punctuation tail or seam text seen elsewhere) needs no far candidates: most
            // cuts on hard-wrapped pages are like this, and it keeps the search near-linear there.
            // Not when the tail is cut inside a genre term the next paragraph does not finish.
            // (A tail that is a listed term of its own, `…人民代表大会`, may be complete: it is open,
            // as its rest is the likelier reading, but not committed.)
            // (So is one or two characters of a term after a level, `…组织各级人` | `大代表深入…`, when
            // the next paragraph goes on otherwise: `民主不是…` reads as 人民 only by accident.)
            let openTerm = !tailTerms[i].isEmpty
                && (tailTerms[i].contains { $0.held >= 3 } || !seamTerms.cutOpeningsBeforeLongRest(atEndOf: Array(seam[i].suffix(16))).isEmpty)
                && !(i + 1 < n && seamTerms.continues(tailTerms[i], longHeads.isEmpty ? [] : longHeads[i + 1]))
            // A tail holding a long start of a term goes on with the rest of that term; corpus
            // statistics for another reading across the seam (`人民|代表票决`) are no evidence.
            let committed = holdsCommittedTerm(i)
            // The seam score into the next paragraph, which both the confidence test and the
            // candidate ask for: computed once.
            let scoreToNext = !clauseTail && i + 1 < n && canLand[i + 1] ? index.seamScore(tailInfos[i], headInfos[i + 1]) : nil
            // (A clause closed at the seam goes on with no measure word, `…翻开笔记本，` / `年全市…`: that
            // word's number was cut off elsewhere.)
            let unitAfterClause = clauseTail && i + 1 < n && opensWithBareUnit[i + 1]
            let confident = !jumpsOut[i] && !openTerm && i + 1 < n && fragments[i + 1] == fragments[i] && canLand[i + 1]
                && gaps[i] <= usualGap && !lastOfFragment.contains(i)
                && (clauseTail || (scoreToNext ?? -1) > 1) && !unitAfterClause
                && (colonTail || !opensTable(i + 1) || endsTable(i))
                && (committedCuts.isEmpty || !claimedByTerm(i + 1, from: i))
            // (A confident cut's window is the next paragraph alone: its far landings were each
            // tried and turned down.)
            let window = confident ? (i + 1)..<(i + 2) : max(0, i - ReadingOrder.jumpWindow)..<min(n, i + ReadingOrder.jumpWindow + 1)
            // A paragraph sent on to another page (`（下转第4版）`) continues only where one is
            // brought in (`（上接第1版）`); the text across the seam decides between several.
            // The cut's own seam tables, read once (each `tailPlaces[i]` in the loop copied its array).
            let ownTailPlaces = tailPlaces[i], ownTailTerms = tailTerms[i]
            // (Whether the tail ends on a month's day, `…每月 15`: asked of its figure seams.)
            let monthTail = SentenceOpening.endsWithMonthDigits(seam[i])
            // The cut's weak landings, gathered here and stored once (each append went through the table).
            var ownWeakLandings = [TopicalContinuation.Landing]()
            defer { if !ownWeakLandings.isEmpty { weakLandings[i] = ownWeakLandings } }
            // A sentence announcing a table (`…票决结果如下：`) goes on with the table, printed in
            // another column (a landing whose first two lines are rows of cells, `项目名称　　得票` /
            // `老旧小区改造　31 票`, under a cut paragraph or at a column's top: a table under its own
            // finished sentence, `…见下表。`, is in place), as surely as a figure with its unit; while
            // one is in reach, no other landing but a quotation (`…表示：` | `“要把…”`).
            let tableLandings = colonTail ? window.filter { j in
                j != i && canLand[j] && opensTable(j) && (j == 0 || isCut[j - 1] || fragments[j - 1] != fragments[j])
            } : []
            // A number whose thousands are set apart, cut between its groups (`…五级代表 2 ` | `136 名…`):
            // one to three digits closing the tail, a space printed after them.
            // (Not a month's day, `…并于 10 月 12 `: its `日` goes on.)
            let thousandsTail = ScalarClass.isDigit(tail.last!) && !monthTail && ReadingOrder.endsWithSpacedDigits(paras[i].unit, source)
            for j in window where j != i && canLand[j] && (!jumpsOut[i] || jumpsIn[j]) {
                let head = heads[j]
                let adjacent = j == i + 1 && fragments[j] == fragments[i]
                var lex = 0.0
                var onlyBoundary = false // no evidence for the seam beyond words ending and starting at it
                // (Whether the corpus statistics know the strings across the seam at all.)
                var seamKnown = false
                if !clauseTail {
                    // (Across a column jump or a header, an opening mark alone is no evidence: `…情况向|“没想到…`.)
                    let raw = adjacent ? scoreToNext : index.seamScore(tailInfos[i], headInfos[j], wordsAfterOpening: true)
                    seamKnown = raw != nil
                    lex = 0.5 * min(6, max(-3, raw ?? -3))
                } else if opensWithBareUnit[j] {
                    // (A clause closed at the seam goes on with no measure word: `…笔记本，|年全市…`.)
                    lex = -1.5
                }
                // A common word spanning the seam (去|年, 定|力) reads on; a seam between two whole
                // words is at least not implausible.
                if let w = words, let a = tail.last, let b = head.first, ScalarClass.isHan(a), ScalarClass.isHan(b) {
                    // A tail that already ends with a whole word (更加|…) makes a spanning word weak evidence.
                    let cleanBoundary = tail.count >= 2 && w.isWord(tail[tail.count - 2], a)
                    if w.isWord(a, b) && !cleanBoundary {
                        // (A list's item of one character, `…网络征集、问|卷调查等方式`, is a word cut at the
                        // seam when the head goes on as the list does, its `等` or `、` within a few words:
                        // as sure as a figure's unit. Not `…县、乡|人大代表…`: 乡 is an item of its own.)
                        lex = max(lex, tail.count >= 2 && tail[tail.count - 2] == ListSeam.enumerationComma
                                  && ListSeam.goesOnAsList(head) ? 3 : 1)
                    }
                    else if cleanBoundary || w.isWord(a, b) {
                        if lex < 0 { onlyBoundary = true }
                        lex = max(lex, 0)
                    }
                    // A landing across a gap whose one first character closes a clause (`虑。张秀琴…`) is a
                    // word's rest: a tail it makes a word with (`…起初有顾|虑。`) reads on there more surely
                    // than one it makes none with (`…参与矛盾|虑。`). (The next paragraph in its column has
                    // adjacency's support already.)
                    if !adjacent, head.count >= 2, ScalarClass.isSentenceFinal(head[1]) || ScalarClass.isClausePunct(head[1]),
                       w.isWord(a, b) { lex = max(lex, 2) }
                }
                // A place followed by a place inside it (…石嘴山市|平罗县…) reads on.
                // (Not asked when the tail names no place: `continues` is false then.)
                if !ownTailPlaces.isEmpty && places.continues(ownTailPlaces, headPlaces[j]) { lex = max(lex, 3) }
                // A quotation left open at the seam and closed in the first words after it
                // (`…向“有效|运行”转变`) reads on.
                // So does a quotation left open and a head opening with a quotation nested in it
                // (`“联系点不仅是立法的|‘直通车’，也是普法的`): a single mark opens only inside a double.
                let quoteAcross = quoteOpen[i].map { quoteClosed[j] == $0 || ($0 == 0 && head.first == "‘") } ?? false
                if quoteAcross { lex = max(lex, ReadingOrder.termAcrossScore) }
                // A clause taken up by the next one's first word (`…被采纳，|采纳率…`) reads on.
                if clauseTail && ReadingOrder.takesUpClause(tail, head) { lex = max(lex, ReadingOrder.takenUpClauseScore) }
                // A figure cut from the words that take it (`…提高到|76.5%，…`) reads on, as a place does.
                if let a = tail.last, SentenceOpening.quantityAcross(tail: a, head: head) { lex = max(lex, 3) }
                // So does a figure cut from its unit (`…坚持每月 15|日为“代表接待日”…`), unless the landing is
                // the rest of a cut line ending on digits right above it in its own column (`…接待群众 2 300` /
                // `余人次，…`), or opens with a place (`台安县…`). (The tail must be text:
                // a page number standing alone, `3`, is no figure of a sentence.)
                // A month's day cut from its `日` (`…坚持每月 15|日为…`) reads on only so, and as surely as a
                // term, whatever the line above the landing ends on (unless that line is a month's day too).
                if monthTail && SentenceOpening.opensWithDay(head),
                   !(j > 0 && j - 1 != i && isCut[j - 1] && SentenceOpening.endsWithMonthDigits(seam[j - 1])) {
                    lex = max(lex, ReadingOrder.termAcrossScore)
                } else if SentenceOpening.unitAcross(tail: tail, head: head),
                   !(monthTail && !SentenceOpening.frequencyUnits.contains(head[0])),
                   seam[i].count(where: ScalarClass.isHan) >= 2,
                   !(j > 0 && j - 1 != i && isCut[j - 1] && fragments[j - 1] == fragments[j] && gaps[j - 1] <= usualGap
                     && SentenceOpening.endsWithNumber(seam[j - 1])),
                   places.startingPlaces(Array(seam[j].prefix(6))).isEmpty {
                    // (As a place going on, below a term: a measure word may open a word too,
                    // `…能现|场解决…` against `…接待群众 86|场解决…`.)
                    lex = max(lex, 3)
                }
                // So does a span of time cut from its close (`…自 2020 年被确定为…联系点|以来，…`), as surely
                // as a term: nothing else goes on from the one, nothing else opens with the other.
                if !spanOpen.isEmpty && spanOpen[i] && SentenceOpening.closesSpan(head) { lex = max(lex, ReadingOrder.termAcrossScore) }
                // So does a verb closed by `了` with its object, a count (`…走访了|二十多户…`), as surely as a
                // term. (Not a count printed right under a cut line of its own column, no blank line
                // between, `…民生实事项目` / `168 个，…`: that line's rest.)
                // (Or with a whole list closed as an object, `…推动解决了` | `自来水入户、小区停车等问题 96 件。`.)
                if let a = tail.last, SentenceOpening.countAcross(tail: a, head: head) || (a == "了" && ListSeam.isListObject(seam[j][...], words: words)),
                   !(j > 0 && isCut[j - 1] && fragments[j - 1] == fragments[j] && gaps[j - 1] == 0) {
                    lex = max(lex, ReadingOrder.termAcrossScore)
                }
                // A list cut by the seam (`…良种繁育、饲草|种植、屠宰加工和品牌建设等情况`) reads on, unless
                // the words across it, known to the corpus statistics, say otherwise.
                if (lex >= 0 || !seamKnown) && soleListSeam(i, j) {
                    lex = max(lex, ReadingOrder.listAcrossScore)
                }
                // A list left open after its comma goes on with the one head in reach that is its last
                // items (`…走访了 17 家客栈、` | `餐馆和旅行社，并召开…`), as surely as a figure with its unit.
                if soleLastItem[i] == j { lex = max(lex, 3) }
                if !tableLandings.isEmpty {
                    if tableLandings.contains(j) { lex = max(lex, 3) } else if head.first != "“" { lex = min(lex, -3) }
                }
                // Nothing else goes on into a table (`…盘活闲置资` | `项目名称　　得票`, whatever the words
                // across the seam read as: `投资项目`), but a table's rows cut at a column's foot.
                else if !colonTail && opensTable(j) && !endsTable(i) { lex = min(lex, -3) }
                // The rest of a number cut between its thousands goes on with exactly three digits, as
                // surely as a term's rest.
                if thousandsTail && SentenceOpening.opensWithThousandsGroup(head) { lex = max(lex, ReadingOrder.termAcrossScore) }
                // A genre term spanning the seam (…人民代|表大会制度…, …全过程人民|民主…) reads on.
                // It outweighs the corpus statistics (at most 3), which often favour a common opening.
                let termAcross = !ownTailTerms.isEmpty && seamTerms.continues(ownTailTerms, longHeads[j])
                if termAcross { lex = max(lex, ReadingOrder.termAcrossScore) } else if committed { lex = min(lex, 0) }
                // Of two paragraphs finishing the term, one that opens a speaker's sentence with it
                // (`…县人大常委|会议要求，要…`) is the likelier reading of its own: a little less likely here.
                if termAcross && SentenceOpening.opensWithSettingOrSpeaker(seam[j]) { lex -= 0.25 }
                // Three characters repeated across the seam (`…转化为推动|为推动安全…`) make a stutter,
                // not a sentence.
                if !termAcross && ReadingOrder.repeatsAcross(tail, head) { lex = min(lex, -1.5) }
                var s = lex
                var openingAbove = false, otherLead = false
                // A clause cut mid-word or mid-phrase does not go on with a sentence's opening
                // adverbial (`…工作取得|近日，蒙阴县…`), nor with a meeting's setting, which reads as a
                // word's tail by its early comma (`…项目建设进|会前，区人大常委会…`).
                // (Not after a whole word, `…召开人大代表座谈` | `会上，…`: the meeting's noun may be cut there.)
                if opensAtMeeting[j] && !termAcross && SentenceOpening.tailRefuses(tail.last!)
                    && !(tail.count >= 2 && words?.isWord(tail[tail.count - 2], tail[tail.count - 1]) == true) { s -= 3 }
                else if continuationStart[j] { s += 1 }
                else if opensSentence[j] && SentenceOpening.tailRefuses(tail.last!) { s -= 3 }
                // Text that opens paragraphs elsewhere in the corpus is unlikely to continue a sentence
                // (unless a term or a quotation spans the seam: in a drop of scrambled pages, the tails
                // of cut terms open paragraphs everywhere, `民主在…`, `两院”依法…`).
                else if opensElsewhere[j] && !termAcross && !quoteAcross { s -= 2 }
                if adjacent {
                    // A tail cut inside a genre term (`…全过程人民`, `…人大常`) that the next paragraph
                    // does not finish (`openTerm`) is supported by adjacency no more than across a
                    // column gap.
                    s += gaps[i] > usualGap || openTerm ? 1.5 : (lex >= 0 && !onlyBoundary ? 6 : 3)
                } else {
                    if ScalarClass.isOpening(head[0]) { s -= 1 }
                    // A cut rarely goes on under a subhead (nothing but a term or a quotation spanning
                    // the seam says so: `…省人大常委会|在乡镇人代会上` is no sentence).
                    if (underSubhead[j] || underSidebarLead[j]) && !termAcross && !quoteAcross { s -= 2 }
                    if firstOfFragment.contains(j) || columnStart.contains(j) { s += 1.5 }
                    // The cut that closes a fragment often continues at the top of the same fragment
                    // (a header printed across the columns, the article's opening below it).
                    // (Not when that top reads as the article's lead: its first sentence names a county,
                    // `靖安县森林覆盖率超过84%，…`, or it opens as articles do, `近日，…`.)
                    if lastOfFragment.contains(i) && firstOfFragment.contains(j) && fragments[j] == fragments[i]
                        && !(paras[j].owned && (leadNamesACounty(j) || opensLikeArticle(j))) { s += 1 }
                    // An article's opening printed above its own title opens with the place its byline's
                    // office names (`珲春地处…`, then `珲春市人大常委会副主任 朴春花`): its cut goes on
                    // under that byline, not at the top of the column it ends.
                    if lastOfFragment.contains(i) && firstOfFragment.contains(j) && fragments[j] == fragments[i] + 1,
                       let stem = officeStems[paras[j].layoutSection], stem != officeStems[paras[i].layoutSection] ?? [],
                       heads[i].starts(with: stem) { s += 2; openingAbove = true }
                    // An article's first paragraph that names the article's place in its first sentence
                    // (`为推动…，泗洪县人大常委会…`) is its lead: a cut from an article about another
                    // place rarely goes on there,
                    if leadNamesOwnPlace[j] && !openingAbove && paras[j].layoutSection != paras[i].layoutSection,
                       let own = sectionStems[paras[j].layoutSection], own != sectionStems[paras[i].layoutSection] ?? [] { s -= 2; otherLead = true }
                    // nor, with nothing across the seam, a cut of its own article below it
                    // (`…优化通关|走进龙州县水口镇…`): the article would open mid-sentence.
                    // (Of an article whose header names no place, a lead naming a county in its first
                    // sentence is as sure: `在阳西县沙扒镇，说起…` under `冯秀娟　做渔家人的…`.)
                    if j < i && lex <= 0 && layoutOf[j] == layoutOf[i]
                        && (leadNamesOwnPlace[j] || (ownedFlags[j] && sectionStems[layoutOf[j]] == nil && leadNamesACounty(j))) {
                        s -= 3; otherLead = true
                    }
                    // Nor does a cut go back, short of a term's rest across the seam, into the first
                    // paragraph under its own article's header (`…正在这里|走进锁南镇…`, `…网络征集、问|
                    // 民生实事项目人大代表票决制，是…`): the article would open below its lead. Unless that
                    // paragraph opens mid-sentence (`是坚持和完善…`: no sentence opens with the copula), or
                    // the cut's paragraph, or the one right above it in its article, opens more like an
                    // article (`10月16日，…大会胜利召开`, `…谈以下几点体会`): then the header was printed
                    // inside its article's text, and its lead below it.
                    if j < i && ownedFlags[j] && !otherLead && lex < ReadingOrder.termAcrossScore && layoutOf[j] == layoutOf[i]
                        && !midSentence[j] && !ReadingOrder.opensWithCopula(seam[j], words: words) {
                        let above = i > 0 && !ownedFlags[i] && layoutOf[i - 1] == layoutOf[i]
                        if cue(j) >= max(cue(i), above ? cue(i - 1) : 0) { s -= 3; otherLead = true }
                    }
                    // A cut at a column bottom must jump somewhere; nearer landings are likelier.
                    if lastOfFragment.contains(i) { s += 0.75 - 0.05 * Double(abs(j - i)) }
                    // A paragraph opening mid-sentence (`督办。去年，…`, `情况，梳理出…`) must go on
                    // from some cut.
                    // (Not for text printed flush alone: that says it goes on from some cut, not that a
                    // far one is likelier than the one right above it.)
                    if midSentence[j] && !(indentSigns[j] < 0 && !opensMidText[j]) { s += 1 }
                    // Of the paragraphs a term's rest opens (`…荣成市人大|常委会推动…` or `|代表们走进…`), one
                    // below a cut paragraph of its column is that column's top (the cut went on
                    // elsewhere); one below a paragraph that ended its sentence is a little more likely
                    // that article's next paragraph.
                    // (Not below a clause cut at a comma, `…代表们围坐一起，`: that one reads on into it.)
                    // (Not across a column gap below that cut: there the landing is its own
                    // continuation. A tie-break only: a tenth of a point.)
                    if termAcross && j > 0 && isCut[j - 1] && fragments[j - 1] == fragments[j] && j - 1 != i
                        && gaps[j - 1] <= usualGap,
                       let above = seam[j - 1].last, !ScalarClass.isClausePunct(above) { s += 0.1 }
                    // On a page that indents its paragraphs, an indented one opens a paragraph: a
                    // sentence cut at a column's foot rarely goes on there (`…推动解决群众|　　铁力市地处…`).
                    // (A lead-in ending with a colon, or a quotation closed, may well go on there.)
                    if indentSigns[j] > 0 && midClauseTail { s -= 3 }
                }
                if fragments[j] == fragments[i] { s += 0.5 }
                if jumpsOut[i] { s += 10 }
                if debugAll { FileHandle.standardError.write("cand \(source.path) \(paras[i].unit.lastLine)->\(paras[j].unit.firstLine) \(s) lex=\(lex)\n".data(using: .utf8)!) }
                // Text that reads on across the seam (a genre term, a quotation closed) is as sure
                // as the layout: it competes in phase 1 too.
                if (lastOfFragment.contains(i) && (firstOfFragment.contains(j) || columnStart.contains(j)) && s >= 1.0
                    && (lex >= 0 || fragments[i] == fragments[j] || openingAbove) && !otherLead) || (lex >= ReadingOrder.termAcrossScore && s >= ReadingOrder.minimumJumpScore) { phase1.append((s, i, j, lex)) }
                // A weak adjacent continuation competes like any candidate, but if it wins it only
                // keeps the page order (a soft link) and claims no column join.
                // So is one with no text evidence whose head opens paragraphs elsewhere.
                if adjacent && s >= 1.5 && (s < 4 || (lex <= 0 && opensElsewhere[j])) { weakNext.insert(i) }
                if s >= (adjacent ? 1.5 : ReadingOrder.minimumJumpScore) { candidates.append((s, i, j, lex)) }
                // (Only for a tail cut inside a word or clause, into its own or the next layout
                // block, and not into a labelled line, `问：…`.)
                if indentSigns[j] < 0 && s >= 0 && j > i && midClauseTail && fragments[j] - fragments[i] <= 1
                    && !head.prefix(3).contains(":") { flushSeams.append((s, i, j, lex)) }
                if midSentence[j] && s >= 0 { landingLex.append((i * n + j, lex)) }
                // Too weak to join on the seam alone, not ruled out (or opening with the end of a
                // sentence, `责任。…`, or mid-clause, `情况，梳理出…`, whatever the statistics say of
                // the seam): the text may yet decide.
                // (Not text that opens sentences: `党的二十大是…`, `近日，…`.)
                if s >= 0 && (lex >= 0 || midSentence[j]) && !otherLead && !adjacent && !opensElsewhere[j] && !opensSentence[j]
                    && !opensLikeArticle(j) { ownWeakLandings.append((j, s)) }
            }
        }
        for i in 0..<n where isCut[i] { scoreCandidates(from: i) }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.from, $0.to) < ($1.from, $1.to) }
        phase1 = ReadingOrder.phaseOneOrder(phase1)
        var next = [Int?](filled: nil, count: n)
        var prev = [Int?](filled: nil, count: n)
        var hard = [Bool](filled: false, count: n) // next[i] is a join
        // Chains as disjoint sets: linking the tail of one chain to the head of another closes a
        // cycle exactly when both are already in the same chain (walking `prev` to the head was
        // quadratic on pages of thousands of paragraphs).
        var chainOf = Array(0..<n)
        func chain(_ i: Int) -> Int {
            // (Through the buffer: one exclusive access to the captured table per call, each checked
            // at run time, not one per read and write.)
            chainOf.withUnsafeMutableBufferPointer { c in
                var k = i
                while c[k] != k { c[k] = c[c[k]]; k = c[k] }
                return k
            }
        }
        // The text evidence of each join of the scored passes, by its cut (a word or term read across
        // the seam is more than 0).
        var joinLex = [Double](filled: 0, count: n)
        func link(_ a: Int, _ b: Int) {
            next[a] = b
            prev[b] = a
            chainOf[chain(b)] = chain(a)
        }
        let debug = ReadingOrder.tracing
        // Phase 1: a cut at the bottom of a column (the last paragraph before a header) continues at
        // the top of a column (the first paragraph after a header or a column gap). Phase 2: the rest.
        // Layout does not outweigh text: a landing the layout favours that another cut's seam
        // claims far more strongly is left to phase 2 (a seam a term or quotation spans stays).
        var strongestInto = [Double](filled: -.infinity, count: n)
        for c in candidates { strongestInto[c.to] = max(strongestInto[c.to], c.score) }
        phase1.removeAll { $0.lex < ReadingOrder.termAcrossScore && strongestInto[$0.to] > $0.score + ReadingOrder.layoutMargin }
        // Nor does an article's lead the layout alone favours (nothing across the seam; a first
        // sentence naming a county, `靖安县森林覆盖率…`) go first when the cut has a continuation the
        // words across its seam favour that scores higher (`…收集意见建议|一百八十余条…`).
        var strongestTextFrom = [Double](filled: -.infinity, count: n)
        for c in candidates where c.lex >= ReadingOrder.textSeamScore { strongestTextFrom[c.from] = max(strongestTextFrom[c.from], c.score) }
        phase1.removeAll { $0.lex <= 0 && strongestTextFrom[$0.from] > $0.score && paras[$0.to].owned && leadNamesACounty($0.to) }
        // Of two cuts whose term seams meet at one landing (`…向市人|民民主…` and `…全过程人|民民主…`), the
        // one with another term seam no other cut shares (`…向市人|大代表反映…`) leaves that landing to
        // the one with none: each takes a term's rest.
        let termSeams = candidates.filter { $0.lex >= ReadingOrder.termAcrossScore }
        if termSeams.count >= 3 {
            // (Counts in flat arrays: pages of scrambled terms hold many such seams.)
            var into = [Int](filled: 0, count: n), from = [Int](filled: 0, count: n)
            for c in termSeams { into[c.to] += 1; from[c.from] += 1 }
            var yielded = [Int]()
            // (Only when the other cut's tail is a term's start that reads on only so, `…全过程人`,
            // `…人民代表大`, and its seam there is that term's rest, not a quotation closed; and
            // never the cut's own next paragraph in its column.)
            for c in termSeams where into[c.to] == 2 && !(c.to == c.from + 1 && fragments[c.to] == fragments[c.from]) {
                guard let other = termSeams.first(where: { $0.to == c.to && $0.from != c.from })?.from, from[other] == 1,
                      holdsCommittedTerm(other), !longHeads.isEmpty, seamTerms.continues(tailTerms[other], longHeads[c.to]) else { continue }
                if termSeams.contains(where: { $0.from == c.from && $0.to != c.to && into[$0.to] == 1 }) { yielded.append(c.from * n + c.to) }
            }
            if !yielded.isEmpty {
                phase1.removeAll { yielded.contains($0.from * n + $0.to) }
                candidates.removeAll { yielded.contains($0.from * n + $0.to) }
            }
        }
        // A writer's footer (`（作者系…）`) closes its article: nothing goes on from it, nor across
        // one printed between two paragraphs outside the flow.
        let closesArticle = texts.map(ReadingOrder.isWriterFooter)
        /// The stems of the counties named by a writer's footer printed between paragraphs `i` and `i + 1`
        /// (or after the page's last paragraph `i`).
        func footerCounties(between i: Int, _ g: Gazetteer) -> Set<[Unicode.Scalar]> {
            let from = paras[i].unit.lastLine + 1, to = i + 1 < n ? paras[i + 1].unit.firstLine : min(source.lineCount + 1, from + 6)
            guard to > from, to - from <= 6 else { return [] }
            var out = Set<[Unicode.Scalar]>()
            var l = from
            while l < to {
                defer { l += 1 }
                // (Most lines between two paragraphs are blank: only a bracket is read further.)
                let r = source.lineRange(l)
                guard let first = source.scalars[r].first(where: { !ScalarClass.isSpace($0) }), ScalarClass.fold(first) == "(" else { continue }
                var t = source.scalars[r].filter { !ScalarClass.isSpace($0) }
                // (A footer wrapped over lines, `（作者系宁安市人大常委会党组书` / `记、主任）`, read whole.)
                while l + 1 < to, let last = t.last, ScalarClass.fold(last) != ")" {
                    let more = source.scalars[source.lineRange(l + 1)].filter { !ScalarClass.isSpace($0) }
                    if more.isEmpty { break }
                    t += more
                    l += 1
                }
                guard ReadingOrder.isWriterFooter(t) else { continue }
                for m in g.countyMentions(in: t) { out.insert(ReadingOrder.placeStem(Array(t[m.range]))) }
            }
            return out
        }
        for c in phase1 + candidates where next[c.from] == nil && prev[c.to] == nil && !closesArticle[c.from] {
            if chain(c.from) == chain(c.to) { continue } // would close a cycle
            if debug {
                FileHandle.standardError.write("join \(paras[c.from].unit.lastLine)->\(paras[c.to].unit.firstLine) \(c.score) \(String(String.UnicodeScalarView(paras[c.from].text.suffix(4))))|\(String(String.UnicodeScalarView(paras[c.to].text.prefix(4))))\n".data(using: .utf8)!)
            }
            link(c.from, c.to)
            hard[c.from] = !(c.to == c.from + 1 && weakNext.contains(c.from))
            joinLex[c.from] = c.lex
        }
        // On a page that indents its paragraphs, a paragraph printed flush is the rest of a cut one:
        // the cuts still open take the flush paragraphs below them that nothing reached yet, likeliest seam first,
        // though no seam alone was sure enough (the layout says each goes on from some cut; the
        // scores only say from which).
        // (Only where paragraphs are printed a line each, so that a line ending mid-sentence ends a
        // column: on a hard-wrapped page, a blank line inside a paragraph makes flush text too.)
        if !flushSeams.isEmpty {
            var paragraphs = 0, oneLine = 0
            for p in paras where p.isParagraph { paragraphs += 1; if p.unit.pieces.count == 1 { oneLine += 1 } }
            if oneLine * 5 < paragraphs * 4 { flushSeams = [] }
        }
        flushSeams.sort { $0.score != $1.score ? $0.score > $1.score : ($0.from, $0.to) < ($1.from, $1.to) }
        for c in flushSeams where next[c.from] == nil && prev[c.to] == nil && chain(c.from) != chain(c.to) && !closesArticle[c.from] {
            if debug {
                FileHandle.standardError.write("flush join \(paras[c.from].unit.lastLine)->\(paras[c.to].unit.firstLine) \(c.score)\n".data(using: .utf8)!)
            }
            link(c.from, c.to)
            hard[c.from] = true
        }
        let unresolved = (0..<n).filter { endsCut[$0] && next[$0] == nil }
            .map { paras[$0].unit.lastLine }

        // 3. Soft links between consecutive whole paragraphs of a fragment.
        // Links into an article's opening printed before its header (a paragraph whose cut joins the
        // first paragraph after a header) go first, so a cycle drops the other link.
        let opensBeforeHeader = IndexFlags(n, (0..<n).filter { i in next[i].map { hard[i] && firstOfFragment.contains($0) && $0 < i } ?? false })
        let softOrder = (0..<(n - 1)).sorted { a, b in
            let pa = opensBeforeHeader.contains(a + 1), pb = opensBeforeHeader.contains(b + 1)
            return pa != pb ? pa : a < b
        }
        for i in softOrder where next[i] == nil && prev[i + 1] == nil && fragments[i + 1] == fragments[i] {
            // (Nor a paragraph sent on to another page, `…把代表建议办理与` / `（下转第2版）`: what follows it
            // here is another piece.)
            if endsCut[i] || closesArticle[i] || paras[i].unit.jumpsOut { continue }
            // (Nor into a profile's lead printed above its headline: it opens the profile.)
            if heldLeads.contains(i + 1) { continue }
            if chain(i) == chain(i + 1) { continue }
            link(i, i + 1)
        }

        // A section whose header names no place is about the one county its lead names, with its
        // suffix (`■ 包国庆（辽宁）` over `…阜蒙县是以蒙古族为主体的…，阜蒙县人大常委会…`): orphans
        // naming it lean to it. (Owned pieces stay: one naming another county may be learning from
        // it, `借鉴德清县…经验`.)
        // (Found on first need: most pages have neither a footer inside a chain nor an orphan.)
        var leadPlacesFound: [Int: [Unicode.Scalar]]? = nil
        func leadPlaces() -> [Int: [Unicode.Scalar]] {
            if let found = leadPlacesFound { return found }
            var out = [Int: [Unicode.Scalar]]()
            if let g = gazetteer, sectionStems.contains(where: { $0 == nil }) {
                for k in paras.indices where isOwner[k] && sectionStems[paras[k].layoutSection] == nil && out[paras[k].layoutSection] == nil {
                    // (One county, however printed: `和布克赛尔蒙古自治县…和布克赛尔县人大常委会`.)
                    let mentions = g.countyMentions(in: texts[k]).map { Array(texts[k][$0.range]) }
                    if let first = mentions.first, Set(mentions.map(ReadingOrder.placeStem)).count == 1 {
                        out[paras[k].layoutSection] = first
                    }
                }
            }
            leadPlacesFound = out
            return out
        }
        // A cut that lands inside another article's text, on a short paragraph that only ends the
        // cut sentence (`…推动全过程人` | `民民主在海北落地见效。`), ends its article there when the text
        // after the landing is about the other article's place (`…门源县人大常委会…`) and not the cut
        // article's: it goes on with the paragraph before the landing, the other article's own text
        // read on from its header (soft links only; not a photo item's caption, whose credit follows it).
        for i in 0..<n where hard[i] {
            guard let j = next[i], j != i + 1, j > 0, j + 1 < n, !paras[j].owned,
                  paras[j].layoutSection != paras[i].layoutSection, next[j] == j + 1, !hard[j],
                  paras[j - 1].fragment == paras[j].fragment, paras[j + 1].fragment == paras[j].fragment,
                  next[j - 1] == nil, !endsCut[j - 1], !closesArticle[j - 1], paras[j - 1].layoutSection == paras[j].layoutSection,
                  texts[j].count <= 20, ReadingOrder.isOneSentence(texts[j]),
                  sections[paras[j].layoutSection].byline?.placement == .opening else { continue }
            var h = j - 1
            while let p = prev[h] { h = p }
            guard paras[h].owned && paras[h].layoutSection == paras[j].layoutSection else { continue }
            let a = paras[i].layoutSection, b = paras[j].layoutSection
            guard let stemB = sectionStems[b] ?? leadPlaces()[b].map(ReadingOrder.placeStem) else { continue }
            let stemA = sectionStems[a] ?? leadPlaces()[a].map(ReadingOrder.placeStem)
            var run = [Int](), k: Int? = j + 1
            while let m = k, run.count < 8 { run.append(m); k = next[m]; if k.map({ paras[$0].fragment != paras[j].fragment }) ?? true { break } }
            guard run.contains(where: { ReadingOrder.namesPlace(texts[$0], stem: stemB) }),
                  !run.contains(where: { p in stemA.map { ReadingOrder.namesPlace(texts[p], stem: $0) } ?? false }) else { continue }
            // (No cycle: the chain going on from j + 1 must not lead back to j - 1.)
            var c: Int? = j + 1, loops = false
            while let m = c { if m == j - 1 { loops = true; break }; c = next[m] }
            if loops { continue }
            next[j] = nil
            prev[j + 1] = j - 1
            next[j - 1] = j + 1
        }

        // Chains.
        var chains = [[Int]]()
        for i in 0..<n where prev[i] == nil {
            var c = [i]
            var k = i
            while let m = next[k] { c.append(m); k = m }
            chains.append(c)
        }
        // A writer's footer printed between two paragraphs of a chain (`（作者系塔县…）`) that names a
        // county other than the chain's article's (its first owner's office, title or lead place),
        // or any county for a chain no header owns, closes another article: the chain ends there,
        // and the text after it is attributed on its own evidence.
        if let g = gazetteer {
            var split = [[Int]]()
            for c in chains {
                var cur = [Int]()
                for (k, p) in c.enumerated() {
                    cur.append(p)
                    guard k + 1 < c.count, !hard[p], c[k + 1] == p + 1 else { continue }
                    let named = footerCounties(between: p, g)
                    guard !named.isEmpty else { continue }
                    // (A chain no header owns ends at any such footer.)
                    var stem: [Unicode.Scalar]? = nil
                    if let o = c.first(where: { isOwner[$0] }) {
                        let s = paras[o].layoutSection
                        guard let own = sectionStems[s] ?? leadPlaces()[s].map(ReadingOrder.placeStem) else { continue }
                        stem = own
                    }
                    if !(stem.map(named.contains) ?? false) {
                        split.append(cur)
                        cur = []
                        next[p] = nil
                        prev[p + 1] = nil
                    }
                }
                if !cur.isEmpty { split.append(cur) }
            }
            chains = split
        }
        // Whether paragraph `p` is printed above the page's first header (title or byline), and so
        // above its own section's.
        func printedAboveFirstHeader(_ p: Int) -> Bool {
            guard let first = firstHeaderLine else { return false }
            return paras[p].unit.firstLine < first
        }
        // The last run of a chain, soft-linked on after its last column join (or after its article's
        // own paragraphs), closed by a writer's footer naming another article's county and not the
        // chain's article's, is that other article's when it is printed under its header or names its
        // county: `…结出更多丰硕成果。` joined from a's cut, then `一是建立…` … `（作者系泰兴市人大常委会副主任）`
        // under b's header; or `诸暨是“枫桥经验”的发源地…` (a's opening), then `…下一步，嵊州市人大常委会…`
        // over `（作者系嵊州市…）`. The soft link read on into the run only because it is printed below.
        // Returns where the run starts in the chain and the article it goes to.
        func footerClosedTail(_ c: [Int], from: Int, a: Int) -> (Int, Int)? {
            guard let g = gazetteer, let last = c.last else { return nil }
            // (After the landing of the last join, which must be more than the end of the cut
            // sentence, and after the article's own paragraphs.)
            let lastOwner = c[from...].lastIndex(where: { paras[$0].owned })
            var k = lastOwner.map { $0 + 1 } ?? 0
            if let j = c[from...].lastIndex(where: { hard[$0] }) {
                guard j + 1 < c.count, !ReadingOrder.endsCutSentence(texts[c[j + 1]]) else { return nil }
                k = max(k, j + 2)
            } else if lastOwner == nil { return nil }
            guard k >= 1, k < c.count, !endsCut[c[k - 1]] else { return nil }
            let tail = c[k...]
            // (Not across a footer printed inside the run, `…贡献人大力量。` / `（作者系石阡县…）`: there an
            // article ends, and which one the footers say.)
            if ((k - 1)..<(c.count - 1)).contains(where: { !footerCounties(between: c[$0], g).isEmpty }) { return nil }
            let named = footerCounties(between: last, g)
            guard !named.isEmpty else { return nil }
            let stemA = sectionStems[a] ?? leadPlaces()[a].map(ReadingOrder.placeStem)
            if let s = stemA, named.contains(s) { return nil }
            // (The other article's place from its office, its title's start or its lead, or else a
            // county its title names anywhere, `…——嵊州市推进人大代表联络站…`.)
            func placeOf(_ b: Int) -> [Unicode.Scalar]? {
                if let s = sectionStems[b] ?? leadPlaces()[b].map(ReadingOrder.placeStem) { return s }
                guard let t = sections[b].title.map({ Array($0.unicodeScalars) }) else { return nil }
                return g.countyMentions(in: t).map { ReadingOrder.placeStem(Array(t[$0.range])) }.first(where: named.contains)
            }
            let others = sections.indices.filter { b in b != a && placeOf(b).map(named.contains) == true }
            guard others.count == 1, let b = others.first, let stemB = placeOf(b), stemB != stemA else { return nil }
            // (Printed elsewhere, the run must name b's place, and the chain's article its own: a piece
            // about nowhere, `代表风采：…` over `林口县人大代表张桂芝…`, may well be the run's article.)
            guard tail.allSatisfy({ paras[$0].layoutSection == b })
                    || (stemA != nil && tail.contains(where: { ReadingOrder.namesPlace(texts[$0], stem: stemB) })),
                  !(stemA.map { s in tail.contains { ReadingOrder.namesPlace(texts[$0], stem: s) } } ?? false) else { return nil }
            return (k, b)
        }
        // Cut chains with more than one owner.
        // (What cutting reads of the page, built when first asked: a page whose repair stops before
        // the enumeration pieces move, no chain of it holding two articles, never asks.)
        var cutContextFound: CutContext? = nil
        func cutContext() -> CutContext {
            if let found = cutContextFound { return found }
            let built = CutContext(paras: paras, texts: texts, fragments: fragments)
            cutContextFound = built
            return built
        }
        /// Where a chain's last article `a` (from position `from`) reached another header's column by
        /// a join (`…全过程人|` / `民民主在泸溪落地生根…`) and read on there, softly, into that header's
        /// own text: the first paragraph after the landing, in that column, that names the header's
        /// place and not a's (`…我们围绕保靖黄金茶产业发展…`), the header's first paragraph standing in
        /// a chain of its own. Returns the cut (the last position of a's text, chosen as between two
        /// owners) and the header's section; nil otherwise.
        func landedRunInOwnerlessColumn(_ c: [Int], from: Int, a: Int, owners: [Int]) -> (Int, Int)? {
            guard let stemA = sectionStems[a] else { return nil }
            var k = from + 1
            while k < c.count {
                defer { k += 1 }
                let b = paras[c[k]].layoutSection
                guard hard[c[k - 1]], b != a, !paras[c[k]].owned, let stemB = sectionStems[b], stemB != stemA,
                      !owners.contains(where: { paras[c[$0]].layoutSection == b }),
                      (cutContext().bySection[b] ?? []).contains(where: { paras[$0].owned && !c.contains($0) }) else { continue }
                // The landing and the paragraphs read on from it, in b's column, naming b's place only
                // from the first that does.
                var q = k + 1
                while q < c.count, !hard[c[q - 1]], paras[c[q]].layoutSection == b {
                    let t = texts[c[q]]
                    if ReadingOrder.namesPlace(t, stem: fullNameOnly[b] ?? stemB) {
                        guard !ReadingOrder.namesPlace(t, stem: stemA), !c[k..<q].contains(where: { ReadingOrder.namesPlace(texts[$0], stem: stemB) }) else { return nil }
                        let cut = bestCut(c, from: k, to: q, a: a, b: b, paras: paras, hard: hard, sections: sections, context: cutContext(),
                                          preferLate: true)
                        return (cut, b)
                    }
                    q += 1
                }
                return nil
            }
            return nil
        }
        var owned = [(chain: [Int], section: Int)]()
        var orphans = [[Int]]()
        // Paragraphs whose link to the next was cut between two owners: a join there is not kept.
        var severed = [Int]()
        // Sections that are another's head (`ReadingOrder.oneArticle`): the section they go into.
        var mergedInto = [Int: Int]()
        // A header whose only first paragraph is disowned (the end of another article's sentence,
        // read on from a join: `ReadingOrder.runNamesOnlyEarlierOwner`) opens its own text with the
        // first paragraph after it under the header that names the header's place in its first
        // sentence and heads a chain of its own (`磁县历史悠久，…` under `磁县人大常委会…` after
        // `大工作全过程…` and `践行全过程人民民主…`): that paragraph stands as the header's opening.
        // (Which first paragraphs are disowned is asked once, here, for the owners below too.)
        var promotedOwners = Set<Int>()
        var disowned = Set<Int>()
        for c in chains {
            for k in c.indices where k > 0 && paras[c[k]].owned && hard[c[k - 1]]
                && ReadingOrder.runNamesOnlyEarlierOwner(c, k, paras: paras, texts: texts, stems: sectionStems, hard: hard) {
                disowned.insert(c[k])
            }
        }
        if !disowned.isEmpty {
            let heads = Set(chains.compactMap(\.first))
            for p in disowned.sorted() {
                let section = paras[p].layoutSection
                guard let stem = sectionStems[section],
                      !(cutContext().bySection[section] ?? []).contains(where: { $0 != p && paras[$0].owned }) else { continue }
                if let q = (cutContext().bySection[section] ?? []).first(where: { $0 > p && ReadingOrder.firstSentenceNames(seam[$0], stem) }),
                   heads.contains(q), !paras[q].owned {
                    promotedOwners.insert(q)
                    // (The steps after the cut keep it where owners stay.)
                    isOwner[q] = true
                    if ReadingOrder.tracing { FileHandle.standardError.write("opening after disowned \(paras[q].unit.firstLine)\n".data(using: .utf8)!) }
                }
            }
        }
        /// Whether the run of chain `c` from its landed header paragraph `k` up to position `m` is
        /// closed by the writer's footer of the article it was read on from: a footer printed right
        /// before `m` names that article's county and not the header's (`…“四个机关”。` /
        /// `（作者系确山县人大常委会…）` / `“修好了村里的路…”说起…泌阳县…`).
        func footerClosesRun(_ c: [Int], _ k: Int, _ m: Int) -> Bool {
            guard let g = gazetteer, m > k, m < c.count else { return false }
            let named = footerCounties(between: c[m - 1], g)
            guard !named.isEmpty else { return false }
            let a = paras[c[k - 1]].layoutSection, b = paras[c[k]].layoutSection
            guard let stemA = sectionStems[a] ?? leadPlaces()[a].map(ReadingOrder.placeStem), named.contains(stemA) else { return false }
            return !((headerStems[b] ?? sectionStems[b]).map(named.contains) ?? false)
        }
        for whole in chains {
            if ReadingOrder.tracing { FileHandle.standardError.write("chain \(whole.map { "\(paras[$0].unit.firstLine)\(paras[$0].owned ? "*" : "")\(hard[$0] ? "=" : "~")" }.joined(separator: " "))\n".data(using: .utf8)!) }
            var c = whole
            // Owners moved past a landed run of the other article's text (`ownOpeningAfterLandedOwner`,
            // the run judged the other's): the chain is cut right before them, the run going with the
            // article it continues.
            var openingAfterRun = Set<Int>()
            // Owners moved past another article's last paragraph printed under their header
            // (`leadAfterOthersTail`): the chain is cut right before them, and what precedes the
            // chain's first owner is attributed like an orphan.
            var tailBeforeLead = Set<Int>()
            // A header's first paragraph that starts mid-sentence (`收入。县人大常委会…`) and is
            // reached by a join ends the sentence cut above: the article's own text starts with the
            // paragraph after it.
            var owners = c.indices.compactMap { k -> Int? in
                // (Both sets are empty on most pages: asked first, so no paragraph is hashed there.)
                if !promotedOwners.isEmpty && promotedOwners.contains(c[k]) { return k }
                guard paras[c[k]].owned else { return nil }
                if let m = ReadingOrder.leadAfterOthersTail(c, k, paras: paras, texts: texts, hard: hard, sections: sections,
                                                            stems: sectionStems) {
                    tailBeforeLead.insert(c[m])
                    openingAfterRun.insert(c[m])
                    return m
                }
                // The page's opening text, printed above the first header and so given to that
                // article, continues the cut above when a join reaches it (`…烘干|加工和市场销售等情况。`
                // at the top of the page): it opens nothing.
                if k > 0 && hard[c[k - 1]] && printedAboveFirstHeader(c[k]) { return nil }
                // A landed header paragraph whose chain, from it to the end, names only the place of
                // the chain's first owner (`…组织各级人` | `大代表。…`, then `…“峨山人大”微信公众号…`,
                // `…峨山县人大常委会将…`) while the header's own place is named by text outside the
                // chain (its article's opening printed elsewhere): the whole run is the first
                // owner's, and the header owns nothing here.
                if !disowned.isEmpty && disowned.contains(c[k]) {
                    if ReadingOrder.tracing { FileHandle.standardError.write("disowned \(paras[c[k]].unit.firstLine)\n".data(using: .utf8)!) }
                    return nil
                }
                if k > 0 && hard[c[k - 1]] && ReadingOrder.endsCutSentence(texts[c[k]]) && k + 1 < c.count && !hard[c[k]]
                    && paras[c[k + 1]].layoutSection == paras[c[k]].layoutSection { return k + 1 }
                if k > 0 && hard[c[k - 1]],
                   let (m, _, _) = ReadingOrder.pickOpening(ReadingOrder.ownOpeningAfterLandedOwner(
                       c, k, paras: paras, texts: texts, hard: hard, landingMidText: opensMidText[c[k]] || joinLex[c[k - 1]] > 0,
                       stems: sectionStems, headerStems: headerStems, sections: sections, leadCounty: { j in
                           guard let g = gazetteer else { return nil }
                           if leadNamesACounty(j) {
                               let first = ReadingOrder.firstSentence(seam[j])
                               return g.countyMentions(in: first).first.map { ReadingOrder.placeStem(Array(first[$0.range])) }
                           }
                           // (Or opens with its short name, the full one later in the paragraph: `封开是…，
                           // …封开县人大常委会…`.)
                           return g.countyMentions(in: seam[j]).lazy.map { ReadingOrder.placeStem(Array(seam[j][$0.range])) }
                               .first { stem in stem.count >= 2 && seam[j].starts(with: stem) }
                       }), closedByFooter: { footerClosesRun(c, k, $0) }, accepted: {
                           $0.parallelRun || ReadingOrder.movedTextIsTheOthers(c, k, $0.position, paras: paras, texts: texts, sections: sections, afterList: $0.afterList)
                       }) {
                    openingAfterRun.insert(c[m])
                    return m
                }
                return k
            }
            if owners.isEmpty { orphans.append(c); continue }
            if tailBeforeLead.contains(c[owners[0]]) {
                orphans.append(Array(c[..<owners[0]]))
                severed.append(c[owners[0] - 1])
                c = Array(c[owners[0]...])
                owners = owners.map { $0 - owners[0] }
            }
            // Text soft-linked in front of an article's opening (printed before its header) is the
            // end of another article: it is attributed like an orphan.
            if let k = ReadingOrder.openingBeforeOwner(c, owner: owners[0], paras: texts, hard: hard) {
                orphans.append(Array(c[..<k]))
                severed.append(c[k - 1])
                c = Array(c[k...])
                owners = owners.map { $0 - k }
            }
            var start = 0
            for (k, o) in owners.enumerated() where k + 1 < owners.count {
                let a = paras[c[o]].layoutSection, b = paras[c[owners[k + 1]]].layoutSection
                if a == b { continue }
                if let (absorbed, into) = ReadingOrder.oneArticle(c, from: o, to: owners[k + 1], a: a, b: b, hard: hard, sections: sections,
                                                                  texts: seam, stems: sectionStems) {
                    if ReadingOrder.tracing { FileHandle.standardError.write("one article \(absorbed) -> \(into)\n".data(using: .utf8)!) }
                    // (One head per titled rest: a second stays a section of its own.)
                    if !mergedInto.values.contains(into) && mergedInto[absorbed] == nil {
                        mergedInto[absorbed] = into
                        continue
                    }
                }
                // (b's first paragraph reached by a join from a's text, opening as the end of a
                // sentence does, b going on in the paragraph after it: the cut may fall after that
                // landing.)
                let landing = owners[k + 1]
                let pastLanding = landing > o + 1 && hard[c[landing - 1]] && !hard[c[landing]] && landing + 1 < c.count
                    && (opensMidText[c[landing]] || ReadingOrder.opensWithShortSentence(texts[c[landing]]))
                    && !opensSentence[c[landing - 1]]
                    && (k + 2 >= owners.count || owners[k + 2] > landing + 1)
                    && paras[c[landing + 1]].layoutSection == b
                // (After a cut past the previous landing, this article's text starts after it.)
                let from = max(o, start)
                // b's header printed inside a's text, a's text read on past b's first paragraph to the
                // chain's end, where a writer's footer names a county a's text before the header
                // names and b's does not (`…提出代表建|议86件…` … `（作者系巴里坤县人大常委会…）`), b's
                // own text printed after that footer: the whole chain is a's.
                var throughEnd = false
                if landing > from + 1, hard[c[landing - 1]], k + 2 == owners.count, let g = gazetteer, let last = c.last, last + 1 < n,
                   !c[landing...].contains(where: { paras[$0].layoutSection != b || ReadingOrder.openingCue(texts[$0]) >= 1 }),
                   (cutContext().bySection[b] ?? []).contains(where: { !c.contains($0) }) {
                    let stemB = sectionStems[b] ?? leadPlaces()[b].map(ReadingOrder.placeStem)
                    throughEnd = footerCounties(between: last, g).contains { stem in
                        stem != stemB && c[(from + 1)..<landing].contains { ReadingOrder.namesPlace(texts[$0], stem: stem) }
                    }
                }
                // b's header printed inside a's text, a's cut going on under it (`…组织五级人大代表定期进|
                // 站接待群众。…`) and a's text reading on to that column's foot: the cut falls there
                // (`landingColumnRun`).
                let landingColumnRun = ReadingOrder.landingColumnRun(c, from: from, landing: landing, nextOwner: k + 2 < owners.count ? owners[k + 2] : nil,
                                                                     a: a, b: b, hard: hard, joinLex: joinLex, midText: opensMidText,
                                                                     columnGap: { gaps[$0] > usualGap }, paras: paras, texts: texts, stems: sectionStems)
                if ReadingOrder.tracing, let q = landingColumnRun { FileHandle.standardError.write("landing column run -> cut after \(paras[c[q]].unit.lastLine)\n".data(using: .utf8)!) }
                let cut = throughEnd ? c.count - 1
                    : landingColumnRun ?? (openingAfterRun.contains(c[owners[k + 1]]) && owners[k + 1] - 1 >= from ? owners[k + 1] - 1
                    : bestCut(c, from: from, to: landing, a: a, b: b, paras: paras, hard: hard, sections: sections, context: cutContext(),
                              pastLanding: pastLanding, landingFinishesTerm: joinLex[c[landing - 1]] >= ReadingOrder.termAcrossScore,
                              closesAfter: { p in
                                  // A writer's footer printed right after paragraph `p`, naming a county
                                  // and not b's: a's text ends there.
                                  guard let g = gazetteer, p + 1 < n else { return false }
                                  let named = footerCounties(between: p, g)
                                  guard !named.isEmpty else { return false }
                                  let stemB = sectionStems[b] ?? leadPlaces()[b].map(ReadingOrder.placeStem)
                                  return !(stemB.map(named.contains) ?? false)
                              }))
                owned.append((Array(c[start...cut]), a))
                severed.append(c[cut])
                start = cut + 1
            }
            if start < c.count {
                let a = paras[c[owners.last!]].layoutSection
                if let (t, b) = landedRunInOwnerlessColumn(c, from: max(start, owners.last!), a: a, owners: owners) {
                    if ReadingOrder.tracing { FileHandle.standardError.write("landed run -> \(b) after \(paras[c[t]].unit.lastLine)\n".data(using: .utf8)!) }
                    owned.append((Array(c[start...t]), a))
                    owned.append((Array(c[(t + 1)...]), b))
                    severed.append(c[t])
                } else if let (k, b) = footerClosedTail(c, from: max(start, owners.last!), a: a) {
                    if ReadingOrder.tracing { FileHandle.standardError.write("footer tail \(paras[c[k]].unit.firstLine) -> \(b)\n".data(using: .utf8)!) }
                    owned.append((Array(c[start..<k]), a))
                    owned.append((Array(c[k...]), b))
                    severed.append(c[k - 1])
                } else {
                    owned.append((Array(c[start...]), a))
                }
            }
        }
        if !mergedInto.isEmpty { owned = owned.map { ($0.chain, mergedInto[$0.section] ?? $0.section) } }
        // A cut whose join was severed has found no continuation after all.
        var unresolvedLines = (unresolved + severed.filter { hard[$0] && endsCut[$0] }
            .map { paras[$0].unit.lastLine }).sorted()
        let severedFlags = IndexFlags(n, severed)

        if let closedBlock {
            // Later steps keep hard-joined neighbours together and may move anything else.
            let chainsLeft = owned.map(\.chain) + orphans
            let fixed = chainsLeft.allSatisfy { c in
                c.indices.allSatisfy { k in
                    if k + 1 < c.count && hard[c[k]] { return true }
                    // The block with the hard-joined blocks before it: a phrase may begin there.
                    var j = k
                    while j > 0 && hard[c[j - 1]] { j -= 1 }
                    return closedBlock(c[j...k].flatMap { paras[$0].unit.pieces })
                }
            }
            if fixed {
                var bodies = [Int: [LinePiece]]()
                paras.withUnsafeBufferPointer { ps in
                    for o in owned { for p in o.chain { bodies[o.section, default: []] += ps[p].unit.pieces } }
                    for c in orphans { for p in c { bodies[ps[c[0]].layoutSection, default: []] += ps[p].unit.pieces } }
                }
                let linesOfUnits = ReadingOrder.lineFlags(units, source)
                for s in sections.indices {
                    sections[s].body = (bodies[s] ?? []) + sections[s].body.filter { !linesOfUnits.contains($0.line) }
                }
                return Result(sections: sections, joins: [], unresolvedCuts: unresolvedLines, stoppedEarly: true)
            }
        }

        // A soft-linked piece of an owned chain that goes on with another section's enumeration
        // (二是…, 三是… after a 一是… that stopped there) moves to that section.
        // (On a page whose columns are read in order, a frame moves a piece only when the two
        // paragraphs also open alike, `坚持创新履职，在…彰显…` beside `坚持依法履职，在…彰显…`: places shared
        // by chance, `今年县人民代…` beside `当选县人大代…`, `据统计，今年…` beside `据了解，今年…`, move
        // nothing there. In order: no paragraph is cut but where the next one below it goes on with
        // its sentence, a line break or a blank line inside a paragraph, not a column's jump.)
        // (A headline's `监利：…` names its county's level too, `市`, when no office or title place does:
        // its county is the section's place.)
        let sectionLevels: [Unicode.Scalar?] = sectionPlaces.map { $0?.last }
        let inOrder = !(0..<n).contains { isCut[$0] && !(next[$0] == $0 + 1 && fragments[$0] == fragments[$0 + 1]) }
        owned = ReadingOrder.moveEnumerationPieces(owned, paras: texts, hard: hard, isOwner: isOwner, places: places,
                                                   generic: cutContext().openings, levels: sectionLevels,
                                                   uncut: inOrder)

        // Two cuts of two articles read on, with nothing in the words across any of the seams, into
        // continuations printed the other way round (the second cut's first): two stacked articles'
        // columns, each continuation printed in the order of its cut.
        // (Not a wrapped paragraph read on into the next across a blank line: a narrow column's
        // blank line inside a paragraph.)
        let layoutOnly = (0..<n).filter { i in
            guard isCut[i], let j = next[i], let lex = landingLexOf(i, j) else { return false }
            return lex <= 0 && !(j == i + 1 && paras[i].unit.pieces.count > 1)
        }
        // (Before the pieces sandwiched between two articles are judged: the order settles them.)
        if layoutOnly.count >= 2 {
            let nested = CrossedContinuations.resolveNested(cuts: layoutOnly, owned: &owned,
                                                          isOwner: isOwner, isCut: isCut, next: { next[$0] },
                                                          mayCross: { i, j in (landingLexOf(i, j) ?? -1) >= 0 },
                                                          columnTop: { p in
                                                              p > 0 && SectionAssembler.longestBlankRun(source, after: paras[p - 1].unit.lastLine,
                                                                                                        before: paras[p].unit.firstLine) > usualGap
                                                          },
                                                          sections: sections, paras: texts)
            for (i, run) in nested {
                next[i] = run[0]
                prev[run[0]] = i
                hard[i] = true
                if debug { FileHandle.standardError.write("uncrossed \(paras[i].unit.lastLine)->\(paras[run[0]].unit.firstLine)\n".data(using: .utf8)!) }
            }
        }
        // A piece between two sections' text, reached only through a doubtful continuation, goes
        // where its text is.
        let doubtful = (0..<n).filter { endsCut[$0] && next[$0] != nil && !hard[$0] }
        if !doubtful.isEmpty {
            owned = ReadingOrder.moveSandwichedPieces(owned, doubtful: IndexFlags(n, doubtful), isOwner: isOwner,
                                                      fragments: fragments, sections: sections, paras: texts)
        }

        // Two cuts the layout read on into each other's tails cross when each tail is about the
        // other's article.
        let softCuts = (0..<max(n - 1, 0)).filter { isCut[$0] && next[$0] == $0 + 1 && !hard[$0] && gaps[$0] > 0 }
        // So can two cuts joined on layout alone (nothing across either seam: `…限时|退化，…` and
        // `…品种|办理。…`) when each could as well have gone on with the other's continuation.
        var seamLex = [Int: Double]()
        for c in candidates where isCut[c.from] && hard[c.from] { seamLex[c.from * n + c.to] = c.lex }
        // (Not a line wrapped into the next with no blank line between: a narrow column's own.)
        let scoredCuts = (0..<n).filter { i in
            guard isCut[i], hard[i], let j = next[i], let lex = seamLex[i * n + j] else { return false }
            return lex <= 0 && (j != i + 1 || gaps[i] > 0)
        }
        var crossed = CrossedContinuations.resolve(softCuts: softCuts, owned: &owned, isOwner: isOwner, isCut: isCut,
                                                   sections: sections, paras: texts)
        // (A scored cut takes another's tail only where its seam there was not ruled out.)
        let mayCrossScored = { (i: Int, j: Int) -> Bool in
            (seamLex[i * n + j].map { $0 >= 0 } ?? false) || (weakLandings[i]?.contains { $0.para == j } ?? false)
        }
        if !scoredCuts.isEmpty {
            // (A second pass: pairs with a scored cut, after the soft cuts' own crossings.)
            let crossedCuts = Set(crossed.map(\.from))
            crossed += CrossedContinuations.resolve(softCuts: softCuts.filter { !crossedCuts.contains($0) }, scoredCuts: scoredCuts,
                                                    owned: &owned, isOwner: isOwner, isCut: isCut, next: { next[$0] },
                                                    mayCross: mayCrossScored, sections: sections, paras: texts)
        }
        if !crossed.isEmpty {
            for (i, run) in crossed {
                next[i] = run[0]
                prev[run[0]] = i
                hard[i] = true
                if debug { FileHandle.standardError.write("crossed \(paras[i].unit.lastLine)->\(paras[run[0]].unit.firstLine)\n".data(using: .utf8)!) }
            }
        }

        // A cut left without a continuation goes on where the text is about its article.
        let open = (0..<n).filter { isCut[$0] && next[$0] == nil }
        // A paragraph the layout read on into from the cut right above it, with nothing across the
        // seam, that ends its sentence above a paragraph the cut's sentence reads on into better may
        // be another article's text interposed (the cut it was read on from): a list left open at
        // the cut (`…巡护装备不足、`) that the paragraph below closes (`科研监测力量薄弱等情况。`) and the
        // interposed one does not (`监督，助力茶产业高质量发展。`), or a word cut at the seam whose
        // strings the corpus knows across the seam below.
        var interposedAfter = [Int: Int]()
        if !open.isEmpty {
            for p in 1..<max(n - 1, 1) {
                guard let i = prev[p], i == p - 1, hard[i], isCut[i], fragments[i] == fragments[p],
                      (seamLex[i * n + p] ?? 1) <= 0, next[p] == p + 1, !hard[p], fragments[p + 1] == fragments[p],
                      !isOwner[p + 1], let last = texts[p].last, ScalarClass.isSentenceFinal(ScalarClass.fold(last)),
                      let t = seam[i].last else { continue }
                let k = p + 1
                // (The interposed paragraph goes on from some cut: it opens mid-sentence, `监督，…`.)
                guard opensMidText[p] else { continue }
                if t == ListSeam.enumerationComma || listOpen[i] {
                    guard ListSeam.atStart(seam[k][...], words: words).closing, !ListSeam.atStart(seam[p][...], words: words).closing else { continue }
                    // (The list's rest below ends the cut sentence there, `…等问题。`: not a list put
                    // before its sentence's subject, `食材采购、食品留样等环节，检查组…`, below the cut
                    // list's own rest.)
                    guard let e = seam[k].firstIndex(where: { ListSeam.endsClause($0) }),
                          ScalarClass.isSentenceFinal(ScalarClass.fold(seam[k][e])) else { continue }
                } else {
                    guard ScalarClass.isHan(t), midSentence[k], (index.seamScore(tailInfos[i], headInfos[k]) ?? 0) > 0 else { continue }
                }
                interposedAfter[p] = i
            }
        }
        let topical = TopicalContinuation.resolve(cuts: open, landings: weakLandings, owned: &owned, orphans: &orphans,
                                                  layoutSection: { paras[$0].layoutSection }, isOwner: isOwner,
                                                  opensOwnSentence: { SentenceOpening.opensWithSettingOrSpeaker(seam[$0]) },
                                                  // (A cut continued by the layout alone across a blank line may have
                                                  // taken another article's tail: `…旅游` / `流程、延长通关时间。`.)
                                                  reachedByJoin: { p in hard[p] || (prev[p].map { hard[$0] || (isCut[$0] && gaps[$0] == 0) } ?? false) },
                                                  readOnFromCut: { p in prev[p].map { isCut[$0] && !hard[$0] } ?? false },
                                                  joinedOn: { hard[$0] },
                                                  opensMidSentence: { midSentence[$0] },
                                                  opensWithLevelOf: { p, own, other in
                                                      ReadingOrder.opensWithOwnLevel(texts[p], own: own, other: other, levels: sectionLevels)
                                                  },
                                                  interposed: { interposedAfter[$0] != nil },
                                                  sections: sections, paras: texts)
        for (i, run) in topical {
            let j = run[0], r = run.last!
            // (The paragraph the run was read on from loses its continuation: a cut joined into an
            // interposed paragraph is open again, unless its sentence closes up below.)
            if let p = prev[j] {
                next[p] = nil
                if hard[p] {
                    hard[p] = false
                    if endsCut[p] { unresolvedLines.append(paras[p].unit.lastLine); unresolvedLines.sort() }
                }
            }
            if let q = next[r] { prev[q] = nil }
            next[r] = nil
            next[i] = j
            prev[j] = i
            hard[i] = true
            unresolvedLines.removeAll { $0 == paras[i].unit.lastLine }
            if debug { FileHandle.standardError.write("topical \(paras[i].unit.lastLine)->\(paras[j].unit.firstLine)\n".data(using: .utf8)!) }
            // The holder's sentence closes up around an interposed paragraph that moved.
            if let c = interposedAfter[j], next[c] == nil, r + 1 < n, prev[r + 1] == nil {
                next[c] = r + 1
                prev[r + 1] = c
                hard[c] = true
                unresolvedLines.removeAll { $0 == paras[c].unit.lastLine }
                if debug { FileHandle.standardError.write("interposed \(paras[c].unit.lastLine)->\(paras[r + 1].unit.firstLine)\n".data(using: .utf8)!) }
            }
        }

        // A cut continued by its topic and one joined on the layout's score (nothing across either
        // seam) cross too when each continuation is about the other's article (`…但也存在部分路段路面`
        // and `…部分项目资金支出进度`, each read on into the other's `偏慢、…` and `破损、…`).
        if !topical.isEmpty {
            let done = Set(crossed.map(\.from))
            let joined = scoredCuts.filter { !done.contains($0) && next[$0] != nil && hard[$0] }
            // (Nor the layout's own continuation of the cut, where nothing across it ruled it out.)
            var nextLex = [Double?](filled: nil, count: n)
            for c in candidates where c.to == c.from + 1 { nextLex[c.from] = c.lex }
            let late = CrossedContinuations.resolve(softCuts: [], scoredCuts: topical.map(\.from) + joined, owned: &owned,
                                                    isOwner: isOwner, isCut: isCut, next: { next[$0] },
                                                    mayCross: { i, j in mayCrossScored(i, j) || (j == i + 1 && (nextLex[i] ?? -1) >= 0) },
                                                    pairing: Set(topical.map(\.from)), sections: sections, paras: texts)
            for (i, run) in late {
                next[i] = run[0]
                prev[run[0]] = i
                hard[i] = true
                if debug { FileHandle.standardError.write("crossed late \(paras[i].unit.lastLine)->\(paras[run[0]].unit.firstLine)\n".data(using: .utf8)!) }
            }
        }

        // Two articles' openings dealt to each other's headers change holders.
        owned = SwappedOpenings.swap(owned, paras: texts, isOwner: isOwner, stems: sectionStems,
                                     aboveFirstHeader: printedAboveFirstHeader)
        owned = ReadingOrder.moveLevelTails(owned, paras: texts, hard: hard, isOwner: isOwner, levels: sectionLevels)
        // Owners with no title or byline of any section between them and the text above (the
        // text under a running head or a page's foot).
        // (Built on first need.)
        var headerLines: IndexFlags?
        func underFurnitureOnly(_ p: Int) -> Bool {
            if headerLines == nil {
                headerLines = IndexFlags(source.lineCount + 1, sections.flatMap { s in s.titleLines + [s.byline?.line].compactMap { $0 } })
            }
            let above = p > 0 ? paras[p - 1].unit.lastLine : 0
            return !(above + 1..<max(above + 1, paras[p].unit.firstLine)).contains { headerLines!.contains($0) }
        }
        owned = ReadingOrder.movePlacePieces(owned, paras: texts, hard: hard, isOwner: isOwner, stems: sectionStems,
                                             aboveFirstHeader: printedAboveFirstHeader, underFurnitureOnly: underFurnitureOnly,
                                             interruptsCut: { p in
                                                 // (The paragraph above is cut and goes on below this one.)
                                                 p > 0 && hard[p - 1] && (next[p - 1] ?? -1) > p
                                             })
        let firstLines = paras.map(\.unit.firstLine)
        owned = ReadingOrder.moveInterleavedPieces(owned, hard: hard, isOwner: isOwner, fragments: fragments,
                                                   firstLines: firstLines,
                                                   headerTops: sections.map { s in ([s.byline?.line].compactMap { $0 } + s.titleLines).min() },
                                                   sections: sections, paras: texts, background: background)
        let dealt = ReadingOrder.moveSubjectPieces(owned, paras: texts, hard: hard, sections: sections, firstLines: firstLines,
                                                   printedUnder: { above, p in p == above + 1 && fragments[p] == fragments[above] && gaps[above] <= usualGap })
        owned = dealt.owned
        // An interview's turns dealt into a brief's chain are the interview's.
        owned = InterviewTurns.move(owned, paras: texts, isOwner: isOwner, hard: hard, endsCut: isCut,
                                   underSidebarLead: underSidebarLead)

        // 4. Orphans by similarity.
        var sectionParas = [Int: [Int]]()
        for o in owned { sectionParas[o.section, default: []] += o.chain }
        var attached = [Int: [[Int]]]()
        // An orphan chain is held together by soft links only at its weak points: attribute each
        // hard-joined piece on its own evidence.
        var pieces = [[Int]]()
        for c in orphans {
            var cur = [c[0]]
            for k in 1..<max(c.count, 1) where k < c.count {
                if hard[c[k - 1]] { cur.append(c[k]) } else { pieces.append(cur); cur = [c[k]] }
            }
            pieces.append(cur)
        }
        let stats = pieces.isEmpty ? nil : SectionSimilarity(sections: sections, paras: texts, owned: sectionParas, leadPlaces: leadPlaces())
        // (Built for the first piece that goes on with an enumeration, `二是…`: most pages have none.)
        var stopsFound: EnumerationStops? = nil
        func stops() -> EnumerationStops {
            if let found = stopsFound { return found }
            let built = EnumerationStops(owned: sectionParas, paras: texts)
            stopsFound = built
            return built
        }
        // A piece's default is the section its chain's previous piece went to (the reading flow
        // goes on there), or for a chain's first piece the section above it in the layout.
        var sectionOfPara = DenseIndexMap(keysBelow: n)
        // A piece whose first sentence names one section's place and not the default's
        // (`新征程上，道真县人大常委会将…`) is that section's: what its words share with each is weaker
        // evidence.
        let stemLookup = pieces.isEmpty ? nil : PlaceStemLookup(stems: sectionStems)
        for c in pieces {
            var layout = prev[c[0]].flatMap { sectionOfPara[$0] } ?? paras[c[0]].layoutSection
            // (A piece printed under a header that has no text yet, its first paragraphs read on
            // into other articles, opens that header's article: the first paragraph left to it.)
            let printedUnder = paras[c[0]].layoutSection
            if printedUnder != layout, sectionParas[printedUnder] == nil, attached[printedUnder] == nil { layout = printedUnder }
            let first = ReadingOrder.firstSentence(texts[c[0]])
            // (Or, after a first sentence naming no section, its second: `民主不是装饰品，…。宕昌县人大常委会
            // 将继续…`, when the piece never names the default's place.)
            let opening = ReadingOrder.openingPlaces(texts[c[0]], lookup: stemLookup!, stems: sectionStems)
            let named = opening.sections.filter { $0 != layout && sectionStems[$0] != sectionStems[layout] }
            let namesLayout = sectionStems[layout].map { stem in
                opening.secondSentence ? c.contains { ReadingOrder.namesPlace(texts[$0], stem: stem) } : ReadingOrder.namesPlace(first, stem: stem)
            } ?? false
            // (And one whose first sentence names the default's place acting, `党的二十大胜利闭幕后，阳城县
            // 人大常委会迅速…`, and no other section's, stays there: another's words are weaker evidence.)
            // (Else a piece naming one section's place by its bare stem as the writer's own, `我们将…以高质量
            // 监督助推肥城经济社会高质量发展`, and not the default's, is that section's: a closing
            // paragraph printed among other articles' closings.)
            // (The sections whose stems the piece names looked up first: most name none.)
            func ownedByStem() -> Int? {
                var own = [Int]()
                for p in c {
                    for k in stemLookup!.sections(namedIn: texts[p]) where !own.contains(k) {
                        guard let stem = sectionStems[k], stem.count >= 2, ReadingOrder.namesOwnBareStem(texts[p], stem: stem) else { continue }
                        own.append(k)
                    }
                }
                guard own.count == 1, sectionStems[own[0]] != sectionStems[layout] else { return nil }
                return own[0]
            }
            // (On a page of profiles, the person a piece names, or speaks of, decides first.)
            let previousWent = prev[c[0]].flatMap { sectionOfPara[$0] }
            let best = dealt.dealer?.target(of: c, holder: layout, previousWent: previousWent) ?? (named.count == 1 && !namesLayout
                && ReadingOrder.namesAsActing(texts[c[0]], stem: sectionStems[named[0]], inSecondSentence: opening.secondSentence)
                ? named[0]
                : named.isEmpty && namesLayout && !opening.secondSentence
                    && ReadingOrder.namesAsActing(texts[c[0]], stem: sectionStems[layout], inSecondSentence: false)
                ? layout : ownedByStem() ?? stats!.bestSection(for: c, layoutSection: layout, paras: texts, stops: stops))
            if ReadingOrder.tracing { FileHandle.standardError.write("orphan \(c.map { paras[$0].unit.firstLine }) layout \(layout) -> \(best) \(stats!.scores(of: c.flatMap { texts[$0] }).sorted { $0.key < $1.key })\n".data(using: .utf8)!) }
            attached[best, default: []].append(c)
            for p in c { sectionOfPara[p] = best }
        }

        // Rebuild bodies.
        let bodyLinesOfUnits = ReadingOrder.lineFlags(units, source)
        var chainsBySection = [Int: [[Int]]]()
        // Each section's owned chains by their first paragraph, gathered once (filtering `owned` for
        // each section made a page of thousands of sections quadratic).
        var ownedHeadsBySection = [Int: Set<Int>]()
        for o in owned {
            chainsBySection[o.section, default: []].append(o.chain)
            ownedHeadsBySection[o.section, default: []].insert(o.chain[0])
        }
        for (s, cs) in attached { chainsBySection[mergedInto[s] ?? s, default: []] += cs }
        for s in sections.indices {
            let trailers = sections[s].body.filter { !bodyLinesOfUnits.contains($0.line) }
            var cs = chainsBySection[s] ?? []
            // Owned chains first (in layout order of their owner), then attached ones in layout order.
            let ownedHeads = ownedHeadsBySection[s] ?? []
            cs.sort { a, b in
                let oa = ownedHeads.contains(a[0]), ob = ownedHeads.contains(b[0])
                if oa != ob { return oa }
                return a[0] < b[0]
            }
            var body = [LinePiece]()
            var subheads = [Int]()
            paras.withUnsafeBufferPointer { ps in
                for c in cs {
                    for p in c {
                        body += ps[p].unit.pieces
                        if ps[p].unit.kind == .heading { subheads += ps[p].unit.pieces.map(\.line) }
                    }
                }
            }
            sections[s].body = body + trailers
            sections[s].subheadLines = subheads
        }
        CaptionPlacement.moveWithTheirText(&sections, unitLines: bodyLinesOfUnits, lineCount: source.lineCount)
        // Report column jumps, not the ordinary reflow of a narrow column across a blank line:
        // on a hard-wrapped page (most paragraphs span several lines) a join to the next paragraph
        // of the same fragment at the usual gap is just a wrapped paragraph.
        let wrapped = paras.filter { $0.isParagraph && $0.unit.pieces.count > 1 }.count * 3 > paras.filter(\.isParagraph).count
        var joins = [(Int, Int)]()
        paras.withUnsafeBufferPointer { ps in
            for i in 0..<n where hard[i] && !severedFlags.contains(i) {
                let j = next[i]!
                // (Nor is a lead-in closed by a colon, `各位代表：`, going on with the next paragraph.)
                let leadIn = ps[i].text.last.map { ScalarClass.fold($0) == ":" } ?? false
                let reflow = j == i + 1 && fragments[j] == fragments[i] && (gaps[i] <= usualGap && (wrapped || leadIn) || gaps[i] == 0)
                if !reflow { joins.append((ps[i].unit.lastLine, ps[j].unit.firstLine)) }
            }
        }
        joins.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        if !mergedInto.isEmpty { ReadingOrder.mergeHeads(&sections, mergedInto) }
        CaptionPlacement.foldEmptyPhotoCredits(&sections)
        return Result(sections: sections, joins: joins, unresolvedCuts: unresolvedLines)
    }
}
