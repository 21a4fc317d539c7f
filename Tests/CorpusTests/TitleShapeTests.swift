import XCTest
@testable import Corpus

final class WrappedSubtitleTests: XCTestCase {
    /// In a narrow column a subtitle wraps like the text (`——拉祜山寨践行全过程` / `人民民主的探索`): the
    /// short line under it is the subtitle's rest, so the whole is one headline over the byline, not a
    /// headline of its own.
    func testASubtitleWrappedInANarrowColumnIsOneHeadline() {
        let doc = Fixtures.document("""
        火塘边的“代表之家”
        ——拉祜山寨践行全过程
        人民民主的探索

        ■ 李扎约（云南）

        澜沧是全国唯一的拉祜族
        自治县，拉祜族群众大多
        居住在山区半山区。近年
        来，县人大常委会把代表
        之家建到火塘边，让群众
        说事有地方、议事有平台。

        代表们围着火塘听民声，
        今年以来共收集意见建议
        三百余条，推动解决了一
        批群众急难愁盼问题。
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].titleLines, [1, 2, 3])
        XCTAssertEqual(doc.sections[0].title?.filter { !$0.isWhitespace }, "火塘边的“代表之家”——拉祜山寨践行全过程人民民主的探索")
    }
}

final class WrappedSubtitleAfterArticleTests: XCTestCase {
    /// On a page that prints its headlines after their articles, the wrapped subtitle's last line
    /// stays with the headline too: not split off as the next byline's title, the first two lines
    /// left in the text above.
    func testAWrappedSubtitleAfterAnArticleStaysWhole() {
        let doc = Fixtures.document("""
        ■ 李扎约（云南）

        澜沧是全国唯一的拉祜族
        自治县，拉祜族群众大多
        居住在山区半山区。近年
        来，县人大常委会把代表
        之家建到火塘边。

        （作者系澜沧县人大常委会
        党组书记、主任）

        火塘边的“代表之家”
        ——拉祜山寨践行全过程
        人民民主的探索

        ■ 岩香南（云南）

        孟连地处祖国西南边陲，
        与缅甸接壤，县人大常委
        会在沿边村寨设立人大代
        表联络站，打通边境群众
        反映诉求的“直通车”。
        """)
        XCTAssertEqual(doc.sections.count, 2)
        let titled = doc.sections.filter { !$0.titleLines.isEmpty }
        XCTAssertEqual(titled.map(\.titleLines), [[12, 13, 14]], "\(doc.sections.map(\.titleLines)) \(doc.sections.map(\.bodyLines))")
        XCTAssertFalse(doc.sections.contains { $0.bodyLines.contains(12) || $0.bodyLines.contains(13) })
    }
}

final class HeadlineAfterFooterTests: XCTestCase {
    /// A headline at the page's foot right under an untitled article's writer's footer (the footer
    /// closes that text) is its title printed after it, at the usual gap, on a page whose other
    /// articles print their titles over them; a short column label there (`人大视窗`) is not.
    func testAHeadlineUnderAWritersFooterTitlesTheUntitledArticle() {
        let page = """
        乌兰县人大代表联络站建设纪实

        ■ 祁秀英（青海）

        人大代表联络站是人大代表联系群众的重要平台。乌兰县人大常委会在全县建成联络站12个。

        ■ 赵文娟（青海）

        德令哈是海西州州府所在地，是一座年轻的戈壁新城。近年来，德令哈市人大常委会推行代表建议“快车道”机制。

        下一步，我们将把“快车道”机制与代表联络站建设结合起来，让更多民意搭上“快车”。

        （作者系德令哈市人大常委会研究室主任）

        让代表建议跑出“加速度”
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.titleLines), [[1], [15]])
        let label = Fixtures.document(page.replacingOccurrences(of: "让代表建议跑出“加速度”", with: "人大视窗"))
        XCTAssertEqual(label.sections.map(\.titleLines), [[1], []])
    }

    /// A commentary under a letter-spaced column label (`履 职 随 笔` / `□钟卫东`) whose headline is
    /// printed after its wrapped footer, right over the next article's: the headline is its title
    /// and the label the page's furniture. A label with no headline after the footer stays.
    func testAHeadlineAfterTheFooterReplacesAColumnLabel() {
        let page = """
        履 职 随 笔

        □钟卫东

        代表建议是人大代表执行代表职务的
        重要形式，办得实不实，直接关系到
        群众的获得感。

        （作者系永新县人大常委会研究室主
        任）

        让代表建议“落地有声”

        吉安县：人大代表“回家”
        听民声解民忧

        本报讯（记者 曾丽 通讯员 周建华）近日，吉安县人大常委会组织代表回选区听取意见。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.titleLines), [[12], [14, 15]])
        XCTAssertTrue(doc.furnitureLines.contains(1), "\(doc.furnitureLines)")
        XCTAssertEqual(doc.sections[0].bodyLines, [5, 6, 7, 9, 10])
        let plain = Fixtures.document(page.replacingOccurrences(of: "让代表建议“落地有声”\n\n", with: ""))
        XCTAssertEqual(plain.sections.first?.titleLines, [1])
    }
}

final class HeadlineOverSubtitleTests: XCTestCase {
    /// A headline wrapped over two lines right over its subtitle (`让牧区民声` / `有处说、有人听` /
    /// `——阿合奇县打造…的探索`) is one headline: its second line is no paragraph.
    func testAHeadlinesSecondLineOverItsSubtitleIsHeadline() {
        let doc = Fixtures.document("""
        ■ 阿依别克·吐尔地（新疆）

        阿合奇县地处天山南麓，牧民居住分散。县人大常委会在各乡镇推行“毡房议事点”，让牧民
        有事能找到代表。

        （作者系阿合奇县人大常委会党组书记、主任）

        让牧区民声
        有处说、有人听
        ——阿合奇县打造“毡房议事点”的探索

        ■ 周海涛（新疆）

        乌恰县地处祖国最西端，县人大常委会在边境村设立人大代表联络点，打通边境群众反映诉求
        的渠道。
        """)
        XCTAssertEqual(doc.sections.count, 2)
        let titled = doc.sections.filter { !$0.titleLines.isEmpty }
        XCTAssertEqual(titled.map(\.titleLines), [[8, 9, 10]], "\(doc.sections.map(\.titleLines)) \(doc.sections.map(\.bodyLines))")
    }
}

final class KickerOverHeadlineTests: XCTestCase {
    /// In a narrow column, a kicker (引题) printed over the headline and its subtitle, the three line
    /// under line and wider than the column, is the headline's first line: the title holds all
    /// three (and the kicker's phrase is the article's), no paragraph of a piece of its own.
    func testAKickerOverAHeadlineAndItsSubtitleIsPartOfTheTitle() {
        let doc = Fixtures.document("""
        2023年11月16日　星期四　　　　　　　　　　　　　　　　　　第 3 版
        民主法治·人大之窗　　　　　　　　　　　　　　　　　　责任编辑：贾玉洁

        践行全过程人民民主　推动代表建议落地见效
        惠民：小建议办成民生“大实事”
        ——惠民县人大常委会代表建议办理工作综述

        □ 本报记者　孟凡军

        “村里那条坑洼的生产路修好了，秋
        收拉玉米再也不用绕远道。”11月上
        旬，在惠民县石庙镇，种粮大户王德
        明说起这事，脸上满是笑意。这条路
        是县人大代表李春华在今年县人代会
        上提出的建议之一。
        """)
        XCTAssertEqual(doc.sections.count, 1, "\(doc.sections.map(\.titleLines)) \(doc.sections.map(\.bodyLines))")
        XCTAssertEqual(doc.sections[0].titleLines, [4, 5, 6])
        XCTAssertEqual(doc.sections[0].bodyLines, [10, 11, 12, 13, 14, 15])
    }
}

final class NarrowColumnHeadlineTests: XCTestCase {
    /// A headline over a news flash in a narrow column whose second line runs wider than the column
    /// (`襄垣县人大常委会审议通过` / `“十四五”规划纲要实施中期评估报告`) is one headline: text never runs past its
    /// own column.
    func testAHeadlinesWideSecondLineOverAByline() {
        let doc = Fixtures.document("""
        春耕时节，黎城县人大代表、县
        农技推广中心高级农艺师牛建忠
        在停河铺乡的麦田里为群众讲解
        病虫害防治技术。

        襄垣县人大常委会审议通过
        “十四五”规划纲要实施中期评估报告

        本报讯（记者 郝建斌）
        6月16日，襄垣县第十七届人大
        常委会第十二次会议召开，审议
        通过了县人民政府关于全县国民
        经济和社会发展规划的报告。
        """)
        XCTAssertEqual(doc.sections.last?.titleLines, [6, 7])
        XCTAssertEqual(doc.sections.last?.authors, ["郝建斌"])
        XCTAssertFalse(doc.sections.flatMap(\.bodyLines).contains(6))
    }

    /// A line holding a clause and ending inside a genre term (`她常说，全过程人民`) over a byline is a
    /// paragraph cut at a column's foot when the term's rest opens a paragraph of the page
    /// (`民主就在…`), not the headline of the commentary under it.
    func testAClauseCutInsideATermIsNoHeadline() {
        let page = """
        海宝珍　做闽宁镇群众的
        “娘家人”

        □ 本报记者　杨宏伟

        海宝珍是闽宁镇的一名基层人大
        代表，常年奔走在群众中间。
        她常说，全过程人民

        □纳建平

        代表建议是人大代表依法履职的
        重要形式，也是联系群众的桥梁。

        民主就在群众身边，代表就要替
        群众说话、为群众办事。
        """
        let doc = Fixtures.document(page)
        XCTAssertFalse(doc.sections.contains { $0.titleLines.contains(8) }, "\(doc.sections.map(\.titleLines))")
        XCTAssertTrue(doc.sections[0].bodyLines.contains(8))
    }
}

/// A magazine page (fixture `s14_title_after_cut_page`, a dev probe's page) whose second essay
/// opens with its byline alone and prints its title after its text, right over the third essay's
/// headline and byline; the first essay's sentence is cut across the page's foot into the second's
/// column.
final class TitleAfterTextTests: XCTestCase {
    /// The heading under the second essay's text titles that essay, not the text: the next
    /// headline titles the byline under it.
    func testAHeadingBetweenATitlelessArticleAndTheNextHeaderIsItsTitle() {
        let doc = Fixtures.guardPage("s14_title_after_cut_page")
        XCTAssertEqual(doc.sections.map(\.title), ["让人大代表“家站点” 成为民意连心桥", "以有力监督助推县域高质量发展",
                                                   "把人大代表建议办成群众满意的“暖心事”", "让基层立法联系点 成为民意“直通车”"])
        XCTAssertEqual(doc.sections[1].titleLines, [66])
        XCTAssertFalse(doc.sections.contains { $0.bodyLines.contains(66) })
        // The first essay's title stays above its byline.
        XCTAssertEqual(doc.sections[0].titleLines, [3, 4])
    }
}

final class SharedTitleBlockTests: XCTestCase {
    /// A magazine page whose first essay's title is printed after it, right over the second
    /// essay's two-line title, with no blank line between: the three lines are headlines (the
    /// middle one is clearly short for the column), and each article takes the lines that share
    /// its wording. The issue head beside a letter-spaced column label is furniture, not the first
    /// essay's title.
    func testAHeadlineBlockBetweenTwoArticlesSplitsByWording() {
        let doc = Fixtures.guardPage("s15_shared_title_block")
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].title, "让代表之家成为群众的“连心桥”")
        XCTAssertEqual(doc.sections[0].titleLines, [20])
        XCTAssertEqual(doc.sections[1].title, "做实专题询问 推动审计整改见底见效")
        XCTAssertEqual(doc.sections[1].titleLines, [21, 22])
        XCTAssertTrue(doc.furnitureLines.contains(1))
        XCTAssertFalse(doc.sections.contains { $0.bodyLines.contains(20) || $0.bodyLines.contains(21) })
    }

    /// A block of two lines with no writer's footer closing the text above it is one headline
    /// wrapped over two lines: its first line may well repeat words of the article above.
    func testATwoLineHeadlineUnderUnclosedTextStaysWhole() {
        let doc = Fixtures.guardPage("s15_shared_title_block") {
            $0.replacingOccurrences(of: "（作者单位：攸县人大常委会）\n\n", with: "").replacingOccurrences(of: "做实专题询问\n", with: "")
        }
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertNil(doc.sections[0].title)
        XCTAssertEqual(doc.sections[1].titleLines, [18, 19])
    }

    /// A headline of three lines that are all about the article under it stays whole, however
    /// untitled the article above.
    func testAHeadlineAboutTheArticleBelowStaysWhole() {
        let doc = Fixtures.guardPage("s15_shared_title_block") {
            $0.replacingOccurrences(of: "让代表之家成为群众的“连心桥”", with: "茶陵县以专题询问为抓手")
        }
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[1].titleLines, [20, 21, 22])
        XCTAssertNil(doc.sections[0].title)
    }
}

/// A narrow column whose paragraphs hold blank lines: a line set apart by them is no subhead when it
/// reports speech or opens with a discourse adverbial, and a picture story's two-part headline over
/// text no wider than the column heads the story its credit closes.
final class NarrowColumnTextLineTests: XCTestCase {
    /// `检查组强调，要压紧压实企`, `据了解，全县现有茶园`: text cut by a blank line, not headings.
    func testReportedSpeechAndDiscourseOpeningsAreNoHeadings() {
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("检查组强调，要压紧压实企")), 0)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("视察组指出，要在标准")), 0)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("据了解，全县现有茶园")), 0)
        // A subhead with one comma still is one.
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("建强阵地，让群众有地方说")), 1)
        XCTAssertTrue(SentenceOpening.opensWithAdverbial(Array("据悉，会议还审议了".unicodeScalars)[...]))
    }

    /// A line opening with a nested quotation mark (`‘直通车’，也是普法的`) is text inside a quotation
    /// that a blank line set apart, never a heading: the photo above it (`图为…` / `马玉兰  摄`) sits in
    /// the article's text and closes no picture story.
    func testANestedQuotationMarkOpensNoHeading() {
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("‘直通车’，也是普法的")), 0)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("‘宣传站’建起来")), 0)
        let doc = Fixtures.document("""
        州人大常委会调研民族团结进步条例实施情况

        记者 马彦龙 通讯员 妥文娟

        8月下旬，州人大常委会调
        研组深入临夏市、和政、广
        河等地，对《临夏回族自治
        州民族团结进步条例》贯彻
        实施情况开展调研。

        调研组历时 5 天，走访 3

        日为“代表接待日”，
        共开展接待活动 86 场
        次，接待群众 2 300
        余人次，收集意见建议
        四百多条，推动解决群
        众急难愁盼问题 270

        件。

        图为群众在锁南镇基层立法联系点参加法律草案征求意见座谈会。
        马玉兰  摄

        ‘直通车’，也是普法的

        ‘宣传站’。”县人大常
        委会法工委负责人介绍，
        近两年来，联系点共开展
        法治宣传活动 150 余场
        次，受益群众 2.6 万人
        次，全过程人民民主的理
        念在山乡深入人心。

        个县市 17 个村（社区），
        召开座谈会 6 场，听取意
        见建议 90 余条。调研组指
        出，要把条例实施同乡村振
        兴、基层治理结合起来，推
        动民族团结进步创建工作往

        深里走、往实里走。
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["州人大常委会调研民族团结进步条例实施情况"])
        XCTAssertFalse(doc.sections.contains { $0.authors == ["马玉兰"] })
    }

    /// Lines a blank line set apart in a narrow column that are no headings: a clause with a comma
    /// ending on a function word (`今年市两会，他带来了`, `畅通民情民意民智渠道，确保党和`), and a line
    /// opening a quotation it does not close (`“代表就要替群众说`). The photo at the page's foot then
    /// closes no picture story under either.
    func testClausesCutOnAFunctionWordAndOpenQuotationsAreNoHeadings() {
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("今年市两会，他带来了")), 0)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("畅通民情民意民智渠道，确保党和")), 0)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("听民声，解民忧")), 1)
        XCTAssertTrue(LineClassifier.opensUnclosedQuote(Array("“代表就要替群众说".unicodeScalars)))
        XCTAssertFalse(LineClassifier.opensUnclosedQuote(Array("“小院议事”议出乡村新风".unicodeScalars)))
        let doc = Fixtures.document("""
        遵义两会特写

        □ 本报记者 赵 敏

        条条记下来。

        “代表就要替群众说

        话。”申仕琼说，她
        希望仡佬族文化在新
        时代焕发新的生机。

        今年市两会，他带来了

        关于完善山羊良种繁育
        体系的建议。“把小山
        羊做成大产业，乡亲们
        的日子才会越过越红火。”

        2月20日，遵义市第六届人民代表大会第三次会议开幕。
        本报记者  王昌华  摄
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["遵义两会特写"])
        XCTAssertEqual(doc.sections.first?.authors, ["赵敏"])
    }

    /// A headline in two lines over a brief's lead in a narrow column, its first line wider than
    /// the column (`市人大常委会开展黑土地保护` / `“一法一条例”执法检查` / `本报讯（张伟东）…`): a headline
    /// spans columns over its byline, text never runs past its own (fixture `s20_spanning_headline_over_brief`).
    func testAHeadlineWiderThanTheColumnOverABriefsLead() {
        let doc = Fixtures.guardPage("s20_spanning_headline_over_brief")
        let brief = doc.sections.first { $0.authors == ["张伟东"] }
        XCTAssertEqual(brief?.titleLines, [79, 80])
        XCTAssertEqual(brief?.title, "市人大常委会开展黑土地保护 “一法一条例”执法检查")
    }

    /// The same with the headline's first line exactly as wide as the column (`焉耆县：“人大代表+网` /
    /// `格员”解民忧` / `本报讯（记者 王新 通讯员 古再丽努尔）…`, fixture `s20_full_width_headline_over_brief`).
    func testAHeadlineAsWideAsTheColumnOverABriefsLead() {
        let doc = Fixtures.guardPage("s20_full_width_headline_over_brief")
        let brief = doc.sections.first { $0.authors == ["王新", "古再丽努尔"] }
        XCTAssertEqual(brief?.titleLines, [40, 41])
    }

    /// A picture story after a brief in a narrow column whose paragraphs hold blank lines, other
    /// briefs' tails printed between (`代表进牧区  宣讲暖人心` / text / blank / `阿依努尔  摄`): its
    /// two-part headline heads it, not a line of reported speech (`检查组强调，要压紧压实企`) or a
    /// quotation's first line (`“小院议事让老百姓的`) that a blank line set apart.
    func testAPictureStorysTwoPartHeadlineOverNarrowText() {
        let doc = Fixtures.document("""
        阜康开展燃气安全执法检查

        记者 赵新华  通讯员 热孜万古丽

        近日，阜康县人大常委会执
        法检查组对全市燃气安全管
        理情况开展执法检查，共检
        查燃气经营企业 6 家、餐
        饮场所 35 家，现场督促整

        实际问题一百五十多件。

        “小院议事让老百姓的

        事由老百姓商量着办，
        全过程人民民主就在我
        们身边。”菜子沟村村
        民刘玉兰说。

        行调研。调研组指出，要持
        续推进林果业提质增效，做
        优做强“昌吉林果”区域公
        用品牌。

        改安全隐患 18 处。

        检查组强调，要压紧压实企

        业主体责任和部门监管责任，
        坚决守牢安全生产底线。

        代表进牧区  宣讲暖人心
        近日，巴里坤县人大代表深入大
        河镇、花园乡的牧业点，用哈萨
        克语、汉语双语宣讲党的二十大
        精神和惠民政策，受到牧民群众
        欢迎。

        阿依努尔  摄

        责任编辑：古丽米拉  版式：张 军  校对：韩 雪
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["阜康开展燃气安全执法检查", "代表进牧区  宣讲暖人心"])
        XCTAssertEqual(doc.sections.last?.authors, ["阿依努尔"])
        XCTAssertTrue(doc.sections.first.map { $0.bodyLines.contains(27) && $0.bodyLines.contains(29) } ?? false)
        XCTAssertTrue(LineClassifier.hasWideGapBetweenParts(ScalarWindow(Array("代表进牧区　宣讲暖人心".unicodeScalars))))
        XCTAssertFalse(LineClassifier.hasWideGapBetweenParts(ScalarWindow(Array("近日， 巴里坤县人大代表".unicodeScalars))))
    }

    /// In a narrow column, a headline over its byline whose second line is as wide as the column
    /// (`永胜:“云上代表之家”` / `让群众诉求“一键直达”` / blank / `■ 张 琼`) is a headline, not a
    /// paragraph of the article printed above it.
    func testAHeadlinesSecondLineAsWideAsTheColumn() {
        let doc = Fixtures.guardPage("s25_full_width_headline_line") { $0 }
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[1].titleLines, [26, 27])
        XCTAssertEqual(doc.sections[1].authors, ["张琼"])
        XCTAssertFalse(doc.sections[0].bodyLines.contains(26))
    }

    /// In a narrow column a headline's second line may be a quoted series (`临颍：让代表履职` /
    /// `“有阵地、有制度、有实效”`): its enumeration commas are the slogan's, so the two lines are one
    /// headline over the byline. A quotation the line leaves open (`“党委领导、人大决`) is text.
    func testAQuotedSeriesEndsAWrappedHeadline() {
        let doc = Fixtures.document("""
        漯河人大
        2024年10月28日  星期一
        第 2 版  综合新闻


        临颍：让代表履职
        “有阵地、有制度、有实效”

        □ 本报记者 孙 洁

        10月18日，临颍县人大常委
        会召开全县人大代表工作推
        进会，总结交流代表工作经
        验，安排部署下一阶段工作。
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].titleLines, [6, 7])
        XCTAssertEqual(doc.sections[0].authors, ["孙洁"])
        func holds(_ s: String) -> Bool { LineClassifier.holdsPunctuationOutsideQuotedSeries(ScalarWindow(Array(s.unicodeScalars))) }
        XCTAssertFalse(holds("“有阵地、有制度、有实效”"))
        XCTAssertTrue(holds("全盟各级人大严格按照“党委领导、人大决"))
        XCTAssertTrue(holds("有阵地、有制度"))
        XCTAssertTrue(holds("“有阵地，有制度”"))
    }
}
