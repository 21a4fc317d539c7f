@testable import Corpus
import XCTest

/// Pages saved from news sites: a headline with a header of `来源：… 作者：… 时间：…` lines, above or
/// below it, then the text; several such articles may share a file.
final class WebExportLayoutTests: XCTestCase {
    func testARunningHeadAfterAPageBreakIsFurnitureAndTheSentenceGoesOn() {
        let doc = Fixtures.document(
            "人大视窗    巴中日报  2024年5月10日 星期五  第3版\n\n巴州区人大常委会视察城市更新项目\n\n本报记者 刘洋\n\n"
            + "5月8日，巴州区人大常委会组织区人大代表视察城市更新项目。目前已开工35个，完\n"
            + "\u{0C}巴中日报  2024年5月10日 星期五  第4版    人大视窗\n\n工率达83.3%。\n")
        XCTAssertEqual(doc.furnitureLines, [1, 8])
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].bodyLines, [7, 10])
        XCTAssertTrue(doc.analysisText(of: doc.sections[0]).string.hasSuffix("完工率达83.3%。"))
        XCTAssertEqual(doc.leftoverLines, [])
    }

    /// A bare role (`作者：通讯员　NAME`, `本报讯（记者 NAME 通讯员 NAME）`) yields to the writer's
    /// footer, not to the site's 来源 line; without a footer the first role printed is the office,
    /// as a paper's reporter's (`本报记者`) is.
    func testABareRoleYieldsToTheFooterAndIsTheOfficeWithoutOne() {
        let doc = Fixtures.document("""
        林东镇：民生实事“票”选出来

        来源：巴林左旗人大常委会

        作者：通讯员　鲍庆丰

        今年以来，林东镇人大主席团全面推行民生实事项目代表票决制，票决产生民生实事项目8件。

        （作者系巴林左旗林东镇人大主席团专职副主席）

        吉木萨尔县人大常委会视察北庭故城遗址保护工作

        本报讯（记者 马晓蓉 通讯员 李建平）近日，吉木萨尔县人大常委会组织部分人大代表视察北庭故城遗址保护工作。

        代表风采

        □ 本报记者　苏晓梅

        马桂琴是呼图壁县人大代表，多年来扎根基层，为群众办实事。
        """)
        XCTAssertEqual(doc.sections.map(\.authors), [["鲍庆丰"], ["马晓蓉", "李建平"], ["苏晓梅"]])
        XCTAssertEqual(doc.sections.map(\.office), ["巴林左旗林东镇人大主席团专职副主席", "记者", "本报记者"])
        XCTAssertTrue(BylineParts.isBareRole("通讯员"))
        XCTAssertFalse(BylineParts.isBareRole("本刊通讯员"))
    }

    /// A site's counter in short (`浏览：2 056`, `点击：318`) is one of its header's fields: the line
    /// of fields names the writer, and is no headline.
    func testAShortCounterIsAHeaderField() {
        let doc = Fixtures.document("""
        凉山州人大常委会专题视察农村饮水安全工作

        时间：2023-08-10 | 来源：州人大常委会办公室 | 作者：吉克阿依 | 浏览：2 056

        8月7日至9日,州人大常委会副主任带队,组织部分州人大代表开展专题视察。
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["凉山州人大常委会专题视察农村饮水安全工作"])
        XCTAssertEqual(doc.sections.map(\.authors), [["吉克阿依"]])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5]])
    }

    func testAGovernmentSitePageKeepsOnlyItsArticle() {
        let doc = Fixtures.document("""
        首页 > 人大要闻 > 县区动态

        安州区人大常委会视察全区重点项目建设情况

        发布时间：2024-06-18 10:20:31  信息来源：安州区人大常委会办公室  浏览次数：1234  【字体：大 中 小】

        6月14日，绵阳市安州区人大常委会主任杨志刚带领区人大代表，对全区重点项目建设情况进行视察。

        【打印本页】 【关闭窗口】

        Copyright © 2024 绵阳市安州区人大常委会 版权所有  蜀ICP备12345678号-1
        地址：绵阳市安州区花荄镇 电话：0816-4321234
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].title, "安州区人大常委会视察全区重点项目建设情况")
        XCTAssertEqual(doc.sections[0].bodyLines, [7])
        XCTAssertEqual(doc.furnitureLines, [1, 5, 9, 11, 12])
        XCTAssertEqual(doc.leftoverLines, [])
    }

    /// Two articles saved from one site: each under the site's name and menu on one line, the
    /// second with its reporter and correspondent among its metadata fields. Both are sections;
    /// the menus (which name 人大代表 and 全过程人民民主) and the font buttons are furniture.
    func testTwoArticlesOfOneSiteWithMenusAfterTheSiteName() {
        let doc = Fixtures.document("""
        内蒙古人大网　　首页　新闻中心　立法工作　监督工作　人大代表　全过程人民民主　专题专栏
        海南区人大常委会专题调研黄河流域生态保护工作
        作者：郝建军、白晓燕
        【大】【中】【小】　　【打印】　　【关闭】
        6月下旬，乌海市海南区人大常委会组成调研组，对全区黄河流域生态保护工作开展专题调研。
        内蒙古人大网　　首页　新闻中心　立法工作　监督工作　人大代表　全过程人民民主　专题专栏
        鄂伦春旗：“猎民议事会”议出兴边富民新路子
        稿件来源：呼伦贝尔日报　　记者：关晓梅　　通讯员：莫日根　　发布时间：2023年07月04日
        【大】【中】【小】　　【打印】　　【关闭】
        在大兴安岭南麓的鄂伦春旗托扎敏乡，每月一次的“猎民议事会”已经成为当地群众表达诉求的平台。
        """)
        XCTAssertEqual(doc.sections.map(\.titleLines), [[2], [7]])
        XCTAssertEqual(doc.sections.map(\.authors), [["郝建军", "白晓燕"], ["关晓梅", "莫日根"]])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5], [10]])
        XCTAssertEqual(doc.furnitureLines, [1, 4, 6, 9])
    }

    func testLongHeadlinesOnOneOrTwoLines() {
        let body = "12月6日，南充市人大常委会举行理论学习中心组学习会，深入学习贯彻习近平总书记关于坚持和完善人民代表大会制度的重要思想。"
        let one = Fixtures.document("县人大常委会召开十八届人大常委会第十四次会议 听取审议县政府关于环境保护目标完成情况的报告\n\n本报记者 刘洋\n\n\(body)\n")
        XCTAssertEqual(one.sections.map(\.title), ["县人大常委会召开十八届人大常委会第十四次会议 听取审议县政府关于环境保护目标完成情况的报告"])
        let two = Fixtures.document("深入学习贯彻习近平总书记关于坚持和完善人民代表大会\n制度的重要思想 奋力谱写新时代地方人大工作新篇章\n\n本报记者 刘洋\n\n\(body)\n\n\(body)\n")
        XCTAssertEqual(two.sections.count, 1)
        XCTAssertEqual(two.sections[0].titleLines, [1, 2])
        XCTAssertEqual(two.sections[0].bodyLines, [6, 8])
    }

    func testHeadlineAboveTheHeaderIsTheTitle() {
        let doc = Fixtures.document("""
        代表履职在基层 全过程人民民主生动实践

        来源：中国人大网
        作者：张伟 李娜

            近年来，某县人大常委会深入践行全过程人民民主。
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].title, "代表履职在基层 全过程人民民主生动实践")
        XCTAssertEqual(doc.sections[0].authors, ["张伟", "李娜"])
        XCTAssertEqual(doc.sections[0].bodyLines, [6])
        XCTAssertEqual(doc.furnitureLines, [3])
        XCTAssertEqual(doc.leftoverLines, [])
    }

    func testHeadlineBelowTheHeaderIsTheTitle() {
        let doc = Fixtures.document("""
        来源：中国人大网
        作者：张伟 李娜
        编辑：王芳
        时间：2024-03-15 09:30

        全过程人民民主生动实践

            近年来，某县人大常委会深入践行全过程人民民主。
            县人大常委会主任表示，要把工作落到实处。
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].title, "全过程人民民主生动实践")
        XCTAssertEqual(doc.sections[0].titleLines, [6])
        XCTAssertEqual(doc.sections[0].bodyLines, [8, 9])
        XCTAssertEqual(doc.leftoverLines, [])
    }

    /// In print, a heading under a byline belongs to the text (a subhead), never the title; an
    /// untitled print section keeps it in its body too.
    func testHeadingUnderAPrintBylineStaysInTheBody() {
        for (text, title) in [("标题在上\n\n■ 王明（江苏）\n\n坚持党的领导\n\n    某县人大常委会坚持党的领导。\n", "标题在上"),
                              ("■ 王明（江苏）\n\n坚持党的领导\n\n    某县人大常委会坚持党的领导。\n", nil)] {
            let doc = Fixtures.document(text)
            XCTAssertEqual(doc.sections.count, 1, text)
            XCTAssertEqual(doc.sections[0].title, title, text)
            XCTAssertTrue(doc.sections[0].bodyLines.contains(5) || doc.sections[0].bodyLines.contains(3), text)
            XCTAssertFalse(doc.sections[0].titleLines.contains(3) || doc.sections[0].titleLines.contains(5), text)
        }
    }

    func testTwoArticlesWithHeaders() {
        let doc = Fixtures.document("""
        人大代表进社区 听民声解民忧

        来源：安吉新闻网  时间：2024-03-15

            近日，某县人大代表走进社区，倾听群众呼声。

        县人大常委会开展执法检查

        来源：安吉新闻网
        作者：王强
        时间：2024-03-16

            3月16日，某县人大常委会组织开展执法检查。
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["人大代表进社区 听民声解民忧", "县人大常委会开展执法检查"])
        XCTAssertEqual(doc.sections.map(\.authors), [[], ["王强"]])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5], [13]])
        XCTAssertEqual(doc.leftoverLines, [])
    }

    /// A heading followed by nothing but header lines (`责任编辑：…` at the end of a page) is not a
    /// title of anything: it stays text of the section above.
    func testHeadingFollowedOnlyByHeaderLinesStaysText() {
        let doc = Fixtures.document("""
        第一篇文章的标题

        ■ 李强（浙江）

        人大工作要坚持党的领导。人大代表要密切联系群众，倾听群众呼声，反映群众意愿。

        发展全过程人民民主，人大代表在行动

        责任编辑：王芳
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(Set(doc.sections[0].bodyLines), [5, 7])
        XCTAssertEqual(doc.furnitureLines, [9])
    }

    /// A magazine page: a running head with the issue number is furniture, and the editor's note
    /// under it stands alone instead of opening the first article.
    func testRunningHeadAndEditorsNote() {
        let doc = Fixtures.document("""
        2023年第6期                                      人民之声

        编者按：基层人大是践行全过程人民民主的前沿阵地。本期刊发一组来自基层的报道。

        乡镇人大“小阵地”激活“大民主”

        ■ 韦丽华（广西）

        三江侗族自治县人大常委会指导全县乡镇人大开展“民生议事日”活动。
        """)
        XCTAssertEqual(doc.furnitureLines, [1])
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, [3])
        XCTAssertNil(doc.sections[0].byline)
        XCTAssertEqual(doc.sections[1].title, "乡镇人大“小阵地”激活“大民主”")
        XCTAssertEqual(doc.sections[1].bodyLines, [9])
    }

    /// An editor's note on the one article under it (`本期刊发…的思考文章`) opens that article: its
    /// phrases are that county's.
    func testAnEditorsNoteOnOneArticleOpensIt() {
        let doc = Fixtures.document("""
        2023年第6期                                      人民之声

        编者按：县级人大处在践行全过程人民民主的第一线。本期刊发三江县人大常委会主要负责同志的思考文章，供读者参考。

        乡镇人大“小阵地”激活“大民主”

        ■ 韦丽华（广西）

        三江侗族自治县人大常委会指导全县乡镇人大开展“民生议事日”活动。
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].bodyLines, [3, 9])
        XCTAssertEqual(doc.sections[0].authors, ["韦丽华"])
        XCTAssertFalse(SectionAssembler.introducesGroup(doc.sections[0], doc.source))
    }

    /// A note naming the several places whose pieces follow introduces a group: it stands alone.
    func testAnEditorsNoteNamingSeveralPlacesStandsAlone() {
        let doc = Fixtures.document("""
        2023年第6期                                      人民之声

        编者按：本期聚焦代表联络站建设，刊发来自太湖、宿松、望江的经验做法。

        乡镇人大“小阵地”激活“大民主”

        ■ 韦丽华（安徽）

        太湖县人大常委会指导全县乡镇人大开展“民生议事日”活动。
        """)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, [3])
        XCTAssertNil(doc.sections[0].byline)
    }

    /// A series' note over its first piece (`…推出“议事在基层”系列报道，首篇聚焦泾县`) opens that piece,
    /// while a series' note announcing no piece under it stands alone.
    func testASeriesNoteOverItsFirstPieceOpensIt() {
        func page(_ note: String) -> Document {
            Fixtures.document("""
            2024年第3期                                      人民之声

            【编者按】\(note)

            泾县：议事会开到百姓家门口

            □ 本报记者　方晓东

            泾县人大常委会在全县推行“民生议事会”，让群众事群众议。
            """)
        }
        let first = page("本刊今起推出“议事在基层”系列报道，首篇聚焦泾县，敬请关注。")
        XCTAssertEqual(first.sections.count, 1)
        XCTAssertEqual(first.sections[0].bodyLines, [3, 9])
        XCTAssertFalse(SectionAssembler.introducesGroup(first.sections[0], first.source))
        let series = page("本刊今起推出“议事在基层”系列报道，敬请关注。")
        XCTAssertEqual(series.sections.count, 2)
        XCTAssertEqual(series.sections[0].bodyLines, [3])
    }

    /// A page's first article sent on to another page (`（下转第2版）`), then an editor's note on the
    /// next piece: the note is no text of the first article, and the line over the jump line is the
    /// cut text's last, however short.
    func testTextAfterAJumpLineIsAnotherPiece() {
        let doc = Fixtures.document("""
        州人大常委会部署开展代表建议提质年活动

        □ 本报记者　杨再芬

        本报讯　近日，州人大常委会召开会议，部署
        开展代表建议提质年活动，坚持交办、督办、
        评办三办联动，推动一府一委两院把代表建
        议办理与
        （下转第2版）

        【编者按】本期我们走近省人大代表、黎平县
        德凤街道社区卫生服务中心护士长吴培英，讲
        述她依法履职、为民代言的故事。

        吴培英：把群众的“急难愁盼”写进代表建议

        □ 本报记者　潘玉婵

        清晨七点，吴培英已经在社区卫生服务中心忙
        碌起来。作为省人大代表，她把群众的心声带
        到会场。
        """)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, [5, 6, 7, 8])
        XCTAssertTrue(doc.furnitureLines.contains(9))
        XCTAssertTrue(Set([11, 12, 13, 19]).isSubset(of: doc.sections[1].bodyLines))
    }

    func testLinksListedUnderARecommendationAreFurniture() {
        let doc = Fixtures.document("""
        江油市人大常委会开展执法检查

        来源：江油市人大常委会办公室

        6月17日，市人大常委会副主任李红带领执法检查组开展执法检查。
        往期推荐
        江油市人大常委会召开第十八次会议
        市人大代表视察重点项目建设

        阅读原文
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].bodyLines, [5])
        XCTAssertEqual(doc.furnitureLines, [3, 6, 7, 8, 10])
        XCTAssertFalse(doc.analysisText(of: doc.sections[0], includeTitle: true).string.contains("第十八次会议"))
    }

    func testAnArticleAfterARecommendationLeadKeepsItsHeadline() {
        // A headline followed by its byline or its text opens an article: the list ends before it.
        let doc = Fixtures.document("""
        推荐阅读

        代表联络站建起来

        ■ 王芳（四川）

        近年来，县人大常委会推进代表联络站建设。
        """)
        XCTAssertEqual(doc.furnitureLines, [1])
        XCTAssertEqual(doc.sections.map(\.title), ["代表联络站建起来"])
        XCTAssertEqual(doc.sections.first?.authors, ["王芳"])
        // Nor is a headline with a subtitle under it a listed link.
        let sub = Fixtures.document("推荐阅读\n\n代表联络站建起来\n\n——县人大常委会推进阵地建设纪实\n\n■ 王芳（四川）\n\n近年来，县人大常委会推进代表联络站建设。\n")
        XCTAssertEqual(sub.furnitureLines, [1])
        XCTAssertEqual(sub.sections.first?.authors, ["王芳"])
        XCTAssertTrue(sub.sections.first?.title?.hasPrefix("代表联络站建起来") ?? false)
    }

    func testAWeChatOriginalHeaderIsFurniture() {
        let doc = Fixtures.document("""
        贺兰县人大常委会开展“人大代表接待日”活动
        原创 贺兰人大 贺兰县人大常委会 2024年05月20日 18:30 宁夏
        作者：马晓东 杨帆

        5月18日，贺兰县人大常委会组织代表开展集中接待活动。
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["贺兰县人大常委会开展“人大代表接待日”活动"])
        XCTAssertEqual(doc.sections.first?.authors, ["马晓东", "杨帆"])
        XCTAssertTrue(doc.furnitureLines.contains(2))
    }

    /// A signed original's header names its author after 原创, then the account: it is the byline.
    func testAWeChatOriginalHeaderWithAnAuthorIsTheByline() {
        let doc = Fixtures.document("""
        华宁县人大常委会开展抚仙湖保护专题调研
        原创　李春燕　华宁县人大　2024年09月20日 18:30　云南
        点击蓝字　关注我们

        9月18日，华宁县人大常委会组成调研组，深入青龙镇开展专题调研。
        """)
        XCTAssertEqual(doc.sections.first?.authors, ["李春燕"])
        XCTAssertEqual(doc.sections.first?.byline?.line, 2)
        XCTAssertEqual(doc.sections.first?.bodyLines, [5])
        // The account alone (its nickname, then its name), or a nickname that is no person's: furniture.
        for line in ["原创 贺兰人大 贺兰县人大常委会 2024年05月20日 18:30 宁夏", "原创 华宁人大 2024年09月20日 18:30 云南"] {
            XCTAssertEqual(BylineRecognizer().recognize(LineScalars(line))?.kind, .metadata, line)
        }
    }

    func testEndMarksCloseTheArticle() {
        // `（完）` alone is furniture; after the last sentence it ends that sentence, so the reading
        // order is not repaired across it.
        let alone = Fixtures.document("安吉县人大常委会召开常委会会议\n\n本报记者 王芳\n\n3月5日，安吉县人大常委会召开会议。\n\n会议要求，要坚持全过程人民民主。\n\n（完）\n")
        XCTAssertEqual(alone.furnitureLines, [9])
        XCTAssertEqual(alone.sections.first?.bodyLines, [5, 7])
        let inline = Fixtures.document("安吉县人大常委会召开常委会会议\n\n本报记者 王芳\n\n3月5日，安吉县人大常委会召开会议。会议要求，要坚持全过程人民民主。（完）\n\n"
                                       + "德清县人大代表视察乡村振兴工作\n\n本报记者 李强\n\n近日，德清县人大代表视察乡村振兴工作。\n")
        XCTAssertEqual(inline.joins.count, 0)
        XCTAssertEqual(inline.sections.map(\.bodyLines), [[5], [11]])
        for line in ["——完——", "(全文完)", "-完-"] {
            XCTAssertEqual(BylineRecognizer().recognize(LineScalars(line))?.kind, .metadata, line)
        }
    }

    func testAQuestionOverABylineIsAHeadline() {
        let doc = Fixtures.document("代表建议办得怎么样？\n\n记者 泽郎卓玛\n\n今年，红原县人大常委会开展代表建议办理“回头看”。\n")
        XCTAssertEqual(doc.sections.map(\.title), ["代表建议办得怎么样？"])
        XCTAssertEqual(doc.sections.first?.bodyLines, [5])
        // A question in the text (`问：…？`, or one with no byline after it) stays text.
        let qa = Fixtures.document("代表建议办理回头看\n\n记者 泽郎卓玛\n\n问：为什么要开展“回头看”？\n\n答：为了让建议落地。\n")
        XCTAssertEqual(qa.sections.first?.bodyLines, [5, 7])
        let text = Fixtures.document("代表建议办理回头看\n\n记者 泽郎卓玛\n\n今年开展了“回头看”。\n\n效果怎么样？\n\n代表们很满意。\n")
        XCTAssertEqual(text.sections.first?.bodyLines, [5, 7, 9])
    }

    func testBreadcrumbsDatelinesDottedPageNumbersAndAdoptionNotes() {
        let r = BylineRecognizer()
        for line in ["今日宁海 2024年5月22日 A3", "宁海新闻 2024年5月22日 A03版", "徐州日报·丰县新闻 第4版", "首页 > 人大新闻 > 基层动态", "当前位置：首页 » 工作动态 » 县区动态", "首页 › 基层动态", "您现在的位置：首页>>新闻中心", "您当前的位置：首页 > 工作动态 > 代表工作", "·12·", "• 46 •", "2024年6月28日", "2024年6月28日 星期五"] {
            XCTAssertEqual(r.recognize(LineScalars(line))?.kind, .metadata, line)
        }
        // A date in a sentence, or a dotted label, is not furniture.
        XCTAssertNil(r.recognize(LineScalars("2024年6月28日，县人大常委会召开会议。")))
        XCTAssertNil(r.recognize(LineScalars("·履职故事·")))
        XCTAssertNil(r.recognize(LineScalars("县人大常委会 第4版")))
        XCTAssertNil(r.recognize(LineScalars("2024年5月22日 A3栋会议室")))
        // A resolution's adoption note goes with its title, which stays whole.
        let doc = Fixtures.document("""
        平江县人民代表大会常务委员会
        关于加强县级预算审查监督的决定

        （2024年4月25日平江县第十八届人民代表大会常务委员会第十九次会议通过）

        为进一步加强县人大常委会对政府预算的审查监督，作出如下决定。
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertTrue(doc.sections[0].title?.hasPrefix("平江县人民代表大会常务委员会") ?? false, doc.sections[0].title ?? "-")
        XCTAssertTrue(doc.sections[0].title?.contains("会议通过") ?? false)
        XCTAssertEqual(doc.furnitureLines, [])
    }

    /// A column label between two pieces (`【人大代表风采】`) was text of the piece above it, and a
    /// label after a byline mark (`■ 基层动态`) was read as its author.
    func testColumnLabelsAreNeitherTextNorAuthors() {
        let r = BylineRecognizer()
        for line in ["【人大代表风采】", "◆履职故事◆", "■ 基层动态 ■"] {
            XCTAssertEqual(r.recognize(LineScalars(line))?.kind, .metadata, line)
        }
        XCTAssertNil(r.recognize(LineScalars("■ 基层动态")))
        // A longer bracketed line is a subhead, counted.
        XCTAssertNil(r.recognize(LineScalars("【践行全过程人民民主】")))
        XCTAssertNil(r.recognize(LineScalars("■履职故事")))
        XCTAssertEqual(r.recognize(LineScalars("■ 欧阳明辉"))?.byline.authors, ["欧阳明辉"])
        XCTAssertEqual(r.recognize(LineScalars("□赖文"))?.byline.authors, ["赖文"])
        let doc = Fixtures.document("""
        尤溪县召开人大代表座谈会

        本报记者 邱文斌

        5月20日，尤溪县人大常委会召开座谈会，听取代表意见建议。

        【人大代表风采】

        将乐县：一条“断头路”的打通记

        本报记者 廖志明

        将乐县高唐镇常口村至南口村之间，曾经有一条“断头路”，今年4月正式通车。
        """)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5], [13]])
        XCTAssertEqual(doc.furnitureLines, [7])
    }

    /// A pre-title (引题) over the page's first headline was furniture, its text uncounted; so was
    /// the first line of a headline split by a blank line. A column label there stays furniture.
    func testAPreTitleOverTheFirstHeadlineIsPartOfItsTitle() {
        let doc = Fixtures.document("""
        践行全过程人民民主 推动民生实事落地见效

        岳池县人大票决民生实事项目“件件有着落”

        记者 唐小兵 通讯员 蒋丽华 报道

        今年初，岳池县十八届人大四次会议以无记名投票方式，票决产生10件县级民生实事项目。
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["践行全过程人民民主 推动民生实事落地见效 岳池县人大票决民生实事项目“件件有着落”"])
        XCTAssertEqual(doc.sections.map(\.titleLines), [[1, 3]])
        XCTAssertEqual(doc.furnitureLines, [])
        let labelled = Fixtures.document("人大视窗\n\n岳池县人大票决民生实事项目\n\n记者 唐小兵\n\n今年初，岳池县票决产生10件县级民生实事项目。\n")
        XCTAssertEqual(labelled.sections.map(\.title), ["岳池县人大票决民生实事项目"])
        XCTAssertEqual(labelled.furnitureLines, [1])
    }

    /// A banner letter-spaced over a headline printed plain (`奋 进 新 征 程 　 建 功 新 时 代`) is the
    /// page's theme, furniture, not a pre-title; a pre-title printed plain still is one, and so is a
    /// letter-spaced one over a letter-spaced headline (the same type).
    func testALetterSpacedBannerOverAPlainHeadlineIsNoPreTitle() {
        let doc = Fixtures.guardPage("s9_banner_over_title")
        XCTAssertEqual(doc.sections.map(\.title), ["神木市人大：“代表夜校”讲到群众心坎上"])
        XCTAssertEqual(doc.sections.map(\.titleLines), [[5]])
        XCTAssertTrue(doc.furnitureLines.contains(3), "\(doc.furnitureLines)")
        let spaced = Fixtures.document("奋 进 新 征 程 　 建 功 新 时 代\n\n代 表 夜 校 讲 到 群 众 心 坎 上\n\n记者 刘海涛\n\n今年以来，神木市人大常委会开办“代表夜校”，组织代表宣讲政策法规80余场次。\n")
        XCTAssertEqual(spaced.sections.map(\.titleLines), [[1, 3]])
        // Right over the headline, with no blank line between, the label is no part of it.
        let tight = Fixtures.document("锡林郭勒日报　　2023年7月14日　星期五　　　　　　第4版\n\n人 大 代 表 风 采\n乌日娜 做牧民的贴心人\n\n□ 本报记者　巴特尔\n\n盛夏的草原上，县人大代表乌日娜正在牧户家中了解情况。\n")
        XCTAssertEqual(tight.sections.map(\.title), ["乌日娜 做牧民的贴心人"])
        XCTAssertTrue(tight.furnitureLines.contains(3), "\(tight.furnitureLines)")
        // A magazine printing its titles after their articles, a letter-spaced column label under its
        // running head: each title goes to the article above it (the label was the first's title,
        // and every title moved down by one).
        let after = Fixtures.guardPage("s9_label_titles_after")
        XCTAssertEqual(after.sections.map(\.titleLines), [[13], [23]])
        XCTAssertEqual(after.sections.map(\.title), ["以专题询问提升监督实效", "让代表之家成为民意“会客厅”"])
        XCTAssertTrue(after.furnitureLines.contains(3))
        XCTAssertTrue(LineClassifier.isLetterSpaced(Array("学 习 贯 彻 党 的 二 十 大 精 神".unicodeScalars)[...]))
        XCTAssertFalse(LineClassifier.isLetterSpaced(Array("学习 贯彻 党的 二十大 精神".unicodeScalars)[...]))
        XCTAssertFalse(LineClassifier.isLetterSpaced(Array("人 大 代".unicodeScalars)[...]))
    }

    /// In a narrow column a headline and its byline wrap: the byline's last name alone on the next
    /// line (`…通讯员 任` / `晓辉`) was lost and became the title.
    func testAHeadlineAndABylineWrappedInANarrowColumn() {
        let doc = Fixtures.document("""
        孟津区人大常委会开
        展黄河生态保护执法检查

        记者 郭红艳 通讯员 任
        晓辉

        6月12日，孟津区人大常委
        会执法检查组对黄河保护法贯
        彻实施情况开展执法检查，部
        分区人大代表参加。

        检查组要求，要牢固树立生态
        优先理念，推动黄河流域生态
        保护和高质量发展。
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections.first?.authors, ["郭红艳", "任晓辉"])
        XCTAssertEqual(doc.sections.first?.titleLines, [1, 2])
        XCTAssertEqual(doc.sections.first?.title, "孟津区人大常委会开展黄河生态保护执法检查")
        XCTAssertEqual(doc.sections.first?.bodyLines, Array(7...14).filter { $0 != 11 })
        XCTAssertEqual(doc.sections.first?.region?.county, "孟津区")
        // A role at the end of the first line, its name on the second.
        let two = Fixtures.document("孟津区人大常委会开\n展黄河生态保护执法检查\n\n记者 郭红艳 通讯员\n李强\n\n6月12日，孟津区人大常委\n会执法检查组开展执法检查，部\n分区人大代表参加。\n")
        XCTAssertEqual(two.sections.first?.authors, ["郭红艳", "李强"])
    }

    func testMagazineRunningHeadsWithALatinName() {
        let r = BylineRecognizer()
        for line in ["浙江人大 ZHEJIANG RENDA    2024年第6期", "人民之声 VOICE OF THE PEOPLE 2024.4", "人大研究 2024年4月"] {
            XCTAssertEqual(r.recognize(LineScalars(line))?.kind, .metadata, line)
        }
        XCTAssertNil(r.recognize(LineScalars("2024年4月，县人大常委会召开会议。")))
        XCTAssertNil(r.recognize(LineScalars("增长3.5个百分点")))
    }

    func testABracketAfterTheLastSentenceEndsItAndAnAdoptionNoteInTheTextStaysText() {
        // `…。（数据来源：…）` and `…。（摘编）` end their sentence: nothing is joined across them.
        let doc = Fixtures.document("""
        安吉县人大常委会开展代表接待活动

        本报记者 王芳

        今年以来，全县代表共接待群众1200人次。（数据来源：县人大常委会办公室）

        代表们认真听取意见，逐一登记转办。（摘编）
        """)
        XCTAssertEqual(doc.joins.count, 0)
        XCTAssertEqual(doc.sections.first?.bodyLines, [5, 7])
        // An appointment list's adoption note under a heading inside an article does not join the
        // article's title.
        let list = Fixtures.document("""
        汝城县人大常委会举行宪法宣誓仪式

        记者 朱慧敏

        8月30日，汝城县人大常委会举行宪法宣誓仪式。

        汝城县人民代表大会常务委员会任免名单

        （2024年8月30日汝城县第十八届人民代表大会常务委员会第二十次会议通过）

        任命李卫东为县人民政府办公室主任。
        """)
        XCTAssertEqual(list.sections.first?.title, "汝城县人大常委会举行宪法宣誓仪式")
    }

    func testAReferenceListEndsThePaperInOrder() {
        let doc = Fixtures.document("""
        县级人大常委会加强备案审查工作的实践与思考

        □ 王建国

        【摘要】备案审查是宪法法律赋予人大常委会的重要职权。

        一是完善工作机制，二是推进信息化建设。

        参考文献：
        [1] 梁鹰.备案审查制度若干问题探讨[J].地方立法研究,2019(6):1-15.
        [2] 王锴.合宪性、合法性、适当性审查的区别与联系[J].中国法学,2019(1):5-24.
        """)
        XCTAssertEqual(doc.joins.count, 0)
        XCTAssertEqual(doc.sections.first?.bodyLines, [5, 7, 9, 10, 11])
    }

    /// A WeChat export whose account line gives the poster's province (`新化人大 2024-06-12 18:30
    /// 湖南`), fields parted by bars (`来源 | …`, `作者 | …`), `END` alone and `审核：… 责编：…`: all
    /// furniture but the writer, so the headline titles the text.
    func testAWeChatExportWithBarredFieldsAndAProvinceAfterTheTime() {
        let doc = Fixtures.document("""
        点击蓝字 关注我们
        新化县人大常委会开展优化营商环境专题询问
        新化人大 2024-06-12 18:30 湖南
        来源 | 新化县人大常委会办公室
        作者 | 刘建国
        编辑 | 王丽萍
        6月10日，新化县人大常委会召开第二十次会议，对全县优化营商环境工作开展专题询问。
        会上，常委会组成人员和部分县人大代表围绕企业开办、融资服务等问题提出询问。
        END
        往期推荐
        新化县人大常委会召开主任会议
        审核：李四  责编：赵六
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["新化县人大常委会开展优化营商环境专题询问"])
        XCTAssertEqual(doc.sections.first?.authors, ["刘建国"])
        XCTAssertEqual(Array(doc.sections.first!.bodyLines.prefix(2)), [7, 8])
        XCTAssertTrue(Set([1, 3, 4, 6, 9, 10, 12]).isSubset(of: Set(doc.furnitureLines)), "\(doc.furnitureLines)")
        let furniture = BylineRecognizer()
        for line in ["新化人大 2024-06-12 18:30 湖南", "新化人大 2024年06月12日 18:30", "END", "- END -"] {
            XCTAssertEqual(furniture.recognize(LineScalars(line))?.kind, .metadata, line)
        }
        // A WeChat export's closing credit `文字：NAME` names the writer; `图片：NAME` no author.
        XCTAssertEqual(furniture.recognize(LineScalars("文字：马晓军"))?.byline.authors, ["马晓军"])
        XCTAssertEqual(furniture.recognize(LineScalars("文字：马晓军  图片：李强"))?.byline.authors, ["马晓军"])
        // A paper's name and a full date head the page without a page number.
        XCTAssertEqual(furniture.recognize(LineScalars("朝阳日报　2024年7月11日　人大视窗"))?.kind, .metadata)
        // A timestamp before the fields (人民网, government sites) and `分享到：` are furniture too.
        for line in ["2024年06月12日09:01 | 来源：人民网－人民日报", "2024-06-12 09:30:12 来源：新化县人民政府网", "分享到："] {
            XCTAssertEqual(furniture.recognize(LineScalars(line))?.kind, .metadata, line)
        }
        for line in ["会议于2024-06-12 18:30召开", "完", "2024年5月10日：县人大常委会召开会议", "2024年，县人大常委会来源广泛"] {
            XCTAssertNil(furniture.recognize(LineScalars(line)), line)
        }
    }

    /// A WeChat post that ends with a prompt to like it (`点击“在看”，让更多人看到`): the prompt is
    /// furniture, so the page does not end with a heading, is no page of titles printed after their
    /// articles, and keeps the title over its text.
    func testAWeChatPromptAtTheEndIsFurnitureAndTheTitleStays() {
        let page = """
        金坛区人大常委会：为茶叶产业发展“出点子”

        金坛人大　2025年06月18日 18:30　江苏

        6月中旬，金坛区人大常委会组织部分常委会组成人员和区人大代表，深入薛埠镇等地，对全区茶叶产业发展情况开展视察。

        ▲视察组在茶园了解种植情况

        视察组建议，要加快品种更新，完善产销对接机制，培育区域公用品牌。
        撰稿｜周丽华　摄影｜钱建军
        编辑｜顾　敏　审核｜沈志刚

        点击“在看”，让更多人看到
        """
        assertWeChatFoot(page, title: "金坛区人大常委会：为茶叶产业发展“出点子”", chromeLine: 13,
                         chrome: ["点击“在看”，让更多人看到", "点个“在看”吧", "点亮“在看”，一起关注代表履职"],
                         text: ["点击查看详情", "点评会上，代表们纷纷发言", "点击率逐年提高的原因有很多方面需要认真研究分析总结"])
    }

    /// On a WeChat page whose foot holds chrome: the title stays, line `chromeLine` is furniture, and
    /// the byline recognizer reads each of `chrome` as metadata and each of `text` as no header.
    func assertWeChatFoot(_ page: String, title: String, chromeLine: Int, chrome: [String], text: [String],
                          file: StaticString = #filePath, line: UInt = #line) {
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.title), [title], file: file, line: line)
        XCTAssertTrue(doc.furnitureLines.contains(chromeLine), "\(doc.furnitureLines)", file: file, line: line)
        let recognizer = BylineRecognizer()
        for c in chrome { XCTAssertEqual(recognizer.recognize(LineScalars(c))?.kind, .metadata, c, file: file, line: line) }
        for t in text { XCTAssertNil(recognizer.recognize(LineScalars(t)), t, file: file, line: line) }
    }

    /// A WeChat post's read count at its foot (`阅读原文　　阅读 1326`) is furniture too: left as a
    /// heading it made the page end with one, and the post's title (`县人大常委会开展…`) became furniture.
    func testAWeChatReadCountAtTheEndIsFurnitureAndTheTitleStays() {
        let page = """
        县人大常委会开展农村饮水安全专题询问

        陵水人大　2025年09月05日 18:20　海南

        点击上方蓝字　关注我们

        9月4日，陵水县人大常委会召开会议，就全县农村饮水安全工作开展专题询问，县人民政府有关部门负责人到会应询。

        会议指出，要加快管网改造，让群众喝上放心水。
        文字｜王丽娟　图片｜陈光明
        编辑｜林　蕾　审核｜吴文海

        阅读原文　　阅读 1326
        """
        assertWeChatFoot(page, title: "县人大常委会开展农村饮水安全专题询问", chromeLine: 13,
                         chrome: ["阅读 10万+　在看 56", "阅读原文", "点赞 3.2万"], text: ["阅读是一种习惯", "阅读1326本书的人"])
    }

    /// A header naming the writers (`作者：A B`) over a first paragraph crediting them again
    /// (`本报讯（记者 A 通讯员 B）…`) is one article: titled, credited at the paragraph, the header's
    /// credit line furniture like the header's other fields.
    func testAHeadersCreditRepeatedByTheOpeningIsOneArticle() {
        let doc = Fixtures.document("""
        您当前的位置：首页 > 人大要闻

        盐池县人大常委会：以法治力量为滩羊产业护航

        来源：吴忠日报
        作者：马晓梅 周立新
        编辑：田甜
        时间：2024-05-21 09:32

        本报讯（记者 马晓梅 通讯员 周立新）5月中旬，盐池县人大常委会执法检查组深入花马池镇、大水坑镇等滩羊主产区开展执法检查。

        检查组要求，县人民政府及有关部门要加快建设覆盖全县的滩羊质量安全追溯平台。

        【责任编辑：田甜】
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].title, "盐池县人大常委会：以法治力量为滩羊产业护航")
        XCTAssertEqual(doc.sections[0].authors, ["马晓梅", "周立新"])
        XCTAssertEqual(doc.sections[0].byline?.line, 10)
        XCTAssertEqual(doc.sections[0].bodyLines, [10, 12])
        XCTAssertTrue(doc.furnitureLines.contains(6))
        XCTAssertEqual(doc.leftoverLines, [])
    }
}
