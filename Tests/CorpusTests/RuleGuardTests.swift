@testable import Corpus
import Foundation
import XCTest

/// Ordinary pages that tempt this session's section and reading-order rules to misfire (found by a
/// review of the rules; fixtures in `Tests/Fixtures/guards/`): each rule must leave them alone.
final class RuleGuardTests: XCTestCase {
    func guardPage(_ name: String) -> Document { Fixtures.guardPage(name) }

    /// A cut with no continuation on the page stays unresolved rather than taking a paragraph of
    /// the next article that opens its own sentence (`审议中，有委员提出，…`) though it shares words.
    func testATopicalContinuationDoesNotLandOnASentenceOpening() {
        let doc = guardPage("r4_topical_fp")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5], [13, 15, 17]])
        XCTAssertEqual(doc.joins.count, 0, "\(doc.joins)")
        XCTAssertTrue(SentenceOpening.opensWithSettingOrSpeaker(Array("审议中，有委员提出".unicodeScalars)))
        XCTAssertTrue(SentenceOpening.opensWithSettingOrSpeaker(Array("视察组建议，要加强".unicodeScalars)))
        XCTAssertFalse(SentenceOpening.opensWithSettingOrSpeaker(Array("农牧户了解政策落实情况。".unicodeScalars)))
    }

    /// A footer under an office byline (`阜阳市颍州区人大常委会 许文涛`) is its writer's: it does not move
    /// to a footer-less `■ NAME（安徽）` article as one under a reporter's byline does.
    func testAFooterUnderAnOfficeBylineStays() {
        let doc = guardPage("r5_footer_office")
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["霍邱县", "颍州区"])
        XCTAssertNil(doc.sections[0].footer)
        XCTAssertEqual(doc.sections[1].footer, "（作者系阜阳市颍州区人大常委会研究室主任）")
    }

    /// A picture item closed by its photo credit, then a brief closed by its writer's credit: the
    /// credit closes the brief (split at its headline), not the picture item.
    func testAWritersCreditAfterAPictureItemClosesItsOwnBrief() {
        let doc = guardPage("r6_photo")
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections.map(\.authors), [["林海"], ["金晓东"]])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["永嘉县", "乐清市"])
    }

    /// A city's round-up with its counties as subheads (`平邑县推行…`, one under a cut paragraph) is one
    /// article: a headline naming a county of the prefecture the article is about starts no piece.
    func testACountySubheadInACitysRoundUpStartsNoPiece() {
        let doc = guardPage("r6_roundup_cut")
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections.first?.region?.prefecture, "临沂市")
        XCTAssertNil(doc.sections.first?.region?.county)
    }

    /// A headline alone at the page's foot that names another county than the untitled article
    /// above it is not that article's title (it heads an article on the next page).
    func testAPageFootHeadlineAboutAnotherCountyTitlesNothing() {
        let doc = guardPage("r6_foot_nextpage")
        XCTAssertFalse(doc.sections.contains { $0.title?.hasPrefix("巴里坤") ?? false }, "\(doc.sections.map(\.title))")
        XCTAssertTrue(doc.sections.contains { $0.region?.county == "伊州区" })
    }

    /// An office's place (`城关` of 城关区) is named by `城关区…`, not by a township `城关镇`; `扎西德勒`
    /// is a greeting, not a Tibetan name.
    func testPlaceStemsAndGreetings() {
        XCTAssertTrue(ReadingOrder.namesPlace(Array("近日，城关区人大常委会".unicodeScalars), stem: Array("城关".unicodeScalars)))
        XCTAssertFalse(ReadingOrder.namesPlace(Array("深入城关镇、夏官营镇".unicodeScalars), stem: Array("城关".unicodeScalars)))
        XCTAssertFalse(PersonName.isLikelyAlone("扎西德勒"))
        XCTAssertTrue(PersonName.isLikelyAlone("扎西顿珠"))
    }
    /// Two items of an in-order page closing with the same formula at different levels
    /// (`县人大常委会将…` in a 县's item, `市人大常委会将…` in a 市's) share a formula, not a frame: each
    /// closing paragraph stays in its item.
    func testClosingFormulasAtTheirOwnLevelStayInTheirItems() {
        let doc = Fixtures.document("""
        西丰县人大常委会视察高标准农田建设

        本报讯（记者 刘洋）8月8日，西丰县人大常委会组织部分县人大代表，对全县高标准农田建设情况进行视察。视察组先后来到房木镇、天德镇，实地察看田间道路和灌溉排水设施。

        县人大常委会将把高标准农田建设纳入年度监督重点，持续跟踪工程进展。



        调兵山市人大常委会调研基层立法联系点工作

        8月9日，调兵山市人大常委会到兀术街街道等地，就基层立法联系点建设运行情况开展调研，并与信息员、人大代表和群众代表座谈交流。

        市人大常委会将加强对联系点工作的指导，推动联系点建设提质增效。
        （调兵山市人大常委会办公室 张晓东）
        """)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[3, 5], [11, 13]])
        XCTAssertTrue(ReadingOrder.opensWithOwnLevel(Array("县人大常委会将".unicodeScalars), own: 0, other: 1, levels: ["县", "市"]))
        XCTAssertFalse(ReadingOrder.opensWithOwnLevel(Array("县人大常委会将".unicodeScalars), own: 0, other: 1, levels: ["县", "县"]))
    }

    // A later review (third session of 2026-11-30) of that session's rules.

    /// An ordinary paragraph opening (`眼下，…`, `镇、村两级干部…`, `他说，…`, `据悉，…`) is no mid-clause
    /// landing: the next article's cut (continued on another page) does not take it.
    func testOrdinaryOpeningsAreNoMidClauseLandings() {
        for name in ["s3_m1_sole_midclause_yanxia", "s3_m1_sole_midclause_zhencun", "s3_m1_sole_midclause_tashuo", "s3_m1_jixi_landing"] {
            let doc = guardPage(name)
            XCTAssertEqual(doc.sections.map(\.bodyLines), [[9, 11, 13], [21, 23]], name)
            XCTAssertEqual(doc.joins.count, 0, "\(name): \(doc.joins)")
        }
        func midClause(_ s: String) -> Bool { SentenceOpening.opensMidClause(Array(s.unicodeScalars.map(ScalarClass.fold))) }
        for opening in ["眼下，各项工作", "镇、村两级干部", "他说，下一步", "据悉，这是", "不过，也有"] {
            XCTAssertFalse(midClause(opening), opening)
        }
    }

    /// A WeChat original's header whose word after 原创 is a department (`宣传科`) or the county's own
    /// name (`华宁`) names no author.
    func testAWeChatHeaderNamingADepartmentOrPlaceHasNoAuthor() {
        XCTAssertEqual(guardPage("s3_m6_wechat_dept_author").sections.first?.authors, [])
        XCTAssertEqual(guardPage("s3_m6_wechat_place_nick").sections.first?.authors, [])
        for line in ["原创　信息科　华宁县人大　2024年09月20日 18:30　云南", "原创　江城　江城人大　2024年09月20日 18:30　云南"] {
            XCTAssertEqual(BylineRecognizer().recognize(LineScalars(line))?.kind, .metadata, line)
        }
    }

    /// A township's footer under a correspondent's item (`（作者单位：沂水县许家湖镇人大主席团）`) stays:
    /// the item names its township, not its county, and a commentary naming the county in passing
    /// is not its writer's.
    func testATownshipFooterUnderACorrespondentsItemStays() {
        let doc = guardPage("s3_m7_footer")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[11, 13, 15], [23, 25, 27]])
        XCTAssertNil(doc.sections[1].office)
        XCTAssertEqual(doc.sections[1].region?.prefecture, "临沂市")
    }

    /// A closing credit that repeats the piece's own writer (`□ 本报记者 陈晓玲` … `文字：陈晓玲　摄影：
    /// 郑建国`) opens no empty section of its own: it is furniture of that piece.
    func testAClosingCreditRepeatingTheWriterOpensNoSection() {
        let doc = guardPage("s3_m6_closing_credit_photo")
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[7, 9, 11], [19, 21]])
        XCTAssertTrue(doc.furnitureLines.contains(13))
    }

    /// A township's own congress (`七星泡镇人大主席团`) visiting another county's township named with
    /// that county's bare stem (`安吉天荒坪镇`): the piece stays with the township's county (or
    /// unknown, without 人大), never the place visited.
    func testAStemBeforeAVisitedTownshipNamesNoCounty() {
        XCTAssertEqual(guardPage("s4_region_2").sections.first?.region?.county, "宝清县")
        XCTAssertNil(guardPage("s4_region_2b").sections.first?.region?.county)
    }

    /// A headline under a closing credit whose last words start a genre term by chance
    /// (`…提升群众满意度`, a paragraph further on opening `测评采取…`) titles the byline under it.
    func testATitleEndingInATermsStartUnderACreditStaysATitle() {
        let doc = guardPage("s4_term_title")
        XCTAssertEqual(doc.sections.map(\.title), ["县人大常委会视察农村饮水安全工作", "用心办好代表建议　提升群众满意度"])
        XCTAssertEqual(doc.joins.count, 0)
    }

    /// The page opens with the previous article's tail and footer (宁海县), carried into the writer's
    /// article whose text names only townships of its own county (石浦镇: 象山县) above its own footer:
    /// the writer keeps his own footer, and the news item below keeps none.
    func testAWritersOwnFooterStaysWhenHisTextNamesOnlyItsTownships() {
        let doc = guardPage("s4_footer_townships")
        let writer = doc.sections.first { $0.authors == ["王建国"] }
        XCTAssertEqual(writer?.office, "象山县人大常委会主任")
        XCTAssertEqual(writer?.region?.county, "象山县")
        let item = doc.sections.first { $0.authors == ["陈海波"] }
        XCTAssertNil(item?.footer)
    }

    /// A photo caption between a column's cut (`…推动香菇`) and the next column's top: the cut still
    /// goes on where its words do (`产业高质量…`), not into the paragraph under the caption.
    func testACaptionDoesNotMakeTheParagraphUnderItTheNextLine() {
        let doc = guardPage("s4_m6")
        XCTAssertEqual(doc.sections.first?.bodyLines.prefix(3), [5, 13, 15])
    }

    /// A page whose first text is brought in from another page (`（上接第1版）`) and whose last header
    /// has a caption or a jump line under it prints its headers above their articles.
    func testHeadersOverTheirArticlesAfterBroughtInText() {
        for name in ["s4_m7", "s4_m7b"] {
            let doc = guardPage(name)
            XCTAssertEqual(doc.sections.map(\.authors), [[], ["黄建平"], ["潘晓红"]], name)
            XCTAssertEqual(doc.sections[1].bodyLines, [7, 9], name)
            XCTAssertNil(doc.sections[0].title, name)
        }
    }

    /// A page with no cut whose columns broke at paragraph ends: a paragraph in another article's
    /// frame that opens alike (`坚持创新履职，在…彰显担当` beside `坚持依法履职，在…`) still goes back to it.
    func testAFrameThatOpensAlikeMovesAPieceOnAPageWithoutCuts() {
        let doc = guardPage("s4_m8")
        XCTAssertTrue(doc.sections[0].bodyLines.contains(19))
        XCTAssertFalse(doc.sections[1].bodyLines.contains(19))
    }

    /// An article closed by its credit and followed by a note closed by the same writer (`记者手记`)
    /// or by an editor (`编者按：…（NAME）`) is one piece, not a column of briefs; its short title stays.
    func testAnArticleWithItsNoteIsNoColumnOfBriefs() {
        for (name, title) in [("s4_m11", "小巷议事"), ("s4_m11b", "议事亭里议民生")] {
            let doc = guardPage(name)
            XCTAssertEqual(doc.sections.count, 1, name)
            XCTAssertEqual(doc.sections.first?.title, title, name)
        }
    }

    // Pages from a review of the indent and stacked-article rules (fixtures `s5_*`).

    /// On pages that indent their paragraphs, a paragraph that ends with a quotation closed
    /// (`…我当代表为人民”`) or a lead-in ending with a colon (`会议听取和审议了以下报告：`) is no cut at a
    /// word: it takes no flush paragraph of the next article (`问：…`, `一要…`), and a page printed flush
    /// with a few indented items is no indenting page.
    func testQuotesAndLeadInsTakeNoFlushParagraphOfTheNextArticle() {
        XCTAssertEqual(guardPage("s5_p03").sections.map(\.bodyLines), [[7, 9, 11, 13], [17, 19, 21, 23, 25]])
        XCTAssertEqual(guardPage("s5_p30").sections.map(\.bodyLines), [[5, 7, 9, 11, 13], [19, 21, 23, 25, 27, 29]])
        XCTAssertEqual(guardPage("s5_p36").sections.map(\.bodyLines), [[7, 9, 11, 13, 15, 17, 19], [25, 27, 29, 31]])
        // An interview's last answer ending with a quotation stays in the interview.
        XCTAssertEqual(guardPage("s5_p14").sections[1].bodyLines, [21, 23, 25])
    }

    /// A cut at a word takes the flush paragraph that reads on (`…健全|利益联结机制`), not the nearer
    /// labelled line of a question (`问：…`).
    func testAnOpenCutTakesNoLabelledLine() {
        let doc = guardPage("s5_p24")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[7, 9, 11, 29, 31], [19, 21, 23, 25, 27]])
    }

    /// A lead-in ending with a colon may go on at an indented item (`…提出了三点建议：` / `　　一是…`).
    func testALeadInMayGoOnAtAnIndentedItem() {
        XCTAssertTrue(guardPage("s5_p07b").sections[0].bodyLines.contains(21))
    }

    /// A box or an L-shaped layout (the first article's continuation at the top of a column after a
    /// column gap, the second's read on right below its cut) is printed in the order of its reading:
    /// the stacked-articles rule does not cross the two continuations. (The writer's footer under the
    /// first article's continuation, `（作者系宜都市人大常委会研究室主任）`, closes that text: the first
    /// article's, not the representative's own 履职感言.)
    func testABoxedOrLShapedLayoutIsNotCrossed() {
        XCTAssertEqual(guardPage("s5_p08d").sections.map(\.bodyLines), [[7, 9, 23, 25, 27], [17, 19]])
        XCTAssertEqual(guardPage("s5_p19d").sections.map(\.bodyLines), [[7, 9, 25], [17, 19, 21]])
    }

    /// Pages read in order from a review of the term-landing rules (fixtures `s5_r*`): a cut whose term
    /// seam into its own next paragraph reads on (`…村民代表|大会…`, `…打造“人大代表|之家”…`) keeps it,
    /// though another cut's tail (`…人民代表`, `…告诉记者：“`) reaches the same paragraph and has no
    /// other; the other cut must hold a term's start that reads on only so, its seam that term's rest.
    func testATermSeamIntoTheNextParagraphIsNotYielded() {
        XCTAssertEqual(guardPage("s5_r1_07").sections.map(\.bodyLines), [[9, 11, 13, 15], [25, 27, 29, 31, 33]])
        XCTAssertEqual(guardPage("s5_r1_09").sections.map(\.bodyLines), [[9, 11, 13], [19, 21, 23, 25]])
    }

    /// A term's rest below a cut that reads on into it across a column gap (`…听取县交通运输局` / gap /
    /// `工作情况汇报`) is that cut's continuation, not a column top for another cut; below a cut in the
    /// same column the bonus only breaks a near tie (`…听取县水利局|工作情况汇报` keeps its reading).
    func testATermsRestBelowItsOwnCutAcrossAColumnGapStaysThere() {
        XCTAssertEqual(guardPage("s5_r2_21").sections.map(\.bodyLines), [[7, 11, 13], [21, 23, 27, 29]])
        XCTAssertEqual(guardPage("s5_r2_22").sections.map(\.bodyLines), [[7, 19, 21], [13, 15, 17], [29, 31, 33, 35]])
    }

    /// An article's lead printed above its own header, after another article's text in that
    /// column, and cut inside a term (`…践行全过程` | header | `人民民主，…`) stays the header's: not when
    /// it opens like an article (`近日，县人大常委会…`), names the header's place in the cut or the
    /// landing (`…视察组先后深入陵川县…`), or shares more with the header's opening than with the
    /// article above (`为深入了解基层立法联系点…` under `…让基层声音直达立法机关`). Fixtures `s6_l*`, from
    /// a review of the landed-owner rule.
    func testALeadAboveItsOwnHeaderIsNotTheArticleAbove() {
        XCTAssertEqual(guardPage("s6_l02").sections.map(\.bodyLines), [[9, 11], [13, 21, 23, 25]])
        XCTAssertEqual(guardPage("s6_l05").sections.map(\.bodyLines), [[9, 11], [13, 21, 23, 25]])
        let b = guardPage("s6_l01").sections[1].bodyLines
        XCTAssertTrue([13, 21, 23, 25].allSatisfy(b.contains), "\(b)")
    }

    /// Pages from a review of the list-seam rule (fixtures `s6_ls*`): a cut list does not go on in a
    /// paragraph that opens a sentence of its own before its list (`代表们围绕农村供水、道路养护等话题，…`,
    /// `针对项目用地难、融资难等问题，…`), closes with a verb or a place (`…张国华等参加。`, `…韩山镇等地，`),
    /// or after a list already closed (`察看了水源地、水厂建设运行情况并听取了`).
    func testAListCutDoesNotGoOnInASentenceOfItsOwn() {
        func joins(_ name: String) -> [String] { guardPage(name).joins.map { "\($0.0)-\($0.1)" } }
        XCTAssertEqual(joins("s6_ls03"), [])
        XCTAssertEqual(joins("s6_ls05"), ["12-28"])
        XCTAssertEqual(joins("s6_ls15"), [])
        XCTAssertEqual(joins("s6_ls16"), ["13-28"])
        XCTAssertEqual(joins("s6_ls26"), ["14-26"])
        func start(_ t: String) -> Bool { ListSeam.atStart(Array(t.unicodeScalars)[...]).closing }
        XCTAssertFalse(start("代表们围绕农村供水、道路养护等话题，"))
        XCTAssertFalse(start("针对项目用地难、融资难等问题，代表们"))
        XCTAssertFalse(start("县人大常委会副主任张国华等参加。"))
        XCTAssertFalse(start("钱集镇、韩山镇等地，"))
        XCTAssertTrue(start("改造和入河排污口整治等情况，"))
        XCTAssertFalse(ListSeam.openAtEnd(Array("察看了水源地、水厂建设运行情况并听取了".unicodeScalars)[...]))
    }

    /// Pages from a review of the short term-cut subheads (fixtures `s6_rh*`): a subhead whose last
    /// word is an institution's first characters (`打造群众身边的人大`, `做群众信赖的人大代表`, `代表来自人民`)
    /// is no cut, though paragraphs on the page open with `常委会…`, `联络站…` or `检察院…`: one or two
    /// characters held count only after a level or a session (`市人`, `徽县人大`, `届人民`).
    func testASubheadEndingWithAnInstitutionsFirstWordIsNoCut() {
        for name in ["s6_rh05", "s6_rh19", "s6_rh27"] {
            XCTAssertEqual(guardPage(name).joins.count, 0, name)
        }
        let terms = SeamTerms.shared
        XCTAssertTrue(terms.cutOpeningsBeforeLongRest(atEndOf: Array("打造群众身边的人大".unicodeScalars)).isEmpty)
        XCTAssertFalse(terms.cutOpeningsBeforeLongRest(atEndOf: Array("第十八届人民".unicodeScalars)).isEmpty)
    }

    /// Pages from a review of the one-article rule (fixtures `s6_oa*`): a bylined head joined into a
    /// titled piece stays its own section when the seam does not split a term (`…部分省、市、县` |
    /// `人大代表是…`, `…基层人大` | `代表们表示…`, a commentary, a column's headline, an 编者按) or when the
    /// head names another place than the title (`烈山区…` under `濉溪县…`, `砀山县…` under `萧县…`).
    func testABylinedHeadJoinedIntoAnotherPieceStaysItsOwn() {
        let expected = ["s6_oa02": 3, "s6_oa06": 3, "s6_oae1": 4, "s6_oad2": 3, "s6_oa01": 3]
        for (name, count) in expected.sorted(by: { $0.key < $1.key }) {
            let doc = guardPage(name)
            XCTAssertEqual(doc.sections.count, count, name)
            XCTAssertTrue(doc.sections.contains { $0.title == nil && !$0.authors.isEmpty }, name)
        }
    }

    /// An article's tail printed at the page's top with a captioned photo (`图为专题询问会议现场。　王立新
    /// 摄`): the credit opened a section while the caption was under it; once the caption went with
    /// the tail to its article, the credit goes along and no empty section is left.
    func testACaptionsCreditGoesWithItsCaption() {
        let doc = guardPage("s7_caption_credit")
        XCTAssertEqual(doc.sections.count, 2, "\(doc.sections.map(\.title))")
        XCTAssertFalse(doc.sections.contains { $0.title == nil && $0.body.isEmpty })
        let article = doc.sections[1]
        XCTAssertEqual(article.title, "青川：专题询问农村饮水安全")
        XCTAssertEqual(article.bodyLines, [23, 25, 3, 7, 5])
        XCTAssertEqual(article.captionLines, [5])
        // The credit's scalars are the article's, right after the caption's.
        let credit = doc.source.lineRange(5)
        let pieces = article.body.filter { $0.line == 5 }
        XCTAssertEqual(pieces.count, 2)
        XCTAssertEqual(pieces.last?.range.upperBound, credit.upperBound)
        XCTAssertTrue(doc.leftoverLines.isEmpty)
    }

    /// A narrow page where one article's list is cut at `、` (`…部分食堂设施陈旧、`) and the layout reads
    /// on into a paragraph of another article (`监督，推动农村饮水工程提质增效。`) before the list's rest
    /// (`从业人员培训不足、…等问题。`): the interposed paragraph goes to the cut it finishes (`…并适时开展
    /// 跟踪` at the page's foot) and the list closes up around it.
    func testAParagraphInterposedInAListGoesToTheCutItFinishes() {
        let doc = guardPage("s7_interposed")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 6, 7, 8, 10, 11, 12, 32, 33, 35, 36, 25], [18, 19, 20, 22, 23, 27, 29, 30]])
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["12-32", "23-27", "36-25"])
    }

    /// A one-character preposition opens a sentence of its own (`从…`, `对…`), but not where it makes a
    /// common word with the next character (`从业人员…`, `经济…`), unless that word is a function word too
    /// (`经过…`, `对于…`).
    func testAListsRestMayOpenWithAWordThatStartsLikeAPreposition() {
        func start(_ t: String) -> Bool { ListSeam.atStart(Array(t.unicodeScalars)[...], words: CommonWords.shared).closing }
        XCTAssertTrue(start("从业人员培训不足、食材采购台账不全等问题。"))
        XCTAssertTrue(start("经济发展不平衡、公共服务短板等问题。"))
        XCTAssertFalse(start("对项目用地难、融资难等问题，代表们"))
        XCTAssertFalse(start("经过调研、座谈等方式，"))
        XCTAssertFalse(start("对于农村供水、道路养护等问题，"))
        // Without the word list, as before.
        XCTAssertFalse(ListSeam.atStart(Array("从业人员培训不足、食材采购台账不全等问题。".unicodeScalars)[...]).closing)
    }

    /// Two articles cut at plain words (`…但也存在部分河段河道`, `…部分养老机构床位`), one read on by the
    /// layout's score into the other's rest (`淤积、管护经费…`), the other then given the rest left by
    /// its topic (`闲置、护理人员短缺…`): each continuation is about the other's article, so they cross.
    func testACutContinuedByItsTopicCrossesWithOneJoinedOnTheLayoutsScore() {
        let doc = guardPage("s7_late_cross")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[9, 11, 13, 29], [25, 27, 31, 33], [39, 41, 15, 17]])
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["27-31", "41-15"])
    }

    /// Pages from a review of the interposed-paragraph rule (fixtures `s7_ip_*`): a list cut at `、`
    /// whose own rest is right below it (`自备水源水质检测不及时的问题。`, `农村供水管网漏损率偏高、水费
    /// 收缴难的问题。`) keeps it, though another article's cut is open and the paragraph after the rest
    /// puts a list before its subject (`学校食堂、校外供餐单位等环节，检查组…`).
    func testAListsOwnRestIsNotTakenForAnInterposedParagraph() {
        for name in ["s7_ip_true_rest", "s7_ip_true_rest_wide"] {
            let doc = guardPage(name)
            XCTAssertEqual(doc.sections.map(\.bodyLines), [[8, 10], [15, 17, 19, 21]], name)
            XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["17-19"], name)
        }
    }

    /// A 县's article whose last paragraph (`县人大常委会有关负责人表示，…`) is printed after a 区's
    /// article's tail: the paragraph names the 县's level alone, which the 区's text never names, so it
    /// ends the 县's article.
    func testATailNamingAnotherArticlesLevelGoesToThatArticle() {
        let doc = guardPage("s7_level_tail")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[7, 9, 23, 25], [17, 19, 21, 27]])
        XCTAssertEqual(ReadingOrder.openingLevel(Array("县人大常委会有关负责人表示".unicodeScalars)), "县")
        XCTAssertNil(ReadingOrder.openingLevel(Array("旺苍县人大常委会".unicodeScalars)))
        XCTAssertEqual(ReadingOrder.levelsNamed(in: Array("区人大常委会组织旺苍县人大代表".unicodeScalars)), ["区", "县"])
    }

    /// Two headers printed one under the other with no text between: the text under them opens with
    /// the first article's paragraphs (`在广元市昭化区卫子镇的…`) up to the second's lead (`10月中旬，朝天区
    /// 人大常委会组织…`). Text that names the second article's place from the start stays its own.
    func testTheTextUnderTwoStackedHeadersOpensWithTheFirstArticles() {
        let doc = guardPage("s7_stacked_headers")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[15, 17], [19, 21]])
        let url = Fixtures.testsDir.appendingPathComponent("Fixtures/guards/s7_stacked_headers.txt")
        let page = try! String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "在广元市昭化区卫子镇", with: "在广元市朝天区曾家镇")
        XCTAssertEqual(Fixtures.document(page).sections.map(\.bodyLines), [[], [15, 17, 19, 21]])
        // Two leads under the stacked headers, each naming its own article's place (`10月中旬，昭化区…`,
        // `近日，朝天区…`): the first article's three paragraphs stay together.
        XCTAssertEqual(guardPage("s7_stacked_leads").sections.map(\.bodyLines), [[15, 17, 19], [21, 23]])
    }

    /// Pages from a review of the level-tail rule (fixtures `s7_lt_*`): an article's last paragraph
    /// that opens with another level stays when the article speaks of that level itself (a city's
    /// meeting ending `县人大常委会要加强对乡镇人大工作的指导…` after `各县（市、区）人大常委会…`; a 区 hosting
    /// `邻水县考察组`) or the paragraph quotes a deputy of that level (`市人大代表、…说：`).
    func testALastParagraphOpeningWithAnotherLevelStaysWhereItsArticleSpeaksOfThatLevel() {
        XCTAssertEqual(guardPage("s7_lt_prefecture").sections.map(\.bodyLines), [[7, 9, 23, 25, 27], [16, 17, 19, 21]])
        XCTAssertEqual(guardPage("s7_lt_visit").sections.map(\.bodyLines), [[7, 9, 24, 26, 28, 10], [17, 18, 20, 22]])
        XCTAssertEqual(guardPage("s7_lt_quote").sections.map(\.bodyLines), [[7, 9, 22, 24, 26], [16, 18, 20]])
        XCTAssertNil(ReadingOrder.openingLevel(Array("市人大代表、飞龙镇党委书记陈明说".unicodeScalars)))
        XCTAssertTrue(ReadingOrder.speaksOfLevel(Array("各县（市、区）人大常委会".unicodeScalars), "县"))
        XCTAssertTrue(ReadingOrder.notesAttendance(Array("市人大常委会副主任张建国出席并讲话。".unicodeScalars)))
    }

    /// Pages from a review of the stacked-headers rule (fixtures `s7_sh_*`): the text under two
    /// stacked headers stays the second article's when the first is a photo's headline (`文/图`), when
    /// the second's lead goes to the first's place (`与青浦区交界的…` then `…赴…考察`), or when one place
    /// lies inside the other (a city's office over a county's article).
    func testTheTextUnderStackedHeadersStaysTheSecondsWhereItIsItsBackground() {
        for name in ["s7_sh_neighbour", "s7_sh_city_office", "s7_sh_photo"] {
            let doc = guardPage(name)
            XCTAssertEqual(doc.sections.count, 2, name)
            XCTAssertEqual(doc.sections.last?.bodyLines.first, 10, name)
            XCTAssertFalse(doc.sections[0].bodyLines.contains(10), name)
        }
    }

    /// A web export whose credit (`作者：…　　编辑：…`) closes the text and whose page ends with the
    /// site's sponsor line (`主办单位：…`): that line is furniture, not a headline printed after its
    /// article, so the page's headline titles the text.
    func testASitesSponsorLineIsFurnitureNotATitlePrintedAfter() {
        let doc = guardPage("s7_web_sponsor")
        XCTAssertEqual(doc.sections.map(\.title), ["青川县人大常委会听取审议规范性文件备案审查工作情况报告"])
        XCTAssertTrue(doc.furnitureLines.contains(16))
        func sponsor(_ t: String) -> Bool { PageFurnitureFamily.isSiteSponsor(ScalarWindow(Array(t.unicodeScalars))) }
        XCTAssertTrue(sponsor("主办单位:青川县人大常委会办公室"))
        XCTAssertTrue(sponsor("技术支持:某某网络科技有限公司"))
        XCTAssertFalse(sponsor("主办单位:县人大常委会。本次活动由县文旅局承办。"))
        XCTAssertFalse(sponsor("主办方认真组织了活动"))
    }

    /// A WeChat original's header with two authors before the account (`原创　赵雪梅　钱文博　青川人大　…`)
    /// names both; a nickname then the account's name (`原创　贺兰人大　贺兰县人大常委会　…`) names none.
    func testAWeChatHeaderMayNameTwoAuthors() {
        let two = BylineRecognizer().recognize(LineScalars("原创　赵雪梅　钱文博　青川人大　2025年10月22日 18:30　四川"))
        XCTAssertEqual(two?.byline.authors, ["赵雪梅", "钱文博"])
        let one = BylineRecognizer().recognize(LineScalars("原创　李春燕　华宁县人大　2024年09月20日 18:30　云南"))
        XCTAssertEqual(one?.byline.authors, ["李春燕"])
        let none = BylineRecognizer().recognize(LineScalars("原创 贺兰人大 贺兰县人大常委会 2024年05月20日 18:30 宁夏"))
        XCTAssertEqual(none?.kind, .metadata)
    }

    /// From a code review of the interposed-paragraph rule (fixture `s7_ip_three`): a third article's
    /// cut takes the paragraph below the interposed one first; the cut the interposed paragraph was
    /// joined from is then open again instead of claiming a join with no continuation (it crashed).
    func testACutWhoseInterposedParagraphMovedWithNoRoomBelowIsOpen() {
        let doc = guardPage("s7_ip_three")
        XCTAssertEqual(doc.sections.count, 3)
        // Every body line in exactly one section, every join's ends in the sections' text.
        let lines = doc.sections.flatMap(\.bodyLines)
        XCTAssertEqual(lines.count, Set(lines).count)
        for (a, b) in doc.joins { XCTAssertTrue(lines.contains(a) && lines.contains(b), "\(a)-\(b)") }
        XCTAssertTrue(doc.leftoverLines.isEmpty)
    }

    /// A suggestion's fields in an article (`承办单位：县交通运输局`) are its text, not a site's sponsor
    /// footer: only a field naming a site's operator (`…办公室`, `…信息中心`, `…公司`) is furniture.
    func testASuggestionsFieldsAreTextNotASitesSponsor() {
        let doc = guardPage("s7_sponsor_field")
        XCTAssertTrue(doc.furnitureLines.isEmpty, "\(doc.furnitureLines)")
        XCTAssertTrue(doc.sections[0].bodyLines.contains(9))
        XCTAssertFalse(PageFurnitureFamily.isSiteSponsor(ScalarWindow(Array("承办单位:县交通运输局".unicodeScalars))))
    }

    /// Pages from a review of this session's furniture, heading and titles-after rules (fixtures
    /// `s8_rev_*`): an office's signature over a date closes the text and joins nothing; the two last
    /// lines of an indented narrow page, or an author's note over the page number, are text; a
    /// signature at the foot is no title printed after its article; a headline in a county paper's cut
    /// titles its article; `本版集中刊发…` in a paragraph is text.
    func testClosingLinesFootersAndLabelsOfTheReview() {
        func shape(_ name: String) -> String {
            let doc = guardPage("s8_rev_" + name)
            return doc.sections.map { s in "\(s.titleLines)|\(s.byline?.line ?? 0)|\(s.bodyLines.first ?? 0)-\(s.bodyLines.last ?? 0)" }.joined(separator: " ")
                + " joins \(doc.joins.map { "\($0.0)-\($0.1)" }) furniture \(doc.furnitureLines)"
        }
        XCTAssertEqual(shape("r3_signature_wide2"), "[1]|3|5-7 [9]|11|13-21 joins [] furniture [22]")
        XCTAssertEqual(shape("r2_icut_w16"), "[1, 2]|4|6-24 joins [] furniture [27]")
        XCTAssertEqual(shape("r2_authornote_num"), "[1, 2]|4|6-15 [17, 18]|20|22-38 joins [] furniture [40]")
        XCTAssertEqual(shape("r3_label_print"), "[1]|4|6-8 [10]|12|14-18 joins [] furniture [2, 20]")
        XCTAssertEqual(shape("r3_tafter_false2"), "[]|1|3-5 [7]|9|11-19 joins [] furniture [21]")
        XCTAssertEqual(shape("r3_displaced_own"), "[10]|1|3-13 []|15|15-17 joins [\"7-12\"] furniture []")
        XCTAssertEqual(shape("r1_benban_body"), "[1]|3|5-14 joins [] furniture []")
    }

    /// From a code review of this session's rules (fixtures `s8_rev2_*`): a lead quoting a numbered
    /// formulation the article above quotes in its title (`“两个确立”`) is still its own article's; a
    /// letter-spaced column label of six characters over an issue head is a label; a two-line title
    /// ending with `人大常委会` is no office's signature; `一个月来` is no month.
    func testQuotedSlogansSpacedLabelsAndTitlesEndingWithAnOffice() {
        XCTAssertEqual(guardPage("s8_rev2_quote_fp").sections.map(\.bodyLines), [[5, 7], [13, 15, 17]])
        for name in ["s8_rev2_label6", "s8_rev2_sig_title"] {
            let doc = guardPage(name)
            XCTAssertEqual(doc.sections.map(\.titleLines), [[18, 19], [34, 35]], name)
            XCTAssertFalse(doc.sections.flatMap(\.bodyLines).contains(34), name)
        }
        XCTAssertEqual(ReadingOrder.openingCue(Array("一个月来，代表们走访了全县各乡镇。".unicodeScalars)), 0)
        XCTAssertFalse(SectionAssembler.isSignature(Array("蜜柚园里的人大常委会".unicodeScalars)))
        XCTAssertTrue(SectionAssembler.isSignature(Array("东山县人大常委会办公室".unicodeScalars)))
    }

    /// From a review of this session's rules (fixtures `s9_rev_*`, pages written to break them):
    /// a picture story whose own text its photo cuts still heads a section of its own (the caption
    /// rule keeps a photo with its article only when the article's writer took it or the subhead
    /// is a feature's, letter-spaced); a letter-spaced headline part naming a place or an office,
    /// or one at the very top of a page with no running head, stays in the headline; a headline
    /// right above a breadcrumb stays a headline; `主办：` alone on a line in an article is text; a
    /// line of a running paragraph over a wide caption heads no photo item; writers' footers
    /// printed together under interleaved texts go to the articles in the order of their headers.
    func testThisSessionsRulesHoldOnTheReviewersPages() {
        func body(_ name: String) -> [[Int]] { guardPage("s9_rev_" + name).sections.map(\.bodyLines) }
        XCTAssertEqual(body("photostory_cut_text"), [[9, 10, 11, 12, 14, 15, 16, 18, 19], [23, 24, 25, 30, 31, 27]])
        XCTAssertEqual(guardPage("s9_rev_spaced_county_headline_top").sections.map(\.titleLines).first?.count, 2)
        XCTAssertEqual(guardPage("s9_rev_spaced_pretitle_first").sections.first?.titleLines.first, 1)
        XCTAssertEqual(guardPage("s9_rev_title_over_breadcrumb").sections.first?.title, "利川市人大常委会开展民族团结进步条例执法检查")
        XCTAssertEqual(body("zhuban_in_suggestion_list"), [[5, 7, 8, 9, 11, 12, 13, 15, 16, 18]])
        XCTAssertEqual(body("zhuban_event_notice"), [[5, 7, 9, 10, 11, 12]])
        let cut = body("narrow_cut_line_over_wide_caption_nofig")
        XCTAssertEqual(cut.count, 2)
        XCTAssertTrue(cut[0].contains(10) && cut[0].contains(14), "\(cut)")
        let sequential = body("stacked_sequential_weak")
        XCTAssertTrue(sequential.contains { $0.contains(11) && $0.contains(14) && $0.contains(17) }, "not dealt as a spread: \(sequential)")
        XCTAssertEqual(body("three_stacked"), [[15, 16, 24, 30], [18, 19, 26, 32], [21, 22, 28, 34]])
        XCTAssertEqual(guardPage("s9_rev_three_stacked").sections.map { $0.region?.county }, ["敦化市", "珲春市", "龙井市"])
        XCTAssertEqual(body("interleaved_footers_together"), [[11, 12, 17, 18, 23, 24, 28], [14, 15, 20, 21, 26, 30]])
    }

    /// From a code review of `InterleavedArticles`: two blocks each with one footer per article under
    /// it lose no footer (the second pair's lines were left over), and an office the holder's byline
    /// printed is not replaced by a footer's.
    func testDealingInterleavedTextsLosesNoFooterAndKeepsBylineOffices() {
        let pairs = guardPage("s9_rev_two_footer_pairs")
        XCTAssertEqual(pairs.leftoverLines, [])
        XCTAssertEqual(pairs.sections.count, 2)
        let office = guardPage("s9_rev_byline_office")
        XCTAssertEqual(office.sections.map(\.office), ["盘山县人大常委会党组书记、主任", "新民市人大常委会"])
    }

    /// Pages from a review of the tenth session's rules (fixtures `s10_rev_*`). Two full lines of a
    /// cut paragraph, resumed after a brief's credit, are no headline over an item: they run on
    /// (`…持续向好。`), or fill the column; and under an item printed with no headline above it, a
    /// two-line block after its credit is that item's headline printed after it, not the next one's.
    func testResumedLinesAfterACreditAreNoHeadline() {
        for name in ["s10_rev_n02_box_in_article_resume", "s10_rev_n08_reporter_credit_then_fragment"] {
            let doc = guardPage(name)
            XCTAssertEqual(doc.sections.count, 2, name)
            XCTAssertTrue(doc.sections.allSatisfy { $0.titleLines.count == 1 }, "\(name): \(doc.sections.map(\.titleLines))")
        }
        let after = guardPage("s10_rev_n07_titles_after_credits")
        XCTAssertFalse(after.sections.contains { $0.titleLines == [12, 13] && $0.bodyLines.contains(15) }, "\(after.sections.map(\.titleLines))")
    }

    /// A writer's footer printed under a paragraph the repair gave to another article stays with its
    /// holder when its county is the holder's (`新民市…` under a 新民市 article's text), not the text's.
    func testAFooterNamingItsHoldersCountyStaysUnderAnotherArticlesText() {
        let doc = guardPage("s10_rev_f10_writer_without_footer_takes_others")
        XCTAssertEqual(doc.sections.map(\.office), [nil, "新民市人大常委会研究室"])
    }

    /// A profile (`吴德兰　做…`) whose sentence is cut mid-clause (`…把群众`) and goes on under the
    /// next article's byline (`反映的问题带回来。…`): the cut goes there, not back to the profile's
    /// scene-setting opening (`清晨六点，…`), and the landing paragraph, which ends the cut sentence
    /// and names the profile's subject's doings, stays with the profile; the next article opens
    /// with the paragraph after it.
    func testAProfileCutGoesOnPastTheNextHeader() {
        let doc = guardPage("s11_profile_cut_past_header")
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, [10, 11, 12, 13, 14, 16, 18, 19, 20, 21, 22, 24, 25, 26, 32, 33, 34, 35])
        XCTAssertEqual(doc.sections[1].bodyLines.first, 37)
        XCTAssertEqual(doc.sections[1].office, "永丰县人大常委会办公室主任")
    }

    /// The pieces of that rule: a scene's time of day or season opens a sentence; a profile's
    /// headline names its subject; a short first sentence with no pause ends a cut one.
    func testSettingsSubjectsAndShortFirstSentences() {
        func folded(_ s: String) -> ArraySlice<Unicode.Scalar> { Array(s.unicodeScalars.map(ScalarClass.fold))[...] }
        for head in ["清晨六点，永丰县", "上午8时许，代表们", "傍晚时分，村里", "初冬季节，汾阳市", "清晨，山村"] {
            XCTAssertTrue(SentenceOpening.opensWithAdverbial(folded(head)), head)
        }
        // (A bare part of the day goes on from the day named before it: `…于10月16日|上午，`.)
        for head in ["清晨的山村", "上午召开会议", "下午三点钟声", "下午，调研组", "上午，视察组"] {
            XCTAssertFalse(SentenceOpening.opensWithAdverbial(folded(head)), head)
        }
        var profile = Section()
        profile.title = "吴德兰　做山乡老人的“贴心人”"
        XCTAssertEqual(SectionSimilarity.titleSubject(profile).map { String(String.UnicodeScalarView($0)) }, "吴德兰")
        profile.title = "王朝芬：把群众的事放在心上"
        XCTAssertEqual(SectionSimilarity.titleSubject(profile).map { String(String.UnicodeScalarView($0)) }, "王朝芬")
        var essay = Section()
        essay.title = "守正创新 推动新时代人大工作高质量发展"
        XCTAssertNil(SectionSimilarity.titleSubject(essay))
        essay.title = "以代表联络站为平台密切联系群众"
        XCTAssertNil(SectionSimilarity.titleSubject(essay))
        essay.title = "高效 履职 为民服务"
        XCTAssertNil(SectionSimilarity.titleSubject(essay), "a common word is no name")
        XCTAssertTrue(ReadingOrder.opensWithShortSentence(Array("反映的问题带回来。几年来，她累计".unicodeScalars)))
        XCTAssertFalse(ReadingOrder.opensWithShortSentence(Array("党的二十大胜利闭幕后，我反复研读。".unicodeScalars)))
        XCTAssertFalse(ReadingOrder.opensWithShortSentence(Array("“好！”代表们说".unicodeScalars)))
    }

    /// Headlines stacked above a row of news items, each opening with its inline byline: line `i`
    /// names the county item `i`'s lead names, so it is that item's headline (and region), not one
    /// three-line headline of the first item.
    func testStackedHeadlinesOverInlineLeadsAreEachItemsOwn() {
        let doc = guardPage("s11_stacked_titles_inline_leads")
        XCTAssertEqual(doc.sections.map(\.titleLines), [[3], [4], [5]])
        XCTAssertEqual(doc.sections.map(\.title), ["信丰：“田头议事”解民忧", "安远县人大开展水污染防治法执法检查", "寻乌县人大代表进村宣讲新修订的条例"])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["信丰县", "安远县", "寻乌县"])
        // A headline wrapped over two lines names one place at most: it stays whole.
        let wrapped = Fixtures.document("""
        信丰县人大常委会开展
        “田头议事”活动

        本报讯（记者 钟立华）今年以来，信丰县人大常委会推行“田头议事”活动。

        本报讯（通讯员 赖文清）6月上旬，安远县人大常委会组成执法检查组。
        """)
        XCTAssertEqual(wrapped.sections.first?.titleLines, [1, 2])
    }

    /// A page printing every headline after its article, under a letter-spaced column label:
    /// each headline names the county of the article above it and not the one below, so each
    /// moves up, the last article takes the headline at the page's foot, and the label is
    /// furniture (covered, no leftover).
    func testHeadlinesPrintedAfterTheirArticlesMoveUp() {
        let doc = guardPage("s11_titles_after_articles")
        XCTAssertEqual(doc.sections.map(\.titleLines), [[14], [23, 24], [33, 34]])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["雷山县", "台江县", "剑河县"])
        XCTAssertTrue(doc.furnitureLines.contains(4), "\(doc.furnitureLines)")
        XCTAssertEqual(doc.leftoverLines, [])
        // Headlines over their own articles, naming their own counties, stay.
        let before = Fixtures.document("""
        县 市 人 大

        雷山：代表联络站开进苗寨

        本报讯（记者 杨秀梅）今年以来，雷山县人大常委会把代表联络站延伸到苗寨。

        台江县人大常委会专题询问农村饮水安全工作

        本报讯（通讯员 吴光明）7月3日，台江县人大常委会召开会议开展专题询问。
        """)
        XCTAssertEqual(before.sections.map(\.titleLines), [[3], [7]])
    }

    /// Two articles under bylines that name no office (`■ NAME（吉林）`), each lead naming its
    /// county: a paragraph no chain claims that names the first article's county (`站在新的起点上，
    /// 长白县人大常委会将…`), and the writer's footer under it, go to that article, not to the one
    /// whose text the layout printed above them; so each gets its own office and region.
    func testAnOrphanNamingALeadsCountyGoesToThatArticle() {
        let doc = guardPage("s11_orphan_names_lead_county")
        XCTAssertEqual(doc.sections.count, 3)
        XCTAssertEqual(doc.sections.map(\.office), ["长白县人大常委会", "靖宇县人大常委会党组书记、主任", "伊通县人大常委会副主任"])
        XCTAssertTrue(Set(doc.sections[0].bodyLines).isSuperset(of: [46, 48]), "\(doc.sections.map(\.bodyLines))")
        XCTAssertTrue(Set(doc.sections[1].bodyLines).isSuperset(of: [54, 56]), "\(doc.sections.map(\.bodyLines))")
    }

    /// A writer's footer printed between two paragraphs (`（作者系和龙市…）` between `民主”就在身边…`
    /// and `清单化交办。…`) closes the article it names: the text after it is not the text before
    /// it goes on with (here it is the article printed under its header above, 安图县's), and a
    /// contraction listed for one county (塔县, 托县) needs no context.
    func testAFooterBetweenParagraphsEndsTheRunBeforeIt() {
        let doc = guardPage("s11_footer_between_ends_chain")
        XCTAssertEqual(doc.sections.count, 3)
        XCTAssertTrue(Set(doc.sections[2].bodyLines).isSuperset(of: [64, 68, 72]), "\(doc.sections.map(\.bodyLines))")
        XCTAssertTrue(Set(doc.sections[0].bodyLines).isDisjoint(with: [64, 68, 72]), "\(doc.sections.map(\.bodyLines))")
        let reader = DocumentReader()
        let tashi = reader.read(try! SourceText(path: "t.txt", bytes: Array("■ 热合曼·吐尔地（新疆）\n\n塔县人大常委会坚持把人大代表联络站建设作为重要平台。\n".utf8)))
        XCTAssertEqual(tashi.sections.first?.region?.county, "塔什库尔干塔吉克自治县")
    }

    /// Pages from a review of the profile rule (fixtures `s11_rev_*`): the next article's own short
    /// opening (`春耕正当时。`, `路通了，…`), reached by a wrong join from the profile's cut, names
    /// nothing of the profile and finishes no term: the next article keeps it.
    func testTheNextArticlesShortOpeningStaysItsOwn() {
        for name in ["s11_rev_short_opening_is_next", "s11_rev_midclause_opening_is_next"] {
            let doc = guardPage(name)
            XCTAssertEqual(doc.sections.count, 2, name)
            XCTAssertEqual(doc.sections[0].bodyLines.last, 21, "\(name): \(doc.sections.map(\.bodyLines))")
            XCTAssertEqual(doc.sections[1].bodyLines.first, 27, "\(name): \(doc.sections.map(\.bodyLines))")
        }
    }

    /// From a review of `StackedTitles` (fixture `s11_rev_*`): a two-line headline whose second line
    /// names the county its article visits further down (`学习石城县…经验`) over an item from that
    /// county stays one headline.
    func testATwoLineHeadlineNamingAVisitedCountyStaysWhole() {
        let doc = guardPage("s11_rev_twoline_headline_names_visit")
        XCTAssertEqual(doc.sections.first?.titleLines, [3, 4])
    }

    /// A writer's own footer printed right after a paragraph closes the article there when a chain
    /// is cut between two articles: the essay under `■ NAME（内蒙古）` whose cut runs past the next
    /// header (`…推进全过程人` | header | `民民主的重要载体…`) keeps its text up to its footer
    /// (`（作者单位：正镶白旗人大常委会）`), and the next article's text starts after it.
    func testAnOwnFooterEndsTheArticleAtACut() {
        let doc = guardPage("s11_own_footer_closes_article")
        XCTAssertEqual(doc.sections.count, 3)
        XCTAssertTrue(Set(doc.sections[0].bodyLines).isSuperset(of: [17, 23, 26, 30, 43, 46, 48]), "\(doc.sections.map(\.bodyLines))")
        XCTAssertEqual(doc.sections[1].bodyLines.first, 37, "\(doc.sections.map(\.bodyLines))")
    }

    /// The page's opening text, printed above every header, whose first sentence names the place of
    /// one article's office and not the first header's (`民勤县地处…` above a 古浪县 and a 民勤县
    /// essay) opens that article, not the first.
    func testTheOpeningAboveEveryHeaderGoesToTheArticleItNames() {
        let doc = guardPage("s11_opening_above_headers_names_county")
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines.first, 13, "\(doc.sections.map(\.bodyLines))")
        XCTAssertEqual(Array(doc.sections[1].bodyLines.prefix(2)), [3, 5], "\(doc.sections.map(\.bodyLines))")
        // Naming the first header's own county, it stays there.
        let text = try! String(contentsOf: Fixtures.testsDir.appendingPathComponent("Fixtures/guards/s11_opening_above_headers_names_county.txt"), encoding: .utf8)
        let own = Fixtures.document(text.replacingOccurrences(of: "民勤县地处", with: "古浪县地处"))
        XCTAssertEqual(own.sections[0].bodyLines.first, 3, "\(own.sections.map(\.bodyLines))")
    }

    /// A cut that lands in another article's text on a short paragraph ending its sentence
    /// (`…推动全过程人` | `民民主在甘南落地见效。`), where the text after the landing names the other
    /// article's county (夏河县) and not the cut article's, ends its article there: the reporter's
    /// piece keeps its text (and the headline printed after it), the meeting report ends at the
    /// landing.
    func testALandingThatEndsItsSentenceEndsTheCutArticle() {
        let doc = guardPage("s11_landing_ends_cut_article")
        XCTAssertEqual(doc.sections.count, 4)
        XCTAssertEqual(doc.sections[0].bodyLines.last, 34, "\(doc.sections.map(\.bodyLines))")
        XCTAssertTrue(Set(doc.sections[1].bodyLines).isSuperset(of: [28, 36, 40, 48]), "\(doc.sections.map(\.bodyLines))")
        XCTAssertEqual(doc.sections[1].titleLines, [53, 54])
    }
}
