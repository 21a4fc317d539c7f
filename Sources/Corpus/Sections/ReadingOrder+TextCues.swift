extension ReadingOrder {
    /// Whether `text` names the place whose stem is `stem` (`城关` of 城关区): the stem not followed by a
    /// township's or village's suffix (`城关镇` is another place).
    static func namesPlace(_ text: [Unicode.Scalar], stem: [Unicode.Scalar]) -> Bool {
        guard !stem.isEmpty, text.count >= stem.count else { return false }
        for k in 0...(text.count - stem.count) where text[k] == stem[0] && text[k..<(k + stem.count)].elementsEqual(stem) {
            let after = k + stem.count < text.count ? text[k + stem.count] : " "
            if !"镇乡街村".unicodeScalars.contains(after) { return true }
        }
        return false
    }

    /// The one county a headline opens with as a bare stem before a colon (`监利：“田间课堂”…` → 监利市,
    /// `雷山人大：…` → 雷山县), or nil.
    static func headlineColonCounty(_ section: Section) -> String? {
        guard let t = section.title else { return nil }
        return colonCounty(Array(t.unicodeScalars.prefix(8)))?.name
    }

    /// The one county a headline's text opens with as a bare stem before a colon (`拜泉：…`,
    /// `雷山人大：…`): its stem as printed, its name, code and prefecture's code.
    static func colonCounty(_ t: [Unicode.Scalar]) -> (stem: [Unicode.Scalar], name: String, code: String, parentCode: String?)? {
        let a = Array(t.prefix(8))
        guard var k = a.firstIndex(where: { $0 == "：" || $0 == ":" }), k >= 2 else { return nil }
        // (The county's congress by the short name, `雷山人大：视察茶产业发展`, names the county too.)
        if k >= 4 && a[k - 2] == "人" && a[k - 1] == "大" { k -= 2 }
        guard k <= 5, let m = Gazetteer.shared.mentions(in: Array(a[..<k])).first, m.range == 0..<k, m.isBare,
              m.candidates.count == 1, m.candidates[0].level == .county else { return nil }
        return (Array(a[..<k]), m.candidates[0].name, m.candidates[0].code, m.candidates[0].parentCode)
    }

    /// Whether `text` names a place by its bare stem as the writer's own county: in a sentence
    /// that speaks in the first person (`我们将…为建设…的新婺源贡献人大力量`), or as the congress acting
    /// in one that does not (`文县人大常委会将持续完善…`); not after a word of going or of partnership
    /// (`赴寻甸考察`, `与开化的人大常委会`).
    static func namesOwnBareStem(_ text: [Unicode.Scalar], stem: [Unicode.Scalar]) -> Bool {
        guard !stem.isEmpty, text.count > stem.count else { return false }
        for k in 0..<(text.count - stem.count) where text[k] == stem[0] && text[k..<(k + stem.count)].elementsEqual(stem) {
            let after = text[k + stem.count]
            guard ScalarClass.isHan(after), !"县市区旗州盟镇乡街村".unicodeScalars.contains(after) else { continue }
            if k > 0, "赴到去往与和同向跟及经对".unicodeScalars.contains(text[k - 1]) { continue }
            var a = k
            while a > 0 && !ScalarClass.isSentenceFinal(text[a - 1]) { a -= 1 }
            var b = k
            while b < text.count && !ScalarClass.isSentenceFinal(text[b]) { b += 1 }
            // (The congress of the place acting, `文县人大常委会将…`, in a sentence not in the first person,
            // is the writer's own too; in the first person it is another's, `寻甸人大常委会来我县…`.)
            let congress = k + stem.count + 1 < text.count && text[k + stem.count] == "人" && text[k + stem.count + 1] == "大"
            if speaksInFirstPerson(text[a..<b]) != congress { return true }
        }
        return false
    }

    /// Whether the first sentence of `text` (its first 40 characters at most) names the place `place`
    /// (a stem or a full name; see `namesPlace`).
    static func firstSentenceNames(_ text: [Unicode.Scalar], _ place: [Unicode.Scalar]) -> Bool {
        namesPlace(firstSentence(text), stem: place)
    }

    /// Whether a first sentence names a place as what it is about: its 人大 (`新征程上，道真县人大常委会将…`,
    /// `利川市人大…` for 利川县 as printed) or its subject, opening the sentence (`新县是…`, `道真是…`); not a
    /// place named in passing (`学习借鉴凤冈县的经验`, `在湄潭县召开的…`) nor a stem inside a phrase
    /// (`绿水青山`, `平安建设`). The stem may be followed by the rest of the name, up to its 县/市/区/旗/州.
    static func namesAsActor(_ first: [Unicode.Scalar], stem: [Unicode.Scalar]?) -> Bool {
        guard let stem, !stem.isEmpty, first.count >= stem.count else { return false }
        let t = first.map(ScalarClass.fold)
        for k in 0...(t.count - stem.count) where t[k..<(k + stem.count)].elementsEqual(stem) {
            var ends = [k + stem.count]
            var m = k + stem.count
            while m < t.count, m - k - stem.count < 10, ScalarClass.isHan(t[m]) {
                if "县市区旗州".unicodeScalars.contains(t[m]) { ends.append(m + 1) }
                m += 1
            }
            for e in ends {
                // (Past the congress's term, `召陵区第十届人大常委会…`.)
                var f = e
                if f < t.count, t[f] == "第", let term = t[f..<min(t.count, f + 6)].firstIndex(of: "届") { f = term + 1 }
                if f + 1 < t.count && t[f] == "人" && t[f + 1] == "大" { return true }
                if k == 0 && e < t.count && t[e] == "是" { return true }
            }
        }
        return false
    }

    /// Whether the run of chain `c` from its landed header paragraph `k` to its end names the place
    /// of the chain's first owner and no other section's, while the header's own place is named by
    /// a paragraph outside the chain (so that article has text of its own elsewhere).
    /// Each soft-linked piece of the run after the landing's own must name that place too: a run
    /// whose last pieces name nobody may be the header's own text after the first article's end.
    static func runNamesOnlyEarlierOwner(_ c: [Int], _ k: Int, paras: [Para], texts: [[Unicode.Scalar]],
                                         stems: [[Unicode.Scalar]?], hard: [Bool]) -> Bool {
        guard let first = c[..<k].first(where: { paras[$0].owned }) else { return false }
        let a = paras[first].layoutSection, b = paras[c[k]].layoutSection
        guard a != b, a < stems.count, b < stems.count, let own = stems[a], let other = stems[b], own != other else { return false }
        let run = c[k...]
        guard run.contains(where: { namesPlace(texts[$0], stem: own) }) else { return false }
        // (No other section's place in the run: a run naming b's, or a third article's, is not
        // plainly a's.)
        let others = Set(stems.indices.compactMap { s -> [Unicode.Scalar]? in
            guard let t = stems[s], t != own, !t.isEmpty else { return nil }
            return t
        })
        for p in run { for t in others where namesPlace(texts[p], stem: t) { return false } }
        // (The landing's own piece, reached by the join, needs no name of its own.)
        for piece in softLinkedPieces(Array(run), hard: hard).dropFirst()
            where !piece.contains(where: { namesPlace(texts[$0], stem: own) }) { return false }
        let inChain = Set(c)
        return texts.indices.contains { !inChain.contains($0) && namesPlace(texts[$0], stem: other) }
    }

    /// The first sentence of `text`, its first 40 characters at most.
    static func firstSentence(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        Array(text.prefix(while: { !ScalarClass.isSentenceFinal($0) }).prefix(40))
    }

    /// The second sentence of `text` (after the first's closing marks), its first 40 characters at
    /// most; empty when the text is one sentence.
    static func secondSentence(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard var k = text.firstIndex(where: ScalarClass.isSentenceFinal) else { return [] }
        while k < text.count && (ScalarClass.isSentenceFinal(text[k]) || ScalarClass.isClosing(text[k])) { k += 1 }
        return Array(text[k...].prefix(while: { !ScalarClass.isSentenceFinal($0) }).prefix(40))
    }

    /// Whether a sentence opens with the place whose stem is `stem`, up to its 县/市/区/旗/州
    /// (`宕昌县地处…`, `两当是…`): the place is what the sentence is about. (Not a township of it,
    /// `城关镇…`.)
    static func opensWithPlace(_ sentence: [Unicode.Scalar], stem: [Unicode.Scalar]?) -> Bool {
        guard let stem, !stem.isEmpty, sentence.count > stem.count else { return false }
        let t = sentence.prefix(stem.count + 4).map(ScalarClass.fold)
        guard t.starts(with: stem) else { return false }
        return !"镇乡街村".unicodeScalars.contains(t[stem.count])
    }

    /// The sections a paragraph's opening is about: those its first sentence names (`named`) or,
    /// when it names none of them (a general opening, `党的二十大报告指出，…`), those its second
    /// sentence names as its actor or opens with (`…。宕昌县地处秦巴山区…`, `…。宕昌县人大常委会将…`).
    static func openingPlaces(_ text: [Unicode.Scalar], lookup: PlaceStemLookup, stems: [[Unicode.Scalar]?]) -> (sections: [Int], secondSentence: Bool) {
        let first = lookup.sections(namedIn: firstSentence(text))
        guard first.isEmpty else { return (first, false) }
        let second = secondSentence(text)
        guard !second.isEmpty else { return ([], false) }
        let named = lookup.sections(namedIn: second).filter { namesAsActor(second, stem: stems[$0]) || opensWithPlace(second, stem: stems[$0]) }
        guard !named.isEmpty else { return ([], true) }
        // (A sentence that speaks in the first person names the place as someone else's:
        // `…。兴国县人大常委会一行来我县考察时说…`.)
        let whole = wholeSentence(text, second: true)
        if speaksInFirstPerson(whole) || namesOwnBodyUnnamed(whole) { return ([], true) }
        return (named, true)
    }

    /// Whether the opening sentence of `text` (its first, or its second when `inSecondSentence`) names
    /// the place of `stem` as the one acting (`namesAsActor`) in the writer's voice: not a sentence that
    /// speaks in the first person or has the writer's own congress acting unnamed, where that place
    /// is someone else's (`下一步，我们将联合宾川县人大常委会…`).
    static func namesAsActing(_ text: [Unicode.Scalar], stem: [Unicode.Scalar]?, inSecondSentence second: Bool) -> Bool {
        guard namesAsActor(second ? secondSentence(text) : firstSentence(text), stem: stem) else { return false }
        let whole = wholeSentence(text, second: second)
        return !speaksInFirstPerson(whole) && !namesOwnBodyUnnamed(whole)
    }

    /// The whole first (or second) sentence of `text`, not cut at 40 characters.
    static func wholeSentence(_ text: [Unicode.Scalar], second: Bool) -> ArraySlice<Unicode.Scalar> {
        var k = 0
        if second {
            guard let e = text.firstIndex(where: ScalarClass.isSentenceFinal) else { return [] }
            k = e
            while k < text.count && (ScalarClass.isSentenceFinal(text[k]) || ScalarClass.isClosing(text[k])) { k += 1 }
        }
        return text[k...].prefix(while: { !ScalarClass.isSentenceFinal($0) })
    }

    /// Whether a sentence has the writer's own congress acting unnamed (`…很有借鉴意义，县人大常委会结合
    ///实际…`): a level and 人大常委会 after punctuation or at the start, no place name before it. A county
    /// named as acting there is another than the writer's.
    static func namesOwnBodyUnnamed(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        let a = Array(s)
        guard a.count > committee.count else { return false }
        for k in 1...(a.count - committee.count) where a[k] == committee[0] && a[k..<(k + committee.count)].elementsEqual(committee) {
            guard "县市区旗".unicodeScalars.contains(a[k - 1]) else { continue }
            if k < 2 || !ScalarClass.isHan(a[k - 2]) { return true }
        }
        return false
    }
    static let committee = Array("人大常委会".unicodeScalars)

    /// Whether a sentence speaks in the first person (我们, 我县, 本县…): a county named in it as
    /// acting is then another than the writer's (`下一步，我们将联合宾川县人大常委会…`,
    /// `涟源市人大常委会考察组来我县…`).
    static func speaksInFirstPerson(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var k = s.startIndex
        while k + 1 < s.endIndex {
            if s[k] == "我" || s[k] == "本", firstPersonSeconds[s[k]]?.contains(s[k + 1]) == true { return true }
            k += 1
        }
        return false
    }
    static let firstPersonSeconds: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "我": Set("们县市区旗州盟省".unicodeScalars), "本": Set("县市区旗".unicodeScalars),
    ]

    /// True when `t` is one sentence: its only sentence-final mark closes it (a closing quotation mark
    /// may follow).
    static func isOneSentence(_ t: [Unicode.Scalar]) -> Bool {
        var end = t.count
        while end > 0 && ScalarClass.isClosing(ScalarClass.fold(t[end - 1])) { end -= 1 }
        guard end > 1, ScalarClass.isSentenceFinal(ScalarClass.fold(t[end - 1])) else { return false }
        return !t[..<(end - 1)].contains { ScalarClass.isSentenceFinal(ScalarClass.fold($0)) }
    }

    /// True when a paragraph is a writer's footer (`（作者系…）`, `（作者单位：…）`, `（作者分别系…）`),
    /// which closes its article.
    static func isWriterFooter(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 6, t.count <= 90, let first = t.first, let last = t.last,
              ScalarClass.fold(first) == "(", ScalarClass.fold(last) == ")" else { return false }
        let inner = t.dropFirst().prefix(6).map(ScalarClass.fold)
        return AuthorFooterFamily.leads.contains { inner.starts(with: $0) }
    }

    /// True when a paragraph's first sentence is a short clause with no pause (`反映的问题带回来。`:
    /// at most twelve characters before its full stop, no comma, no quotation), as the end of a
    /// sentence begun elsewhere reads; an article's opening sentence seldom does.
    static func opensWithShortSentence(_ t: [Unicode.Scalar]) -> Bool {
        guard let first = t.first, !ScalarClass.isOpening(first) else { return false }
        for (k, c) in t.prefix(13).enumerated() {
            let f = ScalarClass.fold(c)
            if ScalarClass.isSentenceFinal(f) { return k >= 1 }
            if ScalarClass.isClausePunct(f) || !ScalarClass.isHan(c) { return false }
        }
        return false
    }

    /// True when a paragraph opens with the end of a sentence begun elsewhere: a closing mark or
    /// punctuation first, or a sentence ended within its first four characters (`收入。`, `调研。`).
    static func endsCutSentence(_ t: [Unicode.Scalar]) -> Bool {
        guard let first = t.first else { return false }
        let c = ScalarClass.fold(first)
        if ScalarClass.isClosing(c) || ScalarClass.isClausePunct(c) || ScalarClass.isSentenceFinal(c) { return true }
        return t.dropFirst().prefix(3).contains { ScalarClass.isSentenceFinal(ScalarClass.fold($0)) }
    }

    /// The lines the body units' pieces lie on, as flags by line number (a `Set` built through an
    /// array of line numbers per unit cost more than the repair's bookkeeping around it).
    static func lineFlags(_ units: [(unit: LayoutUnit, section: Int, text: [Unicode.Scalar])], _ source: SourceText) -> IndexFlags {
        var flags = IndexFlags(source.lineCount + 1, [])
        for k in units.indices {
            for p in units[k].unit.pieces { flags.insert(p.line) }
        }
        return flags
    }

    /// The most frequent of `xs`, the smallest on a tie; nil when `xs` is empty.
    static func mode(_ xs: [Int]) -> Int? {
        // Runs of a sorted copy, in ascending order: a later run wins only with more members.
        let sorted = xs.sorted()
        var best: Int? = nil, bestCount = 0
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count && sorted[end] == sorted[start] { end += 1 }
            if end - start > bestCount { best = sorted[start]; bestCount = end - start }
            start = end
        }
        return best
    }

    /// Parallel openings (`坚持忠诚履职` / `坚持为民履职`, `以学为先` / `以实为基`): how many of the
    /// first six characters agree position by position (0 when fewer than two do).
    static func parallel(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], from start: Int = 0, window: Int = 6) -> Double {
        var same = 0
        var k = start
        while k < start + window && k < x.count && k < y.count {
            if x[k] == y[k] && ScalarClass.isHan(x[k]) { same += 1 }
            k += 1
        }
        return same >= 2 ? Double(same) : 0
    }

    /// Parallel frames (`建强阵地，让群众…` / `健全机制，让议事…`): a phrase of four to six Han
    /// characters closed by a comma at the same place in both, and the same word after it. (Not a
    /// standing adverbial, `另一方面，…`.)
    static func parallelFrame(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
        guard let p = x.prefix(7).firstIndex(where: { ScalarClass.fold($0) == "," }), p >= 4,
              p + 1 < x.count, p + 1 < y.count, ScalarClass.fold(y[p]) == ",", x[p + 1] == y[p + 1], ScalarClass.isHan(x[p + 1]),
              x[..<p].allSatisfy(ScalarClass.isHan), y[..<p].allSatisfy(ScalarClass.isHan) else { return false }
        return !SentenceOpening.shortAdverbials.contains { $0.elementsEqual(x[..<p]) || $0.elementsEqual(y[..<p]) }
    }

    static let openingWords: [[Unicode.Scalar]] = ["近日", "日前", "今年", "近年来", "金秋", "刚刚", "召开", "闭幕", "开幕", "胜利"].map { Array($0.unicodeScalars) }

    /// `几点` with one of these announces the points of a reflection piece (谈以下几点体会, 几点思考).
    static let severalPoints = Array("几点".unicodeScalars)
    static let reflectionWords: [[Unicode.Scalar]] = ["体会", "认识", "思考", "感悟", "心得", "看法", "建议"].map { Array($0.unicodeScalars) }

    /// Cues that a paragraph opens an article: a time expression at its start, a meeting being held
    /// in its first sentence, or a first sentence announcing the points that follow (谈几点体会).
    static func openingCue(_ t: [Unicode.Scalar]) -> Double {
        let first = Array(t.prefix(while: { !ScalarClass.isSentenceFinal($0) }).prefix(60))
        var s = 0.0
        if opensWithMonth(first[...]) { s += 1.5 }
        for w in openingWords where PersonName.contains(first, w) { s += 1; break }
        // A lead opening with a quotation, then the scene (`“点开系统就能看到…。”在克山县人大常委会…`,
        // `“…。”日前，…`, `“…。”6月下旬，…`): the sentence after the quotation opens as an article does.
        if s == 0, let scene = sceneAfterOpeningQuote(t) {
            if scene.first == "在" || openingWords.contains(where: { w in scene.starts(with: w) }) || opensWithMonth(scene) { s += 1 }
        }
        // An introduction announcing the points that follow (谈以下几点体会, 谈几点认识).
        if PersonName.contains(first, ReadingOrder.severalPoints), ReadingOrder.reflectionWords.contains(where: { PersonName.contains(first, $0) }) { s += 1 }
        return s
    }

    /// Whether `first` opens with a month (`6月下旬，…`, `10月16日，…`; in Chinese numerals too, `三月的田东，…`,
    /// `十月，…`, but not `一个月来`, a span of time).
    static func opensWithMonth(_ first: ArraySlice<Unicode.Scalar>) -> Bool {
        guard first.count >= 3, let f = first.first else { return false }
        if ScalarClass.isDigit(f) {
            guard let m = first.prefix(4).firstIndex(of: "月") else { return false }
            return m > first.startIndex
        }
        guard LineClassifier.isNumeral(f), let m = first.prefix(3).firstIndex(of: "月") else { return false }
        return first[..<m].allSatisfy(LineClassifier.isNumeral)
    }

    /// The text after a quotation that opens `t` and closes a sentence within 80 characters
    /// (`“…预警。”在克山县…` → `在克山县…`); nil when `t` opens otherwise.
    static func sceneAfterOpeningQuote(_ t: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
        // (The slice keeps `t`'s indices: read it by its own `startIndex`.)
        guard let open = t.first, open == "“" || open == "\"" else { return nil }
        var k = 1
        while k < min(t.count, 80) {
            let c = t[k]
            if c == "”" || (c == "\"" && open == "\"") {
                guard k >= 2, ScalarClass.isSentenceFinal(t[k - 1]), k + 1 < t.count else { return nil }
                return t[(k + 1)...]
            }
            if c == "“" { return nil }
            k += 1
        }
        return nil
    }

    /// Whether a text opens with the copula and no word it starts (`是坚持和完善…`, not `是否…`): a
    /// sentence's rest, its subject cut off.
    static func opensWithCopula(_ t: [Unicode.Scalar], words: CommonWords?) -> Bool {
        guard t.count > 1, t[0] == "是", let words else { return false }
        return !words.isWord(t[0], t[1])
    }

    /// A place without its suffix (`珲春市` → 珲春, as the gazetteer's stems), folded.
    static func placeStem(_ place: [Unicode.Scalar]) -> [Unicode.Scalar] {
        (GazetteerRules.stem(place) ?? place).map(ScalarClass.fold)
    }

    /// True when a paragraph's last line ends with one to three digits and a space after them
    /// (`…组织全县五级代表 2 `): the head group of a number whose thousands are set apart.
    static func endsWithSpacedDigits(_ unit: LayoutUnit, _ source: SourceText) -> Bool {
        guard let last = unit.pieces.last else { return false }
        // (The line as printed: a piece ends at its last printed scalar.)
        let line = source.scalars[source.lineRange(last.line)]
        var k = line.endIndex
        var spaced = false
        while k > line.startIndex && ScalarClass.isSpace(line[k - 1]) { k -= 1; spaced = true }
        guard spaced else { return false }
        var digits = 0
        while k > line.startIndex && ScalarClass.isDigit(ScalarClass.fold(line[k - 1])) { k -= 1; digits += 1 }
        return digits >= 1 && digits <= 3 && (k == line.startIndex || !ScalarClass.isDigit(ScalarClass.fold(line[k - 1])) && line[k - 1] != "." && line[k - 1] != ",")
    }

    /// True when a paragraph opens with a table: its first two lines are rows of cells set apart by
    /// wide spaces (`项目名称　　得票` / `老旧小区改造　31 票`), holding no clause's or sentence's
    /// punctuation, one of them a row of figures. (Names padded to two characters in a line of text,
    /// `王　伟主持，副主任李　明、`, make no table.)
    static func opensTable(_ unit: LayoutUnit, _ source: SourceText) -> Bool {
        guard unit.pieces.count >= 2 else { return false }
        // (Row by row, nothing built: most paragraphs fail on their first line.)
        let first = source.scalars[unit.pieces[0].range]
        guard isTableRow(first) else { return false }
        let second = source.scalars[unit.pieces[1].range]
        return isTableRow(second) && (LineClassifier.isFigureRow(first) || LineClassifier.isFigureRow(second))
    }

    /// A table's row: two cells or more set apart by wide spaces, no clause's or sentence's punctuation.
    static func isTableRow(_ r: ArraySlice<Unicode.Scalar>) -> Bool {
        LineClassifier.tableCells(r) >= 2 && !r.contains { ScalarClass.isClausePunct($0) || ScalarClass.isSentenceFinal($0) }
    }

    /// True when `head` opens with the three Han characters `tail` ends with.
    static func repeatsAcross(_ tail: [Unicode.Scalar], _ head: [Unicode.Scalar]) -> Bool {
        guard tail.count >= 3, head.count >= 3 else { return false }
        for k in 0..<3 {
            let a = tail[tail.count - 3 + k]
            guard ScalarClass.isHan(a), a == head[k] else { return false }
        }
        return true
    }

    /// Whether a clause cut at its comma is taken up by the head's first word, the clause's last two
    /// characters repeated (`…173条被采纳，` | `采纳率约7.3%。`, `…满意度测评，` | `测评结果向社会公开`):
    /// a chained clause as reports write it, so the seam reads on.
    static func takesUpClause(_ tail: [Unicode.Scalar], _ head: [Unicode.Scalar]) -> Bool {
        guard tail.count >= 3, head.count >= 3, let last = tail.last, last == "，" || last == "," else { return false }
        let a = tail[tail.count - 3], b = tail[tail.count - 2]
        return ScalarClass.isHan(a) && ScalarClass.isHan(b) && a == head[0] && b == head[1]
    }
}
