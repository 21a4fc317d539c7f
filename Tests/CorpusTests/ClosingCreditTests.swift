import Corpus
import XCTest

/// Short news items whose credit closes them (`（崇州市人大常委会 谢婷婷）`, `通讯员 谢婷婷` under the
/// text), as county papers and congress sites print them: each credit belongs to the item above.
final class ClosingCreditTests: XCTestCase {
    static let first = "11月2日，崇州市人大常委会举办预算联网监督系统操作培训会，各镇人大工作人员共40余人参加培训。"
    static let second = "11月5日，大邑县人大常委会组织驻镇人大代表开展“代表接待日”活动，共接待群众210人次。"

    func summary(_ doc: Document) -> [String] {
        doc.sections.map { "\($0.title ?? "-") | \($0.authors.joined(separator: ",")) | \($0.office ?? "-") | \($0.bodyLines)" }
    }

    /// On a narrow page with no blank lines between paragraphs, a brief closed by a credit at the
    /// page's end under a headline wrapped over two lines: the whole headline titles it (its first
    /// line was left as the text of the article above, and counted there).
    func testAWrappedHeadlineOverACreditedBriefIsOneTitle() {
        let doc = Fixtures.document("""
        长汀县人大常委会
        督促水土流失治理

        长汀县人大常委会副主任 曾庆华

        作报告。常委会建议，要巩固治理成
        果，探索生态产品价值实现机制，让
        绿水青山变成金山银山。

        连城县：人大代表
        “家站”服务零距离

        连城县人大常委会今年以来推动全县
        17个乡镇人大代表之家提质增效，
        组织代表定期进站履职，开展“代表
        接待日”活动126场次。
        代表们在家站中听民声、解民忧，收
        集的意见建议由县人大常委会统一交
        办，办理结果及时向群众反馈，人民
        代表大会制度的优势在基层不断彰显。
        （县人大办 罗建华）
        """)
        XCTAssertEqual(doc.sections.map(\.titleLines), [[1, 2], [10, 11]])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[6, 7, 8], [13, 14, 15, 16, 17, 18, 19, 20]])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["长汀县", "连城县"])
    }

    /// A brief's headline printed inside another article's cut sentence (the page scrambled) is
    /// the article's subhead, unless it names another county and stands over an opening
    /// (`金寨县开展…活动` / `近日，金寨县人大常委会…`): then it starts its own piece.
    func testAHeadlineNamingAnotherCountyOverAnOpeningStartsAPiece() {
        let doc = Fixtures.document("""
        霍山县人大常委会视察茶产业发展情况

        本报讯（通讯员 储德华）6月5日，霍山县人大常委会组织部分常委会组成人员和人大代表，对全县茶产业发展情况进行视察。视察组深入太平畈乡、诸佛庵镇等地的茶园和茶企，详细了解黄芽茶品牌



        金寨县开展人大代表“履职月”活动

        近日，金寨县人大常委会启动人大代表“履职月”活动，组织全县各级人大代表围绕红色旅游发展、茶旅融合等主题，深入选区开展调研视察，广泛

        建设情况。

        视察组要求，要做强龙头企业，做优茶叶品牌，做实联农带农机制，推动茶产业高质量发展，让茶农的“钱袋子”越来越鼓。



        舒城县人大常委会审议县城市管理工作情况报告

        本报讯（记者 丁雪 通讯员 何家俊）6月12日，舒城县第十八届人大常委会第十五次会议召开，听取和审议县人民政府关于城市管理工作情况的报告，并

        听取选民意见。

        活动期间，代表们还将通过代表之家、代表联络站集中接待选民，并向选民报告履职情况，主动接受选民监督，让人民代表大会制度的优越性在大别山区充分彰显。
        （金寨县人大常委会办公室 汪晓红）

        开展满意度测评。

        会议指出，要坚持以人民为中心，持续推进城市精细化管理，着力解决停车难、占道经营等群众反映强烈的问题。会前，县人大常委会组织部分人大代表开展了专题调研。
        """)
        XCTAssertEqual(doc.sections.map(\.titleLines), [[1], [7], [17]])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["霍山县", "金寨县", "舒城县"])
        XCTAssertTrue(doc.sections[1].bodyLines.starts(with: [9]), "\(doc.sections[1].bodyLines)")
        // Its credit, printed inside the third article's text, names its county: it is its byline.
        XCTAssertEqual(doc.sections.map(\.authors), [["储德华"], ["汪晓红"], ["丁雪", "何家俊"]])
        XCTAssertFalse(doc.sections[2].bodyLines.contains(24), "the credit is no text of the third article")
        // The same headline over text that is no opening stays a subhead of the article.
        let subhead = Fixtures.document("""
        霍山县人大常委会视察茶产业发展情况

        本报讯（通讯员 储德华）6月5日，霍山县人大常委会组织部分常委会组成人员和人大代表，对全县茶产业发展

        金寨县开展人大代表“履职月”活动

        情况进行视察。视察组深入太平畈乡、诸佛庵镇等地的茶园和茶企。
        """)
        XCTAssertEqual(subhead.sections.count, 1)
        // A subhead naming another place, not as its subject (`借鉴浏阳市经验…`), stays a subhead.
        let visit = Fixtures.document("""
        新化县人大常委会赴外地考察学习代表之家建设

        本报记者 王芳

        为提升代表之家建设水平，新化县人大常委会组织考察组赴长沙、浏阳等地学习考察。考察组一行先后走访了多个代表之家，详细了解阵地建设、制度

        借鉴浏阳市经验推动代表之家提质增效

        近日，考察组来到浏阳市集里街道代表之家，听取了代表之家运行情况介绍。考察组认为，浏阳市的做法值得学习借鉴。

        运行、活动开展等情况。
        """)
        XCTAssertEqual(visit.sections.count, 1)
        // A credit naming the county of the article that prints it stays with that article.
        let own = Fixtures.document("""
        新化县召开人大代表座谈会

        6月5日，新化县召开人大代表座谈会，听取代表对县政府工作的意见建议。

        新化县人大常委会视察农村公路建设

        本报记者 王芳

        6月10日，新化县人大常委会组织部分代表视察农村公路建设情况。视察组一行先后来到多个乡镇。

        视察组要求，要加快推进项目建设，确保按期完工。
        （新化县人大常委会办公室 刘建国）
        """)
        XCTAssertEqual(own.sections.map(\.authors), [[], ["王芳"]])
    }

    /// A magazine page printing each article's whole header, title and byline, after its text: the
    /// page opens with text under a column label, every byline sits under a headline under text,
    /// and the last byline closes the page. Each header closes the text above it.
    func testHeadersPrintedAfterTheirArticles() {
        let page = """
        基层动态

        　　盱眙县人大常委会组织代表视察龙虾产业，察看了种苗繁育基地和交易市场。

        　　代表们建议，要加强种苗繁育，规范市场秩序，打响区域公用品牌。

        为龙虾产业发展注入法治动能

        文/王秀云

        　　涟水县人大常委会在全县建成标准化代表之家20个，推动代表履职常态化。

        　　代表们每月进家接待群众，做到小事不出村、大事不出镇。

        代表之家成为民意“会客厅”

        文/陈国平

        2025年第6期　代表之声　27
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.titleLines), [[7], [15]])
        XCTAssertEqual(doc.sections.map(\.authors), [["王秀云"], ["陈国平"]])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[3, 5], [11, 13]])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["盱眙县", "涟水县"])
        // With text under the last header, the headers open the text below them as usual.
        let usual = Fixtures.document(page.replacingOccurrences(of: "文/陈国平\n", with: "文/陈国平\n\n　　代表之家建在村口，群众办事更方便。\n"))
        XCTAssertEqual(usual.sections.last?.authors, ["陈国平"])
        XCTAssertEqual(usual.sections.last?.bodyLines.first, 19)
    }

    /// A column of briefs under a label (`人大简讯`): each paragraph closed by its own credit is an
    /// untitled piece of its own, and the label titles none of them. Two photo credits (`NAME 摄`)
    /// split nothing.
    func testAColumnOfCreditedBriefsIsOnePiecePerBrief() {
        let doc = Fixtures.document("""
        某某日报　2025年6月16日　第4版

        人大简讯

        6月10日，宝应县人大常委会召开会议，审议批准了县级财政决算的报告，并表决通过了有关人事任免事项。（王晓东）

        近日，高邮市人大常委会组织部分人大代表，对城区老旧小区改造情况开展视察，建议加快配套设施建设。（李翔）

        近日，仪征市在各镇开展代表述职评议活动，三十余名人大代表向选民报告履职情况，接受群众评议。（张红英）
        """)
        XCTAssertEqual(doc.sections.map(\.authors), [["王晓东"], ["李翔"], ["张红英"]])
        XCTAssertEqual(doc.sections.map(\.title), [nil, nil, nil])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5], [7], [9]])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["宝应县", "高邮市", "仪征市"])
        XCTAssertEqual(doc.furnitureLines, [1, 3])
        let photos = Fixtures.document("""
        人大代表助力备春耕

        近日，宝应县人大代表深入田间地头，了解春耕备耕进展情况。　　　　张妍　摄

        代表们指导农民群众做好春耕备耕工作，保障粮食生产。　　　　张妍　摄
        """)
        XCTAssertEqual(photos.sections.count, 1)
    }

    /// In a column of briefs, an item opened by its own lead (`●本报讯（通讯员 NAME）…`) is followed by
    /// items closed by their credits: each is a piece of its own, the first item's label is
    /// furniture. The items read as a list by their bullets, or (without bullets) because the
    /// next one opens with a county the first does not name. A wire story whose lead opens it and
    /// whose second paragraph ends with the editor's credit (`（李明）`) stays one piece.
    func testABriefOpenedByItsLeadIsFollowedByCreditedBriefs() {
        let page = """
        某某日报　2025年6月16日　第4版

        简　　讯

        ●宝应县人大常委会近日召开会议，审议
        批准了县级财政决算的报告。（王晓东）

        ●本报讯（通讯员　李翔）高邮市人大
        常委会在全市开展“代表接待日”活动，
        收集意见建议186条。

        ●仪征市人大常委会组织开展专题调研，
        梳理问题12个，提出建议8条。（张红英）

        ●江都区人大常委会近日开展执法检查，
        推动问题整改。（通讯员　赵云飞）
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.authors), [["王晓东"], ["李翔"], ["张红英"], ["赵云飞"]])
        XCTAssertEqual(doc.sections.map(\.title), [nil, nil, nil, nil])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 6], [8, 9, 10], [12, 13], [15, 16]])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["宝应县", "高邮市", "仪征市", "江都区"])
        XCTAssertEqual(doc.furnitureLines, [1, 3])
        // Without bullets, the county opening the credited paragraph marks the next item.
        let bare = Fixtures.document(page.replacingOccurrences(of: "●", with: ""))
        XCTAssertEqual(bare.sections.map(\.authors), [["王晓东"], ["李翔"], ["张红英"], ["赵云飞"]])
        // A wire story: its second paragraph goes on with the story, and the editor's credit closes it.
        let wire = Fixtures.document("""
        高邮市：代表接待日收集民意

        本报讯（通讯员　李翔　王芳）高邮市人大常委会在全市开展“代表接待日”活动，
        收集意见建议186条。

        活动中，代表们认真倾听群众呼声，对收集到的意见建议逐条登记、限期办理。（李明）
        """)
        XCTAssertEqual(wire.sections.count, 1)
        XCTAssertEqual(wire.sections.first?.bodyLines, [3, 4, 6])
    }

    /// A page that prints each title after its article keeps doing so under a running head
    /// (`淮安日报 … 第6版`): the head is no title above the first byline.
    func testTitlesAfterTheirArticlesUnderARunningHead() {
        let doc = Fixtures.document("""
        淮安日报  2025年6月3日  星期二  第6版



        涟水县人大常委会党组书记、主任 陈国平

        近年来，涟水县人大常委会坚持高标准建设代表之家，推动代表履职常态化。

        我们在全县建成标准化代表之家20个，做到小事不出村、大事不出镇。

        涟水县：让代表之家成为民意“会客厅”



        盱眙县人大常委会副主任 王秀云

        盱眙龙虾产业是县域经济的重要支柱。县人大常委会围绕龙虾产业发展开展立法调研。

        调研中，代表们提出了加强种苗繁育、规范市场秩序等建议。

        为龙虾产业发展注入法治动能
        """)
        XCTAssertEqual(doc.sections.map(\.titleLines), [[11], [21]])
        XCTAssertEqual(doc.sections.map(\.authors), [["陈国平"], ["王秀云"]])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[7, 9], [17, 19]])
        XCTAssertEqual(doc.furnitureLines, [1])
    }

    /// A headline alone at the foot of the page, a column gap under a dated news item that has no
    /// title, is that item's title printed after it; a closing line at the usual gap stays text.
    func testAHeadlineAtThePageFootTitlesTheUntitledItemAboveIt() {
        func page(_ gap: String, _ last: String) -> String {
            "乌审旗人大代表开展联组活动\n\n记者 张丽\n\n近日，乌审旗人大常委会组织代表开展联组活动。\n\n"
                + "本报讯（记者 王芳）近日，伊州区人大常委会启动人大代表“联组履职”活动，全区代表编成18个联组。\n\n"
                + "“联组履职让代表之间有了交流平台。”五堡镇人大代表王新民说。\n" + gap + last + "\n"
        }
        let titled = Fixtures.document(page("\n\n\n", "伊州区人大代表开展“联组履职”活动"))
        XCTAssertEqual(titled.sections.map(\.titleLines), [[1], [13]])
        XCTAssertEqual(titled.sections.map(\.bodyLines), [[5], [7, 9]])
        let closing = Fixtures.document(page("\n", "全区共有各级人大代表1236名"))
        XCTAssertEqual(closing.sections.map(\.titleLines), [[1], []])
        XCTAssertEqual(closing.sections.map(\.bodyLines), [[5], [7, 9, 11]])
        // At the usual gap, a headline opening with the county the item names (its short form before
        // a colon, `伊州：…`) is its title too; one opening with another county is not.
        let named = Fixtures.document(page("\n", "伊州：代表“联组履职”有声有色"))
        XCTAssertEqual(named.sections.map(\.titleLines), [[1], [11]])
        XCTAssertEqual(named.sections.map(\.bodyLines), [[5], [7, 9]])
        let other = Fixtures.document(page("\n", "巴里坤：代表“联组履职”有声有色"))
        XCTAssertEqual(other.sections.map(\.titleLines), [[1], []])
    }

    /// A short heading over quotations each signed under it with a dash (`代表心声` / `“…”` /
    /// `——杨丽萍（昌宁县人大代表）`) is a box of voices, a piece of its own with no writer, not a
    /// subhead of the news flash above; the picture story after the box is a piece of its own too.
    func testABoxOfSignedVoicesIsAPieceOfItsOwn() {
        let doc = Fixtures.document("""
        龙陵：专题视察助推黄龙玉产业发展

        本报9月20日讯（通讯员 尹春丽）日前，龙陵县人大常委会组织部分县人大代表，对全县黄龙玉产业发展情况开展专题视察。

        代表心声

        “茶叶是昌宁群众增收的‘金叶子’，我要继续为茶产业发展多鼓与呼。”
        ——杨丽萍（昌宁县人大代表）

        “代表联络站建到了家门口，群众有事找代表更方便了。”
        ——字国华（昌宁县人大代表）

        人大代表走进田间听民意
        近日，隆阳区人大代表深入潞江镇咖啡种植基地，与种植户面对面交流。
        杨正坤　摄
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["龙陵：专题视察助推黄龙玉产业发展", "代表心声", "人大代表走进田间听民意"], summary(doc).joined(separator: "\n"))
        XCTAssertEqual(doc.sections[1].authors, [])
        XCTAssertEqual(doc.sections[1].bodyLines, [7, 8, 10, 11])
        XCTAssertEqual(doc.sections[1].region?.county, "昌宁县")
        XCTAssertEqual(doc.sections[2].authors, ["杨正坤"])
    }

    /// In a column of briefs, a brief whose credit stands alone on the line under its paragraph
    /// (`…专题辅导。` / `（余海涛）`) is closed by it as one whose credit ends its last line: the brief
    /// after a two-writer credit (`（储琳　汪德平）`) and the one after it are pieces of their own.
    func testABriefsCreditAloneUnderItsParagraphClosesIt() {
        let doc = Fixtures.document("""
        简　讯

        近日，沙洋县人大常委会组织部分人大
        代表对全县油菜产业发展情况开展专题
        调研。（程晓军）

        1月上旬，钟祥市人大常委会召开第十
        五次会议，听取和审议市人民政府关于
        全市文化旅游产业发展情况的报告。（储琳　汪德平）

        为深入学习贯彻党的二十大精神，东宝
        区人大常委会日前举办全区人大代表履
        职能力提升培训班。
        （余海涛）

        近日，掇刀区人大常委会组织开展民生
        实事项目推进情况“回头看”。（杜晓雯）
        """)
        XCTAssertEqual(doc.sections.map(\.authors), [["程晓军"], ["储琳", "汪德平"], ["余海涛"], ["杜晓雯"]], summary(doc).joined(separator: "\n"))
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[3, 4, 5], [7, 8, 9], [11, 12, 13], [16, 17]])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["沙洋县", "钟祥市", "东宝区", "掇刀区"])
    }

    /// Briefs under one column label, one after another: a credit naming only a unit (`（县人大办）`)
    /// closes its item, a brief with no credit at all still starts at its headline once the item
    /// above is closed, and a credit whose county the last brief's headline opens with, not the
    /// titled piece's, credits that brief (`宁都县开展…` / `（宁都县人大常委会办公室 黄海燕）`).
    func testBriefsWithUnitCreditsAndNoCreditsUnderOneLabel() {
        let doc = Fixtures.document("""
        赣南日报　2024年6月20日　第4版

        人大动态



        于都县人大常委会开展预算执行情况调研

        本报讯（通讯员 钟晓丽）6月13日，于都县人大常委会组织部分常委会组成人员和人大代表，对全县1至5月预算执行情况开展专题调研，先后察看了县财政局、县税务局等单位，听取有关情况汇报。

        调研组要求，要严格预算支出管理，坚持过紧日子，切实把有限的财政资金用在发展紧要处、民生急需上。



        瑞金市人大代表进社区听民意

        近日，瑞金市象湖镇人大代表联络站组织开展“代表接待日”活动，6名市人大代表走进金都社区，面对面听取居民对小区停车、垃圾分类等方面的意见建议12条，现场答复5条，其余交有关部门办理。（杨文华）



        信丰县人大常委会审议通过一批人事任免事项

        6月14日，信丰县第十八届人大常委会第十九次会议召开，会议听取和审议了县人民政府关于全县安全生产工作情况的报告，表决通过了有关人事任免事项，并为新任命人员颁发任命书。（县人大办）



        兴国县人大常委会专题询问义务教育工作

        6月17日，兴国县人大常委会就义务教育优质均衡发展开展专题询问。县人大代表和常委会组成人员聚焦学校布局、教师队伍建设等问题提问，县政府相关部门负责人现场作答。



        宁都县开展全过程人民民主基层实践活动

        本报讯　近日，宁都县人大常委会在全县24个乡镇开展全过程人民民主基层实践活动，组织人大代表进站履职，围绕乡村振兴、民生实事等收集意见建议。

        活动开展以来，全县共收集群众意见建议560余条，已办结430条。
        （宁都县人大常委会办公室 黄海燕）
        """)
        XCTAssertEqual(doc.sections.map(\.titleLines), [[7], [15], [21], [27], [33]])
        XCTAssertEqual(doc.sections.map(\.authors), [["钟晓丽"], ["杨文华"], [], [], ["黄海燕"]])
        XCTAssertEqual(doc.sections.map(\.office), ["通讯员", nil, "县人大办", nil, "宁都县人大常委会办公室"])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["于都县", "瑞金市", "信丰县", "兴国县", "宁都县"])
    }

    /// A brief closed by a supply credit after a bylined article (`澄迈县开展…` under `文昌市…`, then
    /// `（澄迈县人大常委会供稿）`) is its own piece: the credit's place no longer outranks the
    /// article's headline. A running head with a lettered page (`第A05版`) is furniture.
    func testASupplyCreditNamingTheLastSubheadsCountyClosesABrief() {
        let doc = Fixtures.document("""
        海南日报　2024年4月18日　第5版



        文昌市人大常委会审议航天产业发展情况报告

        本报记者 林晓雯

        4月16日，文昌市人大常委会召开会议，听取和审议市政府关于航天产业发展情况的报告。部分市人大代表列席会议。



        澄迈县开展人大代表集中视察活动

        4月10日至11日，澄迈县人大常委会组织在澄的省、县人大代表开展集中视察，视察重点项目建设和民生实事推进情况。
        （澄迈县人大常委会供稿）
        """)
        XCTAssertEqual(doc.sections.map(\.titleLines), [[5], [13]])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["文昌市", "澄迈县"])
        XCTAssertEqual(doc.sections.last?.office, "澄迈县人大常委会")
        let lettered = Fixtures.document("海南日报　2024年4月18日　第A05版\n\n琼海市人大代表为乡村振兴建言献策\n\n本报记者 林晓雯\n\n近日，琼海市人大代表深入乡村调研。\n")
        XCTAssertEqual(lettered.furnitureLines, [1])
        XCTAssertEqual(lettered.sections.map(\.titleLines), [[3]])
    }

    /// A photo's caption with its credit on one line between two paragraphs (`图为…。　符永强 摄`) is
    /// a caption: it comes last in its section's reading order, and the photographer is no author.
    func testACaptionWithItsCreditBetweenParagraphsComesLast() {
        let doc = Fixtures.document("""
        琼海市人大代表为乡村振兴建言献策

        文/陈海燕

        4月中旬，琼海市人大常委会组织部分市人大代表走进嘉积镇、博鳌镇等地开展专题调研。

        图为市人大代表在嘉积镇调研热带特色农业发展情况。　符永强 摄

        调研中，代表们与种植户深入交流，共收集意见建议28条。
        """)
        XCTAssertEqual(doc.sections.first?.bodyLines, [5, 9, 7])
        XCTAssertEqual(doc.sections.first?.authors, ["陈海燕"])
    }

    /// A caption's photo credit stands in for a byline only until the writer's credit closes the
    /// piece: then the writer is the author and the credit line is no text.
    func testTheWritersCreditAfterACaptionsPhotoCreditIsTheByline() {
        let doc = Fixtures.document("""
        琼海市人大常委会开展乡村振兴专题询问

        4月中旬，琼海市人大常委会围绕乡村振兴工作开展专题询问，市农业农村局等部门负责人现场作答。

        图为专题询问会现场。　符永强 摄

        会后，市人大常委会将询问问题清单交市人民政府研究处理。
        （琼海市人大常委会办公室 陈海燕）
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections.first?.authors, ["陈海燕"])
        XCTAssertEqual(doc.sections.first?.office, "琼海市人大常委会办公室")
        XCTAssertEqual(doc.sections.first?.bodyLines, [3, 7, 5])
        XCTAssertFalse(doc.analysisText(of: doc.sections[0]).string.contains("陈海燕"))
        XCTAssertEqual(doc.leftoverLines, [])
    }

    /// A paragraph printed with its credit (`…放心水。（刘晓峰）`) inside another article's text ends the
    /// article the credit closes: it goes there, last, with its credit.
    func testAParagraphGoesWithItsInlineCredit() {
        let doc = Fixtures.document("""
        寿光市人大代表视察农村集中供水工程

        10月15日，寿光市人大常委会组织部分人大代表，对全市农村集中供水工程建设和运行管理情况进行视察。



        临朐县人大常委会开展古村落保护执法检查

        为推动传统村落保护相关法规有效实施，临朐县人大常委会近日组织执法检查组，实地察看古村落修缮情况。

        视察中，代表们指出，农村供水事关群众切身利益，要让农村群众喝上安全水、放心水。（王立新）

        检查组指出，古村落保护要坚持保护优先、合理利用，让历史文脉在保护中传承。
        （临朐县人大常委会研究室 高文博）
        """)
        XCTAssertEqual(summary(doc), ["寿光市人大代表视察农村集中供水工程 | 王立新 | - | [3, 11]",
                                      "临朐县人大常委会开展古村落保护执法检查 | 高文博 | 临朐县人大常委会研究室 | [9, 13]"])
        XCTAssertTrue(doc.analysisText(of: doc.sections[0]).string.hasSuffix("放心水。"))
    }

    /// A scrambled page of two pieces closed by credits, interleaved: the headline naming another
    /// county over a paragraph naming it in its first sentence (`平邑县人大常委会开展…` /
    /// `为推动…，平邑县人大常委会…`) starts a piece though a cut paragraph is above it, and of two
    /// closing credits under it, the one naming its county is its own: the first (`（王立新）`, printed
    /// inside its text) closes the piece before it, with its paragraph.
    func testInterleavedPiecesClosedByCredits() {
        let doc = Fixtures.document("""
        沂南县人大常委会推进代表家站点提质增效

        □王丽娟

        今年以来，沂南县人大常委会聚焦提升代表履职实效，对全县代表之家、代表联络站进行提档升级，在依汶镇、马牧池乡等地打造了一批特色鲜明的示范站点，实现了代表活动阵地镇街全覆盖。

        在界湖街道代表联络站，接待日安排表、代表履职档案、群众意见办理台账一应俱全。今年前三季度，全县各级人大代表通过家站点接待群众2600余人次，收集意见建议410条，推动解决了一批道路



        沂水县人大代表视察农村集中供水工程

        10月15日，沂水县人大常委会组织部分人大代表，对全县农村集中供水工程建设和运行管理情况进行视察。代表们先后来到许家湖镇、高庄镇的水厂和管网改造现场，详细了解工程进度、水质检测和

        维修、农田灌溉、垃圾清运等民生问题。

        县人大常委会负责人表示，下一步将完善代表家站点运行机制，推动全过程人



        平邑县人大常委会开展古城保护执法检查

        为推动历史文化街区保护相关法规有效实施，平邑县人大常委会近日组织执法检查组，深入平邑街道古城片区，实地察看古建筑修缮、街巷风貌管控和消防安全设施建设情况，并听取县住建、文旅等部门的工作汇报，随机走访了古城片区的部分商户和居民。

        检查组指出，古城保护要坚持保护优先、合理利用，处理好保护与发展的关系。要加强古建筑日常

        运行维护等情况。

        据了解，沂水县近年来累计投入资金2.6亿元，实施农村供水管网改造工程，全县农村自来水普及率达到99%以上。

        视察中，代表们指出，农村供水事关群众切身利益，相关部门要加快管网更新改造，完善水质监测体系，健全长效管护机制，让农村群众喝上安全水、放心水。沂水县人大常委会将持续跟踪工程建设进度。（王立新）

        民民主在基层落地生根。

        巡查，严格落实保护责任，引导社会力量参与古城保护，让历史文脉在保护中传承、在利用中焕发新活力。

        县人大常委会将把执法检查报告提请常委会会议审议，推动检查发现的问题整改到位。
        （平邑县人大常委会研究室 孙浩然）
        """)
        XCTAssertEqual(doc.sections.map(\.titleLines), [[1], [11], [21]])
        XCTAssertEqual(doc.sections.map(\.authors), [["王丽娟"], ["王立新"], ["孙浩然"]])
        guard doc.sections.count == 3 else { return }
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["沂南县", "沂水县", "平邑县"])
        XCTAssertTrue(doc.sections[1].bodyLines.contains(31))
        XCTAssertEqual(doc.sections[2].bodyLines.prefix(2), [23, 25])
        XCTAssertFalse(doc.sections.contains { $0.bodyLines.contains(38) }, "the credit line is no text")
    }

    /// Four-character names transcribed from Yi and Tibetan (`吉克伍呷`, `次仁旺堆`) close a news item
    /// alone in brackets, as Han names do.
    func testTranscribedFourCharacterNamesCloseAnItem() {
        for name in ["吉克伍呷", "沙马阿果", "次仁旺堆"] {
            let doc = Fixtures.document("崇州市人大常委会开展预算联网监督工作培训\n\n\(Self.first)（\(name)）\n\n"
                                        + "大邑县人大代表开展“代表接待日”活动\n\n\(Self.second)\n\n（大邑县人大 罗小兵）\n")
            XCTAssertEqual(doc.sections.map { $0.authors.joined(separator: ",") }, [name, "罗小兵"], name)
        }
        // Not any four characters: two words, or a start no name has.
        for line in ["（基层动态）", "（吉祥如意）"] {
            XCTAssertNotEqual(BylineRecognizer().recognize(LineScalars(line))?.byline.family, "closing-credit", line)
        }
    }

    func testBracketedCreditsCloseTheirItems() {
        let doc = Fixtures.document("崇州市人大常委会开展预算联网监督工作培训\n\n\(Self.first)\n\n（崇州市人大常委会 谢婷婷）\n\n"
                                    + "大邑县人大代表开展“代表接待日”活动\n\n\(Self.second)\n\n（大邑县人大 罗小兵）\n")
        XCTAssertEqual(summary(doc), ["崇州市人大常委会开展预算联网监督工作培训 | 谢婷婷 | 崇州市人大常委会 | [3]",
                                      "大邑县人大代表开展“代表接待日”活动 | 罗小兵 | 大邑县人大 | [9]"])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["崇州市", "大邑县"])
        XCTAssertEqual(doc.leftoverLines, [])
        XCTAssertEqual(doc.furnitureLines, [])
    }

    /// An office's supply credit with a space (`（惠安县人大 供稿）`) merged the next item into its own.
    func testASupplyCreditClosesItsItem() {
        let doc = Fixtures.document("崇州市人大常委会开展预算联网监督工作培训\n\n\(Self.first)\n\n（崇州市人大 供稿）\n\n"
                                    + "大邑县人大代表开展“代表接待日”活动\n\n\(Self.second)\n\n（大邑县人大 罗小兵）\n")
        XCTAssertEqual(summary(doc), ["崇州市人大常委会开展预算联网监督工作培训 |  | 崇州市人大 | [3, 5]",
                                      "大邑县人大代表开展“代表接待日”活动 | 罗小兵 | 大邑县人大 | [9]"])
    }

    func testReporterCreditsUnderTheTextCloseTheirItemsOnAPageThatEndsWithOne() {
        let doc = Fixtures.document("崇州市人大常委会开展预算联网监督工作培训\n\n\(Self.first)\n\n通讯员 谢婷婷\n\n"
                                    + "大邑县人大代表开展“代表接待日”活动\n\n\(Self.second)\n\n通讯员 罗小兵\n\n"
                                    + "邛崃市：代表票决民生实事项目\n\n近日，邛崃市十八届人大四次会议票决产生十件民生实事项目。\n\n（邛崃市人大常委会办公室供稿）\n")
        XCTAssertEqual(summary(doc), ["崇州市人大常委会开展预算联网监督工作培训 | 谢婷婷 | 通讯员 | [3]",
                                      "大邑县人大代表开展“代表接待日”活动 | 罗小兵 | 通讯员 | [9]",
                                      "邛崃市：代表票决民生实事项目 |  | 邛崃市人大常委会办公室 | [15, 17]"])
        XCTAssertEqual(doc.leftoverLines, [])
    }

    func testCreditsThatSayWhatTheNamesDidOrNameNoOne() {
        // Names alone, a reporter's credit with 摄影报道, a unit with a role between names, text and
        // photo credits, 整理: each closes its item, and the credit word is not a name.
        let items: [(String, String)] = [
            ("（马晓东 杨帆）", "马晓东,杨帆"), ("（记者 王芳 摄影报道）", "王芳"), ("（准旗人大 郝丽娜 摄影报道）", "郝丽娜"),
            ("（达旗人大 王芳 实习生 李强）", "王芳,李强"), ("（张伟 文/图）", "张伟"), ("（文/图 刘洋）", "刘洋"),
            ("（通讯员 李春华 整理）", "李春华"), ("（作者：周建军）", "周建军"),
            // A credit word vouches for names a surname list does not know.
            ("（泽郎卓玛 报道）", "泽郎卓玛"), ("（图门巴雅尔 摄影报道）", "图门巴雅尔"),
        ]
        for (credit, authors) in items {
            let doc = Fixtures.document("崇州市人大常委会开展预算联网监督工作培训\n\n\(Self.first)\n\n\(credit)\n\n"
                                        + "大邑县人大代表开展“代表接待日”活动\n\n\(Self.second)\n\n（大邑县人大 罗小兵）\n")
            XCTAssertEqual(doc.sections.map { $0.authors.joined(separator: ",") }, [authors, "罗小兵"], credit)
            XCTAssertEqual(doc.sections.map { $0.region?.county }, ["崇州市", "大邑县"], credit)
        }
        // Brackets that hold no credit stay text: a section number, an end mark, a note.
        for line in ["（第一部分）", "（全文完）", "（上接第1版）", "（图片由县人大提供）"] {
            XCTAssertNil(BylineRecognizer().recognize(LineScalars(line)).flatMap { $0.kind == .byline ? $0 : nil }, line)
        }
    }

    func testOneNameAndCreditsAfterTheLastSentence() {
        // `（张文斌）` alone, and a credit printed right after the last sentence of the item.
        let doc = Fixtures.document("崇州市人大常委会开展预算联网监督工作培训\n\n\(Self.first)\n\n（张文斌）\n\n"
                                    + "大邑县人大代表开展“代表接待日”活动\n\n\(Self.second)（大邑县人大办 傅春燕）\n\n"
                                    + "邛崃市：代表票决民生实事项目\n\n近日，邛崃市十八届人大四次会议票决产生十件民生实事项目。（傅春燕）\n")
        XCTAssertEqual(summary(doc), ["崇州市人大常委会开展预算联网监督工作培训 | 张文斌 | - | [3]",
                                      "大邑县人大代表开展“代表接待日”活动 | 傅春燕 | 大邑县人大办 | [9]",
                                      "邛崃市：代表票决民生实事项目 | 傅春燕 | - | [13]"])
        XCTAssertTrue(doc.analysisText(of: doc.sections[1]).string.hasSuffix("210人次。"))
        // Words in brackets after a sentence are no credit.
        let note = Fixtures.document("代表视察\n\n记者 王芳\n\n近日，县人大代表视察了工程。（全文）\n")
        XCTAssertEqual(note.sections.first?.authors, ["王芳"])
        XCTAssertEqual(note.sections.count, 1)
    }

    func testFootersThatNameTheWriter() {
        let doc = Fixtures.document("乡村医生的代表情怀\n\n近日，利川市谋道镇卫生院开展义诊活动。\n\n（谭金凤系湖北省人大代表，利川市谋道镇卫生院医生）\n")
        XCTAssertEqual(doc.sections.first?.authors, ["谭金凤"])
        XCTAssertEqual(doc.sections.first?.office, "湖北省人大代表，利川市谋道镇卫生院医生")
        XCTAssertEqual(doc.furnitureLines, [])
        let led = BylineRecognizer().recognize(LineScalars("（本文作者谭金凤系利川市人大常委会主任）"))
        XCTAssertEqual(led?.kind, .footer); XCTAssertEqual(led?.byline.authors, ["谭金凤"])
        // The plain footer names no one; a bylined piece keeps its byline's authors.
        XCTAssertEqual(BylineRecognizer().recognize(LineScalars("（作者系巴彦淖尔市人大常委会主任）"))?.byline.authors, [])
        let bylined = Fixtures.document("乡村医生的代表情怀\n\n□ 王芳\n\n近日，利川市谋道镇卫生院开展义诊活动。\n\n（谭金凤系湖北省人大代表）\n")
        XCTAssertEqual(bylined.sections.first?.authors, ["王芳"])
    }

    func testAnUnbracketedSupplierLineIsAFooter() {
        let r = BylineRecognizer().recognize(LineScalars("县人大常委会办公室供稿"))
        XCTAssertEqual(r?.kind, .footer); XCTAssertEqual(r?.byline.office, "县人大常委会办公室")
        // A sentence about supplying is not.
        XCTAssertNil(BylineRecognizer().recognize(LineScalars("本文由县里供稿")).flatMap { $0.kind == .footer ? $0 : nil })
        let doc = Fixtures.document("射阳县人大代表建议办理情况通报\n\n全年共收到代表建议236件，已全部办复。\n\n县人大常委会办公室供稿\n")
        XCTAssertEqual(doc.sections.first?.office, "县人大常委会办公室")
        XCTAssertEqual(doc.furnitureLines, [])
    }

    func testACreditOverTheTextStillOpensIt() {
        // The page ends with text: the byline between two items opens the second one.
        let doc = Fixtures.document("崇州市人大常委会开展预算联网监督工作培训\n\n\(Self.first)\n\n"
                                    + "大邑县人大代表开展“代表接待日”活动\n\n通讯员 罗小兵\n\n\(Self.second)\n")
        XCTAssertEqual(doc.sections.last?.authors, ["罗小兵"])
        XCTAssertEqual(doc.sections.last?.title, "大邑县人大代表开展“代表接待日”活动")
    }

    func testBracketsThatAreNotCredits() {
        let r = BylineRecognizer()
        // A place is no name alone, whatever its first character (金, 和 are surnames too).
        for line in ["（待续）", "（上）", "（未完待续）", "（大邑县 罗小兵）", "（金堂县 罗小兵）", "（和县 王芳）", "（崇州市人大常委会举办培训会）"] {
            XCTAssertNotEqual(r.recognize(LineScalars(line))?.byline.family, "closing-credit", line)
        }
        XCTAssertEqual(r.recognize(LineScalars("（县人大办 王芳 李强）"))?.byline.authors, ["王芳", "李强"])
        XCTAssertEqual(r.recognize(LineScalars("（记者 王芳 通讯员 李强）"))?.byline.authors, ["王芳", "李强"])
    }

    /// Another article's paragraph and footer printed inside a piece before its own footer: the
    /// piece's office and region come from its own, closing footer.
    func testTheClosingFooterIsTheSectionsOwn() {
        let doc = Fixtures.document("""
        新时代县级人大监督工作的实践与思考

        ■ 马志刚（甘肃）

        监督权是宪法和法律赋予人大及其常委会的重要职权。近年来，秦安县人大常委会围绕全县中心工作，在增强监督实效上进行了一些探索。

        一是选题要准。我们坚持从县委关注的重点、群众反映的热点和代表建议集中的焦点中确定议题。



        用好红色资源 加强代表履职培训

        ■ 刘春燕（江西）

        永新县是著名的“三湾改编”所在地，红色资源十分丰富。近年来，永新县人大常委会依托三湾改编纪念馆等红色教育基地，开展人大代表履职培训。

        二是跟踪要实。对常委会审议意见，我们实行闭环管理，一抓到底。

        （作者系秦安县人大常委会党组书记、主任）

        我们把红色教育作为代表培训的“第一课”，引导代表坚定理想信念、牢记为民初心。

        （作者系永新县人大常委会党组书记、主任）
        """)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[1].office, "永新县人大常委会党组书记、主任")
        XCTAssertEqual(doc.sections[1].region?.county, "永新县")
        XCTAssertEqual(doc.sections[1].footer, "（作者系永新县人大常委会党组书记、主任）")
        // The other footer names 甘肃's 秦安县, the province the first writer's byline gives: it is his.
        XCTAssertEqual(doc.sections[0].office, "秦安县人大常委会党组书记、主任")
        XCTAssertEqual(doc.sections[0].region?.county, "秦安县")
        XCTAssertEqual(doc.sections[0].footer, "（作者系秦安县人大常委会党组书记、主任）")
        XCTAssertFalse(doc.sections[1].bodyLines.contains(19))
        XCTAssertTrue(doc.sections[0].bodyLines.contains(19))
    }

    /// Three writers of one province, the first two footers printed under the third article's
    /// text: one writer signs once, so each extra footer goes to the article that names its county.
    func testExtraFootersGoToTheArticlesNamingTheirCounties() {
        let doc = Fixtures.document("""
        让代表履职更有“温度”

        ■ 王海燕（海南）

        琼中黎族苗族自治县人大常委会把代表联络站建到群众家门口，代表每月进站接待选民。

        在“绿水青山”中践行全过程人民民主

        ■ 符志强（海南）

        白沙黎族自治县地处海南热带雨林国家公园核心区，县人大常委会组织代表开展生态保护视察。

        屯昌县人大常委会：专题询问问出民生实效

        ■ 陈少珍（海南）

        6月下旬，屯昌县人大常委会就城乡义务教育均衡发展开展专题询问。

        （作者系琼中黎族苗族自治县人大常委会副主任）

        县政府及教育等部门负责人现场作答，常委会跟踪督办。

        （作者系白沙黎族自治县人大常委会党组书记、主任）

        （作者系屯昌县人大常委会办公室主任）
        """)
        XCTAssertEqual(doc.sections.map(\.office), ["琼中黎族苗族自治县人大常委会副主任", "白沙黎族自治县人大常委会党组书记、主任",
                                                    "屯昌县人大常委会办公室主任"])
        XCTAssertEqual(doc.sections.map(\.footer), ["（作者系琼中黎族苗族自治县人大常委会副主任）", "（作者系白沙黎族自治县人大常委会党组书记、主任）",
                                                    "（作者系屯昌县人大常委会办公室主任）"])
        XCTAssertEqual(doc.sections[2].bodyLines, [17, 21, 25])
    }

    /// A section holding two footers keeps the one whose county its text names, though another
    /// footer is printed after it: that one (the other writer's, printed under this article's
    /// text) goes to the footer-less article naming its county.
    func testOfTwoFootersTheSectionKeepsTheOneItsTextNames() {
        let doc = Fixtures.document("""
        代表联络站里的“民生账”

        ■ 孙丽华（浙江）

        宁海县人大常委会把代表联络站建到村口，宁海县人大代表每月进站接待群众。

        茶园里的监督课

        ■ 周建平（浙江）

        象山县人大常委会组织代表视察茶产业发展，象山县茶农代表提出建议十余条。

        （作者单位：象山县人大常委会研究室）

        （作者系宁海县人大常委会副主任）
        """)
        XCTAssertEqual(doc.sections.map(\.office), ["宁海县人大常委会副主任", "象山县人大常委会研究室"])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["宁海县", "象山县"])
    }

    /// Names alone in a closing bracket: one of them a likely name, the others names of any origin
    /// (`扎西` beside `李娜`), but no county (`义乌`) and no common word (`图片`).
    func testNamesOfAnyOriginBesideALikelyName() {
        func credit(_ s: String) -> [String]? { ClosingCreditFamily().recognize(LineScalars(s))?.authors }
        XCTAssertEqual(credit("（扎西 李娜）"), ["扎西", "李娜"])
        XCTAssertEqual(credit("（达瓦卓玛 王芳）"), ["达瓦卓玛", "王芳"])
        XCTAssertNil(credit("（义乌 王芳）"))
        XCTAssertNil(credit("（图片 张伟）"))
        XCTAssertNil(credit("（扎西）"), "one name must be likely on its own")
        let doc = Fixtures.document("波密县人大代表助力茶产业发展\n\n6月中旬，波密县人大常委会组织部分人大代表深入茶园调研。\n（扎西 李娜）\n")
        XCTAssertEqual(doc.sections.map(\.authors), [["扎西", "李娜"]])
        XCTAssertEqual(doc.furnitureLines, [])
    }

    /// Two articles' single footers, each printed under the other's text (a scrambled magazine page),
    /// each naming the county the other article's text names and its holder's does not: they change
    /// places, and with them the offices and regions.
    func testFootersPrintedUnderEachOthersTextChangePlaces() {
        let doc = Fixtures.document("""
        让人大监督更有“温度”

        ■ 张丽华（云南）

        人大监督既要有“力度”，也要有“温度”。近年来，华宁县人大常委会坚持把人民群众的所思所盼作为监督工作的出发点。

        今年，县人大常委会组织人大代表深入宁州街道、盘溪镇等地开展调研，推动有关部门规范野生菌市场秩序、加强食品安全

        每月15日，镇人大代表都会准时到这里接待群众。代表们在这里听民声、解民忧，帮助群众解决了灌溉水渠修缮、农村道路养护等一批实际问题。

        （作者单位：新平彝族傣族自治县人大常委会代表工作委员会）



        代表之家成了群众“议事厅”

        ■ 白云芳（云南）

        走进新平彝族傣族自治县戛洒镇人大代表之家，墙上的“代表履职公示栏”格外醒目，代表的姓名、联系方式、接待时间一目了然。

        宣传，野生菌中毒事件明显减少。我们体会到，人大监督只有贴近群众、回应关切，才能真正赢得群众的认可和支持。

        （作者系华宁县人大常委会党组书记、主任）
        """)
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["华宁县", "新平彝族傣族自治县"])
        XCTAssertEqual(doc.sections.map(\.office), ["华宁县人大常委会党组书记、主任", "新平彝族傣族自治县人大常委会代表工作委员会"])
    }

    /// A name alone closing text under an article that opened with its byline (`本报讯（记者 李明）…`,
    /// then `…（周丽萍）`) credits the titled piece before it that has no byline.
    func testANameCreditUnderAnOpenedArticleCreditsThePieceBefore() {
        let doc = Fixtures.document("""
        赣榆区人大常委会督办民生实事项目

        □ 本报记者　赵建国

        今年初，赣榆区票决产生了10件县级民生实事项目。县人大常委会建立了跟踪监督机制，每个项目明确一个代表小组全程



        沭阳县人大常委会视察港口物流产业发展

        9月26日，沭阳县人大常委会组织部分县人大代表，对全县港口物流产业发展情况进行视察。视察组指出，要进一步完善集疏运体系，加快补齐港口配套短板，强化要素

        监督。在伊山镇的老年助餐点项目现场，代表们发现部分助餐点离居民集中居住区较远，当即提出调整建议。



        泗阳县人大常委会专题询问水晶产业发展工作

        本报讯（记者 李明）9月27日，泗阳县人大常委会对全县水晶产业发展情况开展专题询问。调研中梳理出产品质量参差不齐、电商直播

        保障，推动港产城融合发展。县人大常委会将梳理汇总视察意见，交县人民政府研究处理。（周丽萍）

        销售不规范、高端人才缺乏等问题。县人大常委会将对询问中提出的问题跟踪督办。
        """)
        XCTAssertEqual(doc.sections.map(\.authors), [["赵建国"], ["周丽萍"], ["李明"]])
    }

    /// A footer with no province hint to contradict stays where the layout put it.
    func testAFooterStaysWithoutAProvinceHint() {
        let doc = Fixtures.document("""
        做好新时代人大工作

        秦安县人大常委会党组书记、主任 马志刚

        近年来，秦安县人大常委会围绕全县中心工作，在增强监督实效上进行了一些探索。

        （作者系永新县人大常委会党组书记、主任）
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].footer, "（作者系永新县人大常委会党组书记、主任）")
        XCTAssertEqual(doc.sections[0].office, "秦安县人大常委会党组书记、主任")
    }
    /// A reporter signs no footer: a `（作者系…）` line under a `本刊通讯员 NAME` article's text belongs to
    /// the one footer-less article signed with the footer's province (`■ NAME（安徽）`).
    func testAFooterUnderAReportersTextGoesToTheSignedArticle() {
        func page(_ second: String) -> String {
            """
            代表之家里的“连心桥”

            ■ 程玉兰（安徽）

            在霍邱县城关镇人大代表之家，代表们每月接待选民，一件件民生小事在这里得到解决。



            寿县：专题询问聚焦农村饮水

            \(second)

            寿县人大常委会近日就农村饮水安全工作开展专题询问，常委会组成人员与县直部门负责人面对面问答。

            （作者系霍邱县人大常委会代表工作室主任）
            """
        }
        let reporter = Fixtures.document(page("本刊通讯员 许文涛"))
        XCTAssertEqual(reporter.sections.count, 2)
        XCTAssertEqual(reporter.sections[0].office, "霍邱县人大常委会代表工作室主任")
        XCTAssertEqual(reporter.sections[0].region?.county, "霍邱县")
        XCTAssertNil(reporter.sections[1].footer)
        XCTAssertEqual(reporter.sections[1].region?.county, "寿县")
        // A byline without an office may be the footer's writer: the footer stays.
        let writer = Fixtures.document(page("□许文涛"))
        XCTAssertEqual(writer.sections[1].footer, "（作者系霍邱县人大常委会代表工作室主任）")
        XCTAssertNil(writer.sections[0].footer)
    }

    /// A footer under a reporter's news item goes, with no province to go by, to the one footer-less
    /// article a writer signed (`□ 刘建华`) whose text names the footer's county, when the news item's
    /// text does not.
    func testAFooterUnderAReportersTextGoesToTheWriterWhoseTextNamesItsCounty() {
        func page(_ byline: String, footer: String = "（作者系上栗县人大常委会副主任）") -> String {
            """
            让花炮产业在安全轨道上发展

            \(byline)

            上栗县是全国著名的花炮之乡，近年来，我们连续开展安全生产法执法检查，推动企业落实安全责任。



            莲花县人大常委会视察血鸭产业发展

            本报讯（记者 贺文俊）11月15日，莲花县人大常委会组织部分人大代表视察血鸭产业发展情况。

            \(footer)
            """
        }
        let doc = Fixtures.document(page("□ 刘建华"))
        XCTAssertEqual(doc.sections.map(\.office), ["上栗县人大常委会副主任", "记者"])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["上栗县", "莲花县"])
        // A reporter's article of its own (no writer's byline to take it): the footer stays.
        let reporters = Fixtures.document(page("本报记者 刘建华"))
        XCTAssertEqual(reporters.sections[1].footer, "（作者系上栗县人大常委会副主任）")
        // A committee whose name holds 乡 (`乡村振兴`) is no township's office: the footer moves.
        let rural = Fixtures.document(page("□ 刘建华", footer: "（作者系上栗县人大常委会农业农村（乡村振兴）工委主任）"))
        XCTAssertEqual(rural.sections.map { $0.region?.county }, ["上栗县", "莲花县"])
        XCTAssertNil(rural.sections[1].footer)
    }

    /// A photo printed inside a sentence its column cut (`走访` / `商户六十余家，` / `图为…` /
    /// `何文斌　摄` / `形成的调研报告…`) is its article's: the subhead above it (`守 护 老 街`) heads no
    /// picture story, and the text after the photo stays with the article. So is a photo the
    /// article's own writer took where the sentence before the caption ends; a picture story by
    /// another photographer whose text ends its sentence before the caption still goes apart under
    /// its headline.
    func testAPhotoInsideACutSentenceStaysWithItsArticle() {
        let doc = Fixtures.guardPage("s9_caption_in_cut")
        XCTAssertEqual(doc.sections.count, 1, summary(doc).joined(separator: "\n"))
        XCTAssertEqual(doc.sections[0].authors, ["何文斌"])
        let lines = doc.sections[0].bodyLines
        for l in [17, 19, 21, 22, 23, 25, 28, 30] { XCTAssertTrue(lines.contains(l), "line \(l) in \(lines)") }
        XCTAssertLessThan(lines.firstIndex(of: 19)!, lines.firstIndex(of: 25)!, "the cut sentence reads on after the photo")

        var story = try! String(contentsOf: Fixtures.testsDir.appendingPathComponent("Fixtures/guards/s9_caption_in_cut.txt"), encoding: .utf8)
        story = story.replacingOccurrences(of: "商户六十余家，", with: "商户六十余家。")
        let own = Fixtures.document(story)
        XCTAssertEqual(own.sections.count, 1, summary(own).joined(separator: "\n"))
        XCTAssertEqual(own.sections[0].captionLines.sorted(), [21, 22, 23])
        story = story.replacingOccurrences(of: "何文斌　摄", with: "李明　摄")
        let apart = Fixtures.document(story)
        XCTAssertEqual(apart.sections.count, 2, summary(apart).joined(separator: "\n"))
        XCTAssertEqual(apart.sections.last?.title, "守 护 老 街")
    }

    /// In narrow columns, a photo item set across columns under the article above: its headline
    /// right over text lines far wider than the column, closed by the photographer's credit. The
    /// headline titles the photo item (its text and credit had gone into the article above).
    func testAPhotoBoxAcrossNarrowColumnsIsAnItemOfItsOwn() {
        let doc = Fixtures.guardPage("s9_photo_box")
        XCTAssertEqual(doc.sections.map(\.title), ["靖西：“代表讲堂” 开进边境村屯", "人大代表助力芒果产业提质增效", "那坡县人大常委会 开展民生实事项目监督"])
        XCTAssertEqual(doc.sections.map(\.bodyLines)[0], [7, 8, 9, 10, 12, 13, 14])
        XCTAssertEqual(doc.sections[1].authors, ["陆海燕"])
        XCTAssertTrue(doc.sections[1].bodyLines.contains(17))
        // The same lines set in the column's width, no photo's credit under them: text, no item.
        let plain = Fixtures.document("""
        本报讯（记者 农志强）近日，靖西市
        人大常委会开办“代表讲堂”。

        人大代表助力芒果产业
        近日，田东县人大常委会组织部分县
        人大代表深入林逢镇芒果基地察看。
        """)
        XCTAssertEqual(plain.sections.count, 1)
    }

    /// A narrow page of short items, each headline wrapped over two lines straight over its text
    /// (no byline) and each item closed by its credit: a headline opens an item where the item
    /// above was closed, or under nothing but the page's furniture and its letter-spaced label.
    func testWrappedHeadlinesOverTextAfterClosedItems() {
        let doc = Fixtures.document("""
        临夏日报　2024年5月8日　星期三　　　　　　人大之窗　　　　　　　2
        人 大 工 作 简 讯

        康乐县人大常委会开展
        食品安全法执法检查

        近日，康乐县人大常委会组成执法
        检查组，深入景古镇、莲麓镇等地
        检查食品安全法贯彻实施情况。

        检查组要求，要践行全过程人民民
        主，切实守护群众舌尖上的安全。
        （康乐县人大常委会　马晓梅）

        永靖县：代表“夜访”
        听民声解民忧

        4月以来，永靖县人大常委会组织
        代表开展“夜访”活动，走访群众
        1 200 余户，收集意见建议 96 条。（永靖县人大常委会　孔繁荣）

        和政县人大常委会听取
        “一府一委两院”专项报告

        日前，和政县人大常委会召开会议，
        听取和审议了县人民政府等单位的
        专项工作报告。
        （和政县人大常委会　阿卜杜·马明）
        """)
        XCTAssertEqual(doc.sections.map(\.titleLines), [[4, 5], [15, 16], [22, 23]])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[7, 8, 9, 11, 12], [18, 19, 20], [25, 26, 27]])
        XCTAssertEqual(doc.sections.map(\.authors), [["马晓梅"], ["孔繁荣"], ["阿卜杜·马明"]])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["康乐县", "永靖县", "和政县"])
    }

    /// A magazine page printed out of order: the first article's writer's footer sits under the
    /// second article's text, the second's under the third's. A section's only footer naming a
    /// county its text never names goes to the one footer-less section whose text names it; the
    /// section left holding two footers then gives its extra one to the section now without one.
    func testFootersUnderTheNextArticlesTextGoBack() {
        let doc = Fixtures.guardPage("s10_footers_under_next_text")
        XCTAssertEqual(doc.sections.map(\.office), ["前郭县人大常委会党组书记、主任", "乾安县人大常委会办公室", "珲春市人大常委会副主任"])
        XCTAssertEqual(doc.sections.map { $0.bodyLines.last }, [36, 74, 92])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["前郭尔罗斯蒙古族自治县", "乾安县", "珲春市"])
    }

    /// A footer from another province than its holder's byline (`■ 马丽（宁夏）` over
    /// `（作者系旌德县…）`), with two articles signed in the footer's province: it goes to the one whose
    /// text names the footer's county.
    func testOfTwoArticlesSignedInTheFootersProvinceTheOneNamingItsCountyTakesIt() {
        let doc = Fixtures.document("""
        安徽人大　2024年第2期

        泾县：让代表之家成为连心桥

        ■ 胡明远（安徽）

        泾县人大常委会推动全县代表之家提质增效，组织代表定期进家接待群众。

        旌德县：以监督之力护航特色产业

        ■ 汪晓兰（安徽）

        旌德县人大常委会围绕灵芝产业开展专题调研，推动产业提质增效。

        同心：民生实事项目“民选民评”

        ■ 马丽（宁夏）

        （作者系旌德县人大常委会办公室副主任）

        同心县人大常委会在全县推行民生实事项目人大代表票决制。
        """)
        XCTAssertEqual(doc.sections.map(\.office), [nil, "旌德县人大常委会办公室副主任", nil])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["泾县", "旌德县", "同心县"])
    }

    /// Briefs closed by credits printed letter-spaced (`（陈 静）` after the last sentence, `（王 倩 刘 洋）`
    /// on a line of its own), a short label set wide apart between them (`简    讯`): each credit names its
    /// brief's writers, the label is furniture, and a photo's spaced credit (`（程 光  摄）`) stays a
    /// photographer's.
    func testLetterSpacedClosingCreditsAndAWideSpacedLabel() {
        let doc = Fixtures.document("""
        盱眙县人大常委会调研
        小龙虾产业发展

        8月27日，盱眙县人大常委会组织部
        分代表围绕小龙虾全产业链发展开展
        专题调研，建议加强种苗繁育和品牌
        保护，带动更多农户增收。（陈 静）

        简    讯


        金湖县人大常委会审议
        荷藕产业发展工作

        9月3日，金湖县人大常委会听取和审
        议县人民政府关于荷藕产业发展情况
        的报告，建议做响区域公用品牌。
        （王 倩 刘 洋）
        """)
        XCTAssertEqual(doc.sections.map(\.authors), [["陈静"], ["王倩", "刘洋"]])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["盱眙县", "金湖县"])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[4, 5, 6, 7], [15, 16, 17]])
        XCTAssertEqual(doc.furnitureLines, [9])
        let m = ClosingCreditFamily().recognize(LineScalars("（程 光  摄）"))
        XCTAssertNil(m, "a photo credit is the photo family's")
        XCTAssertEqual(ClosingCreditFamily().recognize(LineScalars("（王 倩 刘 洋）"))?.authors, ["王倩", "刘洋"])
        // (`等` after the names is no name; a source credited, `据 新 华 社`, names no writer; a name of a
        // compound surname spaced, `欧阳 明`, is not read as pairs.)
        XCTAssertEqual(ClosingCreditFamily().recognize(LineScalars("（李 明 等）"))?.authors, ["李明"])
        XCTAssertEqual(ClosingCreditFamily().recognize(LineScalars("（王 倩 刘 洋 等）"))?.authors, ["王倩", "刘洋"])
        XCTAssertNil(ClosingCreditFamily().recognize(LineScalars("（据 新 华 社）")))
        XCTAssertNil(ClosingCreditFamily().recognize(LineScalars("（欧阳 明 李 强）")))
    }
}

final class DatedPhotoItemTests: XCTestCase {
    /// A photo item under its own headline, its text printed right under it in a narrower box than the
    /// page's column and opening with a date (`11月10日，…`), its credit ending the last line: the
    /// dated lines are the item's text, not more of its headline, and the item is a piece of its own.
    func testADatedLineUnderAPhotoHeadlineIsText() {
        let doc = Fixtures.document("""
        宜丰县人大常委会推动代表建议办理提质增效

        本报讯（通讯员 胡海峰）近日，宜丰县人大常委会组织代表对建议办理
        工作开展测评，测评结果纳入全县高质量发展综合考核。

        县人大常委会主要负责人表示，将坚持以人民为中心的发展思想，
        持续推动代表建议办理提质增效，让全过程人民民主在宜丰落地
        生根、开花结果。

        代表进企业 问需解难题
        11月10日，奉新县人大常委会组织部分县人大
        代表走进工业园区纺织企业，面对面听取企业在
        用工、融资、物流等方面的困难和诉求，现场
        协调解决问题 7 个。　　　　　　周启帆　摄
        """)
        guard let item = doc.sections.last else { return XCTFail("no section") }
        XCTAssertEqual(item.title, "代表进企业 问需解难题")
        XCTAssertEqual(item.authors, ["周启帆"])
        XCTAssertEqual(item.bodyLines.first, 11)
        XCTAssertFalse(doc.sections.first!.bodyLines.contains(11))
    }

    /// A column of bulleted briefs printed inside a cut article's text (`人 大 简 讯` / `●临颍县…。（孙 洁）`
    /// / `●郾城区…（马 腾）`, then the article's rest `况。视察组要求…`, then `●召陵区…（刘 畅）`): each
    /// brief, opened by its bullet and closed by its own writer's credit, is a piece of its own, and
    /// the article keeps only its text. An article's own bulleted list, closed by its writer, stays.
    func testBulletedBriefsInsideACutArticleArePiecesOfTheirOwn() {
        let page = """
        舞阳县人大常委会视察
        农村公路建设工作

        本报讯（记者 郑 凯）10月9日，舞阳
        县人大常委会组织部分县人大代表，
        对全县农村公路建设工作开展专题视
        察。视察组先后来到北舞渡镇、太尉
        镇，实地察看农村公路建设和养护情


        人 大 简 讯

        ●临颍县人大常委会 10 月 12 日召
        开第十五次会议，听取审议县人民政
        府关于耕地保护工作情况的报告。会
        议要求，要严守耕地红线。（孙 洁）

        ●郾城区人大常委会近日组织代表开
        展食品安全专题调研，推动解决校园
        周边食品安全问题 12 个。（马 腾）


        况。视察组要求，要加强日常养护，
        让群众出行更方便。


        ●召陵区人大常委会日前组织代表
        视察城区防汛工作，提出意见建议
        9 条。（刘 畅）
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.authors), [["郑凯"], ["孙洁"], ["马腾"], ["刘畅"]])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [Array(4...8) + [23, 24], Array(13...16), Array(18...20), Array(27...29)])
        XCTAssertTrue(doc.analysisText(of: doc.sections[0]).string.contains("养护情况。视察组要求"))
        // The same bullet over the paragraph above: the article's own list.
        let list = Fixtures.document("""
        舞阳县人大常委会视察农村公路建设工作

        本报讯（记者 郑 凯）10月9日，舞阳县人大常委会组织部分县人大代表视察农村公路建设工作。视察组提出三点要求：

        ●要加强日常养护，落实养护资金。

        ●要加快危桥改造，消除安全隐患。（孙 洁）
        """)
        XCTAssertEqual(list.sections.count, 1)
        XCTAssertEqual(list.sections[0].bodyLines, [3, 5, 7])
        // So is a list printed line under line after the sentence announcing it, and one bulleted
        // point of the article's own (`●视察组要求，…`): a brief opens with a county of its own.
        for text in ["""
        舞阳县人大常委会视察农村公路建设工作

        本报讯（记者 郑 凯）10月9日，舞阳县人大常委会组织部分县人大代表视察农村公路建设工作。视察组提出三点要求：

        ●要加强日常养护，落实养护资金。
        ●要加快危桥改造，消除安全隐患。
        ●要完善管护机制，压实各方责任。（孙 洁）
        """, """
        春耕正当时

        本报讯（记者 郑 凯）10月9日，舞阳县人大常委会组织部分县人大代表视察农村公路建设工作。视察组先后来到北舞渡镇、太尉镇，实地察看农村公路建设和养护情况。

        ●视察组要求，要加强日常养护，落实养护资金，让群众出行更方便。（孙 洁）
        """] {
            XCTAssertEqual(Fixtures.document(text).sections.count, 1, text)
        }
        // The article keeps a short title when the briefs are split from it.
        let short = Fixtures.document(page.replacingOccurrences(of: "舞阳县人大常委会视察\n农村公路建设工作", with: "农路视察记"))
        XCTAssertEqual(short.sections.first?.title, "农路视察记")
        XCTAssertEqual(short.sections.count, 4)
    }

    /// A letter to the editor printed inside a cut article (`代 表 来 信` / `村 里 的 “ 便 民 桥 ” 修 好 了` /
    /// `编辑同志：…` / `临颍县人大代表  王建国`): its headline opens a piece, its signature under its
    /// last line is its byline (not the opening of the article's rest printed after it), and the
    /// label over it is furniture.
    func testALettersSignatureClosesIt() {
        let doc = Fixtures.document("""
        郾城：代表联络站
        办好群众身边事

        □ 本报记者 马 腾

        今年以来，郾城区人大常委
        会推行“代表联络站”工作
        机制，组织全区五级代表进


        代 表 来 信

        村 里 的 “ 便 民 桥 ” 修 好 了

        编辑同志：
        我是临颍县的一名县人大代
        表。今年初，我在县人代会
        上提出了修建便民桥的建议。
        如今桥已修好，乡亲们出行
        再也不用绕远路了。
        临颍县人大代表  王建国


        站接待群众，协助化解矛盾
        纠纷、收集社情民意。


        召陵区人大常委会审议
        审计工作报告

        10月25日，召陵区第十届人
        大常委会第二十二次会议召
        开，听取和审议区人民政府
        关于审计工作的报告。
        """)
        // (And a brief's headline after the article's rest, over text naming its district's congress by
        // its term, `召陵区第十届人大常委会…`, starts a piece of its own.)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[6, 7, 8, 24, 25], Array(15...20), Array(31...34)])
        XCTAssertEqual(doc.sections[2].titleLines, [28, 29])
        XCTAssertEqual(doc.sections[1].authors, ["王建国"])
        XCTAssertEqual(doc.sections[1].titleLines, [13])
        XCTAssertEqual(doc.furnitureLines, [11])
    }
}
