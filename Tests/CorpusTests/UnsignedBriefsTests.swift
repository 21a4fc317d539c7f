import XCTest
@testable import Corpus

/// A page of briefs none of which credits its writer: each headline naming another county than the
/// brief above it, over text naming that county, starts a brief of its own (`富裕：…`, a bare stem
/// before a colon, or `泰来县人大常委会推进…`), not a subhead of the page's first brief.
final class UnsignedBriefsTests: XCTestCase {

    func testHeadlinesNamingTheirCountiesStartBriefs() {
        let doc = Fixtures.guardPage("s25_unsigned_briefs") { $0 }
        XCTAssertEqual(doc.sections.map(\.title), ["讷河市人大常委会召开第二十次会议", "富裕：代表建议办理“件件有着落”", "泰来县人大常委会推进 预算联网监督"])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [Array(8...13), Array(18...21), Array(27...34)])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["讷河市", "富裕县", "泰来县"])
    }

    /// With a writer's credit on the page, the briefs' bounds are the credits' to say: a headline
    /// naming another county stays a subhead there.
    func testACreditedPageKeepsItsSubheads() {
        let doc = Fixtures.guardPage("s25_unsigned_briefs") {
            $0.replacingOccurrences(of: "依法进行了人事任免。", with: "依法进行了人事任免。（记者 王丽）")
        }
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].authors, ["王丽"])
        XCTAssertTrue(doc.sections[1].subheadLines.contains(25), "\(doc.sections.map(\.subheadLines))")
    }

    /// A lead opening with a quotation, then the scene (`“…预警。”在泰来县…`, `“…。”日前，…`), opens
    /// as an article does; a quotation followed by its speaker does not.
    func testAQuotationLeadOpensAnArticle() {
        func cue(_ s: String) -> Double { ReadingOrder.openingCue(Array(s.unicodeScalars)) }
        XCTAssertGreaterThanOrEqual(cue("“点开系统就能看到每一笔财政资金的支出情况，发现异常还会自动预警。”在泰来县人大常委会预算联网监督室，"), 1)
        XCTAssertGreaterThanOrEqual(cue("“家门口的联络站，让我们说话有地方。”日前，在宝坻区宝平街道代表联络站，"), 1)
        XCTAssertEqual(cue("“代表就要替群众说话。”申仕琼说，她希望仡佬族文化焕发新的生机。"), 0)
        XCTAssertEqual(cue("“我带来了关于加快仡佬族非遗传承保护的建议”，会议间隙，"), 0)
    }

    /// A prefecture's round-up of its counties (`齐齐哈尔市各地人大…` over `拜泉：…`, `克山：…`) keeps
    /// its counties as subheads, printed as bare stems before a colon too.
    func testARoundUpKeepsItsCountySubheads() {
        let doc = Fixtures.guardPage("s25_roundup_colon_subheads") { $0 }
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].bodyLines.last, 19)
    }

    /// A banner of the page's theme and column joined by a middle dot, over text (`庆祝…70周年 ·
    /// 县市区人大常委会主任谈` / `今年是…`), is furniture: the text under it is the opening of the first
    /// article, not a piece titled by the banner. A name's dot (`古丽娜尔·艾山`) makes no banner.
    func testADotBannerHeadsThePage() {
        let doc = Fixtures.guardPage("s25_dot_banner") { $0 }
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].bodyLines, [5, 7, 13])
        XCTAssertTrue(doc.furnitureLines.contains(2))
        let named = Fixtures.guardPage("s25_dot_banner") {
            $0.replacingOccurrences(of: "庆祝人民代表大会成立70周年 · 县市区人大常委会主任谈", with: "古丽娜尔·艾山的履职故事")
        }
        XCTAssertFalse(named.furnitureLines.contains(2))
    }

    /// On a page that credits its writers, a headline wrapped in a narrow column (`师宗县推进代表建议` /
    /// `办理“回头看”`) over text whose first words name the county it opens with (`师宗县人大常委会今年对…`)
    /// is an unsigned brief, not a paragraph of the article above. Without that name under it, the
    /// lines stay that article's.
    func testABriefOnACreditedPage() {
        let doc = Fixtures.guardPage("s26_brief_on_credited_page") { $0 }
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["陆良县", "罗平县", "师宗县"])
        XCTAssertEqual(doc.sections.last?.title, "师宗县推进代表建议 办理“回头看”")
        XCTAssertEqual(doc.sections.last?.bodyLines, Array(48...55))
        let unnamed = Fixtures.guardPage("s26_brief_on_credited_page") {
            $0.replacingOccurrences(of: "师宗县人大常委会今年对", with: "县人大常委会今年对本县")
        }
        XCTAssertEqual(unnamed.sections.count, 2)
    }

    /// A list left open after its comma at a column's foot (`…走访了 23 家学校食堂、`) goes on with the one
    /// paragraph in reach that is its last items (`超市和农贸市场，并召开…`), not with the quotation that
    /// opens the next article (`“有事找代表…。”8月中旬，罗平县…`, a lead naming its own county).
    func testAListOpenAfterItsCommaGoesOnWithItsLastItems() {
        let doc = Fixtures.guardPage("s26_brief_on_credited_page") { $0 }
        XCTAssertEqual(doc.sections.first?.bodyLines, Array(10...15) + Array(35...40))
        XCTAssertEqual(doc.bodyLines(ofCounty: "罗平县"), Array(23...33) + [42])
        func last(_ s: String) -> Bool { ListSeam.closesWithLastItem(Array(s.unicodeScalars)[...], words: CommonWords.shared) }
        // (A word's tail opens no item; a sentence's subject, a clause longer than a list's end and a
        // clause with no conjunction are no list's last items.)
        let heads: [(String, Bool)] = [
            ("超市和农贸市场，并召开座谈会听取意见。", true), ("餐馆及旅行社，并召开座谈会。", true),
            ("署要求和全县中心工作，作为监督工作重点，", false), ("代表们和群众，一起座谈。", false),
            ("超市和农贸市场的食品安全情况开展检查，", false), ("超市，农贸市场。", false),
        ]
        for (head, expected) in heads { XCTAssertEqual(last(head), expected, head) }
    }

    /// A lead opening with a quotation, then the scene dated by its month (`“…说上话。”8月中旬，…`),
    /// opens as an article does; a span of time after the quotation does not (`一个月来`).
    func testAQuotationLeadDatedByItsMonth() {
        func cue(_ s: String) -> Double { ReadingOrder.openingCue(Array(s.unicodeScalars)) }
        XCTAssertGreaterThanOrEqual(cue("“有事找代表，晚上也能说上话。”8月中旬，罗平县罗雄街道居民张桂芬"), 1)
        XCTAssertGreaterThanOrEqual(cue("“有事找代表，晚上也能说上话。”十月，罗平县罗雄街道居民"), 1)
        XCTAssertEqual(cue("“有事找代表，晚上也能说上话。”一个月来，居民们"), 0)
    }

    /// The same brief under a headline of three lines, its text opening with its date
    /// (`师宗县人大常委会` / `推进代表建议` / `办理“回头看”` / `8月28日，师宗县人大常…`): a brief too.
    func testABriefUnderAThreeLineHeadline() {
        let doc = Fixtures.guardPage("s26_brief_on_credited_page") {
            $0.replacingOccurrences(of: "师宗县推进代表建议\n办理“回头看”\n\n师宗县人大常委会今年对\n县十八届人大三次会议以",
                                    with: "师宗县人大常委会\n推进代表建议\n办理“回头看”\n\n8月28日，师宗县人大常\n委会对县十八届人大三次")
        }
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["陆良县", "罗平县", "师宗县"])
        XCTAssertEqual(doc.sections.last?.title, "师宗县人大常委会 推进代表建议 办理“回头看”")
        XCTAssertEqual(doc.sections.last?.bodyLines, Array(49...56))
        XCTAssertTrue(SentenceOpening.opensWithin(Array("8月28日，师宗县".unicodeScalars), at: 6))
        XCTAssertFalse(SentenceOpening.opensWithin(Array("会议指出，要学习师宗县".unicodeScalars), at: 9))
    }

    /// An editor's afterword under its label alone (`编后`), closing a page of photo items, is the
    /// editor's piece, a section of its own as a foreword is, not the last item's subhead.
    func testAnAfterwordIsItsOwnPiece() {
        let doc = Fixtures.document("甘南人大  2024年9月20日  星期五\n\n卓尼：代表走进田间\n\n卓尼县人大代表深入田间地头，了解青稞种植情况。  王 强  摄\n\n\n"
            + "临潭：代表视察学校\n\n临潭县人大代表视察县城学校建设情况，提出意见建议 8 条。  李 明  摄\n\n\n编后\n\n一张张照片，定格的是代表履职的身影。希望更多代表走进群众。\n")
        XCTAssertEqual(doc.sections.map(\.title), ["卓尼：代表走进田间", "临潭：代表视察学校", "编后"])
        XCTAssertEqual(doc.sections.last?.bodyLines, [15])
        XCTAssertEqual(doc.sections.last?.authors, [])
    }

    /// A headline opening with a congress named by its level alone, another level than the article it
    /// sits under (`市人大常委会召开代表建议交办会` under a 自治县's article), over text opening with that
    /// congress acting (`10月29日，市人大常委会召开…`), starts the city's own brief; the same level stays a subhead.
    func testACongressOfAnotherLevelStartsABrief() {
        let page = "抚顺人大  2024年11月1日  星期五\n\n\n新宾满族自治县人大常委会专题询问旅游产业发展\n\n本报讯（记者 王 岩）10月24日，新宾满族自治县人大常委会召开第十九次会议，听取和审议了县人民政府关于旅游产业发展情况的报告。\n\n"
            + "会上，常委会组成人员围绕景区建设、品牌推广等问题提出 8 个问题，县政府有关部门负责同志现场作答。\n\n\n市人大常委会召开代表建议交办会\n\n10月29日，市人大常委会召开代表建议办理工作交办会，将 318 件建议交由 56 个承办单位办理。\n"
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.title), ["新宾满族自治县人大常委会专题询问旅游产业发展", "市人大常委会召开代表建议交办会"])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[6, 8], [13]])
        let same = Fixtures.document(page.replacingOccurrences(of: "市人大常委会", with: "县人大常委会"))
        XCTAssertEqual(same.sections.count, 1)
    }

    /// So under a photo item titled by its county's short name and a colon (`常山：胡柚林里听民意`, a 县's):
    /// its level is the county's.
    func testACongressOfAnotherLevelUnderAColonTitle() {
        let page = "衢州人大  2024年9月30日  星期一\n\n\n常山：胡柚林里听民意\n\n9月24日，常山县人大代表走进青石镇胡柚基地，听取果农对胡柚产业发展的意见建议。\n（程 光  摄）\n\n\n"
            + "市人大常委会召开主任会议\n\n9月26日，市人大常委会召开主任会议，研究市八届人大常委会第二十次会议议程草案。\n"
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.title), ["常山：胡柚林里听民意", "市人大常委会召开主任会议"])
        XCTAssertEqual(doc.sections.last?.bodyLines, [12])
        XCTAssertEqual(doc.sections.last?.region?.prefecture, "衢州市")
        XCTAssertNil(doc.sections.last?.region?.county)
    }

    /// In a narrow column, a headline opening with a county's short name and a colon (`通海：代表走进蔬菜基地`)
    /// over text wider than the column closed by a photo's credit heads that photo item, as a headline
    /// with no colon does: the item is its own section, not the last lines of the article above.
    func testAPhotoItemsHeadlineWithACountyColon() {
        let doc = Fixtures.guardPage("s26_photo_item_colon_headline")
        XCTAssertEqual(doc.sections.map(\.title), ["峨山县人大常委会开展 林业执法检查", "通海：代表走进蔬菜基地"])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [Array(9...18), Array(22...24)])
        XCTAssertEqual(doc.sections.last?.authors, ["杨帆"])
    }
}
