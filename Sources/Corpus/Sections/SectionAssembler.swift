/// Groups layout units into sections in layout order: finds each section's title and byline,
/// decides what every heading is (title, subhead, furniture), and attaches body paragraphs.
///
/// Reading order is repaired afterwards by `ReadingOrder`; this pass only decides headers.
public struct SectionAssembler: Sendable {
    public init() {}

    /// Result of assembly.
    public struct Result: Sendable {
        public var sections: [Section]
        public var furnitureLines: [Int]
        /// Units that ended up in the body flow, by section index, in layout order (for reading-order
        /// repair), each with its text (white space removed, width folded: `scalars(of:_:)`).
        public var bodyUnits: [(unit: LayoutUnit, section: Int, text: [Unicode.Scalar])]
        /// Indices into `bodyUnits` where a header interrupts the body flow (a header between two fragments).
        public var headerBreaks: Set<Int>
    }

    public func assemble(_ units: [LayoutUnit], source: SourceText) -> Result {
        let text = units.map { SectionAssembler.scalars(of: $0, source) }
        let openings = units.indices.filter { units[$0].kind == .byline && units[$0].byline?.placement == .opening }
        let firstOpening = openings.first ?? units.count

        // Magazines that print each title after its article: the first byline has no title above
        // it and the page ends with a heading.
        let titlesAfter: Bool = {
            // (The page's foot may be furniture under the last title: a page number, `24`.)
            // (Not an office signing the text above, `东山县人大常委会办公室`.)
            // (Nor its subtitle under the last title: `——推动党的二十大精神…`.)
            guard firstOpening < units.count, let last = units.lastIndex(where: { $0.kind != .metadata && $0.kind != .subtitle }),
                  units[last].kind == .heading,
                  !(units[last].pieces.count == 1 && SectionAssembler.isSignature(text[last])) else { return false }
            // (A running head over the first byline, `淮安日报 2025年6月3日 第6版`, is no title; nor is a
            // column label printed over the running head at the page's top, `基 层 视 点` / `凉山人大
            // 2023年第4期`: short, where a headline over a WeChat account line is not; nor one printed
            // letter-spaced under the running head, `实 践 与 思 考`.)
            guard let above = units[..<firstOpening].lastIndex(where: { $0.kind != .metadata }) else { return true }
            let k = units[above].kind
            // (On the page's first line a label may be longer: `理论与实践`.)
            let label = units[above].pieces.first.map { Array(source.scalars[$0.range]) } ?? []
            if k == .heading, units[above].pieces.count == 1,
               SectionAssembler.isColumnLabel(label) || (above == 0 && SectionAssembler.isColumnLabel(label, upTo: 6)),
               !units[..<above].contains(where: { $0.kind != .metadata }),
               units[above..<firstOpening].contains(where: { $0.byline?.family == "page-furniture" })
                || LineClassifier.isLetterSpaced(source.scalars[units[above].pieces[0].range])
                // (Or the page's very first line, `理论探讨`, over the first byline, when the heading the
                // page ends with is a headline, not a column label: `…标题` / `…` / `人大视窗` is a titled
                // page with its next column's label at its foot.)
                || (above == 0 && !SectionAssembler.isColumnLabel(text[last])) { return true }
            return k == .paragraph || k == .caption
        }()

        func next(_ i: Int) -> Int? {
            var j = i + 1
            while j < units.count && units[j].kind == .subtitle { j += 1 }
            return j < units.count ? j : nil
        }
        // What follows a heading past web-export header lines too (`来源：…`, `时间：…`, printed
        // between a page's title and its `作者：` line or its text): for the title rules only, so a
        // heading followed by nothing but such lines stays text.
        func nextPastMetadata(_ i: Int) -> Int? {
            var j = i + 1
            while j < units.count && (units[j].kind == .subtitle || units[j].kind == .metadata) { j += 1 }
            return j < units.count ? j : nil
        }
        // A heading right under a web-export header (`来源：… 作者：NAME 时间：…`, its lines in any
        // order) and right above the text: the page's headline, printed below the credits. In print
        // a heading under a byline is a subhead, so only the web-export family counts.
        func titlesItsByline(_ i: Int) -> Bool {
            guard units[i].titleShaped, let n = nextPastMetadata(i), units[n].kind == .paragraph else { return false }
            var p = i - 1
            while p >= 0 && units[p].kind == .metadata { p -= 1 }
            return p >= 0 && units[p].kind == .byline && units[p].byline?.placement == .opening
                && units[p].byline?.family == "web-export"
        }
        // The paragraphs' texts from `start` to `end`, read as one text (not copied into one).
        func bodyTexts(from start: Int, to end: Int) -> [[Unicode.Scalar]] {
            var out = [[Unicode.Scalar]]()
            var k = max(start, 0)
            while k < min(end, units.count) {
                if units[k].kind == .paragraph { out.append(text[k]) }
                k += 1
            }
            return out
        }
        // Binary searches and a precomputed first paragraph: linear scans per heading made a file
        // of thousands of headings quadratic.
        func firstOpeningIndex(after i: Int) -> Int {  // position in `openings` of the first opening > i
            var lo = 0, hi = openings.count
            while lo < hi { let m = (lo + hi) / 2; if openings[m] > i { hi = m } else { lo = m + 1 } }
            return lo
        }
        func previousOpening(before i: Int) -> Int {
            let k = firstOpeningIndex(after: i - 1)
            return k > 0 ? openings[k - 1] : -1
        }
        func nextOpening(after i: Int) -> Int {
            let k = firstOpeningIndex(after: i)
            return k < openings.count ? openings[k] : units.count
        }
        let firstParagraph = units.firstIndex { $0.kind == .paragraph } ?? units.count
        // A page of headings only (a title-only or one-line file): its headings are sections'
        // titles, never furniture, so their text is counted.
        // A page crediting no writer at all (a photo's credit at most): a page of unsigned briefs.
        let uncredited = openings.isEmpty && !units.contains { u in
            (u.kind == .byline || u.kind == .footer) && u.byline?.role != "photographer"
        }
        let headingsOnly = firstParagraph == units.count && openings.isEmpty
            && !units.contains { $0.kind == .caption || $0.kind == .footer }
        // A byline that closes the piece above it: printed so (`（单位 NAME）`), or an opening shape
        // under finished text and over a headline or the end of the page (decided again below).
        // Only on a page that ends with a byline: its pieces carry their credits at the end (a
        // byline over a headline is otherwise the headline's own, as in `■ 白云萍（江苏）` + title).
        /// Byline units the loop below attached as closing their piece.
        var closedAt = Set<Int>()
        let endsWithCredit = units.last(where: { $0.kind != .metadata }).map { $0.kind == .byline || $0.kind == .footer } ?? false
        // Paragraphs brought in that may continue one this file sends on (`broughtInFromThisFile`).
        let broughtInHere = LayoutUnit.broughtInFromThisFile(units)
        // Magazines that print each article's whole header, title and byline, after its text: the
        // page opens with text, every byline sits right under a headline that sits right under
        // text, and the last byline closes the page (no text under it).
        let headersAfter: Bool = {
            guard openings.count >= 2, firstParagraph < openings[0] else { return false }
            func above(_ k: Int) -> Int? {
                var p = k - 1
                while p >= 0 && units[p].kind == .metadata { p -= 1 }
                return p >= 0 ? p : nil
            }
            for o in openings {
                guard let h = above(o), units[h].kind == .heading, let t = above(h),
                      units[t].kind == .paragraph || units[t].kind == .caption || units[t].kind == .footer else { return false }
            }
            // (Not a page whose first text is brought in from another page, `（上接第1版）…`, nor one whose
            // last header has anything but furniture under it: a photo's caption, a jump line
            // `（下转第4版）`, the text continued on another page.)
            if units[firstParagraph].jumpsIn { return false }
            return units[(openings[openings.count - 1] + 1)...].allSatisfy { u in
                u.kind == .metadata && !(u.byline.map { PageFurnitureFamily.isJumpMarker(ArraySlice($0.text.unicodeScalars.map(ScalarClass.fold))) } ?? false)
            }
        }()
        func closesPiece(_ k: Int) -> Bool {
            guard let b = units[k].byline else { return false }
            if b.placement == .closing { return true }
            guard endsWithCredit, !(b.text.unicodeScalars.first.map(BylineParts.isMark) ?? false) else { return false }
            return underTextOverHeadline(k)
        }
        /// Whether byline unit `u`, printed right under the last line of a piece that opens with a
        /// salutation (`编辑同志：`, `尊敬的…：`), is that letter's signature (`灵台县人大代表  李建国`).
        func signsLetter(_ section: Section, byline u: LayoutUnit) -> Bool {
            guard let first = section.body.first, let last = section.body.last, last.line == u.firstLine - 1 else { return false }
            return SectionAssembler.opensWithSalutation(source.scalars[first.range].filter { !ScalarClass.isSpace($0) })
        }
        /// The writers the page's opening bylines name (`本报讯（关红）`, `本报记者 田野 向娟`), found on first need.
        var openingWritersFound: Set<String>? = nil
        func openingWriters() -> Set<String> {
            if let found = openingWritersFound { return found }
            let found = Set(units.compactMap { u in u.byline.flatMap { $0.placement == .opening && $0.role == nil ? $0.authors : nil } }.joined())
            openingWritersFound = found
            return found
        }
        /// Whether closing credit `k` is a photo's, under a caption printed inside a sentence the
        /// column cut (`…杨建英主动请` / `缨担任联络员，` / `图为…` / `李正华　摄` / `带着视察组…`), or
        /// inside a numbered part of its article: the photo sits in its article's text, and a subhead
        /// above it heads no picture story.
        func creditsCaptionInCutText(_ k: Int, in section: Section) -> Bool {
            guard let credit = units[k].byline, credit.role == "photographer" else { return false }
            // (The article's own writer took the photo, or the subhead above is a feature's,
            // letter-spaced: a picture story's headline, `代表进园区 把脉促发展`, over its own text
            // cut by its photo, still heads a story of its own.)
            let ownPhotographer = !credit.authors.isEmpty && credit.authors.allSatisfy { section.authors.contains($0) }
            // A feature's own writer credited under the third paragraph or more below a subhead
            // (`以法治之力筑牢保护屏障` / three paragraphs / `廖小军　摄`, the byline `特约通讯员 廖小军`):
            // a picture story is one paragraph, so the photo is the feature's, its caption the
            // paragraph right above the credit, whatever follows.
            if ownPhotographer, k > 0, units[k - 1].kind == .paragraph {
                var q = k - 1
                while q >= 0 && units[q].kind == .paragraph { q -= 1 }
                if k - 1 - q >= 3, q >= 0, units[q].kind == .heading { return true }
            }
            // (A writer of the page, the article's own or another piece's, `本报讯（杨光辉）…`, credited
            // under a caption that cuts text: the photo goes with the text around it.)
            let pageWriter = ownPhotographer || (!credit.authors.isEmpty && credit.authors.allSatisfy { section.authors.contains($0) || openingWriters().contains($0) })
            let spacedSubhead = section.subheadLines.last.map { l in LineClassifier.isLetterSpaced(source.scalars[source.lineRange(l)]) } ?? false
            // A numbered subhead (`二、进村居，…`) heads a part of its article, never a picture story:
            // a caption and credit under it are the article's photo even where no sentence is cut.
            let numberedSubhead = section.subheadLines.last.map { l in
                LineClassifier.enumerationMarkerEnd(ScalarWindow(source.scalars[source.lineRange(l)].filter { !ScalarClass.isSpace($0) }.map(ScalarClass.fold))) > 0
            } ?? false
            // (A gallery's photos, `图①…` / `钱晓东　摄` / `图②…` / `姚佳琪　摄`, each with its credit: the
            // text is above the first and goes on under the last.)
            func isGalleryPart(_ a: Int) -> Bool {
                units[a].kind == .caption
                    || (units[a].kind == .byline && units[a].byline?.role == "photographer" && units[a].byline?.placement == .closing)
            }
            var p = k - 1
            while p >= 0 && isGalleryPart(p) { p -= 1 }
            var after = next(k)
            while let a = after, isGalleryPart(a) { after = next(a) }
            guard p < k - 1, p >= 0, units[p].kind == .paragraph, let a = after, units[a].kind == .paragraph else { return false }
            // A caption between a paragraph and text going on mid-sentence (`…270件。` / `图为…` /
            // `马玉兰　摄` / `‘直通车’，也是普法的…`): the photo sits inside running text, whoever took it.
            // (A nested quotation mark opens no paragraph: the text is inside a quotation.)
            if let first = units[a].pieces.first {
                let lead = source.scalars[first.range].first { !ScalarClass.isSpace($0) }
                if lead == "‘" || LineClassifier.startsMidSentence(source, first.range) { return true }
            }
            guard pageWriter || spacedSubhead || numberedSubhead else { return false }
            return units[p].cutEnd || numberedSubhead || pageWriter
        }
        /// Whether the paragraphs from unit `n` on are closed by a photo's credit with a heading under it.
        func photoItemWithTitleAfter(from n: Int) -> Bool {
            var k = n
            while k < units.count && units[k].kind == .paragraph { k += 1 }
            guard k > n, k < units.count, let b = units[k].byline, units[k].kind == .byline, b.placement == .closing,
                  b.role == "photographer", let h = next(k) else { return false }
            return units[h].kind == .heading
        }
        /// Whether unit `k` is one line printed letter-spaced (`人 大 代 表 风 采`).
        func isLetterSpaced(_ k: Int) -> Bool {
            units[k].pieces.count == 1 && LineClassifier.isLetterSpaced(source.scalars[units[k].pieces[0].range])
        }
        /// Whether unit `k` sits under a whole paragraph and over the next headline (or the page's end).
        func underTextOverHeadline(_ k: Int) -> Bool {
            guard k > 0, units[k - 1].kind == .paragraph, !units[k - 1].cutEnd else { return false }
            return nextPastMetadata(k).map { units[$0].kind == .heading } ?? true
        }

        /// True when heading `i` opens with a county-level place (printed with its suffix) that
        /// the section's title, office and byline do not name.
        func namesOtherCounty(_ i: Int, than section: Section) -> Bool {
            otherCounty(i, than: section) != nil
        }
        /// The county-level place heading `i` opens with as its subject (`金寨县开展…`, not `借鉴浏阳市经验…`).
        func headingCounty(_ i: Int) -> PlaceMention? {
            guard let county = Gazetteer.shared.countyMentions(in: text[i]).first, county.range.lowerBound == 0 else { return nil }
            return county
        }
        /// The county-level place heading `i` opens with, when the section does not name it nor the
        /// prefecture it lies in (a city's round-up has its counties as subheads).
        func otherCounty(_ i: Int, than section: Section) -> [Unicode.Scalar]? {
            guard let county = headingCounty(i), !SectionAssembler.names(section, county.surface) else { return nil }
            if namesPrefecture(section, of: Set(county.candidates.compactMap(\.parentCode))) { return nil }
            return Array(text[i][county.range])
        }
        /// The county heading `i` opens with as a bare stem before a colon (`拜泉：…`), when the
        /// section names neither it nor the prefecture it lies in (as `otherCounty`).
        func otherColonCounty(_ i: Int, than section: Section) -> [Unicode.Scalar]? {
            guard let county = ReadingOrder.colonCounty(text[i]), !bodyNames(section, county.stem),
                  !namesPrefecture(section, of: Set([county.parentCode].compactMap { $0 })) else { return nil }
            return county.stem
        }
        /// Whether the section's title or office names one of the prefectures `parents`.
        func namesPrefecture(_ section: Section, of parents: Set<String>) -> Bool {
            let own = [section.title, section.office].compactMap { $0 }.flatMap { Gazetteer.shared.mentions(in: Array($0.unicodeScalars)) }
            return own.contains { m in m.candidates.contains { $0.level == .prefecture && parents.contains($0.code) } }
        }
        /// Whether the section's text names the county-level place heading `i` opens with, or the
        /// heading opens with none (a headline at the page's foot titles only an article about its place).
        func bodyNamesHeadingCounty(_ i: Int, _ section: Section) -> Bool {
            guard let county = headingCounty(i) else { return true }
            return bodyNames(section, Array(text[i][county.range]))
        }
        /// Whether the section's text names `place` (by its stem: `融安` for 融安县).
        func bodyNames(_ section: Section, _ place: [Unicode.Scalar]) -> Bool {
            var body = [Unicode.Scalar]()
            for p in section.body { body += source.scalars[p.range] }
            return PersonName.contains(body, GazetteerRules.stem(place) ?? place)
        }
        /// Whether unit `k` is a writer's footer (`（作者系…）`), which closes its article: a headline
        /// right under it is no more of that text.
        func closesWriterFooter(_ k: Int) -> Bool {
            units[k].kind == .footer && units[k].byline?.family == AuthorFooterFamily().name
        }
        /// Whether heading `i` opens with a county-level place the section's text names, printed
        /// whole (`融安县…`) or as a headline's short form before a colon (`融安：…`).
        func opensWithCountyTheBodyNames(_ i: Int, _ section: Section) -> Bool {
            guard let m = Gazetteer.shared.mentions(in: text[i]).first, m.range.lowerBound == 0, m.kind != .township,
                  m.candidates.contains(where: { $0.level == .county }) else { return false }
            if m.isBare {
                guard m.range.upperBound < text[i].count, text[i][m.range.upperBound] == "：" || text[i][m.range.upperBound] == ":" else { return false }
            }
            return bodyNames(section, Array(text[i][m.range]))
        }
        /// Whether the section's text names another county- or prefecture-level place and not the
        /// county heading `i` opens with.
        func bodyNamesAnotherPlace(_ i: Int, _ section: Section) -> Bool {
            guard let county = headingCounty(i) else { return false }
            let stem = GazetteerRules.stem(Array(text[i][county.range])) ?? Array(text[i][county.range])
            var body = [Unicode.Scalar]()
            for p in section.body { body += source.scalars[p.range] }
            guard !PersonName.contains(body, stem) else { return false }
            return Gazetteer.shared.mentions(in: body).contains { m in
                m.kind != .township && !m.isBare && !PersonName.contains(Array(body[m.range]), stem)
                    && m.candidates.contains { $0.level == .county || $0.level == .prefecture }
            }
        }
        /// Whether `t` names `place` (or its stem) first thing, at its start or right after an opening
        /// clause (`SentenceOpening.opensWithin`), as the actor of its first sentence (`华坪县人大常委会今年在…`,
        /// `6月18日，岷县人大常委会…`).
        func opensNaming(_ t: [Unicode.Scalar], _ place: [Unicode.Scalar]) -> Bool {
            let stem = GazetteerRules.stem(place) ?? place
            guard !stem.isEmpty, t.count > stem.count else { return false }
            let head = Array(t.prefix(stem.count + 13).map(ScalarClass.fold))
            guard head.count >= stem.count, (0...(head.count - stem.count)).contains(where: {
                head[$0..<($0 + stem.count)].elementsEqual(stem) && SentenceOpening.opensWithin(head, at: $0)
            }) else { return false }
            return ReadingOrder.namesAsActor(ReadingOrder.firstSentence(t), stem: stem)
        }
        /// The level (`县`, `市`, `区`, `旗`) of the county-level place a section's title or office names first
        /// (in full, or by its short name before a colon).
        func sectionLevel(_ s: Int, in sections: [Section]) -> Unicode.Scalar? {
            for t in [sections[s].title, sections[s].office] {
                guard let t else { continue }
                let sc = Array(t.unicodeScalars)
                if let m = Gazetteer.shared.countyMentions(in: sc).first(where: { $0.kind == .official }), let last = sc[m.range].last {
                    return last
                }
            }
            // (Or a title opening with a county's short name and a colon, `常山：胡柚林里听民意`: that county's.)
            if let t = sections[s].title, let county = ReadingOrder.colonCounty(Array(t.unicodeScalars.prefix(8))) {
                return county.name.unicodeScalars.last
            }
            return nil
        }
        /// Whether the section's title or office names a county-level place (`宁蒗：…`, `西丰县人大常委会…`):
        /// an article of one county, not a round-up of several.
        /// (By index: a section copied out of the table costs its arrays' retains.)
        func namesOneCounty(_ s: Int, in sections: [Section]) -> Bool {
            if sectionLevel(s, in: sections) != nil { return true }
            guard let t = sections[s].title.map({ Array($0.unicodeScalars) }) else { return false }
            return ReadingOrder.colonCounty(t) != nil || !Gazetteer.shared.countyMentions(in: t).isEmpty
        }
        /// Whether unit `n` opens as an article about `place` does: an opening adverbial
        /// (`近日，…`) or the place named in its first sentence (`为推动…，青州市人大常委会…`).
        func opensArticle(_ n: Int, about place: [Unicode.Scalar]) -> Bool {
            SentenceOpening.opensWithAdverbial(text[n][...]) || ReadingOrder.firstSentenceNames(text[n], place)
        }
        /// Whether a heading's text (spaces dropped, folded) is two phrases joined by a middle dot
        /// (`庆祝…70周年·县市区人大常委会主任谈`, `两会特刊·代表声音`), each of four characters or more,
        /// with no colon: a page's banner, not a name going on into a headline (`古丽娜尔·艾山的履职故事`:
        /// its second phrase holds a `的`).
        func isDotBanner(_ t: [Unicode.Scalar]) -> Bool {
            guard let k = t.firstIndex(where: PersonName.isNameDot), !t.contains(":") else { return false }
            let right = t[(k + 1)...]
            return t[..<k].filter(ScalarClass.isHan).count >= 4 && right.filter(ScalarClass.isHan).count >= 4 && !right.contains("的")
        }
        /// Whether the paragraphs under heading `i`, up to the next heading (three at most), name
        /// `place` (by its stem).
        func namedUnder(_ i: Int, _ place: [Unicode.Scalar]) -> Bool {
            let stem = GazetteerRules.stem(place) ?? place
            var k = i + 1, read = 0
            while k < units.count && read < 3 && units[k].kind != .heading {
                if units[k].kind == .paragraph {
                    if PersonName.contains(text[k], stem) { return true }
                    read += 1
                }
                k += 1
            }
            return false
        }

        /// Whether unit `i` ends inside a genre term, three of its characters or more held and the
        /// start no term of its own, whose rest opens a later paragraph of the page.
        func endsInTermContinuedLater(_ i: Int) -> Bool {
            let terms = SeamTerms.shared
            let open = terms.cutOpenings(atEndOf: text[i])
            guard !open.isEmpty else { return false }
            return units.indices.contains { j in j > i && units[j].kind == .paragraph && terms.continues(open, text[j]) }
        }

        /// Whether heading `i` is short and stands over quotations each signed under it with a dash
        /// (`代表心声` / `“茶叶是昌宁群众增收的‘金叶子’，…”` / `——杨丽萍（昌宁县人大代表）`, twice or more): a
        /// box of voices, a piece of its own, whose speakers are no writers.
        func quoteBox(under i: Int) -> Bool {
            guard units[i].pieces.count == 1, text[i].count <= 8 else { return false }
            var k = i + 1, signed = 0
            while k + 1 < units.count, units[k].kind == .paragraph, text[k].first.map({ $0 == "“" || $0 == "\"" }) == true,
                  units[k + 1].kind == .subtitle, text[k + 1].first == "—" {
                signed += 1
                k += 2
            }
            return signed >= 2
        }

        /// Whether heading `i` is a short label over two paragraphs or more each opened by the same
        /// bullet, the first two a deputy speaking (a role with 代表 before a colon: `代 表 心 声` / `●市人大代表、仁怀县…王显兵：建议…` / `●市人大代表、
        /// 湄潭县…张 艳：希望…`): a box of voices, as `quoteBox`.
        func voicesBox(under i: Int) -> Bool {
            guard units[i].pieces.count == 1, text[i].count <= 8, let n = next(i), bulletedItems(from: n) >= 2 else { return false }
            return (n..<(n + 2)).allSatisfy { k in
                guard let colon = text[k].prefix(40).firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
                let head = text[k][..<colon]
                return zip(head, head.dropFirst()).contains { $0 == "代" && $1 == "表" }
            }
        }

        /// Whether unit `p` is the last signature of a box of voices (`quoteBox`): what follows is
        /// another piece.
        func closesQuoteBox(_ p: Int) -> Bool {
            guard units[p].kind == .subtitle, text[p].first == "—" else { return false }
            var k = p
            while k >= 2, units[k].kind == .subtitle, text[k].first == "—", units[k - 1].kind == .paragraph { k -= 2 }
            return k >= 0 && k < p && units[k].kind == .heading && quoteBox(under: k)
        }

        /// How many paragraphs from unit `n` on, up to the next unit of another kind, open with one
        /// and the same bullet (`▲`, `●`, `◆`…), counted only while each does; 0 when the first does not.
        func bulletedItems(from n: Int) -> Int {
            guard let mark = text[n].first, SectionAssembler.briefBullets.contains(mark) else { return 0 }
            var k = n, count = 0
            while k < units.count, units[k].kind == .paragraph, text[k].first == mark { count += 1; k += 1 }
            return count
        }

        /// After caption `c` and the photo credit closing it, the next unit, when the credit names only
        /// writers an opening byline of the page names; nil otherwise.
        func creditedCaptionEnd(_ c: Int) -> Int? {
            var k = c
            while k < units.count && units[k].kind == .caption { k += 1 }
            guard k < units.count, let credit = units[k].byline, credit.placement == .closing, credit.role == "photographer",
                  !credit.authors.isEmpty else { return nil }
            guard credit.authors.allSatisfy(openingWriters().contains) else { return nil }
            return k + 1
        }

        func role(_ i: Int) -> HeadingRole {
            let u = units[i]
            let n = next(i)
            let p = i > 0 ? i - 1 : nil
            // A column label printed right under a running head (`喀什日报　2023年10月12日　第2版` /
            // `人大视窗`), over a headline and its byline: the page's furniture, no article's text.
            if let p, units[p].kind == .metadata, units[p].lastLine == u.firstLine - 1, u.pieces.count == 1,
               SectionAssembler.isColumnLabel(Array(source.scalars[u.pieces[0].range])),
               let h = n, units[h].kind == .heading, let b = nextPastMetadata(h), units[b].kind == .byline, units[b].byline?.placement == .opening {
                return .furniture
            }
            // A headline under a web page's field line closing the item above (`…推动……[详细]` /
            // `发布时间：2024-09-10` / `连江：人大代表为渔民…` / `近日，…`): the next item of a list of
            // teasers, each a piece of its own.
            if let p, p > 0, units[p].kind == .metadata, units[p].byline?.family == "web-export", units[p - 1].kind == .paragraph,
               SectionAssembler.endsAsTeaser(text[p - 1]), let h = n, units[h].kind == .paragraph { return .startsUnbylinedSection }
            // A headline right over a jump line bringing text in from another page (`洪湖：代表守护“一湖清水”` /
            // `（上接第 1 版）` / `织代表对…`): the continued article's jump headline, a piece of its own.
            // (Where this file sent an article on before, `（下转第4版）`, the headline over its rest repeats that
            // article's title: furniture, as the jump line is.)
            if let t = nextPastMetadata(i), t > i + 1, units[t].kind == .paragraph, units[t].jumpsIn {
                return broughtInHere[t] ? .furniture : .startsUnbylinedSection
            }
            // A document's title over its adoption note (`徐闻县人民代表大会常务委员会任免名单` /
            // `（2024年8月29日…会议通过）` / `一、任命` …), wherever the page printed it: a piece of its own
            // with no byline, as notices, decisions and resolutions are published.
            if let h = n, units[h].kind == .paragraph, LineClassifier.opensWithAdoptionNote(text[h]) { return .startsUnbylinedSection }
            // So does a headline over a letter (`村里的“断头路”通了` / `编辑同志：…`), signed at its end.
            if let h = n, units[h].kind == .paragraph, SectionAssembler.opensWithSalutation(text[h]) { return .startsUnbylinedSection }
            // A short column label printed wide apart (`简    讯`) alone over a headline: the page's
            // furniture. (A name so printed stands over text, as a byline does, never over a headline.)
            // (Not every letter-spaced line so placed, `代 表 风 采`: some head the article under them.)
            if u.pieces.count == 1, let h = n, units[h].kind == .heading, LineClassifier.isWideSpacedPair(source.scalars[u.pieces[0].range]) {
                return .furniture
            }
            // The headline right under such a label, over text (`短  评` / `票决之后，` / `更要“决”而有果` /
            // `民生实事由…`): the label's item, a piece of its own wherever the page printed it.
            if let p, units[p].kind == .heading, units[p].pieces.count == 1, units[p].lastLine == u.firstLine - 1,
               LineClassifier.isWideSpacedPair(source.scalars[units[p].pieces[0].range]), let h = n, units[h].kind == .paragraph {
                return .startsUnbylinedSection
            }
            // A column label printed letter-spaced over an editor's note (`履 职 访 谈` / `编者按：…`)
            // titles neither: the note opens the article whose header follows it.
            if u.pieces.count == 1, let h = n, units[h].kind == .paragraph, SectionAssembler.opensEditorsNote(text[h]),
               LineClassifier.isLetterSpacedLabel(source.scalars[u.pieces[0].range]) {
                return .furniture
            }
            // So is one over a letter's headline (`代 表 来 信` / `村里的“断头路”通了` / `编辑同志：…`).
            if u.pieces.count == 1, let h = n, units[h].kind == .heading, h + 1 < units.count, units[h + 1].kind == .paragraph,
               SectionAssembler.opensWithSalutation(text[h + 1]), LineClassifier.isLetterSpacedLabel(source.scalars[u.pieces[0].range]) {
                return .furniture
            }
            let nextKind = n.map { units[$0].kind }
            let prevKind = p.map { units[$0].kind }
            let prevIsBody = prevKind == .paragraph || prevKind == .caption || prevKind == .footer
            var titled = nextPastMetadata(i)
            // A photo's caption and its credit printed between a headline and its byline (`海城市人大常委会
            // 召开…` / `图为岫岩县人大代表…　关红 摄` / `本报讯（李佳）…`): another piece's photo, its credit
            // naming a writer of the page, so no picture story of its own; the headline titles the byline.
            if let c = titled, units[c].kind == .caption, let k = creditedCaptionEnd(c), k < units.count,
               units[k].kind == .byline, units[k].byline?.placement == .opening { titled = k }
            if headersAfter {
                // Each header closes the text above it; a label over the page's first text is furniture.
                if let n = titled, units[n].kind == .byline, units[n].byline?.placement == .opening { return .titleOfPrevious }
                if i < firstParagraph { return .furniture }
            }
            if let n = titled, units[n].kind == .byline, units[n].byline?.placement == .opening {
                // A line right under a byline, ending inside a genre term whose rest opens a later
                // paragraph (`在清丰，县人大常委会坚持把践行全过程人民` … `民主贯穿…`), is that byline's
                // first text cut at a column's foot, not the title of the byline below it.
                // (Not a line shaped like a title, `用心办好代表建议　提升群众满意度`: its last words may
                // start a term by chance.)
                if prevKind == .byline, p.map({ units[$0].byline?.placement == .opening }) == true, u.pieces.count == 1,
                   !u.titleShaped, endsInTermContinuedLater(i) { return .paragraph }
                // A column label printed letter-spaced under the running head right over the first
                // byline (`工 作 交 流`) titles nothing; a feature's title has its subtitle under it
                // (`初 心 如 磐` / `——记…`).
                if i < firstOpening, u.pieces.count == 1, i > 0, units[i + 1].kind == .byline, !units[..<i].contains(where: { $0.kind != .metadata }),
                   LineClassifier.isLetterSpacedLabel(source.scalars[u.pieces[0].range]) {
                    return .furniture
                }
                // (On a page that prints its titles after their articles, a heading over the first
                // byline with no text above it is the column's label.)
                guard prevIsBody else { return titlesAfter && i < firstOpening ? .furniture : .titleOfNext }
                // Each share is measured only when it can decide (a scan of the body each).
                let sharedBefore = { TextOverlap.bigramShare(heading: text[i], body: bodyTexts(from: previousOpening(before: i) + 1, to: i)) }
                let sharedAfter = { TextOverlap.bigramShare(heading: text[i], body: bodyTexts(from: n + 1, to: nextOpening(after: n))) }
                if titlesAfter {
                    // (Printed closer to the text above than to the byline below: that text's title.)
                    if let p, SectionAssembler.blankLines(source, after: units[p].lastLine, before: u.firstLine)
                        < SectionAssembler.blankLines(source, after: u.lastLine, before: units[n].firstLine) { return .titleOfPrevious }
                    return sharedBefore() >= sharedAfter() ? .titleOfPrevious : .titleOfNext
                }
                // Text above the page's first byline has no piece of its own to take a title after
                // it: it is the opening of the article whose title and byline follow.
                if previousOpening(before: i) < 0 { return .titleOfNext }
                let sb = sharedBefore()
                guard sb >= 0.6 else { return .titleOfNext }
                return sb > sharedAfter() + 0.3 ? .titleOfPrevious : .titleOfNext
            }
            // A heading right under an article's text and right over the next article's headline and
            // byline, where that article's byline had no headline over it: its title, printed after
            // it (`…满意度持续提升。` / `以有力监督助推县域高质量发展` / `把人大代表建议办成…` / `■ 周丽君`),
            // when it shares at least as much wording with that text as with the next article's.
            if prevIsBody, let h = titled, units[h].kind == .heading, let b = nextPastMetadata(h),
               units[b].kind == .byline, units[b].byline?.placement == .opening {
                let o = previousOpening(before: i)
                if o >= 0, let above = units[..<o].lastIndex(where: { $0.kind != .metadata && $0.kind != .subtitle }),
                   units[above].kind != .heading,
                   TextOverlap.bigramShare(heading: text[i], body: bodyTexts(from: o + 1, to: i))
                    >= max(0.2, TextOverlap.bigramShare(heading: text[i], body: bodyTexts(from: b + 1, to: nextOpening(after: b)))) {
                    return .titleOfPrevious
                }
            }
            // On a page printing titles after their articles, a heading between an article's text
            // and a photo item that its credit and its own title close (`…一项品牌活动。` / `灌阳县人大常委会
            // 开展…` / `近日，资源县…　杨晓军　摄` / `代表进基地 助农促增收`) is the article's title.
            if titlesAfter, prevIsBody, let n, nextKind == .paragraph, photoItemWithTitleAfter(from: n) { return .titleOfPrevious }
            if headingsOnly { return .startsUnbylinedSection }
            if n == nil || (titlesAfter && titled == nil) {
                // (On a page printing its titles after their articles, nothing but furniture under it
                // is the page's foot too: `24`.)
                // A line closing the text without end punctuation (`全县共有人大代表236名`) is its
                // last paragraph; a column label (`人大视窗`) or a headline (two parts, a colon, two
                // lines) left at the foot of the page stays furniture.
                // (Nor under a photo's credit closing its text, `…遇到的困难。　杨晓军　摄`, on a page
                // that prints its titles after their articles: that photo item's title.)
                if titlesAfter, let p, prevKind == .byline, units[p].byline?.placement == .closing, units[p].byline?.role == "photographer",
                   p > 0, units[p - 1].kind == .paragraph, units[p - 1].lastLine == units[p].firstLine { return .titleOfPrevious }
                if !prevIsBody { return .furniture }
                if titlesAfter { return .titleOfPrevious }
                return u.pieces.count == 1 && SectionAssembler.isClosingLine(u.pieces[0], source) ? .paragraph : .furniture
            }
            // The piece before ended with its credit (`（崇州市人大常委会 谢婷婷）`): a heading over
            // text starts the next piece, bylined or not. (Not after an author's footer: in a
            // scrambled page the text after it is as often a cut column as a new piece.)
            // (So does a box of voices' last signature: `——杞建明（昌宁县人大代表）`.)
            if let p, nextKind == .paragraph, (closedAt.contains(p) && units[p].byline?.role == nil) || closesQuoteBox(p) {
                return .startsUnbylinedSection
            }
            // A short heading under an author's footer over a column of items each opened by one
            // bullet (`简讯` / `▲ 近日，宜都市…` / `▲ 当阳市…`) heads a column of briefs of its own, not
            // the footer's article: a cut column goes on mid-sentence, not item by item.
            if let p, let n, nextKind == .paragraph, closesWriterFooter(p), u.pieces.count == 1, text[i].count <= 12,
               bulletedItems(from: n) >= 2 { return .startsUnbylinedSection }
            if i < firstOpening && firstParagraph >= i {
                // A pre-title (引题) over the first headline: title-shaped, long for a column label,
                // and the next heading titles the byline under it.
                // (Not a banner letter-spaced over a headline printed plain, `学 习 贯 彻 党 的 二 十 大 精 神`:
                // the page's or the column's theme.)
                // (Nor the first half of a running head, over its date or issue line, `两会特刊 · 代表风采` /
                // `2023年1月13日　星期五　5`: a pre-title sits right over its headline, page furniture never
                // between them.)
                if !titlesAfter, u.titleShaped, text[i].count >= 8, let h = titled, units[h].kind == .heading,
                   let b = nextPastMetadata(h), units[b].kind == .byline, units[b].byline?.placement == .opening,
                   !(isLetterSpaced(i) && !isLetterSpaced(h)),
                   !units[(i + 1)..<h].contains(where: { $0.byline?.family == "page-furniture" }) {
                    return .preTitle
                }
                // A banner of the page's theme and column joined by a middle dot, over text and not
                // over a byline (`庆祝人民代表大会成立70周年 · 县市区人大常委会主任谈` / `今年是…`), heads the
                // page: furniture, not a headline of the text under it (`isDotBanner`).
                if nextKind == .paragraph, isDotBanner(text[i]) { return .furniture }
                // (An office's supply credit under it, `新化县人大常委会办公室供稿`, stands for a byline.)
                let below = titled.flatMap { t in
                    units[t].kind == .footer && units[t].byline.map { AuthorFooterFamily.isSupplyCredit($0.text) } == true ? next(t) : t
                }
                if titlesAfter || below.map({ units[$0].kind }) != .paragraph { return .furniture }
                return .startsUnbylinedSection
            }
            if let p, units[p].kind == .paragraph, units[p].cutEnd, nextKind == .paragraph {
                // (A column label printed letter-spaced between them, `人 大 研 究`, heads the column, not the text.)
                if u.pieces.count == 1, LineClassifier.isLetterSpacedLabel(source.scalars[u.pieces[0].range]) { return .furniture }
                return u.titleShaped ? .displacedTitle : .paragraph
            }
            if !u.titleShaped {
                if nextKind != .paragraph { return .paragraph }
                if let n, units[n].continuationStart { return .paragraph }
            }
            // A one-line fragment over another article's header, cut inside a genre term with
            // three of its characters held (`徽县人大常` / `委会…` further on), heads no text of its
            // own: it is a column's last line. (A label ending in a whole word, `聚焦乡村`, stays.)
            if let n, nextKind == .heading, u.pieces.count == 1, text[i].count <= 12,
               let b = nextPastMetadata(n), units[b].kind == .byline, units[b].byline?.placement == .opening,
               !SeamTerms.shared.cutOpenings(atEndOf: text[i]).isEmpty {
                return .paragraph
            }
            if quoteBox(under: i) || voicesBox(under: i) { return .startsUnbylinedSection }
            // An editor's afterword under its label alone (`编后` / `一张张照片，定格的是…`) is the editor's
            // piece on the page, as a foreword (`前言`) is: no subhead of the item printed above it.
            if nextKind == .paragraph, SectionAssembler.afterwordLabels.contains(where: { text[i].elementsEqual($0) }) {
                return .startsUnbylinedSection
            }
            return .subhead
        }

        var sections = [Section]()
        var furniture = [Int]()
        var bodyUnits = [(unit: LayoutUnit, section: Int, text: [Unicode.Scalar])]()
        bodyUnits.reserveCapacity(units.count)  // most units are body text: no regrowing
        var headerBreaks = Set<Int>()
        var cur: Int? = nil
        var awaitingByline = false
        var leads = Set<Int>()
        var lastTitled: Int? = nil
        /// A section holding only a pre-title, waiting for its title.
        var preTitled: Int? = nil
        var captions = [Int: [LinePiece]]()
        // Sections whose office came from a footer: a later footer is the section's own closing one
        // (an earlier one printed inside its text closes a fragment of another article).
        var officeFromFooter = Set<Int>()

        func newSection() -> Int {
            sections.append(Section())
            return sections.count - 1
        }
        func setTitle(_ s: Int, _ i: Int) {
            let t = SectionAssembler.lineText(units[i], source, separator: units[i].wrapsInWord ? "" : " ")
            sections[s].title = sections[s].title.map { $0 + " " + t } ?? t
            sections[s].titleLines += units[i].pieces.map(\.line)
            lastTitled = s
        }
        func markHeader() { headerBreaks.insert(bodyUnits.count) }
        /// Makes the body of section `c` from its last subhead on a section of its own, titled by
        /// that subhead; returns the new section.
        func splitOff(_ c: Int, _ split: SubheadSplit) -> Int {
            var s = Section()
            s.title = split.heading.isEmpty ? nil : SectionAssembler.text(of: split.heading, source)
            s.titleLines = split.heading.map(\.line)
            s.body = split.rest
            sections[c].body = split.keep
            sections[c].subheadLines.removeAll { l in split.heading.contains { $0.line == l } }
            sections.append(s)
            let n = sections.count - 1
            for k in bodyUnits.indices where bodyUnits[k].section == c
                && bodyUnits[k].unit.firstLine >= (split.rest.first?.line ?? Int.max) {
                bodyUnits[k].section = n
            }
            bodyUnits.removeAll { e in e.section == c && split.heading.contains(where: { h in h.line == e.unit.firstLine }) }
            if let k = bodyUnits.firstIndex(where: { $0.section == n }) { headerBreaks.insert(k) }
            return n
        }
        /// Splits the next brief of a column off section `c` (`split`), closed by the credit `b` of
        /// unit `i`: it is the current piece, and the column's label titles none of them.
        func splitBrief(_ c: Int, _ split: SubheadSplit, closedBy b: Byline, at i: Int) {
            let n = splitOff(c, split)
            attach(b, to: n)
            closedAt.insert(i)
            cur = n
            dropColumnLabel(c)
        }
        /// The label of a column of briefs (`简　　讯`: a short line right over the first brief, blank
        /// lines between) titles none of them: it is furniture.
        func dropColumnLabel(_ c: Int) {
            guard let t = sections[c].title, t.unicodeScalars.count <= 6, sections[c].titleLines.count == 1,
                  let first = sections[c].body.first, sections[c].titleLines[0] < first.line,
                  SectionAssembler.blankLines(source, after: sections[c].titleLines[0], before: first.line) == first.line - sections[c].titleLines[0] - 1
            else { return }
            furniture += sections[c].titleLines
            sections[c].title = nil
            sections[c].titleLines = []
        }
        /// Files `pieces` (a caption, a photo's credit) with section `s`'s captions.
        func addCaption(_ pieces: [LinePiece], to s: Int) {
            captions[s, default: []] += pieces
            sections[s].captionLines += pieces.map(\.line)
        }
        func addBody(_ u: LayoutUnit, _ i: Int) {
            if cur == nil { cur = newSection(); leads.insert(cur!) }
            sections[cur!].body += u.pieces
            bodyUnits.append((u, cur!, text[i]))
            awaitingByline = false
        }

        // (The page's first text opens an article as text under a header does.)
        if headersAfter { markHeader() }
        for i in units.indices {
            let u = units[i]
            switch u.kind {
            case .heading:
                if let c = cur, sections[c].title == nil, sections[c].body.isEmpty, sections[c].byline != nil, titlesItsByline(i) {
                    markHeader()
                    setTitle(c, i)
                    continue
                }
                var r = role(i)
                // (An untitled article's too, when the headline opens with a county its text never
                // names but names another place: `前旗人大：…` printed in a cut of an article about
                // 兴安盟 is not its title; one in a county paper's `县人大常委会…` article is.)
                if r == .displacedTitle, let c = cur, sections[c].title != nil || bodyNamesAnotherPlace(i, sections[c]) {
                    // A headline naming another county than the article it sits in, over an opening
                    // (`金寨县开展…活动` / `近日，金寨县人大常委会…`), starts a piece without a byline
                    // (a brief closed by a credit printed later); otherwise it is the article's subhead.
                    r = otherCounty(i, than: sections[c]).flatMap({ place in next(i).map { opensArticle($0, about: place) } }) == true
                        ? .startsUnbylinedSection : .subhead
                }
                // A headline naming another county than the brief it sits in starts a brief of its own:
                // on a page none of whose briefs credits its writer (a photo's credit at most), over text
                // naming that county (`拜泉：代表建议办理…` / `日前，拜泉县人大常委会…` under the 依安 brief);
                // on any other page, over text that opens naming it as its actor, first thing
                // (`华坪县推进乡镇人大预算审查监督` / `华坪县人大常委会今年在…`), under an article of one county
                // (a round-up's county subheads stay). Text cut from the article above would go on with
                // its own subject.
                // (On a credited page the text's first characters must hold the headline's first, asked
                // before any lookup.)
                if r == .subhead, u.titleShaped, let c = cur {
                    let under = next(i).flatMap { units[$0].kind == .paragraph ? $0 : nil }
                    let mayOpen = uncredited || (under.map { n in text[i].first.map { text[n].prefix(16).contains($0) } ?? false } ?? false
                                                 && namesOneCounty(c, in: sections))
                    if mayOpen, let place = otherCounty(i, than: sections[c]) ?? otherColonCounty(i, than: sections[c]),
                       uncredited ? namedUnder(i, place) : opensNaming(text[under!], place) {
                        r = .startsUnbylinedSection
                    }
                }
                // So does a headline opening with a congress named by its level alone, another level than
                // the article's place (`市人大常委会召开代表建议交办会` in a 西丰县 article), over text that
                // opens with that congress acting (`10月29日，市人大常委会召开…`): the paper's own city's brief.
                if r == .subhead, u.titleShaped, let c = cur, let n = next(i), units[n].kind == .paragraph,
                   let level = SectionAssembler.levelCongress(text[i][...]), let own = sectionLevel(c, in: sections), own != level,
                   SectionAssembler.opensWithCongress(text[n], level: level) {
                    r = .startsUnbylinedSection
                }
                // A headline over a byline that reads like the text above it (`代表联络站里的“民生账本”`
                // under a paragraph about that 民生账本) titles the article below when the one above
                // has its title already: that paragraph is the opening of the article below.
                if r == .titleOfPrevious, !titlesAfter, let c = cur, sections[c].title != nil { r = .titleOfNext }
                // A headline alone at the foot of the page, a column gap under a bylined article that has
                // no title (`本报讯（记者 NAME）近日，…` … then `伊州区人大代表开展…活动`), is that
                // article's title printed after it.
                if r == .paragraph || r == .furniture, next(i) == nil, u.titleShaped, let c = cur, sections[c].title == nil,
                   sections[c].byline != nil, !sections[c].body.isEmpty, i > 0, bodyNamesHeadingCounty(i, sections[c]),
                   // (One blank line will do when the headline opens with the county the article names,
                   // `融安：金桔园里的…` under `…融安县人大常委会负责同志表示…`.)
                   SectionAssembler.blankLines(source, after: units[i - 1].lastLine, before: u.firstLine)
                    >= (opensWithCountyTheBodyNames(i, sections[c]) || closesWriterFooter(i - 1) && text[i].count >= 6 ? 1 : 2) {
                    r = .titleOfPrevious
                }
                switch r {
                case .preTitle:
                    markHeader()
                    cur = newSection()
                    setTitle(cur!, i)
                    preTitled = cur
                case .titleOfNext:
                    markHeader()
                    // Under its pre-title, the title joins it.
                    if let c = cur, preTitled == c, sections[c].body.isEmpty, sections[c].byline == nil {
                        setTitle(c, i)
                    } else {
                        cur = newSection()
                        setTitle(cur!, i)
                    }
                    preTitled = nil
                    awaitingByline = true
                case .titleOfPrevious:
                    markHeader()
                    if let c = cur, sections[c].title == nil { setTitle(c, i) } else { furniture += u.pieces.map(\.line) }
                    lastTitled = cur
                    // (Text under it is the next piece's: a photo item with no byline over it.)
                    if titlesAfter, let n = next(i), units[n].kind == .paragraph { cur = nil }
                case .displacedTitle:
                    markHeader()
                    setTitle(cur!, i)
                case .startsUnbylinedSection:
                    markHeader()
                    cur = newSection()
                    setTitle(cur!, i)
                case .furniture:
                    furniture += u.pieces.map(\.line)
                case .subhead:
                    var h = u
                    h.kind = .heading
                    addBody(h, i)
                    sections[cur!].subheadLines += u.pieces.map(\.line)
                case .paragraph:
                    var pu = u
                    pu.kind = .paragraph
                    // A short line closing the page (`全县共有人大代表236名`) is complete as printed:
                    // reading on from it would rotate its article.
                    pu.cutEnd = next(i) != nil && !LineClassifier.endsSentence(source, u.pieces.last!.range)
                    addBody(pu, i)
                }
            case .subtitle:
                // Under its title: before the section's body, or right after the title's own lines
                // (a title printed after its article). A subtitle under a subhead in the text (an
                // appointment list's adoption note) is text.
                var p = i - 1
                while p >= 0 && units[p].kind == .metadata { p -= 1 }
                let underTitle = lastTitled.map { s in sections[s].body.isEmpty || (p >= 0 && sections[s].titleLines.contains(units[p].lastLine)) } ?? false
                if let s = lastTitled, (s == cur || sections[s].body.isEmpty), underTitle {
                    let t = SectionAssembler.lineText(u, source, separator: "")
                    sections[s].title = (sections[s].title ?? "") + t
                    sections[s].titleLines += u.pieces.map(\.line)
                } else {
                    addBody(u, i)
                }
            case .byline:
                guard var b = u.byline else { continue }
                // A photo's credit between a headline and the byline it awaits goes with the caption.
                if awaitingByline, b.placement == .closing, b.role == "photographer", let c = cur, sections[c].byline == nil,
                   sections[c].body.isEmpty, !sections[c].captionLines.isEmpty {
                    addCaption(u.pieces, to: c)
                    continue
                }
                // A header printed after its article: the byline closes the text above its title, and
                // the text under it is the next article's.
                if headersAfter, b.placement == .opening, let c = cur, sections[c].byline == nil, !sections[c].body.isEmpty {
                    b.placement = .closing
                    attach(b, to: c)
                    closedAt.insert(i)
                    markHeader()
                    cur = nil
                    continue
                }
                // A byline under text and over the next headline, or at the end of the page, closes
                // the piece above it (`…操作流程。` / `通讯员 谢婷婷` / `大邑县人大代表开展…活动`).
                if b.placement == .opening, !awaitingByline, let c = cur, sections[c].byline == nil, !sections[c].body.isEmpty,
                   closesPiece(i) || signsLetter(sections[c], byline: u) {
                    b.placement = .closing
                }
                // A closing credit that repeats the piece's own writer (`□ 本报记者 陈晓玲` … `文字：陈晓玲
                // 摄影：郑建国`) opens nothing: it is furniture of that piece.
                if b.placement == .opening, !awaitingByline, let c = cur, let own = sections[c].byline, !sections[c].body.isEmpty,
                   !b.authors.isEmpty, b.authors.allSatisfy(own.authors.contains), underTextOverHeadline(i) {
                    furniture += u.pieces.map(\.line)
                    continue
                }
                if b.placement == .closing, let c = cur, sections[c].byline == nil { closedAt.insert(i) }
                if b.placement == .opening {
                    if let c = cur, awaitingByline, sections[c].byline == nil {
                        attach(b, to: c)
                    } else {
                        markHeader()
                        cur = newSection()
                        attach(b, to: cur!)
                    }
                    awaitingByline = false
                } else if let c = cur, let old = sections[c].byline, old.placement == .closing, b.placement == .closing,
                          !b.authors.isEmpty, b.role == nil, old.role == nil,
                          let split = SectionAssembler.briefAfterCredit(old, by: b, in: sections[c], source) {
                    // A column of briefs (`人大简讯`): a paragraph closed by its own credit after a piece
                    // its credit already closed is an untitled piece of its own.
                    splitBrief(c, split, closedBy: b, at: i)
                } else if let c = cur {
                    let brief = sections[c].byline == nil ? SectionAssembler.briefCredited(by: b, in: sections[c], source) : nil
                    if let photo = sections[c].byline, photo.role == "photographer", b.role == nil, !b.authors.isEmpty,
                       SectionAssembler.splitAtLastSubhead(sections[c], source) == nil {
                        // A caption's photo credit (`图为…。　林海 摄`) stood in for the byline until the
                        // writer's credit closed the piece: the photo credit goes with the captions. (With a
                        // headline read as a subhead above, the credit closes a brief of its own: split below.)
                        addCaption([LinePiece(line: photo.line, range: photo.range)], to: c)
                        if sections[c].office == photo.office { sections[c].office = nil }
                        attach(b, to: c)
                        closedAt.insert(i)
                    } else if sections[c].byline == nil && brief == nil {
                        attach(b, to: c)
                    } else if sections[c].byline != nil, b.placement == .closing, let t = SectionAssembler.pieceCredited(by: b, sections, besides: c) {
                        // A scrambled page printed the credit inside another article's text.
                        attach(b, to: t)
                    } else if let own = sections[c].byline, own.placement == .opening, b.placement == .closing, b.office == nil,
                              b.role == nil, !b.authors.isEmpty, c > 0, let k = sections[..<c].lastIndex(where: { $0.title != nil }),
                              sections[k].byline == nil, !sections[k].body.isEmpty {
                        // A name alone closing text under an article that opened with its byline
                        // (`本报讯（记者 陈静）…`, then `…（吴海燕）`) credits the titled piece before it that
                        // has none: a scrambled page printed that piece's last paragraph here.
                        attach(b, to: k)
                    } else if let old = sections[c].byline, b.placement == .closing, b.role == nil, old.role == nil,
                              let split = SectionAssembler.briefAfterLead(old, by: b, in: sections[c], source) {
                        // A column of briefs: an item opened by its lead (`●本报讯（通讯员 杨丽梅）…`) and
                        // the next item closed by its own credit (`●剑川县人大常委会…（赵云飞）`).
                        splitBrief(c, split, closedBy: b, at: i)
                        // (The first item of the column may be the one the lead opens, or a credited one before it.)
                        if c > 0, sections[c - 1].byline?.placement == .closing, SectionAssembler.oneParagraph(sections[c - 1].body) {
                            dropColumnLabel(c - 1)
                        }
                    } else if let old = sections[c].byline, b.placement == .closing, b.role == nil, !b.authors.isEmpty,
                              b.authors != old.authors, let split = SectionAssembler.bulletedBriefAtEnd(by: b, in: sections[c], source),
                              SectionAssembler.splitAtLastSubhead(sections[c], source) == nil {
                        // A column of briefs printed after an article (`人 大 简 讯` / `●沁水县人大常委会…。（张 敏）`):
                        // its first item, opened by a bullet and closed by its own writer's credit, is a piece of its own.
                        // (Under a label read as a subhead, the split below at that subhead drops the label. The
                        // section split is the article's: its title is no column label.)
                        let n = splitOff(c, split)
                        attach(b, to: n)
                        closedAt.insert(i)
                        cur = n
                    } else if let old = sections[c].byline, old.placement == .closing, old.office == nil, b.placement == .closing,
                              let k = SectionAssembler.earlierPieceOwning(old, before: c, given: b, sections) {
                        // Two closing credits under one piece, the second naming its county: the first,
                        // printed inside its text on a scrambled page, closes the untitled-by-credit piece before it.
                        attach(old, to: k)
                        attach(b, to: c)
                        closedAt.insert(i)
                    } else if let split = brief ?? (creditsCaptionInCutText(i, in: sections[c]) ? nil : SectionAssembler.splitAtLastSubhead(sections[c], source)) {
                        // A picture story or a brief at the end of another piece: its headline was read as
                        // a subhead.
                        let n = splitOff(c, split)
                        // (Not the byline of three paragraphs or more under a headline, `代表热议政府工作报告`,
                        // when the photographer writes on the page, `本报记者 田野 摄` under `本报记者 田野 向娟`:
                        // a picture story is one paragraph, so that is an unbylined article and its photo.)
                        if b.role == "photographer", !b.authors.isEmpty, b.authors.allSatisfy(openingWriters().contains),
                           bodyUnits.lazy.filter({ $0.section == n && $0.unit.kind == .paragraph }).count >= 3 {
                            // (With its caption, wherever the split left that.)
                            let holder = captions[c]?.contains(where: { p in u.pieces.contains { $0.line == p.line || $0.line == p.line + 1 } }) == true ? c : n
                            addCaption(u.pieces, to: holder)
                        } else {
                            attach(b, to: n)
                        }
                        cur = n
                        // The credit closes the piece split off: a heading over text after it starts the next.
                        closedAt.insert(i)
                    } else {
                        // A second credit (a picture story with several photos) belongs with the captions.
                        addCaption(u.pieces, to: c)
                    }
                }
            case .footer:
                if let c = cur, let b = u.byline, AuthorFooterFamily.isSupplyCredit(b.text) {
                    // A supply credit naming the county the last subhead opens with, not the piece's own
                    // (`澄迈县开展…` under `文昌市…`, then `（澄迈县人大常委会供稿）`), closes the brief under
                    // that headline.
                    if let split = SectionAssembler.briefCredited(by: b, in: sections[c], source) { cur = splitOff(c, split) }
                    // `（惠安县人大 供稿）` closes a short item as a credit does; a writer's footer does not.
                    if sections[cur!].byline == nil { closedAt.insert(i) }
                }
                if let c = cur, let b = u.byline {
                    if sections[c].office == nil || (officeFromFooter.contains(c) && b.office != nil) {
                        sections[c].office = b.office
                        if b.office != nil { officeFromFooter.insert(c) }
                    }
                    // A footer naming the writer (`（谭金凤系…）`) credits a piece that has no byline.
                    if sections[c].authors.isEmpty && sections[c].byline == nil && !b.authors.isEmpty { sections[c].authors = b.authors }
                    sections[c].footer = b.text
                    captions[c, default: []] += u.pieces
                }
            case .metadata:
                // A jump line (`（上接第1版）`) is furniture inside the text, not a header over it.
                if !(u.byline.map { PageFurnitureFamily.isJumpMarker(ArraySlice($0.text.unicodeScalars.map(ScalarClass.fold))) } ?? false) {
                    markHeader()
                }
                furniture += u.pieces.map(\.line)
            case .paragraph:
                // An editor's note (`【编者按】…`) after an article's text, before the next header, opens
                // a piece: it never goes on with the text above it (decided below like the page's
                // opening text: the next article's, or on its own when it introduces a group).
                if let c = cur, !sections[c].body.isEmpty, nextOpening(after: i) < units.count,
                   SectionAssembler.opensEditorsNote(text[i]) {
                    cur = newSection()
                    leads.insert(cur!)
                }
                addBody(u, i)
            case .caption:
                if cur == nil { cur = newSection(); leads.insert(cur!) }
                addCaption(u.pieces, to: cur!)
            }
        }
        for (s, pieces) in captions { sections[s].body += pieces }

        // Opening paragraphs printed before the first header belong to the section that follows.
        // Not a continuation brought in from a page this file does not hold (`（上接第1版）` at the
        // top, no `（下转…）` printed before it): it stands as an untitled section of its own.
        let continuesSentOn = LayoutUnit.broughtInFromThisFile(bodyUnits.map(\.unit))
        let broughtIn = Set(bodyUnits.indices.filter { bodyUnits[$0].unit.jumpsIn && !continuesSentOn[$0] }.map { bodyUnits[$0].section })
        var merged = [Section]()
        // (Flat by section number: read for every body unit.)
        var remap = DenseIndexMap(keysBelow: sections.count)
        var carry: Section? = nil
        var carried = [Int]()
        for (k, s) in sections.enumerated() {
            if leads.contains(k) && s.title == nil && s.byline == nil && k + 1 < sections.count
                && !SectionAssembler.introducesGroup(s, source) && !broughtIn.contains(k) {
                carry = carry.map { c in var c2 = c; c2.body += s.body; c2.captionLines += s.captionLines; c2.subheadLines += s.subheadLines; return c2 } ?? s
                carried.append(k)
                // An editor's note is held where it is printed, as a header's first paragraph is: it
                // opens its article, whatever the seams of the page read on into.
                if SectionAssembler.isEditorsNote(s, source), let u = bodyUnits.firstIndex(where: { $0.section == k }) { headerBreaks.insert(u) }
                continue
            }
            var t = s
            if let c = carry {
                t.body = c.body + t.body
                t.captionLines += c.captionLines
                t.subheadLines += c.subheadLines
                carry = nil
            }
            if t.body.isEmpty && t.byline == nil && !headingsOnly {
                furniture += t.titleLines
                for c in carried { remap[c] = -1 }
                remap[k] = -1
                carried = []
                continue
            }
            merged.append(t)
            for c in carried { remap[c] = merged.count - 1 }
            carried = []
            remap[k] = merged.count - 1
        }
        // Renumbered in place, the dropped ones swapped to the end and removed (a new array of
        // copied units cost a retain of every piece list, byline and text).
        var kept = 0
        for k in bodyUnits.indices {
            guard let m = remap[bodyUnits[k].section], m >= 0 else { continue }
            bodyUnits[k].section = m
            if kept != k { bodyUnits.swapAt(kept, k) }
            kept += 1
        }
        bodyUnits.removeLast(bodyUnits.count - kept)
        SectionAssembler.splitStackedTitles(&merged, source)
        return Result(sections: merged, furnitureLines: furniture.sorted(), bodyUnits: bodyUnits, headerBreaks: headerBreaks)

        func attach(_ b: Byline, to s: Int) {
            sections[s].byline = b
            sections[s].authors = b.authors
            if sections[s].office == nil { sections[s].office = b.office }
            sections[s].provinceHint = b.provinceHint
        }
    }

    /// Headlines printed one per line over as many bylines printed one per line (three columns side by
    /// side, extracted row by row: `用心用情办好群众身边事` / `让代表建议“落地有声”` / `传承大寨精神…`, then
    /// `左权县人大常委会…　杜海鹰` / `和顺县…` / `昔阳县…`): read as one headline over the first byline,
    /// they are one title each, in order.
    static func splitStackedTitles(_ sections: inout [Section], _ source: SourceText) {
        var i = 0
        while i < sections.count {
            defer { i += 1 }
            let lines = sections[i].titleLines
            let m = lines.count
            guard m >= 2, i + m <= sections.count, let first = sections[i].byline?.line, first > lines[m - 1],
                  lines.indices.allSatisfy({ lines[$0] == lines[0] + $0 }) else { continue }
            // (Each next section untitled, its byline on the next line.)
            guard (1..<m).allSatisfy({ j in sections[i + j].title == nil && sections[i + j].byline?.line == first + j }) else { continue }
            // (No body between the bylines: the texts start below the last.)
            guard (0..<(m - 1)).allSatisfy({ j in !sections[i + j].body.contains { $0.line < first + m } }) else { continue }
            for j in 0..<m {
                let l = lines[j]
                sections[i + j].title = text(of: [LinePiece(line: l, range: source.lineRange(l))], source)
                sections[i + j].titleLines = [l]
            }
        }
    }

    /// The section printed before `besides`, when it has no byline and its title names the county
    /// a closing credit's office names (`（金寨县人大常委会办公室 汪晓红）` for `金寨县开展…活动`) and
    /// `besides` does not name that county.
    static func pieceCredited(by b: Byline, _ sections: [Section], besides: Int) -> Int? {
        guard let office = b.office, let county = Gazetteer.shared.countyMentions(in: Array(office.unicodeScalars)).first?.surface,
              !names(sections[besides], county) else { return nil }
        // The piece printed just before the one holding the credit.
        let k = besides - 1
        guard k >= 0, sections[k].byline == nil, sections[k].title?.contains(county) ?? false else { return nil }
        return k
    }

    /// The level of the congress a text opens with, named by its level alone (`市人大常委会…` → 市).
    static func levelCongress(_ t: ArraySlice<Unicode.Scalar>) -> Unicode.Scalar? {
        guard t.count >= 3, let f = t.first, "县市区旗".unicodeScalars.contains(f),
              t[t.startIndex + 1] == "人", t[t.startIndex + 2] == "大" else { return nil }
        return f
    }

    /// Whether `t` opens with the congress of `level` acting, first thing or right after an opening
    /// clause (`10月29日，市人大常委会召开…`).
    static func opensWithCongress(_ t: [Unicode.Scalar], level: Unicode.Scalar) -> Bool {
        let head = Array(t.prefix(16))
        return head.indices.contains { k in
            head[k] == level && levelCongress(head[k...]) == level && SentenceOpening.opensWithin(head, at: k)
        }
    }

    /// Labels of an editor's afterword printed as a heading of its own (spaces dropped).
    static let afterwordLabels: [[Unicode.Scalar]] = ["编后", "编后语", "编后记", "编者的话"].map { Array($0.unicodeScalars) }

    /// Labels of a note on the piece above it.
    static let noteLabels = ["编者按", "编后", "编后语", "手记", "短评", "点评", "评论", "链接", "延伸阅读", "背景", "后记", "附记"]

    /// The split of a section closed by the inline credit `old` when a later paragraph of it is
    /// closed by an inline credit `b` of its own (`…发展。（高翔）` after `…人事任免事项。（罗晓东）`):
    /// the text up to `old`'s line stays, the paragraphs after it are the next brief. Nil otherwise.
    /// Briefs are one paragraph each, credited to different writers: an article closed by its
    /// credit and followed by its own postscript (`记者手记：…`, `编者按：…`) closed by another stays whole.
    /// (A credit may stand alone on the line under its paragraph: `…专题辅导。` / `（余海涛）`.)
    static func briefAfterCredit(_ old: Byline, by b: Byline, in section: Section, _ source: SourceText) -> SubheadSplit? {
        func closes(_ credit: Byline, _ last: Int?) -> Bool { last == credit.line || last == credit.line - 1 }
        guard b.line > old.line, closes(b, section.body.last?.line), b.authors != old.authors else { return nil }
        let keep = section.body.filter { $0.line <= old.line }, rest = section.body.filter { $0.line > old.line }
        guard closes(old, keep.last?.line), !rest.isEmpty, keep.count + rest.count == section.body.count else { return nil }
        guard oneParagraph(keep), oneParagraph(rest) else { return nil }
        // A note on the piece above (`编者按：…`, `记者手记：…`) is no brief of its own.
        let opening = source.scalars[rest[0].range].filter { !ScalarClass.isSpace($0) }.prefix(6).map(ScalarClass.fold)
        if let colon = opening.firstIndex(where: { $0 == ":" }), colon >= 2 {
            let label = String(String.UnicodeScalarView(opening[..<colon]))
            if noteLabels.contains(where: { label.hasSuffix($0) }) { return nil }
        }
        return (keep, [], rest)
    }

    /// True when the pieces are one paragraph: their lines follow one another with no blank line between.
    static func oneParagraph(_ ps: [LinePiece]) -> Bool { zip(ps, ps.dropFirst()).allSatisfy { $1.line == $0.line + 1 || $1.line == $0.line } }

    /// The marks that open the items of a column of briefs (`●`, `■`, `◆`, `▲`…).
    static let briefBullets: Set<Unicode.Scalar> = ["●", "■", "◆", "▲", "★", "◎", "○", "□"]

    /// The split of a section opened by an inline lead `old` (`●本报讯（通讯员 杨丽梅）鹤庆县…`) when
    /// the paragraph after the lead's paragraph is closed by another writer's credit `b`
    /// (`●剑川县人大常委会…。（赵云飞）`): two items of a column of briefs. The lead's paragraph stays,
    /// the credited one is the next brief. Only when the two paragraphs read as items of a list: both
    /// open with the same bullet (`●`, `■`, `◆`), or the second opens with a county the first does not
    /// name. A wire story closed by its editor's credit (`本报讯（通讯员 …）…`, `…（李明）`) reads on. Nil otherwise.
    static func briefAfterLead(_ old: Byline, by b: Byline, in section: Section, _ source: SourceText) -> SubheadSplit? {
        guard old.placement == .opening, b.line > old.line, !b.authors.isEmpty, b.authors != old.authors,
              section.body.first?.line == old.line, section.body.last?.line == b.line else { return nil }
        // Two paragraphs: lines following one another, one gap of blank lines between them.
        guard let gap = section.body.indices.dropLast().first(where: { section.body[$0 + 1].line > section.body[$0].line + 1 }) else { return nil }
        let keep = Array(section.body[...gap]), rest = Array(section.body[(gap + 1)...])
        guard oneParagraph(keep), oneParagraph(rest), SectionAssembler.blankLines(source, after: keep.last!.line, before: rest[0].line) == rest[0].line - keep.last!.line - 1 else { return nil }
        func opening(_ p: LinePiece) -> [Unicode.Scalar] { Array(source.scalars[p.range].filter { !ScalarClass.isSpace($0) }.prefix(24)) }
        let first = opening(keep[0]), second = opening(rest[0])
        if let m = first.first, let n = second.first, m == n, briefBullets.contains(m) { return (keep, [], rest) }
        guard opensWithOwnCounty(rest[0], notNamedIn: keep, source) else { return nil }
        return (keep, [], rest)
    }

    /// Whether the paragraph opening with `first` opens (past a brief's bullet) with a county that
    /// the pieces `above` do not name: a brief's own place (`●剑川县人大常委会…`, `●沁水县人大常委会…`).
    static func opensWithOwnCounty(_ first: LinePiece, notNamedIn above: [LinePiece], _ source: SourceText) -> Bool {
        var opening = source.scalars[first.range].filter { !ScalarClass.isSpace($0) }.prefix(24)
        if let mark = opening.first, briefBullets.contains(mark) { opening = opening.dropFirst() }
        guard let county = Gazetteer.shared.countyMentions(in: Array(opening)).first, county.range.lowerBound == 0 else { return false }
        var text = [Unicode.Scalar]()
        for p in above { text += source.scalars[p.range].filter { !ScalarClass.isSpace($0) } }
        return !String(String.UnicodeScalarView(text)).contains(county.surface)
    }

    /// The split of a section whose last paragraph, set apart from the text above by blank lines,
    /// opens with a brief's bullet (`●`, `◆`…) and is closed by the credit `b` (`●沁水县人大常委会…。（张 敏）`):
    /// the text above stays, the bulleted paragraph is a brief of its own. Not an article's own list
    /// closed by its writer: more than one line of the paragraph opening with the bullet, the
    /// paragraph above opening with it too or ending with a colon, or the bulleted paragraph not
    /// opening with a county of its own. Nil otherwise.
    static func bulletedBriefAtEnd(by b: Byline, in section: Section, _ source: SourceText) -> SubheadSplit? {
        let body = section.body
        guard let last = body.last, last.line == b.line || last.line == b.line - 1 else { return nil }
        // The last paragraph: lines following one another up to the credit.
        var k = body.count - 1
        while k > 0 && (body[k - 1].line == body[k].line - 1 || body[k - 1].line == body[k].line) { k -= 1 }
        guard k > 0, let mark = source.scalars[body[k].range].first(where: { !ScalarClass.isSpace($0) }), briefBullets.contains(mark),
              SectionAssembler.blankLines(source, after: body[k - 1].line, before: body[k].line) >= 1 else { return nil }
        // (Not an article's own bulleted items: one bullet only, the paragraph above opening otherwise
        // and announcing no list, `…提出三点要求：`.)
        func opensWithMark(_ p: LinePiece) -> Bool { source.scalars[p.range].first(where: { !ScalarClass.isSpace($0) }) == mark }
        guard !body[(k + 1)...].contains(where: opensWithMark) else { return nil }
        var j = k - 1
        while j > 0 && (body[j - 1].line == body[j].line - 1 || body[j - 1].line == body[j].line) { j -= 1 }
        guard !opensWithMark(body[j]),
              let end = source.scalars[body[k - 1].range].last(where: { !ScalarClass.isSpace($0) }), ScalarClass.fold(end) != ":" else { return nil }
        // A brief opens with its county, one the text above does not name (`●沁水县人大常委会…`; not
        // the article's own point, `●视察组要求，…`).
        let keep = Array(body[..<k])
        guard opensWithOwnCounty(body[k], notNamedIn: keep, source) else { return nil }
        return (keep, [], Array(body[k...]))
    }

    /// The piece a closing credit already attached to `c` belongs to instead, when a second one
    /// (`given`) names the county `c`'s title names (`（青州市人大常委会研究室 高文博）` under
    /// `青州市人大常委会开展…`) and the first names no office: the nearest titled piece before `c`
    /// that has no byline.
    static func earlierPieceOwning(_ old: Byline, before c: Int, given b: Byline, _ sections: [Section]) -> Int? {
        guard let office = b.office, let county = Gazetteer.shared.countyMentions(in: Array(office.unicodeScalars)).first?.surface,
              sections[c].title?.contains(county) ?? false else { return nil }
        guard let k = sections[..<c].lastIndex(where: { $0.title != nil }), sections[k].byline == nil else { return nil }
        return k
    }

    /// True when the section's title, office or byline names `place`.
    static func names(_ section: Section, _ place: String) -> Bool {
        [section.title, section.office, section.byline?.text].contains { $0?.contains(place) ?? false }
    }

    /// A section's body split at its last subhead (`splitAtLastSubhead`).
    typealias SubheadSplit = (keep: [LinePiece], heading: [LinePiece], rest: [LinePiece])

    /// The split at the section's last subhead when a closing credit belongs to the brief under it
    /// rather than to the section: the credit's office names a county that the subhead opens with
    /// and the section's title, office and byline do not (`兴国县…` titled, `宁都县开展…` as the last
    /// subhead, `（宁都县人大常委会办公室 黄海燕）` under it). Nil otherwise.
    static func briefCredited(by b: Byline, in section: Section, _ source: SourceText) -> SubheadSplit? {
        guard b.placement == .closing, let office = b.office,
              let county = Gazetteer.shared.countyMentions(in: Array(office.unicodeScalars)).first?.surface,
              !names(section, county), let split = splitAtLastSubhead(section, source) else { return nil }
        var heading = [Unicode.Scalar]()
        for p in split.heading { heading += source.scalars[p.range].filter { !ScalarClass.isSpace($0) } }
        guard let opening = Gazetteer.shared.countyMentions(in: heading).first,
              opening.range.lowerBound == 0, opening.surface == county else { return nil }
        return split
    }

    /// The last subhead of a section and the body after it, when what follows is short (a caption).
    static func splitAtLastSubhead(_ s: Section, _ source: SourceText) -> SubheadSplit? {
        guard let lastSub = s.subheadLines.last,
              var h = s.body.firstIndex(where: { $0.line == lastSub }) else { return nil }
        var e = h
        // A headline wrapped over several lines (`连城县：人大代表` / `“家站”服务零距离`) is one heading.
        // (Its lines follow each other; a subhead above it, a blank line between, stays a subhead.)
        while h > 0 && s.body[h - 1].line == s.body[h].line - 1 && s.subheadLines.contains(s.body[h - 1].line) { h -= 1 }
        while e < s.body.count && s.subheadLines.contains(s.body[e].line) { e += 1 }
        let rest = Array(s.body[e...])
        let size = rest.reduce(0) { $0 + $1.range.count }
        guard !rest.isEmpty, size <= 400 else { return nil }
        // Longer than a headline: wrapped text, no heading.
        var visible = 0
        for p in s.body[h..<e] { for k in p.range where !ScalarClass.isSpace(source.scalars[k]) { visible += 1 } }
        guard visible <= LineClassifier.maxHeading else { return nil }
        return (Array(s.body[..<h]), Array(s.body[h..<e]), rest)
    }

    /// Whether a text opens as a letter does: a salutation closed by a colon (`编辑同志：`, `编辑部：`,
    /// `尊敬的县人大常委会：`, `亲爱的乡亲们：`).
    static func opensWithSalutation(_ t: [Unicode.Scalar]) -> Bool {
        guard let colon = t.prefix(16).firstIndex(where: { ScalarClass.fold($0) == ":" }), colon >= 2 else { return false }
        let head = t[..<colon]
        if head.elementsEqual("编辑同志".unicodeScalars) || head.elementsEqual("编辑部".unicodeScalars) { return true }
        return (head.starts(with: "尊敬的".unicodeScalars) || head.starts(with: "亲爱的".unicodeScalars))
            && head.allSatisfy(ScalarClass.isHan)
    }

    /// Openings of an editor's note (`编者按：…`), which stands on its own rather than opening the
    /// article after it.
    static let editorsNoteOpenings: [[Unicode.Scalar]] = ["编者按", "编者的话", "编后语", "编辑手记"].map { Array($0.unicodeScalars) }

    /// True when a unit's text (white space removed, folded) opens with an editor's note, bracketed
    /// or not (`编者按：…`, `【编者按】…`).
    static func opensEditorsNote(_ t: [Unicode.Scalar]) -> Bool {
        let start = t.first.map { "【[(".unicodeScalars.contains($0) } == true ? 1 : 0
        return editorsNoteOpenings.contains { w in t.count >= start + w.count && t[start..<(start + w.count)].elementsEqual(w) }
    }

    /// True when a section's text opens with an editor's note (`opensEditorsNote`).
    static func isEditorsNote(_ s: Section, _ source: SourceText) -> Bool {
        guard let first = s.body.first else { return false }
        return opensEditorsNote(source.scalars[first.range].filter { !ScalarClass.isSpace($0) }.map(ScalarClass.fold))
    }

    /// True when a section's text is an editor's note that introduces a group of pieces (`本期刊发一组
    /// 来自基层的报道`, `开设…栏目`, `系列报道`), which stands on its own; a note on the one article
    /// after it (`本期刊发临城县人大常委会主要负责同志的思考文章`) opens that article, as does a series'
    /// note over its first piece (`…推出“票决制在基层”系列报道，首篇聚焦禹州`).
    static func introducesGroup(_ s: Section, _ source: SourceText) -> Bool {
        guard isEditorsNote(s, source) else { return false }
        var text = [Unicode.Scalar]()
        for p in s.body { text += source.scalars[p.range].filter { !ScalarClass.isSpace($0) } }
        // (Or naming two places or more, `刊发来自太湖、宿松、望江三县的经验做法`.)
        guard Gazetteer.shared.countyCodes(in: text).all.count < 2 else { return true }
        guard groupMarkers.contains(where: { PersonName.contains(text, $0) }) else { return false }
        return !firstPieceMarkers.contains { PersonName.contains(text, $0) }
    }
    /// (Not `专题` nor `一系列`: `专题询问`, `一系列举措` are one article's words. `部分稿件`: `本版摘登…工作报告
    /// 主要内容，以及基层人大工作的部分稿件`.)
    static let groupMarkers: [[Unicode.Scalar]] = ["一组", "系列报道", "系列文章", "栏目", "专栏", "组稿", "多篇", "几篇", "两篇", "三篇", "部分稿件"].map { Array($0.unicodeScalars) }
    /// Words of a series' note announcing the piece under it as the series' first (`首篇聚焦禹州`).
    static let firstPieceMarkers: [[Unicode.Scalar]] = ["首篇", "首期", "第一篇", "开篇"].map { Array($0.unicodeScalars) }

    /// Whether a paragraph ends as a web page's teaser does: cut off with an ellipsis (`……`, `...`),
    /// a link to the whole piece after it or not (`[详细]`, `【详细】`, `详细>>`, `阅读全文`).
    static func endsAsTeaser(_ t: [Unicode.Scalar]) -> Bool {
        var e = t.count
        for w in teaserLinks where e >= w.count && t[(e - w.count)..<e].elementsEqual(w) { e -= w.count; break }
        guard e >= 2 else { return false }
        return (t[e - 1] == "…" && t[e - 2] == "…") || (e >= 3 && t[(e - 3)..<e].allSatisfy { $0 == "." })
    }
    static let teaserLinks: [[Unicode.Scalar]] = ["[详细]", "【详细】", "[详情]", "【详情】", "详细>>", "详情>>", "阅读全文", "[全文]"].map { Array($0.unicodeScalars) }

    /// Whether every line strictly between lines `a` and `b` is blank (true when none is between).
    static func isBlankBetween(_ source: SourceText, after a: Int, before b: Int) -> Bool {
        b <= a + 1 || blankLines(source, after: a, before: b) == b - a - 1
    }

    /// Blank lines between two source lines.
    static func blankLines(_ source: SourceText, after a: Int, before b: Int) -> Int {
        guard b > a + 1 else { return 0 }
        // Counted in place (filtering the line numbers made an array per gap).
        var blank = 0
        source.scalars.withUnsafeBufferPointer { s in
            for line in (a + 1)..<b where !source.lineRange(line).contains(where: { !ScalarClass.isSpace(s[$0]) }) { blank += 1 }
        }
        return blank
    }

    /// The longest run of consecutive blank lines between lines `a` and `b` (a caption or footer
    /// line printed between two paragraphs splits the blank lines around it into two ordinary gaps).
    static func longestBlankRun(_ source: SourceText, after a: Int, before b: Int) -> Int {
        guard b > a + 1 else { return 0 }
        var run = 0, longest = 0
        source.scalars.withUnsafeBufferPointer { s in
            for line in (a + 1)..<b {
                if source.lineRange(line).contains(where: { !ScalarClass.isSpace(s[$0]) }) { run = 0 } else { run += 1; longest = max(longest, run) }
            }
        }
        return longest
    }

    /// An office signing the text above it: `东山县人大常委会办公室`, `县人民政府` (a line opening with a
    /// place or a level and ending with an office's name, twenty characters at most).
    static func isSignature(_ t: [Unicode.Scalar]) -> Bool {
        let core = t.filter { !ScalarClass.isSpace($0) }
        guard core.count <= 20, signatureEnds.contains(where: { core.count > $0.count && core.suffix($0.count).elementsEqual($0) }) else { return false }
        // (Opening with its place or level: `东山县…`, `县人民政府`; not a headline, `蜜柚园里的人大常委会`.)
        if let first = core.first, "省市县区旗州盟".unicodeScalars.contains(first) { return true }
        return Gazetteer.shared.mentions(in: core).first?.range.lowerBound == 0
    }
    static let signatureEnds: [[Unicode.Scalar]] = ["常委会", "办公室", "委员会", "人民政府", "人民法院", "人民检察院", "研究室", "工委"]
        .map { Array($0.unicodeScalars) }

    /// A column's label: letter-spaced (`基 层 视 点`) or `plain` Han characters at most (four by default:
    /// `人大视窗`).
    static func isColumnLabel(_ t: [Unicode.Scalar], upTo plain: Int = 4) -> Bool {
        let han = t.lazy.filter(ScalarClass.isHan).count
        guard han >= 2, han <= 8, t.allSatisfy({ ScalarClass.isHan($0) || ScalarClass.isSpace($0) }) else { return false }
        if han <= plain { return true }
        // Letter-spaced: white space between every two characters.
        var k = 0
        while k + 1 < t.count {
            if ScalarClass.isHan(t[k]) && ScalarClass.isHan(t[k + 1]) { return false }
            k += 1
        }
        return true
    }

    static func isClosingLine(_ piece: LinePiece, _ source: SourceText) -> Bool {
        let t = source.scalars[piece.range]
        guard let first = t.firstIndex(where: { !ScalarClass.isSpace($0) }),
              let last = t.lastIndex(where: { !ScalarClass.isSpace($0) }) else { return false }
        let core = t[first...last]
        return core.count >= 8 && !core.contains { ScalarClass.isSpace($0) || ScalarClass.fold($0) == ":" }
    }

    static func scalars(of u: LayoutUnit, _ source: SourceText) -> [Unicode.Scalar] {
        var size = 0
        for p in u.pieces { size += p.range.count }
        // One pass over the source buffer (a lazy filter-map counted, then copied, every piece),
        // written through a pointer into scratch storage and copied out at its final size
        // (appending scalar by scalar cost more than the folding).
        return source.scalars.withUnsafeBufferPointer { buf in
            withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: max(size, 1)) { tmp in
                guard let src = buf.baseAddress, let out = tmp.baseAddress else { return [] }
                var n = 0
                for p in u.pieces {
                    var i = p.range.lowerBound
                    let end = p.range.upperBound
                    while i < end {
                        let s = src[i]
                        i &+= 1
                        // Han and CJK punctuation (U+3001–U+FEFE): never space, nothing to fold.
                        if s.value &- 0x3001 < 0xFEFF - 0x3001 { out[n] = s; n &+= 1; continue }
                        if !ScalarClass.isSpace(s) { out[n] = ScalarClass.fold(s); n &+= 1 }
                    }
                }
                return Array(UnsafeBufferPointer(start: out, count: n))
            }
        }
    }

    static func text(of pieces: [LinePiece], _ source: SourceText, separator: String = " ") -> String {
        pieces.map { p -> String in
            // Trimmed as scalars, then made a string once.
            var lo = p.range.lowerBound, hi = p.range.upperBound
            while lo < hi && ScalarClass.isSpace(source.scalars[lo]) { lo += 1 }
            while hi > lo && ScalarClass.isSpace(source.scalars[hi - 1]) { hi -= 1 }
            return String(scalars: source.scalars[lo..<hi])
        }.joined(separator: separator)
    }

    static func lineText(_ u: LayoutUnit, _ source: SourceText, separator: String) -> String {
        text(of: u.pieces, source, separator: separator)
    }
}
