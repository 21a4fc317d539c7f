/// Splits a source text into layout units: headings, subtitles, bylines, footers, paragraphs and
/// captions, in file order (but two columns extracted line by line in turn, `InterleavedColumns`).
///
/// Works for both page shapes renpa meets: one paragraph per line (wide columns, `000`, `001`,
/// `003`) and narrow columns hard-wrapped every 14–20 characters with blank lines at column breaks
/// (`002`, `004`). In narrow columns a heading is a line clearly shorter than the column width
/// that does not end a sentence; a paragraph ends at a line that ends a sentence.
public struct LineClassifier: Sendable {
    public let recognizer: BylineRecognizer

    public init(recognizer: BylineRecognizer = BylineRecognizer()) { self.recognizer = recognizer }

    /// Longest line a heading may have, in visible characters.
    static let maxHeading = 50

    public func units(of source: SourceText) -> [LayoutUnit] {
        // A constant: as a variable read in the nested functions below, each `lines[i].field` copied
        // the whole line (retaining and releasing its two buffers), a few times per line.
        let lines = LineScalars.lines(of: source)
        // Each line's range in the source (empty for a blank line), read often for a line's
        // neighbours: `lines[i].field` copied the whole line there.
        let spans = lines.map { $0.sourceStart..<($0.sourceStart + $0.count) }
        let width = LineClassifier.columnWidth(lines)
        // The page's foot of furniture (a few lines from the end at most: one scan).
        let foot = furnitureFoot(lines)
        let narrow = width <= 30
        // (Cue sets the loop asks of every line, read once here, not through their lazy globals.)
        let bracketCue = LineClassifier.bracketCue, datelineEnds = LineClassifier.datelineEndCues

        var units = [LayoutUnit]()
        var paragraph: [LinePiece] = []
        // How many units from the first are metadata (units only ever turn into metadata here).
        var metadataPrefix = 0
        func onlyMetadata(upTo end: Int) -> Bool {
            while metadataPrefix < units.count && units[metadataPrefix].kind == .metadata { metadataPrefix += 1 }
            return metadataPrefix >= end
        }
        // Set by a jump line (`（上接第1版）`) or a dateline for the paragraph that follows.
        var pendingJumpIn = false, pendingDateline = false
        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            var u = LineClassifier.paragraphUnit(paragraph, source: source)
            u.jumpsIn = u.jumpsIn || pendingJumpIn
            u.afterDateline = pendingDateline
            pendingJumpIn = false
            pendingDateline = false
            units.append(u)
            paragraph = []
        }
        /// Whether line `i` has a blank line right above it.
        func prevBlankBefore(_ i: Int) -> Bool { i == 0 || spans[i - 1].isEmpty }
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let ln = i + 1
            if line.isEmpty { flushParagraph(); i += 1; continue }
            // A title printed vertically, one character a line (`龙` / `游` / `代` / `表` / …): one heading.
            if line.visibleCount == 1, prevBlankBefore(i), let k = LineClassifier.verticalRun(lines, from: i) {
                flushParagraph()
                var u = LayoutUnit(kind: .heading, pieces: (i..<(i + k)).map { j in LinePiece(line: j + 1, range: spans[j]) })
                u.titleShaped = true
                u.wrapsInWord = true
                units.append(u)
                i += k
                continue
            }
            let full = line.sourceStart..<(line.sourceStart + line.count)
            // An office or names alone are a credit only right under a heading (`县人大常委会代表工作委员会`,
            // `王芳`), with text to follow.
            if let (kind, b) = recognizer.recognize(line),
               !LineClassifier.contextual.contains(b.family) || (paragraph.isEmpty && underHeadline(units, source) && hasTextBelow(lines, after: i)) {
                let before = line.sourceStart..<b.range.lowerBound
                let after = b.range.upperBound..<full.upperBound
                if b.placement == .closing && LineClassifier.hasText(source, before) {
                    if LineClassifier.isCaptionStart(line) {
                        // `图为…。　符永强 摄`: a photo's caption with its credit.
                        flushParagraph()
                        units.append(LayoutUnit(kind: .caption, pieces: [LinePiece(line: ln, range: before)]))
                    } else {
                        paragraph.append(LinePiece(line: ln, range: before))
                    }
                }
                // A byline printed on two lines, one writer under the other with nothing between
                // (`本报记者 陈 静` / `通讯员 龙永富`): one byline, the second line's writers added to the first's.
                // (Its `range` stays the first line's; the unit's pieces hold both lines.)
                // (Reporters' titles only: offices stacked line under line, `涞源县人大常委会…主任　赵国平` /
                // `阜平县人大常委会…主任　刘秀兰`, are the bylines of columns extracted row by row.)
                if kind == .byline, b.placement == .opening, paragraph.isEmpty, b.family == LineClassifier.reporterFamily, !LineClassifier.hasText(source, before),
                   !LineClassifier.hasText(source, after), let last = units.indices.last, units[last].kind == .byline,
                   units[last].pieces.last?.line == ln - 1, let above = units[last].byline, above.placement == .opening, above.family == LineClassifier.reporterFamily,
                   above.role == nil, b.role == nil, !above.authors.isEmpty, !b.authors.isEmpty,
                   above.range.upperBound == spans[i - 1].upperBound {
                    units[last].pieces.append(LinePiece(line: ln, range: b.range))
                    units[last].byline?.authors += b.authors.filter { !above.authors.contains($0) }
                    units[last].byline?.text += " " + b.text
                    i += 1
                    continue
                }
                // A writer's name cut at the line's end (`□ 本报记者 陈春` / `梅  通讯员 李晓`): one byline
                // over the two lines, the name whole.
                if kind == .byline, b.placement == .opening, !LineClassifier.hasText(source, after),
                   let joined = nameCutAtEnd(lines, at: i, byline: b) {
                    flushParagraph()
                    let next = lines[i + 1]
                    units.append(LayoutUnit(kind: .byline, pieces: [LinePiece(line: ln, range: b.range),
                                                                    LinePiece(line: ln + 1, range: next.sourceStart..<(next.sourceStart + next.count))],
                                            byline: joined))
                    i += 2
                    continue
                }
                flushParagraph()
                // A jump line sends the paragraph above it on, or brings the next one in.
                if kind == .metadata, let jump = PageFurnitureFamily.jumpDirection(line.folded[...]) {
                    if jump == .out, let last = units.indices.last, units[last].kind == .paragraph { units[last].jumpsOut = true }
                    if jump == .in { pendingJumpIn = true }
                }
                let k: LayoutUnit.Kind = kind == .footer ? .footer : (kind == .metadata ? .metadata : .byline)
                // A site's name and banner printed right over its menu (`甘孜藏族自治州人大常委会` /
                // `发展全过程人民民主　保障人民当家作主` / `首页 | 人大要闻 | …`), an account's name right over
                // its id: the page's header, not a headline.
                if kind == .metadata, PageFurnitureFamily.isUnderSiteHeader(line.folded) {
                    LineClassifier.headerOverSiteLine(&units, line: ln, source: source)
                }
                units.append(LayoutUnit(kind: k, pieces: [LinePiece(line: ln, range: b.range)], byline: b))
                if LineClassifier.hasText(source, after) {
                    pendingDateline = kind == .byline && b.placement == .opening
                    paragraph.append(LinePiece(line: ln, range: after))
                    if LineClassifier.endsSentence(source, after) && !narrow { flushParagraph() }
                }
                i += 1
                if kind == .metadata && PageFurnitureFamily.isLinkListLead(line.folded) {
                    i = linkList(lines, from: i, into: &units)
                }
                continue
            }
            // A dateline's credit wrapped in a narrow column (`本报讯（记者 杨 丽 通讯` / `员 岩 温）9月上旬，孟连`):
            // one byline over the two lines, the text going on after its bracket.
            // (Opening a paragraph: a bracket inside a running sentence, `群众纷纷致电（记者 王`, is no dateline;
            // asked before the wrapped byline below, which would join the two lines with a space.)
            if narrow, paragraph.isEmpty, LineClassifier.mayOpenWrappedDateline(line, bracket: bracketCue, ends: datelineEnds),
               let (b, close) = wrappedDateline(lines, at: i) {
                flushParagraph()
                let next = lines[i + 1]
                units.append(LayoutUnit(kind: .byline, pieces: [LinePiece(line: ln, range: full),
                                                                LinePiece(line: ln + 1, range: next.sourceStart..<close)],
                                        byline: b))
                let after = close..<(next.sourceStart + next.count)
                if LineClassifier.hasText(source, after) {
                    pendingDateline = true
                    paragraph.append(LinePiece(line: ln + 1, range: after))
                }
                i += 2
                continue
            }
            // A byline wrapped in a narrow column under its headline (`记者 郭红艳 通讯员 任` / `晓辉`).
            if narrow, paragraph.isEmpty, units.last?.kind == .heading, let b = wrappedByline(lines, at: i) {
                let next = lines[i + 1]
                units.append(LayoutUnit(kind: .byline, pieces: [LinePiece(line: ln, range: full),
                                                                LinePiece(line: ln + 1, range: next.sourceStart..<(next.sourceStart + next.count))],
                                        byline: b))
                i += 2
                continue
            }
            // A writer's footer wrapped in a narrow column (`（作者系三江县人大常委会党组书记、主` / `任）`),
            // under a blank line or right under a line that ends its sentence (`…更有温度。`).
            if prevBlankBefore(i) || LineClassifier.endsSentence(source, spans[i - 1]),
               let (b, count, kind) = wrappedFooter(lines, at: i) {
                flushParagraph()
                let pieces = (0..<count).map { k in LinePiece(line: ln + k, range: spans[i + k]) }
                units.append(LayoutUnit(kind: kind, pieces: pieces, byline: b))
                i += count
                continue
            }
            let visible = line.visibleCount
            let nextBlank = i + 1 >= lines.count || spans[i + 1].isEmpty
            // A headline's second line right over its subtitle (`让牧区民声` / `有处说、有人听` /
            // `——阿合奇县打造…`): the headline goes on.
            if paragraph.isEmpty, i > 0, !spans[i - 1].isEmpty, let h = units.indices.last, units[h].kind == .heading,
               units[h].pieces.last?.line == ln - 1, i + 1 < lines.count, LineClassifier.isSubtitle(lines[i + 1]),
               line.visibleCount <= 20, !line.folded.contains(where: ScalarClass.isSentenceFinal) {
                units[h].pieces.append(LinePiece(line: ln, range: full))
                i += 1
                continue
            }
            if LineClassifier.isSubtitle(line) {
                flushParagraph()
                var pieces = [LinePiece(line: ln, range: full)]
                var j = i + 1
                // (Wrapped in a narrow column, the subtitle goes on in the one or two short lines right
                // under it, `——拉祜山寨践行全过程` / `人民民主的探索`, up to a blank line or a byline; a
                // second only where a blank line closes it.)
                while narrow && j < lines.count && j <= i + 2 && !spans[j].isEmpty && lines[j].count <= line.count
                        && !LineClassifier.endsSentence(source, pieces.last!.range) && recognizer.recognize(lines[j]) == nil {
                    if j == i + 2 && j + 1 < lines.count && !spans[j + 1].isEmpty { break }
                    pieces.append(LinePiece(line: j + 1, range: spans[j]))
                    j += 1
                }
                units.append(LayoutUnit(kind: .subtitle, pieces: pieces))
                i = j
                continue
            }
            // A photo's caption naming only its scene, alone between blank lines in a narrow column
            // (`专题询问会现场。`, `代表视察活动一角`): no text, and no landing for the cut above it.
            // (Only right under a paragraph the photo cut, `…并依托电商平台`: a headline ending so,
            // `人大代表履职风采掠影` under its first line or finished text, heads its article.)
            if narrow && paragraph.isEmpty && prevBlankBefore(i) && (i + 1 >= lines.count || spans[i + 1].isEmpty)
                && units.last.map({ $0.kind == .paragraph && $0.cutEnd }) == true
                && LineClassifier.isSceneCaption(line) {
                units.append(LayoutUnit(kind: .caption, pieces: [LinePiece(line: ln, range: full)]))
                i += 1
                continue
            }
            if LineClassifier.isCaptionStart(line) {
                flushParagraph()
                var pieces = [LinePiece(line: ln, range: full)]
                var j = i + 1
                // (Its credit may end its last line, `况。　　　　何志斌　摄`: the credit is the photo's byline.)
                var credit: LayoutUnit? = nil
                while narrow && j < lines.count && !spans[j].isEmpty && !LineClassifier.endsSentence(source, pieces.last!.range) {
                    let range = spans[j]
                    if let (_, b) = recognizer.recognize(lines[j]), b.placement == .closing, b.role == "photographer",
                       LineClassifier.hasText(source, range.lowerBound..<b.range.lowerBound) {
                        pieces.append(LinePiece(line: j + 1, range: range.lowerBound..<b.range.lowerBound))
                        credit = LayoutUnit(kind: .byline, pieces: [LinePiece(line: j + 1, range: b.range)], byline: b)
                        j += 1
                        break
                    }
                    pieces.append(LinePiece(line: j + 1, range: range))
                    j += 1
                }
                // A caption under its own headline, closed by its credit (`洮南：代表视察` / `“菜篮子”工程` /
                // `图为近日，洮南市…况。　　何志斌　摄`), is a picture story's text, as a paragraph there is.
                let story = credit != nil && prevBlankBefore(i) && units.last?.kind == .heading
                units.append(LayoutUnit(kind: story ? .paragraph : .caption, pieces: pieces))
                if let credit { units.append(credit) }
                i = j
                continue
            }
            let prevBlank = prevBlankBefore(i)
            // A short column label set wide apart right over its item's headline, no blank line between
            // (`短  评` / `票决之后，` / `更要“决”而有果` / blank): the label, then the headline, one or two
            // lines clearly shorter than the column ending no sentence, however they punctuate.
            if line.visibleCount == 2, prevBlank, paragraph.isEmpty, i + 2 < lines.count, !spans[i + 1].isEmpty, LineClassifier.isWideSpacedPair(line.raw),
               let k = (1...2).first(where: { k in i + k + 1 < lines.count && spans[i + k + 1].isEmpty }),
               (1...k).allSatisfy({ m in
                   Double(lines[i + m].visibleCount) < Double(width) * 0.9 && !LineClassifier.endsSentence(source, spans[i + m])
                       && recognizer.recognize(lines[i + m]) == nil
               }) {
                flushParagraph()
                units.append(LayoutUnit(kind: .heading, pieces: [LinePiece(line: ln, range: full)]))
                var u = LayoutUnit(kind: .heading, pieces: (1...k).map { m in LinePiece(line: ln + m, range: spans[i + m]) })
                u.titleShaped = true
                units.append(u)
                i += k + 1
                continue
            }
            // A page number alone at the page's foot (`24`, nothing but furniture under it), or right
            // over the next page's running head inside the file (`32` / `宁夏人大　2024年第5期`).
            // (Or a spread's two page numbers, one under the other at the file's end, `24` / `25`.)
            let numbersToTheEnd = i > 0 && LineClassifier.isBarePageNumber(line)
                && (prevBlank || LineClassifier.isBarePageNumber(lines[i - 1]) || units.last?.kind == .metadata)
                && lines[(i + 1)...].allSatisfy { $0.isEmpty || LineClassifier.isBarePageNumber($0) }
            // (Or in the page's head, under its running head and column label, before any text, over
            // a line of text (a clause marked, not a headline): `天津人大　2024年1月19日` / `聚 焦 两 会` /
            // `3` / `编者按：1月中旬，河西`.)
            // (Alone between blank lines' worth of space below: a list's number, `1` / `．坚持…`, runs on.)
            let numberInHead = i > 0 && LineClassifier.isBarePageNumber(line) && paragraph.isEmpty
                && i + 1 < lines.count && lines[i + 1].isEmpty
                && units.contains { $0.kind == .metadata } && units.allSatisfy { $0.kind == .metadata || $0.kind == .heading }
                && lines[(i + 1)...].first(where: { !$0.isEmpty }).map { next in
                    next.folded.contains { $0 == "," || $0 == "。" }
                } == true
            if numbersToTheEnd || numberInHead || (prevBlank && i > 0 && LineClassifier.isBarePageNumber(line)
               && (i + 1 >= foot || (i + 1 < lines.count && recognizer.recognize(lines[i + 1]).map { $0.0 == .metadata } == true))) {
                flushParagraph()
                units.append(LayoutUnit(kind: .metadata, pieces: [LinePiece(line: ln, range: full)]))
                i += 1
                continue
            }
            var shape = LineClassifier.headingShape(line)
            if shape == 0 && prevBlank && visible <= 2 && !line.folded.contains(where: ScalarClass.isSentenceFinal) {
                shape = 2 // a lone label such as 摘 / 要
            }
            if shape == 0 && prevBlank && LineClassifier.isQueryHeadline(line) && headlineFollowsUp(lines, after: i) {
                shape = 2 // 代表建议办得怎么样？ over a byline or a subtitle
            }
            // A headline's first part ending with a colon, its rest on the next line, over a byline
            // (`从十八洞村出发：` / `人大代表助力乡村振兴`): shaped like a headline as a whole. (In a narrow
            // column the rest may take two lines: `平罗市人大常委会：` / `基层立法联系点让群众` / `“说上话”` / `□赵 婷`.)
            if shape == 0 && prevBlank && LineClassifier.opensColonHeadline(line),
               let rest = (1...(narrow ? 2 : 1)).first(where: { m in i + m + 2 < lines.count && !spans[i + m].isEmpty && spans[i + m + 1].isEmpty }),
               (1...rest).allSatisfy({ m in
                   !spans[i + m].isEmpty && LineClassifier.headingShape(lines[i + m]) == 2 && lines[i + m].visibleCount <= LineClassifier.maxHeading
               }),
               recognizer.recognize(lines[i + rest + 2]).map({ $0.byline.placement == .opening }) == true {
                shape = 2
            }
            var heading = false
            var wrapped = false
            // (A headline stacked in three lines takes all three, however full the second.)
            var stackedLines = 1
            var tight = false
            if shape > 0 && visible <= LineClassifier.maxHeading {
                // The next line's recognition, once: it decides both rules below.
                let nextMatch = i + 1 < lines.count ? recognizer.recognize(lines[i + 1]) : nil
                // A subtitle (`——在…会议上的讲话`) stands under a headline only.
                let headerFollows = nextMatch.map { $0.byline.placement == .opening } == true
                    || (i + 1 < lines.count && LineClassifier.isSubtitle(lines[i + 1]))
                // The first line of a headline wrapped over two lines: a block of exactly two
                // heading-shaped lines, closed by a blank line or a byline.
                // (Not a column label letter-spaced right over a headline printed plain, under nothing
                // but the running head: `人 大 代 表 风 采` / `斯琴高娃 做牧民的贴心人`. With no running head
                // above it, or lower down, or naming a place or office, `泽 库 县 人 大 常 委 会` / `把…送进
                // 牧区`, such a line opens a headline in two types.)
                let labelOverHeadline = i + 1 < lines.count && LineClassifier.isLabel(line.raw, over: lines[i + 1].raw)
                    && !units.isEmpty && onlyMetadata(upTo: units.count) && paragraph.isEmpty
                let wrappedHeadline = !narrow && shape == 2 && prevBlank && i + 1 < lines.count && !spans[i + 1].isEmpty && !labelOverHeadline
                    && LineClassifier.headingShape(lines[i + 1]) == 2 && lines[i + 1].visibleCount <= LineClassifier.maxHeading
                    && !LineClassifier.isSubtitle(lines[i + 1]) && !LineClassifier.isCaptionStart(lines[i + 1])
                    && nextMatch == nil
                    && (i + 2 >= lines.count || spans[i + 2].isEmpty
                        || recognizer.recognize(lines[i + 2]).map { $0.byline.placement == .opening } == true)
                // In a narrow column: two lines between blank lines, both shorter than the column
                // (text fills it) and neither ending a sentence, over a byline (`孟津区人大常委会开` /
                // `展黄河生态保护执法检查`), or closing the page with nothing but furniture under them
                // (a magazine that prints each title after its article: `用好基层立法联系点` /
                // `畅通民意“直通车”`, then the page number).
                // (Either line may run as wide as the column or wider over a byline, `襄垣县人大常委会审议通过` /
                // `“十四五”规划纲要实施中期评估报告` / `本报讯（记者 郝建斌）`, `市人大常委会开展黑土地保护` /
                // `“一法一条例”执法检查` / `本报讯（张伟东）…`: a headline spans columns; text never runs
                // past its own.)
                // (A line between blank lines opening a quotation it does not close, `“代表就要替群众说`,
                // is no heading in a narrow column: the quotation goes on below, a paragraph a blank
                // line cut.)
                func quotationGoesOn() -> Bool { LineClassifier.opensUnclosedQuote(line.folded) }
                // (Asked only of a candidate headline, once.)
                var overBylineAnswer: Bool?
                func overByline() -> Bool {
                    if let a = overBylineAnswer { return a }
                    let a = i + 3 < lines.count && ((recognizer.recognize(lines[i + 3]).map { $0.byline.placement == .opening } ?? false)
                                                    || wrappedByline(lines, at: i + 3) != nil
                                                    || (narrow && LineClassifier.mayOpenWrappedDateline(lines[i + 3], bracket: bracketCue, ends: datelineEnds)
                                                        && wrappedDateline(lines, at: i + 3) != nil)
                                                    || overPhotoOverByline(lines, at: i + 3))
                    overBylineAnswer = a
                    return a
                }
                // (Asked of a candidate headline once, whichever test asks first.)
                var overOwnOpeningAnswer: Bool?
                func overOwnOpening() -> Bool {
                    if let a = overOwnOpeningAnswer { return a }
                    let a = i + 3 < lines.count && !spans[i + 3].isEmpty && paragraph.isEmpty && closesFinishedText(units, source)
                        && Double(lines[i + 1].visibleCount) <= Double(width) * 0.9
                        && LineClassifier.headlineCountyOpensText(line, lines[i + 3])
                    overOwnOpeningAnswer = a
                    return a
                }
                let narrowWrapped = narrow && shape == 2 && prevBlank && i + 1 < lines.count && !spans[i + 1].isEmpty && !labelOverHeadline
                    && (i + 2 == lines.count || spans[i + 2].isEmpty)
                    && (Double(visible) < Double(width) || overByline() || overOwnOpening())
                    // (A second line as wide as the column, `让群众诉求“一键直达”`, is the headline's too over a byline.)
                    && (Double(lines[i + 1].visibleCount) < Double(width) || overByline())
                    && visible + lines[i + 1].visibleCount >= 8
                    && nextMatch == nil
                    && !LineClassifier.endsSentence(source, spans[i + 1])
                    && !LineClassifier.holdsPunctuationOutsideQuotedSeries(lines[i + 1].folded)
                    && (overByline()
                        || (closesPageAsHeadline(lines, i, source) && i + 2 >= foot)
                        || (i + 3 < lines.count && !spans[i + 3].isEmpty && paragraph.isEmpty && opensItem(units, source)
                            // (Clearly shorter than the column, over text that opens a sentence: two full
                            // lines of a cut paragraph resumed after a brief's credit run on, `…持续向好。`.)
                            && Double(max(visible, lines[i + 1].visibleCount)) <= Double(width) * 0.9
                            && !LineClassifier.startsMidSentence(source, spans[i + 3]))
                        // (Or, its last line clearly shorter than the column, under finished text, over
                        // text whose first line names the county the lines open with: a brief's headline
                        // and its opening, `华坪县推进乡镇人大` / `预算审查监督` / `华坪县人大常委会今年在`; the
                        // first line may fill the column, `西盟佤族自治县人大常委会` / `听取义务教育工作报告`.)
                        || overOwnOpening()
                        // (Or over an adoption note, `任免名单` / `（2024年8月29日…会议通过）`: a document's title.)
                        || (paragraph.isEmpty && LineClassifier.opensAdoptionNote(lines, at: i + 3)))
                // In a narrow column: three title-shaped lines between blank lines over a byline, the
                // middle one clearly shorter than the column (`让代表联络站成为民意“直通车”` / `增强人大监督刚性` /
                // `推动审议意见落地见效` / `■ 郑淑芬（辽宁）`): wrapped text leaves no short line inside a
                // paragraph, so the lines are headlines, however full the first. (Or the first clearly
                // shorter and no line holding a clause's punctuation, `莒南县人大常委会开展` /
                // `大气污染防治“一法一条例”` / `执法检查` / `■ 庄文涛 刘玉琴`: text would go on in the first.)
                let stacked = narrow && !narrowWrapped && shape == 2 && prevBlank && nextMatch == nil
                    && i + 4 < lines.count && !spans[i + 1].isEmpty && !spans[i + 2].isEmpty && spans[i + 3].isEmpty
                let firstShort = stacked && Double(visible) < Double(width) * 0.8
                    && (0...2).allSatisfy { k in !lines[i + k].folded.contains(where: ScalarClass.isClausePunct) }
                let stackedOverByline = stacked && paragraph.isEmpty
                    && LineClassifier.headingShape(lines[i + 1]) == 2 && LineClassifier.headingShape(lines[i + 2]) == 2
                    && (Double(lines[i + 1].visibleCount) < Double(width) * 0.8 || firstShort)
                    && lines[i + 2].visibleCount <= LineClassifier.maxHeading
                    && recognizer.recognize(lines[i + 1]) == nil && recognizer.recognize(lines[i + 2]) == nil
                    && recognizer.recognize(lines[i + 4]).map({ $0.byline.placement == .opening }) == true
                // So are three such lines, all clearly shorter than the column and none holding a
                // sentence's or a clause's punctuation, over text whose first line names the county
                // the first opens with: an unsigned brief's headline (`江口县人大常委会作出` / `加强世界
                // 自然遗产地` / `保护的决议` / `8月28日，江口县人大常委`).
                let stackedOverOwnOpening = narrow && !narrowWrapped && !stackedOverByline && shape == 2 && prevBlank
                    && nextMatch == nil && paragraph.isEmpty && i + 4 < lines.count && closesFinishedText(units, source)
                    && !spans[i + 1].isEmpty && !spans[i + 2].isEmpty && spans[i + 3].isEmpty && !spans[i + 4].isEmpty
                    && Double(visible) <= Double(width) * 0.9
                    && (1...2).allSatisfy { k in
                        LineClassifier.headingShape(lines[i + k]) == 2 && Double(lines[i + k].visibleCount) < Double(width) * 0.8
                            && !lines[i + k].folded.contains(where: { ScalarClass.isSentenceFinal($0) || ScalarClass.isClausePunct($0) })
                            && recognizer.recognize(lines[i + k]) == nil
                    }
                    && LineClassifier.headlineCountyOpensText(line, lines[i + 4])
                if stackedOverByline || stackedOverOwnOpening {
                    heading = true
                    stackedLines = 3
                } else if wrappedHeadline || narrowWrapped {
                    heading = true
                    wrapped = true
                    // Joined without a space when the break falls inside a word (`开|展`).
                    if narrowWrapped, !wrappedHeadline, let a = line.folded.last, let b = lines[i + 1].folded.first {
                        tight = CommonWords.shared.isWord(a, b)
                    }
                } else if !narrow {
                    heading = nextBlank || headerFollows || Double(visible * 2) < width
                } else if (prevBlank && nextBlank && !quotationGoesOn()) || headerFollows
                            || headsPhotoBox(lines, i, width: width, source: source) {
                    heading = true
                } else if let last = units.last, last.kind == .footer, last.lastLine == ln - 1, paragraph.isEmpty,
                          titleAfterFooter(lines, at: i) {
                    // A title printed after its article, right under the writer's footer and over the
                    // next article's byline (`（作者系盐池县人大常委会主任）` / `以乡镇人大建设夯实…` / blank /
                    // `■ 杨淑琴（宁夏）`): a heading, though no blank line sets it off from the footer.
                    heading = true
                } else if shape == 2, prevBlank, visible >= 8, nextMatch == nil, i + 2 < lines.count, !spans[i + 1].isEmpty,
                          LineClassifier.headingShape(lines[i + 1]) == 2, lines[i + 1].visibleCount <= LineClassifier.maxHeading,
                          LineClassifier.isSubtitle(lines[i + 2]) {
                    // A kicker (引题) over the headline and its subtitle, the three printed line under
                    // line (`践行全过程人民民主　推动代表建议落地见效` / `惠民：小建议办成…` / `——…综述`):
                    // the headline's first line, however wide, not a paragraph of the column.
                    heading = true
                } else {
                    // In a wrapped column a heading is clearly shorter than the column, and does
                    // not sit in the middle of a running paragraph.
                    let short = Double(visible) < Double(width) * 0.8
                    heading = short && (paragraph.isEmpty || LineClassifier.endsSentence(source, paragraph.last!.range))
                        && !(prevBlank && nextBlank && quotationGoesOn())
                }
            }
            // A row of a table printed in the text (`项目名称　　得票` / `老旧小区改造　31 票` / …) is no heading:
            // its cells stand apart on a line printed right over or under another row, a figure closing
            // one of the two.
            if heading, narrow, line.cues.holdsAll(ScalarCues.space), LineClassifier.tableCells(line.raw) >= 2, !line.folded.contains(":") {
                let above = i > 0 && !spans[i - 1].isEmpty && LineClassifier.tableCells(lines[i - 1].raw) >= 2
                let below = i + 1 < lines.count && !spans[i + 1].isEmpty && LineClassifier.tableCells(lines[i + 1].raw) >= 2
                if (above || below) && (LineClassifier.isFigureRow(line.raw) || (below && LineClassifier.isFigureRow(lines[i + 1].raw))) {
                    heading = false
                }
            }
            // A line right over a jump line sending the text on (`…深入走访全县农牧民家庭` / `（下转第2版）`)
            // is the paragraph's last, cut there, however short: no heading.
            if heading, !prevBlank, !paragraph.isEmpty, i + 1 < lines.count, lines[i + 1].folded.first.map({ $0 == "(" || $0 == "下" || $0 == "转" }) == true,
               PageFurnitureFamily.jumpDirection(lines[i + 1].folded[...]) == .out {
                heading = false
            }
            if heading {
                flushParagraph()
                var u = LayoutUnit(kind: .heading, pieces: [LinePiece(line: ln, range: full)])
                u.titleShaped = shape == 2
                // Join a multi-line heading (consecutive short heading lines).
                if let last = units.last, last.kind == .heading, last.lastLine == ln - 1,
                   !(last.pieces.count == 1 && units.count >= 2 && LineClassifier.isLabel(source.scalars[last.pieces[0].range], over: line.raw)
                     && onlyMetadata(upTo: units.count - 1)) {
                    units[units.count - 1].pieces.append(contentsOf: u.pieces)
                    units[units.count - 1].titleShaped = last.titleShaped && u.titleShaped
                } else {
                    units.append(u)
                }
                // A wrapped headline takes its second line too, however short the column.
                if wrapped {
                    let next = lines[i + 1]
                    units[units.count - 1].pieces.append(LinePiece(line: ln + 1, range: next.sourceStart..<(next.sourceStart + next.count)))
                    units[units.count - 1].titleShaped = units[units.count - 1].titleShaped && LineClassifier.headingShape(next) == 2
                    units[units.count - 1].wrapsInWord = tight
                    i += 1
                }
                for k in 1..<stackedLines {
                    let next = lines[i + k]
                    units[units.count - 1].pieces.append(LinePiece(line: ln + k, range: next.sourceStart..<(next.sourceStart + next.count)))
                    units[units.count - 1].titleShaped = units[units.count - 1].titleShaped && LineClassifier.headingShape(next) == 2
                }
                i += stackedLines
                continue
            }
            if !narrow { flushParagraph() }
            // A paragraph of a narrow column runs over many lines: room for them at once rather
            // than by doubling.
            if narrow && paragraph.isEmpty { paragraph.reserveCapacity(16) }
            paragraph.append(LinePiece(line: ln, range: full))
            if LineClassifier.endsSentence(source, full) && (!narrow || Double(visible) < Double(width) * 0.9 || nextBlank) {
                flushParagraph()
            } else if !narrow {
                flushParagraph()
            }
            i += 1
        }
        flushParagraph()
        // Two narrow columns extracted line by line in turn: each column's lines, paragraphs of their own.
        if narrow { units = InterleavedColumns.split(units, source: source, width: width) }
        // A sentence printed again in display type beside its article: a caption, no text.
        PullQuotes.mark(&units, source: source)
        // A paragraph sent on to another page is cut only when this file holds a continuation
        // brought in from one, printed after it (a later page): otherwise it ends here (its
        // sentence is on a page not given; a continuation printed above it came from an earlier one).
        let lastBroughtIn = units.lastIndex { $0.jumpsIn } ?? -1
        for k in units.indices where units[k].jumpsOut { units[k].cutEnd = k < lastBroughtIn }
        // A lead-in ending with a colon over a numbered list (`主要内容如下：` / `一、…`) is complete.
        for k in units.indices.dropLast() where units[k].kind == .paragraph && units[k].cutEnd {
            guard let last = units[k].pieces.last, LineClassifier.endsWithColon(source, last.range),
                  let first = units[k + 1].pieces.first else { continue }
            let next = Array(source.scalars[first.range].lazy.filter { !ScalarClass.isSpace($0) }.map(ScalarClass.fold))
            if LineClassifier.enumerationMarkerEnd(ScalarWindow(next)) > 0 { units[k].cutEnd = false }
        }
        LineClassifier.bannersInRunningHeads(&units, source: source)
        LineClassifier.reopenClauseCutHeadings(&units, source: source)
        return units
    }

    /// A short line read as a heading that holds a clause and ends inside a genre term whose rest
    /// opens a paragraph of the page (`她常说，全过程人民` at a column's foot, `民主就在身边…` elsewhere)
    /// is a paragraph cut at a column jump, not a headline over the byline below it.
    static func reopenClauseCutHeadings(_ units: inout [LayoutUnit], source: SourceText) {
        let terms = SeamTerms.shared
        var heads: [[Unicode.Scalar]]? = nil
        for k in units.indices where units[k].kind == .heading && units[k].pieces.count == 1 {
            let line = source.scalars[units[k].pieces[0].range]
            // (Clause punctuation before the last visible scalar looked for on the line as printed,
            // before the folded copy is made: most headings hold none, and the two copies cost more
            // than the rest of the pass.)
            guard LineClassifier.clausePunctBeforeLast(line) else { continue }
            let t = line.filter { !ScalarClass.isSpace($0) }.map(ScalarClass.fold)
            let open = terms.cutOpenings(atEndOf: Array(t.suffix(16)))
            guard !open.isEmpty else { continue }
            if heads == nil {
                heads = units.map { u in
                    guard u.kind == .paragraph, let first = u.pieces.first else { return [] }
                    return Array(source.scalars[first.range].lazy.filter { !ScalarClass.isSpace($0) }.map(ScalarClass.fold).prefix(16))
                }
            }
            guard heads!.contains(where: { terms.continues(open, $0) }) else { continue }
            units[k].kind = .paragraph
            units[k].cutEnd = true
        }
    }

    /// Whether a visible scalar of `line` other than its last visible one is clause punctuation:
    /// `t.dropLast().contains(where: ScalarClass.isClausePunct)` for `t` the line's visible scalars.
    static func clausePunctBeforeLast(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        // Whether the visible scalar before the one read is clause punctuation (so not the last).
        var previous = false
        for c in line where !ScalarClass.isSpace(c) {
            if previous { return true }
            previous = ScalarClass.isClausePunct(c)
        }
        return false
    }

    /// A one-line heading printed between two lines of a running head, with no blank line either
    /// side (`安庆日报　2023年12月5日　星期二　第7版` / `发展全过程人民民主　保障人民当家作主` /
    /// `人大专刊　　责任编辑：程雅琴`), is the page's slogan banner: furniture, not a headline. (Not
    /// between a web page's breadcrumb or fields, where an article's headline may stand.)
    static func bannersInRunningHeads(_ units: inout [LayoutUnit], source: SourceText) {
        guard units.count >= 3 else { return }
        func runningHead(_ u: LayoutUnit) -> Bool {
            guard u.kind == .metadata, let b = u.byline, b.family == "page-furniture", u.pieces.count == 1 else { return false }
            // (A paper's or magazine's head, or its editors' credit: not a web or WeChat page's chrome,
            // `点击蓝字 关注我们` / headline / `新化人大 2024-06-12 18:30`.)
            let f = ScalarWindow(Array(source.scalars[u.pieces[0].range].map(ScalarClass.fold)))
            return PageFurnitureFamily.isMasthead(f) || PageFurnitureFamily.isIssueHead(f) || PageFurnitureFamily.isEditorsCredit(f)
        }
        for k in 1..<(units.count - 1) where units[k].kind == .heading && units[k].pieces.count == 1 {
            let line = units[k].firstLine
            guard units[k - 1].lastLine == line - 1, units[k + 1].firstLine == line + 1,
                  runningHead(units[k - 1]), runningHead(units[k + 1]) else { continue }
            units[k].kind = .metadata
        }
        // A front page's banner right under its masthead, everything above it furniture: three
        // slogans or more set apart by wide gaps, no punctuation (`深入学习贯彻党的二十大精神　　发展
        // 全过程人民民主　　奋力谱写…篇章`).
        if let k = units.firstIndex(where: { $0.kind != .metadata }), k > 0, units[k].pieces.count == 1,
           units[k].kind == .heading || units[k].kind == .paragraph,
           units[k - 1].lastLine == units[k].firstLine - 1, runningHead(units[k - 1]),
           LineClassifier.isSloganBanner(source.scalars[units[k].pieces[0].range]) {
            units[k].kind = .metadata
        }
    }

    /// Three slogans or more on one line, parted by gaps of two spaces or more (an ideographic
    /// space counts two), each of four Han characters at least, with no punctuation but quotation marks.
    static func isSloganBanner(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var parts = 0, run = 0, gap = 0
        for c in line {
            if ScalarClass.isSpace(c) {
                gap += c == "\u{3000}" ? 2 : 1
                continue
            }
            if gap > 0 {
                if run > 0 {
                    guard gap >= 2 else { return false }
                    guard run >= 4 else { return false }
                    parts += 1
                }
                run = 0
                gap = 0
            }
            guard ScalarClass.isHan(c) || c == "“" || c == "”" || c == "\"" else { return false }
            if ScalarClass.isHan(c) { run += 1 }
        }
        if run >= 4 { parts += 1 }
        return parts >= 3
    }

    /// Whether a block after `units` opens a new item: the item above, printed under a headline, was
    /// closed by its credit (`（和静县人大常委会　巴音其其格）`) or its writer's footer, or nothing but the page's furniture
    /// and letter-spaced column labels (`县 市 人 大 动 态`) is above. A page of short items prints
    /// each headline over its text with no byline; only where the item above ended can a short
    /// two-line block be told from the last lines of a paragraph.
    func opensItem(_ units: [LayoutUnit], _ source: SourceText) -> Bool {
        guard let last = units.last else { return false }
        if last.kind == .footer || (last.kind == .byline && last.byline?.placement == .closing) {
            // (On a page that prints headlines over their items: the item closed had one. Under an item
            // printed with no headline above it, the block is that item's headline printed after it.)
            var k = units.count - 2
            while k >= 0 && units[k].kind == .paragraph { k -= 1 }
            return k >= 0 && units[k].kind == .heading
                && !(units[k].pieces.count == 1 && LineClassifier.isLetterSpaced(source.scalars[units[k].pieces[0].range]))
        }
        return units.allSatisfy { u in
            u.kind == .metadata || (u.kind == .heading && u.pieces.count == 1 && LineClassifier.isLetterSpaced(source.scalars[u.pieces[0].range]))
        }
    }

    /// Whether text (`folded` scalars; white space and line breaks skipped) opens with an official
    /// document's adoption note, wrapped or not (`（2024年8月29日徐闻县第十七届人民代表大会常务委员会第二十二` /
    /// `次会议通过）` / `一、任命` …): a bracket first, a year in it, its first closing bracket right after
    /// one of `adoptionEnds` (通过, 批准, 修正…), eighty scalars at most. What follows a notice's, a
    /// decision's or a resolution's title, and only a title's. (`isAdoptionNote` reads a note alone
    /// on its line.)
    static func opensWithAdoptionNote<C: Collection>(_ folded: C) -> Bool where C.Element == Unicode.Scalar {
        var sawOpen = false, year = false
        var a: Unicode.Scalar = " ", b: Unicode.Scalar = " " // the two scalars before the current one
        var count = 0
        for c in folded where !ScalarClass.isSpace(c) {
            count += 1
            if !sawOpen {
                guard c == "(" else { return false }
                sawOpen = true
                continue
            }
            if c == ")" { return year && adoptionEnds.contains { $0[0] == a && $0[1] == b } }
            if c == "(" || count > 80 { return false }
            if c == "年" { year = true }
            a = b
            b = c
        }
        return false
    }

    /// Whether the lines from `j` on open with an adoption note (`opensWithAdoptionNote`), read over
    /// four lines at most; the first line's bracket asked first.
    static func opensAdoptionNote(_ lines: [LineScalars], at j: Int) -> Bool {
        guard j < lines.count, lines[j].folded.first == "(" else { return false }
        return opensWithAdoptionNote(lines[j..<min(lines.count, j + 4)].lazy.flatMap { $0.folded })
    }

    /// Whether `head` opens with a county (`华坪县推进…`, `拜泉：…`) that the first few characters of
    /// `text` name too (`华坪县人大常委会今年在`, `近日，华坪县人大常`): a headline over its own item's opening.
    static func headlineCountyOpensText(_ head: LineScalars, _ text: LineScalars) -> Bool {
        // (The county opens the headline: the text's first characters must hold its first, asked
        // before any lookup.)
        guard let first = head.folded.first, text.folded.prefix(16).contains(first) else { return false }
        let h = Array(head.folded)
        var codes = Set<String>()
        if let m = Gazetteer.shared.countyMentions(in: h).first, m.range.lowerBound == 0 {
            codes = Set(m.candidates.filter { $0.level == .county }.map(\.code))
        } else if let c = ReadingOrder.colonCounty(h) {
            codes = [c.code]
        }
        guard !codes.isEmpty else { return false }
        let t = Array(text.folded.prefix(16))
        return Gazetteer.shared.mentions(in: t).contains { m in
            m.kind != .township && m.candidates.contains { codes.contains($0.code) }
                && SentenceOpening.opensWithin(t, at: m.range.lowerBound)
        }
    }

    /// Whether the text above ends its sentence (or there is none): a headline sits under finished
    /// text, not in a sentence cut at a blank line.
    func closesFinishedText(_ units: [LayoutUnit], _ source: SourceText) -> Bool {
        guard let last = units.last, last.kind == .paragraph, let piece = last.pieces.last else { return true }
        return LineClassifier.endsSentence(source, piece.range)
    }

    /// In narrow columns, whether line `i` is the headline of a photo item set across columns right
    /// under it: text lines far wider than the column follow it with no blank line, and a photo's
    /// credit closes them within a few lines (`人大代表助力桑蚕产业提质增效` / `近日，宜州区…` /
    /// `…发展建言献策。　　韦国庆　摄`). The line itself holds no punctuation of a sentence or clause.
    func headsPhotoBox(_ lines: [LineScalars], _ i: Int, width: Double, source: SourceText) -> Bool {
        let line = lines[i]
        guard i + 1 < lines.count, !lines[i + 1].isEmpty, line.visibleCount >= 6 else { return false }
        // (A colon after the county's short name opening it, `通海：代表走进蔬菜基地`, is a headline's: asked
        // only of a line whose first mark is a colon.)
        let f = line.folded
        let punct = { (c: Unicode.Scalar) in ScalarClass.isSentenceFinal(c) || ScalarClass.isClausePunct(c) }
        if let k = f.firstIndex(where: punct) {
            guard f[k] == ":", k - f.startIndex <= 7, !f[(k + 1)...].contains(where: punct),
                  ReadingOrder.colonCounty(Array(f)) != nil else { return false }
        }
        // (Or a headline in two parts set apart by a wide gap, `代表进牧区  宣讲暖人心`, over text no wider
        // than the column: text never leaves such a gap.)
        let wide = Double(lines[i + 1].visibleCount) >= max(width * 1.4, Double(line.visibleCount + 6))
        guard wide || LineClassifier.hasWideGapBetweenParts(line.folded) else { return false }
        // (Right under a line of text that ends mid-sentence, the line may be that text's: only a
        // headline opening with its county, `亚东县人大代表视察…`, heads a photo item there.)
        if i > 0, !lines[i - 1].isEmpty, !LineClassifier.endsSentence(source, lines[i - 1].sourceStart..<(lines[i - 1].sourceStart + lines[i - 1].count)) {
            guard let county = Gazetteer.shared.countyMentions(in: Array(line.folded)).first, county.range.lowerBound == 0 else { return false }
        }
        var j = i + 1
        while j < lines.count && j <= i + 5 && !lines[j].isEmpty {
            if let m = recognizer.recognize(lines[j]), m.byline.role == "photographer", m.byline.placement == .closing { return true }
            j += 1
        }
        // (The credit may stand apart under one blank line, `…欢迎。` / `` / `阿依努尔　摄`.)
        if j + 1 < lines.count, j > i + 1, j <= i + 6, lines[j].isEmpty,
           let m = recognizer.recognize(lines[j + 1]), m.byline.role == "photographer", m.byline.placement == .closing,
           !LineClassifier.hasText(source, lines[j + 1].sourceStart..<m.byline.range.lowerBound) {
            return true
        }
        return false
    }

    /// Whether a line holds two parts of Han text set apart by two spaces or more (an ideographic
    /// space counts two): `代表进牧区  宣讲暖人心`.
    static func hasWideGapBetweenParts(_ f: ScalarWindow) -> Bool {
        var k = 0
        var seenHan = false
        while k < f.count {
            if ScalarClass.isSpace(f[k]) {
                var gap = 0
                while k < f.count && ScalarClass.isSpace(f[k]) { gap += f[k] == "\u{3000}" ? 2 : 1; k += 1 }
                if seenHan, gap >= 2, k < f.count, ScalarClass.isHan(f[k]) { return true }
            } else {
                if ScalarClass.isHan(f[k]) { seenHan = true }
                k += 1
            }
        }
        return false
    }

    /// Whether the two lines from `i` may be a headline printed at the page's foot: the first printed
    /// flush (an indented one opens the last paragraph: `　　检查组要求…严` / `格落实…`) and opening with no
    /// bracket (`（作者系东山县人大常委会` / `办公室主任）` is a footer).
    func closesPageAsHeadline(_ lines: [LineScalars], _ i: Int, _ source: SourceText) -> Bool {
        let r = source.lineRange(i + 1)
        guard lines[i].sourceStart == r.lowerBound, let first = lines[i].folded.first else { return false }
        return !ScalarClass.isOpening(first) && first != "("
    }

    /// Where the page's foot of blank lines and page furniture begins: a running foot, a page number
    /// (`— 24 —`, or `24` alone); `lines.count` when the last line is text. One scan from the end.
    func furnitureFoot(_ lines: [LineScalars]) -> Int {
        var k = lines.count
        while k > 0 {
            let l = lines[k - 1]
            if !l.isEmpty && !LineClassifier.isBarePageNumber(l) {
                guard let m = recognizer.recognize(l), m.kind == .metadata, m.byline.family == "page-furniture",
                      // (A jump line sends the text above on: `（下转第2版）`.)
                      !PageFurnitureFamily.isJumpMarker(l.folded[...]) else { return k }
            }
            k -= 1
        }
        return 0
    }

    /// A page number alone on its line: one to three digits (`24`).
    static func isBarePageNumber(_ l: LineScalars) -> Bool {
        !l.isEmpty && l.count <= 3 && l.folded.allSatisfy(ScalarClass.isDigit)
    }

    /// Whether lines from `k` on are a photo's caption closed by its credit (`王凤城（右）在茶园里…。` /
    /// `刘 畅  摄`), at most four lines, then, past blank lines, an opening byline: a headline may
    /// stand over its photo, the byline under that (`王凤城` / `做大山里的茶产业“带头人”` / photo /
    /// `□ 本报记者 刘 畅`).
    func overPhotoOverByline(_ lines: [LineScalars], at k: Int) -> Bool {
        var j = k, credited = false
        while j < lines.count, j < k + 4, !lines[j].isEmpty {
            defer { j += 1 }
            if let (_, b) = recognizer.recognize(lines[j]), b.role == "photographer" { credited = true; break }
        }
        guard credited else { return false }
        while j < lines.count && lines[j].isEmpty { j += 1 }
        return j < lines.count && recognizer.recognize(lines[j]).map { $0.byline.placement == .opening && $0.byline.role == nil } == true
    }

    /// The opening byline that line `i` and a short line after it make together, when neither is a
    /// byline alone and a blank line (or the end) follows them.
    /// The byline of line `i` (`b`, a name at its end) over the next line when that line opens with
    /// the rest of the name: one or two Han characters alone or before a space (`陈春` / `梅  通讯员
    /// 李晓`, `陈春` / `梅`), and the two lines read tight together are a byline whose writers
    /// hold the cut name made whole (`陈春梅`) where the first line's held its start. Nil otherwise:
    /// a line of text under a byline (`梅花香…`) goes on with no space.
    func nameCutAtEnd(_ lines: [LineScalars], at i: Int, byline b: Byline) -> Byline? {
        guard i + 1 < lines.count, let cut = b.authors.last, cut.unicodeScalars.count == 2 else { return nil }
        let a = lines[i], next = lines[i + 1]
        guard !next.isEmpty, b.range.upperBound == a.sourceStart + a.count else { return nil }
        let f = next.folded
        var k = 0
        while k < f.count && k < 3 && ScalarClass.isHan(f[k]) { k += 1 }
        guard k >= 1 && k <= 2, k == f.count || ScalarClass.isSpace(f[k]) else { return nil }
        var rest = String.UnicodeScalarView()
        for j in 0..<k { rest.append(f[j]) }
        let whole = cut + String(rest)
        let joined = LineScalars(String(String.UnicodeScalarView(Array(a.raw) + Array(next.raw))), line: a.line)
        guard let (kind, m) = recognizer.recognize(joined), kind == .byline, m.placement == .opening,
              m.authors.contains(whole), m.family == b.family, m.range.upperBound == joined.count else { return nil }
        var byline = m
        byline.range = a.sourceStart..<(next.sourceStart + next.count)
        return byline
    }

    func wrappedByline(_ lines: [LineScalars], at i: Int) -> Byline? {
        guard i + 1 < lines.count, !lines[i + 1].isEmpty, lines[i + 1].visibleCount <= 4,
              i + 2 >= lines.count || lines[i + 2].isEmpty,
              lines[i].count <= 30, !lines[i].folded.contains(where: ScalarClass.isSentenceFinal) else { return nil }
        let a = lines[i], b = lines[i + 1]
        // `…通讯员 任` / `晓辉`: a name broken after its first character joins tight; `…通讯员 李强` /
        // `赵兵` is a further name.
        let brokenName = a.raw.count >= 2 && ScalarClass.isSpace(a.raw[a.raw.count - 2])
        let joined = LineScalars(String(String.UnicodeScalarView(a.raw + (brokenName ? [] : [" "]) + b.raw)), line: a.line)
        guard let (kind, m) = recognizer.recognize(joined), kind == .byline, m.placement == .opening, !m.authors.isEmpty,
              !LineClassifier.contextual.contains(m.family),
              recognizer.recognize(b).map({ LineClassifier.contextual.contains($0.byline.family) }) ?? true else { return nil }
        var byline = m
        byline.range = a.sourceStart..<(b.sourceStart + b.count)
        return byline
    }

    /// A paragraph of `pieces` (one or more, in reading order) with what its lines tell: cut at its
    /// end, opening mid-sentence or indented, sent on to or brought in from another page.
    static func paragraphUnit(_ pieces: [LinePiece], source: SourceText) -> LayoutUnit {
        var u = LayoutUnit(kind: .paragraph, pieces: pieces)
        let head = pieces[0], tail = pieces[pieces.count - 1]
        // A reference entry (`[2] 王锴.…2019(1):5-24.`) ends with its citation, not mid-sentence.
        // (Nor does a column of figure items, `98.6%　代表建议按期办结率`, end with a cut.)
        u.cutEnd = !LineClassifier.endsSentence(source, tail.range) && !LineClassifier.isReferenceEntry(source, head.range)
            && !LineClassifier.isFigureColumn(source, pieces)
        u.continuationStart = LineClassifier.startsMidSentence(source, head.range)
        u.opensIndented = LineClassifier.isIndented(source, head)
        u.indentedInside = pieces.dropFirst().contains { LineClassifier.isIndented(source, $0) }
        u.jumpsIn = LineClassifier.jump(source, atStartOf: head.range) == .in
        u.jumpsOut = LineClassifier.jump(source, atEndOf: tail.range) == .out
        return u
    }

    static let bracketCue = ScalarCues("("), datelineEndCues = ScalarCues("讯电")

    /// Whether a line's cues hold a bracket and 讯 or 电, as a dateline wrapped after its bracket
    /// opened does (`bracket` and `ends` the two cue sets, read once by the caller).
    @inline(__always) static func mayOpenWrappedDateline(_ line: LineScalars, bracket: ScalarCues, ends: ScalarCues) -> Bool {
        line.cues.holdsAll(bracket) && line.cues.holdsAny(ends)
    }

    /// How many lines from `i` hold one Han character each, when four to twelve do (a title printed
    /// vertically); nil otherwise (a longer run is a column of single characters, a table's, not a
    /// title). The caller asks it of a line with a blank line above.
    static func verticalRun(_ lines: [LineScalars], from i: Int) -> Int? {
        var k = 0
        while i + k < lines.count, lines[i + k].visibleCount == 1,
              let c = lines[i + k].folded.first(where: { !ScalarClass.isSpace($0) }), ScalarClass.isHan(c) {
            k += 1
            if k > 12 { return nil }
        }
        return k >= 4 ? k : nil
    }

    /// The dateline that line `i` and the start of the next make together, with the source offset
    /// after its closing bracket: line `i` opens a dateline's bracket it does not close
    /// (`本报讯（记者 杨 丽 通讯`), the next closes it early (`员 岩 温）9月上旬，…`), and the two read as
    /// one recognise as a dateline with names (joined tight, a word cut at the break, or with a
    /// space between two names).
    func wrappedDateline(_ lines: [LineScalars], at i: Int) -> (Byline, Int)? {
        guard i + 1 < lines.count, !lines[i + 1].isEmpty else { return nil }
        let a = lines[i]
        guard a.count >= 5, a.count <= 30 else { return nil }
        let f = a.folded
        let start = BylineParts.afterMark(a) ?? 0
        guard let open = f.firstIndex(of: "("), open > start, open - start <= 16, f[open - 1] == "讯" || f[open - 1] == "电",
              !f[open...].contains(")") else { return nil }
        let b = lines[i + 1]
        guard let close = b.folded.prefix(16).firstIndex(of: ")") else { return nil }
        for gap in [[Unicode.Scalar](), [" "]] {
            let joined = LineScalars(String(String.UnicodeScalarView(a.raw + gap + b.raw[0...close])), line: a.line)
            guard let (kind, m) = recognizer.recognize(joined), kind == .byline, m.placement == .opening, !m.authors.isEmpty,
                  m.range.upperBound == joined.count else { continue }
            var byline = m
            let end = b.sourceStart + close + 1
            byline.range = a.sourceStart..<end
            return (byline, end)
        }
        return nil
    }

    /// The writer's footer that line `i` and the one or two lines after it make together (a footer
    /// wrapped in a narrow column: `（作者系三江县人大常委会党组书记、主` / `任）`), with its line count:
    /// the first opens a bracket none of them closes but the last, and a blank line (or the end)
    /// follows.
    func wrappedFooter(_ lines: [LineScalars], at i: Int) -> (Byline, Int, LayoutUnit.Kind)? {
        let first = lines[i].folded
        // (`（作…`, or names before the unit: `（苟玉兰　作者单位：苍溪县人大` / `常委会研究室）`.)
        guard first.count >= 4, first[0] == "(", !first.contains(")"),
              first[1] == "作" || (first.count >= 8 && AuthorFooterFamily.unitLeadAfterNames(lines[i]) != nil)
        else { return nil }
        var raw = Array(lines[i].raw)
        for count in 2...3 {
            let j = i + count - 1
            guard j < lines.count, !lines[j].isEmpty, lines[j].count <= 40 else { return nil }
            raw += lines[j].raw
            let closes = lines[j].folded.last == ")"
            if lines[j].folded.dropLast().contains(")") { return nil }
            guard closes else { continue }
            guard j + 1 >= lines.count || lines[j + 1].isEmpty || titleAfterFooter(lines, at: j + 1) else { return nil }
            let joined = LineScalars(String(String.UnicodeScalarView(raw)), line: lines[i].line)
            // (Or a closing credit, `（作者：赵海涛　作者单位：威县人大` / `常委会研究室）`.)
            guard let (kind, m) = recognizer.recognize(joined), kind == .footer || (kind == .byline && m.placement == .closing) else { return nil }
            var footer = m
            footer.range = lines[i].sourceStart..<(lines[j].sourceStart + lines[j].count)
            return (footer, count, kind == .footer ? .footer : .byline)
        }
        return nil
    }

    /// Whether line `k`, printed right under a writer's footer, is the title of the article the
    /// footer closes, printed after it: shaped as a headline, then a blank line, then the next
    /// article's opening byline (`（作者系…）` / `以乡镇人大建设夯实…` / blank / `■ 杨淑琴（宁夏）`).
    /// (Or the page's last text, `（作者系…）` / `以预算审查监督助推高质量发展` at its foot.)
    func titleAfterFooter(_ lines: [LineScalars], at k: Int) -> Bool {
        guard k < lines.count, !lines[k].isEmpty, LineClassifier.headingShape(lines[k]) == 2,
              lines[k].visibleCount <= LineClassifier.maxHeading else { return false }
        if !lines[(k + 1)...].contains(where: { !$0.isEmpty }) { return true }
        guard k + 2 < lines.count, lines[k + 1].isEmpty else { return false }
        if recognizer.recognize(lines[k + 2]).map({ $0.byline.placement == .opening }) == true { return true }
        // (Or over the next article's whole header, a blank line or two between: `以法治力量守护…` / `` / `` /
        // `把人大监督的“探头”` / `延伸到村组` / `` / `■ 高建军（甘肃）`.)
        var j = k + 1
        while j < lines.count && j <= k + 2 && lines[j].isEmpty { j += 1 }
        var h = j
        while h < lines.count && h < j + 3 && !lines[h].isEmpty {
            guard LineClassifier.headingShape(lines[h]) == 2, lines[h].visibleCount <= LineClassifier.maxHeading,
                  recognizer.recognize(lines[h]) == nil else { return false }
            h += 1
        }
        guard h > j, h + 1 < lines.count, lines[h].isEmpty else { return false }
        return recognizer.recognize(lines[h + 1]).map { $0.byline.placement == .opening } == true
    }

    /// The family of reporters' bylines (`本报记者 NAME`, `通讯员 NAME`).
    static let reporterFamily = ReporterFamily().name

    /// Families whose lines are bylines only in a byline's place (under a heading).
    static let contextual: Set<String> = [OfficeOnlyFamily.familyName, NamesAloneFamily.familyName,
                                          NameOfficeFamily.familyName, NameProvinceFamily.familyName]

    /// True when the last unit is a headline (six characters at least: `王芳` over `李强` is a list of
    /// names, not a headline and its credit) or a subtitle.
    func underHeadline(_ units: [LayoutUnit], _ source: SourceText) -> Bool {
        guard let last = units.last else { return false }
        if last.kind == .subtitle { return true }
        guard last.kind == .heading else { return false }
        var visible = 0
        for p in last.pieces { for k in p.range where !ScalarClass.isSpace(source.scalars[k]) { visible += 1 } }
        guard visible >= 6 else { return false }
        // Lines of names joined into one heading (`王晓明` / `李建国`) are a list, not a headline.
        return !last.pieces.contains { p in
            recognizer.recognize(LineScalars(source: source, line: p.line)).map { $0.byline.family == NamesAloneFamily.familyName } ?? false
        }
    }

    /// True when the next non-blank line after `i` is running text: not a heading-shaped line and
    /// not a byline (`王芳` over `李强` is a list, not a credit).
    func hasTextBelow(_ lines: [LineScalars], after i: Int) -> Bool {
        var j = i + 1
        while j < lines.count && lines[j].isEmpty { j += 1 }
        guard j < lines.count else { return false }
        return LineClassifier.headingShape(lines[j]) == 0 && recognizer.recognize(lines[j]) == nil
    }

    /// True when the last visible scalar of `r` is a colon.
    static func endsWithColon(_ s: SourceText, _ r: Range<Int>) -> Bool {
        var k = r.upperBound - 1
        while k >= r.lowerBound && ScalarClass.isSpace(s.scalars[k]) { k -= 1 }
        return k >= r.lowerBound && ScalarClass.fold(s.scalars[k]) == ":"
    }

    /// The jump a bracket ending `r` marks (`…解难题（下转第4版）`), or nil.
    static func jump(_ s: SourceText, atEndOf r: Range<Int>) -> PageFurnitureFamily.Jump? {
        var k = r.upperBound - 1
        while k >= r.lowerBound && ScalarClass.isSpace(s.scalars[k]) { k -= 1 }
        guard k > r.lowerBound, ScalarClass.fold(s.scalars[k]) == ")" else { return nil }
        var o = k - 1
        while o >= r.lowerBound && o > k - 16 && ScalarClass.fold(s.scalars[o]) != "(" { o -= 1 }
        guard o >= r.lowerBound, ScalarClass.fold(s.scalars[o]) == "(" else { return nil }
        return PageFurnitureFamily.jumpDirection(ArraySlice(s.scalars[o...k].map(ScalarClass.fold)))
    }

    /// The jump a bracket opening `r` marks (`（上接第1版）优化营商环境…`), or nil.
    static func jump(_ s: SourceText, atStartOf r: Range<Int>) -> PageFurnitureFamily.Jump? {
        var o = r.lowerBound
        while o < r.upperBound && ScalarClass.isSpace(s.scalars[o]) { o += 1 }
        guard o < r.upperBound, ScalarClass.fold(s.scalars[o]) == "(" else { return nil }
        var k = o + 1
        while k < r.upperBound && k < o + 16 && ScalarClass.fold(s.scalars[k]) != ")" { k += 1 }
        guard k < r.upperBound, ScalarClass.fold(s.scalars[k]) == ")" else { return nil }
        return PageFurnitureFamily.jumpDirection(ArraySlice(s.scalars[o...k].map(ScalarClass.fold)))
    }

    /// The headlines listed under a link-list lead (`往期推荐`), from line index `start`: title-
    /// shaped lines (blank lines between them allowed) until a line that is not one. A title-shaped
    /// line followed by a byline, a subtitle, a web header or running text opens an article
    /// instead, and ends the list.
    /// Each listed headline becomes a furniture unit; returns the index of the first line not taken.
    func linkList(_ lines: [LineScalars], from start: Int, into units: inout [LayoutUnit]) -> Int {
        var i = start
        var taken = start
        // Links printed line under line: a blank line after two of them ends the list.
        var adjacent = false
        while i < lines.count {
            let line = lines[i]
            if line.isEmpty { i += 1; continue }
            guard LineClassifier.headingShape(line) > 0, line.visibleCount <= LineClassifier.maxHeading,
                  recognizer.recognize(line) == nil else { break }
            var j = i + 1
            while j < lines.count && lines[j].isEmpty { j += 1 }
            if j < lines.count {
                let next = lines[j]
                // A subtitle or a web header under it makes a line an article's headline; after a
                // blank line that ends links printed line under line, so does any credit or header
                // line (more links may follow a blank line too).
                if LineClassifier.isSubtitle(next) { break }
                if let m = recognizer.recognize(next) {
                    if m.kind != .metadata || m.byline.family == "web-export" || (adjacent && lines[i - 1].isEmpty) { break }
                } else if LineClassifier.headingShape(next) == 0 {
                    break
                }
            }
            units.append(LayoutUnit(kind: .metadata, pieces: [LinePiece(line: i + 1, range: line.sourceStart..<(line.sourceStart + line.count))]))
            if i > start && taken == i { adjacent = true }
            i += 1
            taken = i
        }
        return taken
    }

    /// Turns the headings printed line by line right over line `line` (no blank line between; at most
    /// three lines of thirty characters, no sentence in them) into furniture.
    static func headerOverSiteLine(_ units: inout [LayoutUnit], line: Int, source: SourceText) {
        var expected = line - 1
        var taken = 0
        var u = units.count - 1
        while u >= 0, units[u].kind == .heading, units[u].lastLine == expected, taken + units[u].pieces.count <= 3 {
            let short = units[u].pieces.allSatisfy { p in
                let t = source.scalars[p.range]
                return t.lazy.filter { !ScalarClass.isSpace($0) }.count <= 30 && !t.contains { ScalarClass.isSentenceFinal(ScalarClass.fold($0)) }
            }
            guard short else { return }
            units[u].kind = .metadata
            taken += units[u].pieces.count
            expected = units[u].firstLine - 1
            u -= 1
        }
    }

    /// A column label printed letter-spaced with its words (below) over a line that is not
    /// letter-spaced (`人 大 代 表 风 采` over `斯琴高娃 做牧民的贴心人`).
    static func isLabel<C: Collection, D: Collection>(_ label: C, over next: D) -> Bool
        where C.Element == Unicode.Scalar, D.Element == Unicode.Scalar {
        isLetterSpacedLabel(label) && !isLetterSpaced(next)
    }

    /// A column label printed letter-spaced: `isLetterSpaced` with a label's words.
    static func isLetterSpacedLabel<C: Collection>(_ t: C) -> Bool where C.Element == Unicode.Scalar {
        isLetterSpaced(t) && isColumnLabelWords(t)
    }

    /// A column label's words: eight Han characters at most, naming no place and no office
    /// (`人 大 代 表 风 采`, `实 践 与 思 考`; not `泽 库 县 人 大 常 委 会`).
    static func isColumnLabelWords<C: Collection>(_ t: C) -> Bool where C.Element == Unicode.Scalar {
        let han = t.filter(ScalarClass.isHan)
        guard han.count <= 8 else { return false }
        if PersonName.contains(han, LineClassifier.committeeWord) { return false }
        return !Gazetteer.shared.mentions(in: han).contains { !$0.isBare && $0.kind != .township }
    }
    static let committeeWord = Array("常委会".unicodeScalars)

    /// Four Han characters or more, each set apart by white space, and nothing else but a mark
    /// between two words, itself set apart (`学 习 贯 彻 党 的 二 十 大 精 神`, `盐 城 人 大 · 履 职 论 坛`):
    /// a banner or column label printed letter-spaced.
    static func isLetterSpaced<C: Collection>(_ t: C) -> Bool where C.Element == Unicode.Scalar {
        var han = 0
        var previousHan = false
        // The scalar before the current one (nil at the start), to see a word mark stand alone.
        var previous: Unicode.Scalar? = nil
        var markPending = false
        for c in t {
            defer { previous = c }
            if ScalarClass.isHan(c) {
                if previousHan || (previous != nil && !ScalarClass.isSpace(previous!)) { return false }
                han += 1
                previousHan = true
                markPending = false
            } else if ScalarClass.isSpace(c) {
                previousHan = false
            } else if isWordMark(c), han > 0, !markPending, let p = previous, ScalarClass.isSpace(p) {
                markPending = true
            } else {
                return false
            }
        }
        return han >= 4 && !markPending
    }

    /// Two Han characters set wide apart, two spaces or more between them and nothing else
    /// (`简    讯`, `短　　评`), making a common word or a paper's label (`shortLabels`): how a short
    /// column label is printed. (A name may be printed so too, `王　　芳`: the caller asks where the
    /// line sits.)
    static func isWideSpacedPair<C: Collection>(_ t: C) -> Bool where C.Element == Unicode.Scalar {
        var first: Unicode.Scalar? = nil, second: Unicode.Scalar? = nil
        var gap = 0
        for c in t {
            if ScalarClass.isHan(c) {
                guard second == nil else { return false }
                if first == nil { first = c } else { second = c }
            } else if ScalarClass.isSpace(c) {
                if first != nil && second == nil { gap += 1 }
            } else {
                return false
            }
        }
        guard let a = first, let b = second, gap >= 2 else { return false }
        return CommonWords.shared.isWord(a, b) || shortLabels.contains(where: { $0[0] == a && $0[1] == b })
    }
    /// Two-character column labels the word list lacks (`短评`, `时评`: a paper's words, not the language's).
    static let shortLabels: [[Unicode.Scalar]] = ["短评", "时评", "快评", "微评", "编后", "手记", "图说", "视点"].map { Array($0.unicodeScalars) }

    /// How many cells a line holds, set apart by a full-width space or two spaces or more inside it
    /// (`老旧小区改造　31 票`: two); a line with none is one cell.
    static func tableCells<C: BidirectionalCollection>(_ t: C) -> Int where C.Element == Unicode.Scalar {
        var cells = 0, inCell = false, gap = 0, wide = false
        for c in t {
            if ScalarClass.isSpace(c) {
                gap += 1
                if c == "\u{3000}" { wide = true }
            } else {
                if !inCell || gap >= 2 || wide { cells += 1 }
                inCell = true
                gap = 0
                wide = false
            }
        }
        return cells
    }

    /// A table's row of figures: two cells or more, the last a short one holding a digit (`31 票`,
    /// `28 个`), no sentence ended.
    static func isFigureRow<C: BidirectionalCollection>(_ t: C) -> Bool where C.Element == Unicode.Scalar {
        guard tableCells(t) >= 2, !t.contains(where: ScalarClass.isSentenceFinal) else { return false }
        // The last cell: back from the end to a full-width space or two spaces.
        var k = t.endIndex, gap = 0, count = 0, digit = false
        while k > t.startIndex {
            let p = t.index(before: k)
            let c = t[p]
            if ScalarClass.isSpace(c) {
                if count > 0 && (c == "\u{3000}" || gap >= 1) { break }
                if count > 0 { gap += 1 }
            } else {
                gap = 0
                count += 1
                if ScalarClass.isDigit(ScalarClass.fold(c)) { digit = true }
            }
            k = p
        }
        return digit && count <= 8
    }

    /// A mark printed between the words of a letter-spaced label (`人 大 · 监 督`, `履 职 | 论 坛`).
    @inline(__always) static func isWordMark(_ c: Unicode.Scalar) -> Bool {
        c == "·" || c == "・" || c == "•" || c == "|" || c == "｜"
    }

    /// A headline that asks or exclaims (`代表建议办得怎么样？`, `代表建议“办得怎么样”？听听代表怎么说`):
    /// short, its only sentence marks ？ and ！, no colon (`问：…？` is a question in the text).
    static func isQueryHeadline(_ line: LineScalars) -> Bool {
        let f = line.folded
        guard line.visibleCount <= 30, line.visibleCount >= 4, f.contains(where: { $0 == "?" || $0 == "!" }) else { return false }
        var commas = 0
        for c in f {
            if c == ":" || c == "。" || c == ";" || c == "、" { return false }
            if c == "," { commas += 1 }
        }
        guard commas <= 1, let first = f.first, ScalarClass.isHan(first) || first == "“" else { return false }
        return true
    }

    /// True when the next non-blank line after `i` is an opening byline or a subtitle: what makes
    /// a question-shaped line a headline.
    func headlineFollowsUp(_ lines: [LineScalars], after i: Int) -> Bool {
        var j = i + 1
        while j < lines.count && lines[j].isEmpty { j += 1 }
        guard j < lines.count else { return false }
        if LineClassifier.isSubtitle(lines[j]) { return true }
        return recognizer.recognize(lines[j]).map { $0.kind == .byline && $0.byline.placement == .opening } ?? false
    }

    /// True if the text in `r` opens with a numbered reference mark, `[1]` or `［12］`.
    static func isReferenceEntry(_ s: SourceText, _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound && ScalarClass.isSpace(s.scalars[k]) { k += 1 }
        guard k < r.upperBound, ScalarClass.fold(s.scalars[k]) == "[" else { return false }
        var j = k + 1
        while j < r.upperBound && j - k <= 3 && ScalarClass.isDigit(s.scalars[j]) { j += 1 }
        return j > k + 1 && j < r.upperBound && ScalarClass.fold(s.scalars[j]) == "]"
    }

    /// True for three lines or more that each give a figure, then a wide space, then what it counts
    /// (`1 126名　全县各级人大代表全部进站`, `2.2万余人次　群众到站反映诉求`, `三十余次　…`): a column of
    /// figure items (`数读`), each line whole, whose last ends no sentence and is no cut.
    static func isFigureColumn(_ s: SourceText, _ lines: [LinePiece]) -> Bool {
        guard lines.count >= 3 else { return false }
        return lines.allSatisfy { isFigureItem(s, $0.range) }
    }

    /// One line of a figure column: a figure (digits or Chinese numerals, with its unit) within its
    /// first ten characters, set off by an ideographic space or two spaces, then text.
    static func isFigureItem(_ s: SourceText, _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound && ScalarClass.isSpace(s.scalars[k]) { k += 1 }
        guard k < r.upperBound, ScalarClass.isDigit(s.scalars[k]) || SentenceOpening.numerals.contains(s.scalars[k]) else { return false }
        let limit = min(r.upperBound - 1, k + 10)
        var j = k + 1
        while j < limit {
            let c = s.scalars[j]
            if c == "\u{3000}" || (c == " " && s.scalars[j + 1] == " ") { break }
            j += 1
        }
        guard j < limit else { return false }
        while j < r.upperBound && ScalarClass.isSpace(s.scalars[j]) { j += 1 }
        return j < r.upperBound && ScalarClass.isHan(s.scalars[j])
    }

    static func hasText(_ s: SourceText, _ r: Range<Int>) -> Bool {
        r.contains { !ScalarClass.isSpace(s.scalars[$0]) }
    }

    /// Typical length of a full line: the 75th percentile of non-empty line lengths.
    static func columnWidth(_ lines: [LineScalars]) -> Double {
        // By a histogram of lengths (lines are short), not by sorting them.
        var histogram = [Int](filled: 0, count: 257)
        var count = 0
        for line in lines where !line.isEmpty {
            histogram[min(line.visibleCount, 256)] += 1
            count += 1
        }
        guard count > 0 else { return 0 }
        let rank = min(count - 1, count * 3 / 4)
        var seen = 0
        for (length, n) in histogram.enumerated() {
            seen += n
            if seen > rank {
                if length < 256 { return Double(length) }
                // The percentile falls among very long lines: their exact lengths, sorted.
                var long = lines.filter { !$0.isEmpty && $0.visibleCount >= 256 }.map(\.visibleCount)
                long.sort()
                return Double(long[rank - (seen - n)])
            }
        }
        return 0
    }

    /// Whether a line holds a sentence's or a clause's punctuation, but for the enumeration commas
    /// of a quoted series (`“有平台、有抓手、有实效”`: a slogan's items, a headline's words).
    static func holdsPunctuationOutsideQuotedSeries(_ f: ScalarWindow) -> Bool {
        var quoted = 0
        for k in f.indices {
            let s = f[k]
            if s == "“" || s == "《" { quoted += 1 } else if (s == "”" || s == "》") && quoted > 0 { quoted -= 1 }
            // (Inside a quotation the line closes: `“党委领导、人大决` goes on as text.)
            let inSeries = s == "、" && quoted > 0 && f[k...].contains { $0 == "”" || $0 == "》" }
            if ScalarClass.isSentenceFinal(s) || (ScalarClass.isClausePunct(s) && !inSeries) { return true }
        }
        return false
    }

    /// 2 = title-shaped (no clause punctuation), 1 = subhead-shaped (one comma at most), 0 = text.
    static func headingShape(_ line: LineScalars) -> Int {
        // Sentence-final punctuation anywhere makes text (an enumeration marker holds none): the
        // line's cues tell without a scan.
        if line.cues.holdsAny(LineClassifier.sentenceFinal) { return 0 }
        let f = line.folded
        guard let last = f.last, !ScalarClass.isSentenceFinal(last), !ScalarClass.isClausePunct(last) else { return 0 }
        if ScalarClass.isClosing(last), f.count >= 2, ScalarClass.isSentenceFinal(f[f.count - 2]) { return 0 }
        var commas = 0
        var han = 0
        // A numbered subhead (`一、2023年主要工作`, `（一）坚持党的领导`, `1. 加强监督`): its marker is not
        // clause punctuation. (The line holds no sentence-final punctuation; without clause
        // punctuation either, two Han characters decide.)
        let marker = enumerationMarkerEnd(f)
        if line.cues.holdsAny(LineClassifier.clausePunctuation) {
            // (An enumeration comma inside a quotation, `要“有件必备、有备必审”`, is the quoted set
            // phrase's, not the line's: a headline's, when the line holds no comma.)
            var quoted = 0
            for k in marker..<f.count {
                let s = f[k]
                if s == "“" || s == "《" { quoted += 1 } else if (s == "”" || s == "》") && quoted > 0 { quoted -= 1 }
                if s == "、" && (quoted == 0 || f.contains(",") || !f[k...].contains(where: { $0 == "”" || $0 == "》" })) { return 0 }
                if s == "," {
                    commas += 1
                    // Two commas, or one on a long line, make text whatever follows.
                    if commas == 2 || f.count > 30 { return 0 }
                }
                if ScalarClass.isHan(s) { han += 1 }
            }
        } else {
            for s in f[marker...] where ScalarClass.isHan(s) {
                han += 1
                if han == 2 { break }
            }
        }
        guard han >= 2 else { return 0 }
        if let first = f.first, ScalarClass.isClosing(first) || ScalarClass.isClausePunct(first) { return 0 }
        // A nested quotation mark opens text inside a quotation (`‘直通车’，也是普法的`), a line a blank
        // line set apart, never a headline. (A headline ending with a bound 的 was tried too: held-out
        // titles lost more than the generated pages gained.)
        if f.first == "‘" { return 0 }
        // (A sentence's date or adverbial before its comma, `11月10日，奉新县人大常委会组织…`, opens text.)
        if commas == 1 && SentenceOpening.opensWithAdverbial(f[...]) { return 0 }
        // (Nor reported speech, `检查组强调，要压紧压实企`, `视察组指出，要在标准`: a headline quotes with a
        // colon, never with a speech verb and a comma.)
        if commas == 1, let k = f.firstIndex(of: ","), LineClassifier.endsWithSpeechVerb(f[..<k]) { return 0 }
        // (Nor a clause ending on a function word, `今年市两会，他带来了`, `…，推动其`: cut mid-clause.)
        if commas == 1, let last = f.last, LineClassifier.clauseCutEnds.contains(last) { return 0 }
        // (Nor a clause ending on a bare count, `调研组历时 5 天，走访 3`: its measure word is cut off. A
        // year is whole, `回望2023，奋进2024`.)
        if commas == 1, let last = f.last, ScalarClass.isDigit(last) {
            var digits = 0
            for c in f.reversed() { if ScalarClass.isDigit(c) { digits += 1 } else { break } }
            if digits <= 3 { return 0 }
        }
        return commas == 0 ? 2 : (commas == 1 && f.count <= 30 ? 1 : 0)
    }

    /// Function words no clause ends with (particles, prepositions, conjunctions): a line with a
    /// comma ending on one is a sentence cut mid-clause.
    static let clauseCutEnds = ScalarSet(Array("的了着过得地把被将在对和与及向从为其".unicodeScalars))

    /// Whether a line opens with a quotation mark it does not close (`“代表就要替群众说`).
    static func opensUnclosedQuote<C: Collection>(_ f: C) -> Bool where C.Element == Unicode.Scalar {
        guard f.first == "“" else { return false }
        return !f.dropFirst().contains("”")
    }

    /// Verbs that introduce reported speech before a comma (`…指出，`, `…说，`).
    static let speechVerbs: [[Unicode.Scalar]] = ["指出", "强调", "表示", "介绍", "认为", "要求", "坦言", "透露", "感慨", "说"]
        .map { Array($0.unicodeScalars) }

    /// Whether a clause ends with a verb of speech (`检查组强调`, `他说`), its subject before it.
    static func endsWithSpeechVerb(_ clause: ScalarWindow) -> Bool {
        speechVerbs.contains { v in clause.count > v.count && clause.ends(with: v) }
    }

    /// A headline's first part before a colon (`从十八洞村出发：`): two to sixteen characters, the colon
    /// last, no other punctuation.
    static func opensColonHeadline(_ line: LineScalars) -> Bool {
        let f = line.folded
        guard line.visibleCount >= 3, line.visibleCount <= 17, f.last == ":",
              !line.cues.holdsAny(LineClassifier.sentenceFinal), !line.cues.holdsAny(LineClassifier.clausePunctuation) else { return false }
        return f.dropLast().filter(ScalarClass.isHan).count >= 2
    }

    /// A Chinese numeral from 一 to 十 (a switch: searching a string's scalars cost hundreds of
    /// instructions a line in `headingShape`).
    static func isNumeral(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": return true
        default: return false
        }
    }

    /// The cue of sentence-final punctuation (`ScalarClass.isSentenceFinal`).
    static let sentenceFinal = ScalarCues("。")
    /// The cue of the comma, 、 and the dash (one group).
    static let clausePunctuation = ScalarCues(",")

    /// The end of an enumeration marker opening `f` (`一、`, `十二、`, `(一)`, `1.`, `2、`), or 0.
    static func enumerationMarkerEnd(_ f: ScalarWindow) -> Int {
        guard let first = f.first else { return 0 }
        let isDigit = ScalarClass.isDigit
        var i = 0
        if first == "(" {
            i = 1
            while i < f.count && i <= 3 && (isNumeral(f[i]) || isDigit(f[i])) { i += 1 }
            return i > 1 && i < f.count && f[i] == ")" ? i + 1 : 0
        }
        while i < f.count && i < 3 && (isNumeral(f[i]) || isDigit(f[i])) { i += 1 }
        guard i > 0, i < f.count else { return 0 }
        if f[i] == "、" { return i + 1 }
        if f[i] == ".", isDigit(f[0]), i + 1 < f.count, !isDigit(f[i + 1]) { return i + 1 }
        return 0
    }

    static func isSubtitle(_ line: LineScalars) -> Bool {
        let f = line.folded
        guard f.count >= 3 else { return false }
        if f[0] == "(" { return isAdoptionNote(f) }
        guard f[0] == "—" || (f[0] == "-" && f[1] == "-") else { return false }
        return line.visibleCount <= 50 && !ScalarClass.isSentenceFinal(f.last!)
    }

    /// How a resolution or a law notes its adoption under its title:
    /// `（2024年4月25日平江县第十八届人民代表大会常务委员会第十九次会议通过）`.
    static let adoptionEnds: [[Unicode.Scalar]] = ["通过)", "批准)", "修正)", "修订)", "公布)", "施行)"].map { Array($0.unicodeScalars) }

    static func isAdoptionNote(_ f: ScalarWindow) -> Bool {
        guard f.count >= 8, f.count <= 100, f.first == "(", f.last == ")", f.contains("年"),
              adoptionEnds.contains(where: { f.count > $0.count && f[(f.count - $0.count)...].elementsEqual($0) }) else { return false }
        return !f.dropLast().contains(where: { ScalarClass.isSentenceFinal($0) })
    }

    /// Openings of photo captions (folded), built once: building them per line cost an array each.
    static let captionStarts: [[Unicode.Scalar]] = ["图为", "图:", "(图", "上图", "下图"].map { Array($0.unicodeScalars) }

    static func isCaptionStart(_ line: LineScalars) -> Bool {
        // The first scalar first: every line that is not a byline is tested.
        switch line.folded.first {
        case "图":
            // A gallery's numbered photos: `图①　…`, `图2：…`.
            let f = line.folded
            if f.count > 2, (0x2460...0x2469).contains(f[1].value) || (ScalarClass.isDigit(f[1]) && ":、. 　".unicodeScalars.contains(f[2])) { return true }
            return captionStarts.contains { line.has($0, at: 0) }
        case "(", "上", "下": return captionStarts.contains { line.has($0, at: 0) }
        default:
            // A person placed in the photo (`伍志明（中）在端芬镇…`, `曾美华（左二）…`): a name of two to
            // four Han characters, then a position in brackets.
            guard let first = line.folded.first, ScalarClass.isHan(first) else { return false }
            return LineClassifier.opensWithPlacedPerson(line.folded)
        }
    }

    /// A caption naming a photo's scene: six to twenty characters ending with the scene's word
    /// (`现场`, `一角`, `掠影`, `剪影`, `合影`), a full stop at most after it, no clause's punctuation.
    static func isSceneCaption(_ line: LineScalars) -> Bool {
        guard line.visibleCount >= 6, line.visibleCount <= 20, !line.cues.holdsAny(LineClassifier.clausePunctuation) else { return false }
        var f = line.folded.filter { !ScalarClass.isSpace($0) }[...]
        if f.last == "。" { f = f.dropLast() }
        guard f.count >= 2, f.allSatisfy(ScalarClass.isHan) else { return false }
        let end = Array(f.suffix(2))
        return sceneWords.contains(end)
    }
    static let sceneWords: Set<[Unicode.Scalar]> = Set(["现场", "一角", "掠影", "剪影", "合影"].map { Array($0.unicodeScalars) })

    /// Positions in a photo (`左`, `右`, `中`, `前`, `后`) and the numerals that count along them (`左二`).
    static let photoPositions = ScalarSet(Array("左右中前后".unicodeScalars))
    static let positionNumerals = ScalarSet(Array("一二三四五六".unicodeScalars))

    /// Whether folded text opens with a name and its place in the photo: `伍志明(中)`, `李华(右一)`, and
    /// a name of two parts joined by a dot (`阿依古丽·买买提(左二)`: a first part of six characters at
    /// most, a second of ten). One pass, of seven scalars on a line of text.
    static func opensWithPlacedPerson<C: Collection>(_ f: C) -> Bool where C.Element == Unicode.Scalar {
        var it = f.makeIterator()
        var name = 0, part = 0, dotted = false
        while let c = it.next() {
            if ScalarClass.isHan(c) {
                if !dotted && name < 6 { name += 1; continue }
                if dotted && part < 10 { part += 1; continue }
                return false
            }
            if !dotted, name >= 2, PersonName.isNameDot(c) { dotted = true; continue }
            guard c == "(", dotted ? part >= 2 : (name >= 2 && name <= 4) else { return false }
            return placedAfterBracket(&it)
        }
        return false
    }

    /// Whether what follows an opening bracket is a place in a photo and its close: `中)`, `左二)`.
    static func placedAfterBracket<I: IteratorProtocol>(_ it: inout I) -> Bool where I.Element == Unicode.Scalar {
        guard let p = it.next(), photoPositions.contains(p) else { return false }
        var n = 0
        while let d = it.next() {
            if d == ")" { return true }
            guard positionNumerals.contains(d), n < 2 else { return false }
            n += 1
        }
        return false
    }

    /// True if the text in `r` ends a sentence (。！？；… possibly followed by closing quotes and a
    /// bracket), or ends with a jump bracket (`（下转第4版）`: the sentence goes on on another page).
    public static func endsSentence(_ s: SourceText, _ r: Range<Int>) -> Bool {
        // `…切实为群众解难题（下转第4版）`: the text goes on on another page (see `jumpsOut`).
        if jump(s, atEndOf: r) != nil { return true }
        var k = r.upperBound - 1
        while k >= r.lowerBound && ScalarClass.isSpace(s.scalars[k]) { k -= 1 }
        // A bracket after the last sentence (`…参加会议。（完）`, `…。（数据来源：县统计局）`,
        // `…。（摘编）`) ends it too: the sentence before it decides.
        if k > r.lowerBound, ScalarClass.fold(s.scalars[k]) == ")" {
            var o = k - 1
            while o > r.lowerBound && o > k - 40 && ScalarClass.fold(s.scalars[o]) != "(" && ScalarClass.fold(s.scalars[o]) != ")" { o -= 1 }
            if o > r.lowerBound, ScalarClass.fold(s.scalars[o]) == "(" {
                var b = o - 1
                while b >= r.lowerBound && ScalarClass.isSpace(s.scalars[b]) { b -= 1 }
                var q = b
                while q >= r.lowerBound && ScalarClass.isClosing(s.scalars[q]) { q -= 1 }
                if q >= r.lowerBound && ScalarClass.isSentenceFinal(s.scalars[q]) { k = b }
            }
        }
        while k >= r.lowerBound && ScalarClass.isClosing(s.scalars[k]) {
            k -= 1
            if k >= r.lowerBound && ScalarClass.isSentenceFinal(s.scalars[k]) { return true }
        }
        return k >= r.lowerBound && ScalarClass.isSentenceFinal(s.scalars[k])
    }

    /// True if `piece` opens its line after an indent: a full-width space, or two ASCII spaces or
    /// a tab (`　　铁力市地处…`, as PDF extraction keeps a paragraph's first-line indent).
    public static func isIndented(_ s: SourceText, _ piece: LinePiece) -> Bool {
        var width = 0
        for k in s.lineRange(piece.line).lowerBound..<piece.range.lowerBound {
            switch s.scalars[k].value {
            case 0x3000, 0x09: width += 2
            case 0x20, 0xA0: width += 1
            default: return false
            }
        }
        return width >= 2
    }

    /// Characters that cannot start a paragraph: clause punctuation, closing brackets and quotes,
    /// and common bound morphemes (的, 了, 地, 得 …).
    static let boundStarts: Set<UInt32> = Set("的了地得着过们性化者么之其所而及与和或并就都也又还才把被将于以为向从到在对给让使等".unicodeScalars.map { $0.value })

    /// True if the text in `r` starts mid-sentence.
    public static func startsMidSentence(_ s: SourceText, _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound && ScalarClass.isSpace(s.scalars[k]) { k += 1 }
        guard k < r.upperBound else { return false }
        let c = ScalarClass.fold(s.scalars[k])
        if ScalarClass.isClosing(c) || ScalarClass.isClausePunct(c) || ScalarClass.isSentenceFinal(c) { return true }
        // A word tail: a sentence or clause ends within the first three characters (`力。学习…`),
        // unless the words before the comma open a sentence (`近日，`, `此外，`).
        if SentenceOpening.firstScalars.contains(c) || ScalarClass.isDigit(c),
           SentenceOpening.opensWithAdverbial(s.scalars[k..<min(r.upperBound, k + SentenceOpening.readLength)].map(ScalarClass.fold)[...]) { return false }
        var j = k + 1
        while j < min(r.upperBound, k + 3) {
            let d = ScalarClass.fold(s.scalars[j])
            if ScalarClass.isSentenceFinal(d) || d == "," { return true }
            j += 1
        }
        return boundStarts.contains(c.value)
    }
}
