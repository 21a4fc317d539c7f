@testable import Corpus
import Foundation
import XCTest

/// Page furniture of printed and web pages that is no title and no text: running heads crediting
/// the page's editors, magazine issue heads, column labels over them, page numbers at the foot,
/// notes about the whole page, a web page's links to its neighbours and share buttons; and a
/// headline that titles none of the articles around it.
final class PageFurnitureTests: XCTestCase {
    func page(_ name: String) -> Document { Fixtures.guardPage(name) }

    func isFurniture(_ s: String) -> Bool {
        BylineRecognizer().recognize(LineScalars(s)).map { $0.kind == .metadata && $0.byline.family == "page-furniture" } ?? false
    }

    /// A site's utility bar over its name and menu is furniture, not the start of the headline
    /// printed under the menu; the same words in a sentence are text.
    func testASitesUtilityBarIsFurniture() {
        XCTAssertTrue(isFurniture("设为首页　|　加入收藏　|　无障碍浏览　|　移动版"))
        XCTAssertTrue(isFurniture("【设为首页】【加入收藏】【网站地图】【联系我们】"))
        XCTAssertTrue(isFurniture("简体　繁體　无障碍"))
        XCTAssertFalse(isFurniture("设为首页的专栏持续推出代表履职故事。"))
        let doc = Fixtures.document("""
        设为首页　|　加入收藏　|　无障碍浏览　|　移动版
        乐山人大网　　　　　　　　　　　　　　2024年5月21日　星期二
        首页　|　人大要闻　|　常委会工作　|　人大代表　|　区县人大

        当前位置：首页 > 区县人大 > 正文

        马边县人大：让“代表议事会”走进彝家新寨

        来源：马边县人大常委会　　作者：阿西木呷　　发布时间：2024-05-21 10:32

        今年以来，马边县人大常委会在全县彝族聚居村推行“代表议事会”制度，让群众的事群众商量着办。
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["马边县人大：让“代表议事会”走进彝家新寨"])
        XCTAssertTrue(doc.furnitureLines.contains(1))
    }

    /// A page's edition and its name (`第 2 版 · 县区传真`) is the running head, not the first line of
    /// the headline printed under it; text opening with an edition is text.
    func testAnEditionHeadIsFurniture() {
        XCTAssertTrue(isFurniture("第 2 版 · 县区传真"))
        XCTAssertTrue(isFurniture("第3版｜人大视窗"))
        XCTAssertTrue(isFurniture("第 4 版  基层动态"))
        XCTAssertFalse(isFurniture("第二版修订稿已经完成"))
        // (A magazine's issue with its year, spaced, `2024 年第 9 期`, is the page's head too.)
        XCTAssertTrue(isFurniture("2024 年第 9 期"))
        XCTAssertTrue(isFurniture("第 16 期"))
        XCTAssertTrue(isFurniture("总第 312 期"))
        XCTAssertFalse(isFurniture("2024 年第 9 期刊发了三篇文章。"))
        XCTAssertFalse(isFurniture("第 2 版 · 县区传真，欢迎投稿。"))
        // (A date and its edition spaced, `2024年7月5日  第 4 版`, under the paper's name: the running
        // head, not the first line of the headline it sits over.)
        XCTAssertTrue(isFurniture("2024年7月5日  第 4 版"))
        XCTAssertFalse(isFurniture("2024年7月5日  第 4 版刊发了代表的建议。"))
        XCTAssertTrue(isFurniture("丰县新闻 第 4 版"), "a paper's name and its spaced edition")
        let spaced = Fixtures.document("""
        玉树人大
        2024年7月5日  第 4 版
        图 片 新 闻


        玉树市：代表联络站
        建到牧民家门口

        文/图 本报记者 才让卓玛

        今年以来，玉树市人大常委会把代表联络站建到牧民群众的家门口。
        """)
        XCTAssertEqual(spaced.sections.map(\.title), ["玉树市：代表联络站 建到牧民家门口"])
        let doc = Fixtures.document("""
        衢州人大
        2024年9月30日  星期一
        第 2 版 · 县区传真


        江山：扫一扫“履职码”

        □ 本报记者 徐 婷

        9月初，江山市虎山街道一位居民用手机扫了扫“代表履职码”。
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["江山：扫一扫“履职码”"])
        XCTAssertTrue(doc.furnitureLines.contains(3))
    }

    func testEditorsCreditsInRunningHeads() {
        XCTAssertTrue(isFurniture("人大视窗                                          责任编辑：胡晓蕾   美编：陈默"))
        XCTAssertTrue(isFurniture("人大专刊  第7版                       责任编辑：杨洁  校对：王敏"))
        XCTAssertTrue(isFurniture("人大之声  03          责任编辑：彭书琴"))
        XCTAssertTrue(isFurniture("人大之窗          第 6 版          责任编辑：叶青   版式设计：周琳"))
        XCTAssertTrue(isFurniture("人大视窗   责任编辑： 胡晓蕾"))
        // Text with a colon and an editor's word is not a credit.
        XCTAssertFalse(isFurniture("编辑部主任王敏说：要把代表的声音带到会上。"))
        XCTAssertFalse(isFurniture("审核：县人大常委会办公室负责对建议进行分类交办"))
        XCTAssertFalse(isFurniture("编辑：王敏，李华"))
        // Without the colon: the field set apart from the name by a space.
        XCTAssertTrue(isFurniture("民主法治·人大视窗　　　　　　　　　责任编辑　吕婉婷"))
        XCTAssertTrue(isFurniture("本版责编　罗志强"))
        XCTAssertFalse(isFurniture("编辑部 主任"))
        XCTAssertFalse(isFurniture("责任编辑 要把代表的声音带到会上"))
    }

    /// A slogan banner printed between two lines of a newspaper's running head is furniture, and
    /// the phrases in it are not counted; a web page's headline between its breadcrumb and its
    /// fields is the article's title.
    func testABannerInsideTheRunningHeadIsFurniture() {
        let doc = Fixtures.document("""
        安庆日报　　2023年12月5日　星期二　　　　　　　　　　　　第7版
        发展全过程人民民主　保障人民当家作主
        人大专刊　　　　　　　　　　　　　　　　　责任编辑：程雅琴

        让全过程人民民主
        在大别山区落地生根

        岳西县人大常委会党组书记、主任　储德明

        岳西地处大别山腹地，是革命老区。近年来，县人大常委会坚持践行全过程人民民主。
        """)
        XCTAssertEqual(doc.furnitureLines, [1, 2, 3])
        XCTAssertEqual(doc.sections.map(\.titleLines), [[5, 6]])
        let web = Fixtures.document("""
        当前位置：首页 > 人大要闻
        岳西县人大常委会视察重点民生项目
        发布时间：2023-12-05　来源：岳西县人大常委会办公室

        12月4日，岳西县人大常委会组织部分人大代表视察重点民生项目。
        """)
        XCTAssertEqual(web.sections.map(\.titleLines), [[2]])
        let weChat = Fixtures.document("""
        点击蓝字 关注我们
        岳西县人大常委会视察重点民生项目
        岳西人大 2023-12-05 18:30 安徽

        12月4日，岳西县人大常委会组织部分人大代表视察重点民生项目。
        """)
        XCTAssertEqual(weChat.sections.map(\.titleLines), [[2]])
    }

    /// A running head spread over the page's width by white space is short in what it prints.
    func testAWideMastheadIsFurniture() {
        // Its date may be written in numerals (`二〇二三年九月十五日`).
        XCTAssertTrue(isFurniture("潍坊日报　二〇二三年九月十五日　星期五　　　　　　　　　　人大视窗　A6"))
        XCTAssertTrue(isFurniture("二〇二三年十二月二十五日　星期一"))
        XCTAssertFalse(isFurniture("二〇二三年九月十五日，县人大常委会召开会议"))
        XCTAssertTrue(isFurniture("2023年3月28日  星期二                信阳日报                              3"))
        XCTAssertTrue(isFurniture("黑龙江人大  2023·7"))
        XCTAssertFalse(isFurniture("2023年·7月，全县人大代表深入基层开展调研"))
        // A publication's short name beside a full date and nothing else.
        XCTAssertTrue(isFurniture("凉山人大  2023年7月14日"))
        XCTAssertFalse(isFurniture("县人大常委会召开第十次会议  2023年7月14日"))
        XCTAssertFalse(isFurniture("凉山人大  2023年7月14日  召开会议  审议报告"))
    }

    /// A running head in two lines, its paper's and column's names over its date or issue number
    /// (`两会特刊 · 代表风采` / `2023年1月13日  星期五  5`, `江西人大新闻  ·  代表之家` / `第 16 期`): the
    /// first line is no pre-title of the headline under them, and the issue number alone is furniture.
    func testARunningHeadOverItsDateOrIssueNumberIsNoPreTitle() {
        XCTAssertTrue(isFurniture("第 16 期"))
        XCTAssertTrue(isFurniture("总第 312 期"))
        XCTAssertFalse(isFurniture("第 16 期培训班共有学员 62 人"))
        for (head, second) in [("两会特刊 · 代表风采", "2023年1月13日  星期五                                   5"),
                               ("江西人大新闻  ·  代表之家", "第 16 期")] {
            let doc = Fixtures.document("""
            \(head)
            \(second)

            伍志明：做侨乡振兴的“领跑者”
            □ 本报记者 陈嘉欣

            “台山是中国第一侨乡，海外乡亲对家乡的发展十分关心。”台山市人大代表伍志明说。
            """)
            XCTAssertEqual(doc.sections.map(\.title), ["伍志明：做侨乡振兴的“领跑者”"], head)
            XCTAssertEqual(doc.furnitureLines, [1, 2], head)
        }
        // A pre-title right over its headline still opens the title.
        let kicker = Fixtures.document("""
        践行全过程人民民主 推动代表建议落地见效
        伍志明：做侨乡振兴的“领跑者”
        □ 本报记者 陈嘉欣

        “台山是中国第一侨乡，海外乡亲对家乡的发展十分关心。”台山市人大代表伍志明说。
        """)
        XCTAssertEqual(kicker.sections.first?.titleLines, [1, 2])
    }

    /// A spread's two page numbers one under the other at the file's end (`24` / `25`) are furniture,
    /// and a headline right above the issue head at the foot titles the piece whose byline stands
    /// under another's text with no title over it (fixture `s20_title_at_spread_foot`).
    func testASpreadsPageNumbersAndATitlePrintedAtItsFoot() {
        let doc = Fixtures.guardPage("s20_title_at_spread_foot")
        XCTAssertTrue(doc.furnitureLines.contains(60) && doc.furnitureLines.contains(61), "\(doc.furnitureLines)")
        let piece = doc.sections.first { $0.authors == ["陈立新"] }
        XCTAssertEqual(piece?.title, "用心用情做好新时代代表工作")
        XCTAssertEqual(piece?.titleLines, [57])
    }

    func testNeighbourLinksSharingAndPageNotes() {
        XCTAssertTrue(isFurniture("上一篇：岷县人大常委会召开第十次主任会议"))
        XCTAssertTrue(isFurniture("下一篇："))
        XCTAssertFalse(isFurniture("上一篇文章讲到的问题，在这里得到了回答。"))
        XCTAssertTrue(isFurniture("分享到：微信  微博  QQ空间"))
        XCTAssertTrue(isFurniture("本版图片均由各县市区人大常委会提供"))
        XCTAssertFalse(isFurniture("本版刊登的三篇文章，反映了基层人大的新探索。"))
        XCTAssertTrue(PageFurnitureFamily.isLinkListLead(ScalarWindow(Array("相关文章:".unicodeScalars))))
    }

    /// A newspaper page whose running heads are a wide masthead and an editors' credit: neither is
    /// part of the headline under them; a note about the page's pictures at its foot is no text.
    func testRunningHeadsStayOutOfTheHeadline() {
        let doc = page("s8_editor_running_head")
        XCTAssertEqual(doc.furnitureLines, [1, 2, 10])
        XCTAssertEqual(doc.sections.map(\.title), ["东山县人大常委会开展海洋环境保护执法检查"])
        XCTAssertEqual(doc.sections[0].bodyLines, [6, 8])
    }

    /// A magazine page that prints each title after its article, with a column label over its issue
    /// head and the page number at its foot: the label is furniture, each title goes to the article
    /// above it, the last one too.
    func testTitlesAfterTheirArticlesUnderAColumnLabel() {
        let doc = page("s8_titles_after_label")
        XCTAssertEqual(doc.furnitureLines, [1, 2, 37])
        XCTAssertEqual(doc.sections.map(\.title), ["渔港码头上的 代表联络站", "为蜜柚产业 发展保驾护航"])
        XCTAssertEqual(doc.sections.map { $0.authors }, [["陈国强"], ["林秀英"]])
        XCTAssertEqual(doc.sections[1].bodyLines, Array(23...32))
    }

    /// A headline printed in an untitled article's cut (`…向自治区人大常` / `多伦县人大：…` / `委会法工委…`)
    /// that opens with a county the article never names is not that article's title.
    func testADisplacedHeadlineAboutAnotherCountyDoesNotTitleAnUntitledArticle() {
        let doc = page("s8_displaced_county_title")
        XCTAssertEqual(doc.sections.map(\.authors), [["王丽华"], ["李明"]])
        XCTAssertNil(doc.sections[0].title)
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["7-12"])
    }

    /// A headline whose first part ends with a colon on its own line (`从古城墙下出发：` /
    /// `人大代表守护历史文脉`) over a byline is one title of two lines, not a paragraph and a title.
    func testAHeadlineBrokenAfterItsColonIsOneTitle() {
        let doc = page("s8_colon_headline")
        XCTAssertEqual(doc.sections.map(\.titleLines), [[1, 2]])
        XCTAssertEqual(doc.sections[0].bodyLines, [6, 7, 8])
        XCTAssertFalse(LineClassifier.opensColonHeadline(LineScalars("会议指出，要做好以下工作：")))
        XCTAssertTrue(LineClassifier.opensColonHeadline(LineScalars("从十八洞村出发：")))
    }

    /// A page printing each title after its article, the last with a subtitle under it: every title
    /// goes to the text it is printed right under (closer to it than to the next byline).
    func testTitlesPrintedRightUnderTheirArticles() {
        let doc = page("s8_titles_after_close")
        XCTAssertEqual(doc.sections.map(\.titleLines), [[6], [15, 16]])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[3, 5], [12, 14]])
    }

    /// A web page's site name and menu over its breadcrumb, and a magazine's issue head with the
    /// column's label after a wide gap, are furniture (they had been read into the headline).
    func testSiteNamesMenusAndLabelledIssueHeads() {
        XCTAssertTrue(isFurniture("沂南县人大常委会门户网站"))
        XCTAssertTrue(isFurniture("三明人大网"))
        XCTAssertFalse(isFurniture("代表们纷纷点赞人大网"))
        XCTAssertTrue(isFurniture("首页 | 人大要闻 | 人大工作 | 代表风采 | 法规文件 | 联系我们"))
        XCTAssertTrue(isFurniture("网站首页　　人大要闻　　县市动态　　代表工作　　法治建设"))
        XCTAssertFalse(isFurniture("首页 人大要闻 记录了代表们一年来的履职故事"))
        // A menu item may be a long topic's name.
        XCTAssertTrue(isFurniture("首页 | 人大要闻 | 常委会工作 | 人大代表风采 | 全过程人民民主实践 | 法规文件 | 联系我们"))
        XCTAssertTrue(isFurniture("江西人大  2023年第2期　　　　　　学习贯彻党的二十大精神·县区人大主任谈"))
        // Four words beside a lone mark are an issue head; four without one are a table's row.
        XCTAssertTrue(isFurniture("云南人大　2023年第10期　　　县区人大谈 · 学习贯彻党的二十大精神"))
        XCTAssertFalse(isFurniture("2024年第1期　　法律法规　　宪法　　代表法"))
        XCTAssertFalse(isFurniture("第1期　　3月15日　　宪法和代表法　　86人"))
        // The site's name before its menu, and the font-size buttons.
        XCTAssertTrue(isFurniture("内蒙古人大网　　首页　新闻中心　立法工作　监督工作　人大代表　全过程人民民主　专题专栏"))
        XCTAssertFalse(isFurniture("内蒙古人大网　首页 刊发了代表们一年来的履职故事"))
        XCTAssertTrue(isFurniture("【大】【中】【小】　　【打印】　　【关闭】"))
        XCTAssertFalse(isFurniture("大中小学校园安全"))
        let doc = Fixtures.document("""
        三明人大网
        首页　　人大要闻　　县区人大　　代表风采　　联系我们
        当前位置：首页 > 理论研讨

        以党的二十大精神为指引 奋力开创人大工作新局面

        来源：宁化县人大常委会办公室
        作者：县人大常委会党组书记、主任 张德胜

        党的二十大报告对发展全过程人民民主作出部署，宁化县人大常委会认真贯彻落实。
        """)
        XCTAssertEqual(doc.sections.map(\.titleLines), [[5]])
        XCTAssertTrue(Set([1, 2, 3]).isSubset(of: Set(doc.furnitureLines)), "\(doc.furnitureLines)")
    }

    /// Editors' names letter-spaced in a running head (`责任编辑：秦　雯`), a menu between box-drawing
    /// bars (`网站首页　│　人大要闻`), a WeChat post's counts with 赞 (`阅读 2 468　赞 56　在看 21`) and an
    /// account's card at its foot (`微信号：zyrd_wx`, `功能介绍：…`) are furniture; text using the same
    /// words is not.
    func testLetterSpacedEditorsBoxBarsCountsAndAccountCards() {
        XCTAssertTrue(isFurniture("县区人大　　　　　　　　　　　　　　　　　　责任编辑：秦　雯"))
        XCTAssertTrue(isFurniture("人大视窗　　　　　　　　　　　责任编辑：覃丽萍　美编：蒙　海"))
        XCTAssertTrue(isFurniture("网站首页　│　人大要闻　│　常委会工作　│　代表之窗　│　联系我们"))
        XCTAssertTrue(isFurniture("阅读 2 468　　　赞 56　　　在看 21"))
        XCTAssertTrue(isFurniture("微信号：zyrd_wx"))
        XCTAssertTrue(isFurniture("功能介绍：宣传人民代表大会制度，展示人大代表风采，传递人大工作声音。"))
        XCTAssertFalse(isFurniture("赞 扬 人 大 代 表"))
        XCTAssertFalse(isFurniture("微信号成了代表联系群众的新渠道。"))
        XCTAssertFalse(isFurniture("功能介绍会上，代表们提出了意见。"))
        XCTAssertFalse(isFurniture("编辑：王敏，李华"))
        XCTAssertTrue(isFurniture("主办：甘孜藏族自治州人大常委会办公室　　技术支持：甘孜州大数据中心"))
        XCTAssertFalse(isFurniture("主办：县人大常委会办公室负责会议筹备。"))
    }

    /// A site's name and banner printed right over its menu are the page's header: neither is part
    /// of the headline below (both were). A link list printed line under line ends at a blank line:
    /// the next page's headline under it, over the account's stamp, is a headline again.
    func testASiteHeaderOverItsMenuAndTheEndOfALinkList() {
        let doc = page("s9_site_header")
        XCTAssertEqual(doc.sections.map(\.title), ["利川市人大常委会开展民族团结进步条例执法检查", "建始县人大常委会召开第十六次会议"])
        XCTAssertEqual(doc.sections.map(\.titleLines), [[6], [18]])
        XCTAssertEqual(Array(doc.furnitureLines.prefix(4)), [1, 2, 3, 4])
        XCTAssertTrue(doc.furnitureLines.contains(16), "the last link: \(doc.furnitureLines)")
    }

    /// On a page printing titles after their articles, a photo item whose credit ends its text and
    /// whose title follows it: the heading above the photo's text is the last article's title, the
    /// one under the credit the photo's (the titles had moved up by one, the running head first).
    func testTitlesAfterTheirArticlesAroundAPhotoItem() {
        let doc = page("s9_titles_after_photo")
        XCTAssertEqual(doc.sections.map(\.titleLines), [[8, 9], [15, 16], [20]])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[4, 5, 6], [11, 12, 13], [18, 19]])
        XCTAssertEqual(doc.sections.last?.authors, ["张晓军"])
        XCTAssertEqual(doc.furnitureLines, [1, 2, 22])
    }

    /// A magazine page whose first article prints its title after its text and footer, the next
    /// title over its byline: the letter-spaced column label right over the first byline under the
    /// running head (`工 作 交 流`) is furniture, and the lines printed last of the untitled article,
    /// read as a subhead, are its title (the label was its title, the headline its text).
    func testALabelOverTheFirstBylineAndATitlePrintedAfterItsArticle() {
        let doc = page("s9_trailing_title")
        XCTAssertEqual(doc.sections.map(\.titleLines), [[18, 19], [21]])
        XCTAssertEqual(doc.sections[0].title, "让代表联络站成为 边境群众的“连心桥”")
        XCTAssertEqual(doc.sections[0].bodyLines, [6, 7, 8, 9, 11, 12, 13, 14, 16])
        XCTAssertTrue(doc.furnitureLines.contains(2))
        // A feature's letter-spaced title over its subtitle stays its title.
        let feature = Fixtures.document("湘西人大　2024年第3期　　　　　　　　　　　代表风采\n\n初 心 如 磐\n\n——记县人大代表王秀兰\n\n■ 本刊通讯员　彭志刚\n\n走进花垣县双龙镇石门村，一条条硬化公路通到家家户户门口。\n")
        XCTAssertEqual(feature.sections.first?.titleLines, [3, 5])
    }

    /// Two pages in one file: the first page's number, printed alone right over the second page's
    /// running head, is furniture as a number at the file's foot is; a number in the text is not.
    func testAPageNumberOverTheNextPagesRunningHeadIsFurniture() {
        let doc = Fixtures.document("""
        甘肃人大　2024年第3期

        永登县人大常委会推动代表履职

        ■ 周明远（甘肃）

        今年以来，永登县人大常委会组织代表深入乡镇开展视察，推动解决群众反映的

        18
        甘肃人大　2024年第3期

        问题四十余个，群众满意度明显提升。

        全县共有各级人大代表
        """)
        XCTAssertEqual(doc.furnitureLines, [1, 9, 10])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[7, 12, 14]])
    }

    /// A short label set wide apart right over its item's headline (`短  评` / `票决之后，` / `更要“决”而有果`),
    /// printed under another article: the label is furniture, the headline (however punctuated) titles
    /// the commentary under it, a piece of its own.
    func testAWideSpacedLabelOverAHeadlineStartsItsItem() {
        let doc = Fixtures.document("""
        叙州：十件实事“票”出来

        本报记者 罗 敏

        9月上旬，叙州区观音镇文化
        村的村道硬化工程顺利完工。
        村民们说，这条路是人大代表
        “一票一票投出来的”。


        短  评
        票决之后，
        更要“决”而有果

        民生实事由代表票决，是践行
        全过程人民民主的生动实践。
        票决定下的是项目，立起的是
        公信。项目定下来之后，能不
        能按时保质完成，才是检验票
        决成效的标尺。
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["叙州：十件实事“票”出来", "票决之后， 更要“决”而有果"])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 6, 7, 8], Array(15...20)])
        XCTAssertEqual(doc.furnitureLines, [11])
        XCTAssertTrue(LineClassifier.isWideSpacedPair("短  评".unicodeScalars))
        XCTAssertFalse(LineClassifier.isWideSpacedPair("短评".unicodeScalars), "not set apart")
    }
}

/// A front page's masthead block: the paper's name alone, its pinyin, publisher and registration
/// number, the dated running head, and the slogan banner under it.
extension PageFurnitureTests {
    func testAPapersNameAndRegistrationAreFurniture() {
        XCTAssertTrue(isFurniture("黔东南日报"))
        XCTAssertTrue(isFurniture("人民代表报"))
        XCTAssertTrue(isFurniture("QIANDONGNAN RIBAO　　　　中共黔东南州委机关报　　国内统一连续出版物号 CN52-0012"))
        XCTAssertTrue(isFurniture("国内统一刊号 CN14-0036　　邮发代号 21-12"))
        // A column's or a supplement's name is no paper's; a sentence naming a paper is text.
        XCTAssertFalse(isFurniture("人大周刊"))
        XCTAssertFalse(isFurniture("代表的建议刊登在日报上。"))
        XCTAssertFalse(isFurniture("该报道被评为全省好新闻二等奖，编号为CN2023。"))
    }

    func testASloganBannerIsThreeSlogansApart() {
        XCTAssertTrue(LineClassifier.isSloganBanner(ArraySlice("深入学习贯彻党的二十大精神　　发展全过程人民民主　　奋力谱写中国式现代化篇章".unicodeScalars)))
        XCTAssertFalse(LineClassifier.isSloganBanner(ArraySlice("代表进林区 护林听民声".unicodeScalars)))
        XCTAssertFalse(LineClassifier.isSloganBanner(ArraySlice("深入学习贯彻党的二十大精神　　发展全过程人民民主".unicodeScalars)))
        XCTAssertFalse(LineClassifier.isSloganBanner(ArraySlice("学习贯彻精神，　　发展全过程人民民主　　奋力谱写新篇章".unicodeScalars)))
    }

    /// The whole block over the first headline is furniture: no untitled section of the banner.
    func testAFrontPagesMastheadBlockHoldsNoSection() {
        let doc = Fixtures.document("""
        丽水日报
        LISHUI RIBAO　　　　中共丽水市委机关报　　国内统一连续出版物号 CN33-0011
        2024年3月15日　星期五　　今日8版　　第1版
        深入学习贯彻党的二十大精神　　发展全过程人民民主　　奋力谱写中国式现代化丽水篇章

        市人大常委会部署开展
        “代表建议提质年”活动

        本报讯（记者 周晓东 通讯员 吴海燕）3月14日，市人大常委会召开会议，部署开展“代表建议提质年”活动。
        """)
        XCTAssertEqual(doc.sections.count, 1, "\(doc.sections.map(\.title))")
        XCTAssertEqual(doc.sections[0].title, "市人大常委会部署开展 “代表建议提质年”活动")
        XCTAssertFalse(doc.sections.contains { $0.bodyLines.contains(4) })
    }
}

final class ColumnLabelUnderRunningHeadTests: XCTestCase {
    /// A second page's running head with its column label under it (`…第2版` / `人大视窗`), over a
    /// headline and its byline: the label is furniture, not the text of the article before it.
    func testAColumnLabelUnderARunningHeadIsFurniture() {
        let doc = Fixtures.document("""
        □ 本报记者　吴建平

        莎车县人大常委会持续推动代表建议办理提质增效，今年以来共交办代表建议一百二十件。

        喀什日报　　2023年10月12日　星期四　　　　　　　　第2版
        人大视窗

        叶城：代表视察核桃产业

        □ 本报记者　艾尔肯

        10月9日，叶城县人大常委会组织部分县人大代表走进核桃产业园视察。
        """)
        XCTAssertTrue(doc.furnitureLines.contains(5))
        XCTAssertTrue(doc.furnitureLines.contains(6))
        XCTAssertFalse(doc.sections.contains { $0.bodyLines.contains(6) })
        XCTAssertEqual(doc.sections.last?.title, "叶城：代表视察核桃产业")
    }
}
