import XCTest
@testable import Corpus

final class RegionResolverTests: XCTestCase {
    let resolver = RegionResolver()

    func body(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    func path(_ r: ResolvedRegion) -> String { r.region?.path ?? Region.unknownPath }

    /// The region of a one-section document with this headline and text.
    func place(title: String? = nil, _ text: String) -> String {
        path(resolver.resolve(document: [RegionEvidence(title: title, body: body(text))]).regions[0])
    }

    // MARK: documents written for the tests

    /// A 兴安盟 paper: plain bodies establish the context, headlines use contractions.
    func xinganDocument() -> [RegionEvidence] {
        [
            RegionEvidence(byline: "本报讯（甲）", title: "乌市人大：细化目标任务",
                           body: body("本报讯（甲）自治区两会闭幕后，乌市人大常委会迅速组织代表学习。"), isReporterPiece: true),
            RegionEvidence(byline: "本报讯（乙）", title: "前旗人大：坚持以身作则",
                           body: body("本报讯（乙）近日，科右前旗人大系统认真学习，前旗人大常委会作出部署。"), isReporterPiece: true),
            RegionEvidence(byline: "本报讯（丙）", title: "扎旗人大：把握监督实施",
                           body: body("本报讯（丙）近日，扎赉特旗人大常委会召开专题会议。"), isReporterPiece: true),
            RegionEvidence(byline: "本报讯（丁）", title: "突泉县人大：凝聚奋斗力量",
                           body: body("本报讯（丁）近日，突泉县人大常委会传达学习会议精神。"), isReporterPiece: true),
            RegionEvidence(byline: "本报讯（戊）", title: "阿市人大：加强自身建设",
                           body: body("本报讯（戊）近日，阿尔山市人大常委会结合当地实际，推动阿市人大工作。"), isReporterPiece: true),
            RegionEvidence(byline: "本报讯（己）", title: "中旗人大：履行职能职责",
                           body: body("本报讯（己）近日，中旗人大常委会召开机关支部学习会议。"), isReporterPiece: true),
            RegionEvidence(byline: "□ 庚", body: body("兴安盟是第一批试点单位之一，盟人大机关积极参与。")),
            RegionEvidence(body: body("近日，科右前旗俄体镇人大代表深入田间地头。")),
        ]
    }

    /// A wrong suffix naming a congress in a brief's text (`宁安县人大常委会召开…`, 宁安 being a city,
    /// 宁安市, and no other unit having that stem) names the county, as it does in an office; a
    /// wrong suffix outside a congress's name (`宁安县城`) still needs the page's prefecture.
    func testAWrongSuffixNamingACongressInTheTextNamesTheCounty() {
        let doc = Fixtures.document("宁安召开人大常委会第十五次会议\n\n本报讯 9月26日，宁安县人大常委会召开第十五次会议，听取和审议有关报告。\n")
        XCTAssertEqual(doc.sections.first?.region?.county, "宁安市")
        XCTAssertEqual(doc.sections.first?.region?.prefecture, "牡丹江市")
        let plain = Fixtures.document("代表视察老旧小区改造\n\n本报讯 9月26日，部分代表来到宁安县城，视察老旧小区改造情况。\n")
        XCTAssertNil(plain.sections.first?.region?.county)
    }

    /// One section alone (a photo item on 浮梁县) settles no prefecture for the page when the page's
    /// other pieces name other prefectures (修水县 of 九江市, 婺源县 of 上饶市): a commentary naming no
    /// place gets the page's province only.
    func testOneSectionAloneSettlesNoPrefectureOnAPageOfSeveral() {
        let doc = Fixtures.document("""
        修水：“民生议事会”议出幸福感
        □ 本报记者 吴晓峰

        这样的场景，在修水县已成常态。修水县人大常委会依托代表联络站推行“民生议事会”制度。清晨六点，婺源县江湾镇的茶山上已是一片忙碌。省人大代表、婺源县茶业协会会长周丽君和茶农们一起查看茶苗长势。

        让民生实事成为“民心工程”
        □曾海涛

        票决只是起点，办好才是关键。各级人大要加强对票决项目实施情况的跟踪监督。

        人大代表进茶园
        近日，浮梁县人大代表走进江村乡茶园，与茶农交流夏秋茶管护技术。
        汪卫东  摄
        """)
        XCTAssertEqual(doc.sections.count, 3)
        XCTAssertEqual(doc.sections[1].region?.province, "江西省")
        XCTAssertNil(doc.sections[1].region?.prefecture)
        XCTAssertEqual(doc.sections[2].region?.county, "浮梁县")
    }

    func testHeadlineContractionsResolveByDocumentContext() {
        let res = resolver.resolve(document: xinganDocument()).regions
        XCTAssertEqual(res.map(path), [
            "内蒙古自治区/兴安盟/乌兰浩特市",
            "内蒙古自治区/兴安盟/科尔沁右翼前旗",
            "内蒙古自治区/兴安盟/扎赉特旗",
            "内蒙古自治区/兴安盟/突泉县",
            "内蒙古自治区/兴安盟/阿尔山市",
            "内蒙古自治区/兴安盟/科尔沁右翼中旗",
            "内蒙古自治区/兴安盟",
            "内蒙古自治区/兴安盟/科尔沁右翼前旗",
        ])
        XCTAssertEqual(res[0].region?.code, "152201")
    }

    func testHeadlineContractionsStayAmbiguousWithoutContext() {
        for short in ["前旗", "中旗", "扎旗", "乌市", "后旗"] {
            let doc = [RegionEvidence(title: "\(short)人大：坚持以身作则 树立良好形象",
                                      body: body("人大常委会认真传达学习会议精神，安排部署贯彻落实工作。"))]
            let (regions, notes) = resolver.resolve(document: doc)
            XCTAssertNil(regions[0].region?.county, short)
            XCTAssertTrue(notes.contains { $0.kind == .ambiguous && $0.surface == short && $0.sectionIndex == 0 }, "\(short): \(notes)")
        }
        // 阿市 is 阿尔山市 alone nationally, but a two-character contraction still needs context.
        let (regions, _) = resolver.resolve(document: [RegionEvidence(title: "阿市人大：加强自身建设", body: body("人大常委会加强监督。"))])
        XCTAssertNil(regions[0].region?.county)
    }

    func testBannerContractionInOfficeResolvesInTongliaoPaper() {
        let doc = [
            RegionEvidence(byline: "开鲁县人大常委会党组书记、主任 甲", office: "开鲁县人大常委会党组书记、主任", body: body("学习贯彻会议精神。")),
            RegionEvidence(byline: "科左中旗人大常委会党组书记、主任 乙", office: "科左中旗人大常委会党组书记、主任", body: body("学习贯彻会议精神。")),
            RegionEvidence(byline: "科左后旗人大常委会党组书记、主任 丙", office: "科左后旗人大常委会党组书记、主任", body: body("人大工作要围绕全旗经济社会发展。")),
            RegionEvidence(byline: "奈曼旗人大常委会党组书记、主任 丁", office: "奈曼旗人大常委会党组书记、主任", body: body("推动全旗人大工作高质量发展。")),
        ]
        let res = resolver.resolve(document: doc).regions
        XCTAssertEqual(res[1].region, Region(province: "内蒙古自治区", prefecture: "通辽市", county: "科尔沁左翼中旗", code: "150521"))
        XCTAssertEqual(path(res[2]), "内蒙古自治区/通辽市/科尔沁左翼后旗")
        XCTAssertEqual(path(res[3]), "内蒙古自治区/通辽市/奈曼旗")
    }

    func testOfficeWinsOverBody() {
        let doc = [RegionEvidence(office: "科尔沁区人大常委会党组书记、主任",
                                  body: body("开鲁县人大常委会和开鲁县人民政府的同志也参加了学习。"))]
        XCTAssertEqual(path(resolver.resolve(document: doc).regions[0]), "内蒙古自治区/通辽市/科尔沁区")
    }

    func testCountyLevelUnitsUnderAProvinceKeepTheirCounty() {
        for (text, expected) in [("近日，仙桃市人大常委会组织代表开展视察活动。", "湖北省/仙桃市"),
                                 ("近日，琼海市人大常委会组织代表开展视察活动。", "海南省/琼海市"),
                                 ("近日，济源市人大常委会组织代表开展视察活动。", "河南省/济源市")] {
            let doc = [RegionEvidence(byline: "本报记者 王芳", body: body(text))]
            XCTAssertEqual(path(resolver.resolve(document: doc).regions[0]), expected, text)
        }
        // Two such units named alike: the province only.
        XCTAssertEqual(place("仙桃市人大和潜江市人大的代表共同视察。"), "湖北省")
    }

    func testTwoCharacterPrefectureShortFormsResolveByContext() {
        // 巴州 is both 巴音郭楞蒙古自治州 (Xinjiang) and 巴中市's 巴州区 (Sichuan): the counties the
        // page names decide; a page naming neither leaves it ambiguous rather than guessing.
        XCTAssertEqual(place(title: "巴州人大常委会开展执法检查", "近日，巴州人大常委会执法检查组深入库尔勒市、和静县检查。"), "新疆维吾尔自治区/巴音郭楞蒙古自治州")
        XCTAssertEqual(place(title: "巴州人大常委会开展视察", "近日，巴州人大常委会组织代表到恩阳区、通江县视察。"), "四川省/巴中市/巴州区")
        XCTAssertEqual(place(title: "巴州人大常委会开展视察", "近日，巴州人大常委会组织代表视察。"), Region.unknownPath)
        // 克州 is 克孜勒苏柯尔克孜自治州.
        XCTAssertEqual(place(title: "克州人大常委会调研", "克州人大常委会调研组在阿图什市调研。"), "新疆维吾尔自治区/克孜勒苏柯尔克孜自治州")
    }

    func testABareStemNamingItsCongressIsTheCounty() {
        // `义乌人大`: one county has the stem, and 人大 after it says it is that county's congress.
        XCTAssertEqual(place(title: "义乌人大：代表联络站建起来", "近日，义乌人大常委会组织代表视察。"), "浙江省/金华市/义乌市")
        // On a page placed in the same province by other sections, too.
        let zhejiang = [RegionEvidence(title: "杭州市人大常委会开展视察", body: body("杭州市人大常委会组织代表视察西湖区、上城区。")),
                        RegionEvidence(title: "拱墅区人大常委会开展调研", body: body("杭州市拱墅区人大常委会组织代表调研。")),
                        RegionEvidence(title: "义乌人大：代表联络站建起来", body: body("近日，义乌人大常委会组织代表视察。"))]
        XCTAssertEqual(path(resolver.resolve(document: zhejiang).regions[2]), "浙江省/金华市/义乌市")
        // A township's congress named by a unique township name places the piece in its county.
        XCTAssertEqual(place(title: "乌镇镇人大：代表议事厅议出古镇新气象", "2023年以来，乌镇镇人大主席团设立代表议事厅。"), "浙江省/嘉兴市/桐乡市")
        // The same stem in running text, not before 人大, stays a word until context places it.
        XCTAssertEqual(place(title: "代表视察交城", "代表们到交城视察。"), Region.unknownPath)
    }

    func testAMunicipalityNamedInTheTextSettlesItsDistrict() {
        // 北京市 is both the municipality and its one city level: it still places 朝阳区 in Beijing
        // (not 长春市's 朝阳区).
        XCTAssertEqual(place(title: "朝阳区人大常委会开展专题询问", "近日，北京市朝阳区人大常委会召开会议，开展专题询问。"), "北京市/北京市/朝阳区")
        XCTAssertEqual(place(title: "和平区人大常委会视察", "天津市和平区人大常委会组织代表视察。"), "天津市/天津市/和平区")
    }

    func testDistrictsNamedAlikeOnOnePageEachFollowTheirCity() {
        // Three 鼓楼区 on one page: each section names its city once, then the district alone.
        let doc = [
            RegionEvidence(office: "鼓楼区人大办", title: "鼓楼区人大常委会开展专题询问", body: body("5月21日，福州市鼓楼区人大常委会召开会议。")),
            RegionEvidence(office: "鼓楼区人大", title: "鼓楼区人大代表走进社区", body: body("5月22日，南京市鼓楼区人大常委会组织代表走进社区。")),
            RegionEvidence(title: "鼓楼区人大视察生态廊道", body: body("5月23日，鼓楼区人大常委会组织代表视察。徐州市鼓楼区今年投入资金。")),
        ]
        XCTAssertEqual(resolver.resolve(document: doc).regions.map(path),
                       ["福建省/福州市/鼓楼区", "江苏省/南京市/鼓楼区", "江苏省/徐州市/鼓楼区"])
        // 高新区 (every city has one) is no place of its own.
        XCTAssertTrue(Gazetteer.shared.mentions(in: body("走访高新区企业")).isEmpty)
    }

    func testATownshipSettlesADistrictNamedAlike() {
        // 粤海街道 lies in Shenzhen's 南山区 (not Hegang's); 沈家门街道 in Zhoushan's 普陀区 (not Shanghai's).
        XCTAssertEqual(place(title: "代表视察", "近日，南山区人大常委会组织代表到粤海街道视察。"), "广东省/深圳市/南山区")
        XCTAssertEqual(place(title: "代表视察", "近日，普陀区人大代表深入沈家门街道开展视察活动。"), "浙江省/舟山市/普陀区")
        // Without a township the district stays unsettled.
        XCTAssertEqual(place(title: "代表视察", "近日，南山区人大常委会组织代表视察。"), Region.unknownPath)
    }

    func testThePrefecturesCongressNamedLaterDoesNotOutweighTheCountyThePieceOpensOn() {
        XCTAssertEqual(place(title: "守护古城的老街长", "在凤凰县沱江镇，县人大代表杨光明被大家称为老街长。湘西土家族苗族自治州人大常委会将他的事迹编入案例选编。"), "湖南省/湘西土家族苗族自治州/凤凰县")
        // The prefecture's congress as the actor, named first, keeps the piece at the prefecture.
        XCTAssertEqual(place(title: "州人大常委会开展视察", "湘西土家族苗族自治州人大常委会组织代表到凤凰县视察古城保护工作。"), "湖南省/湘西土家族苗族自治州")
    }

    /// A wire dateline's city is where the piece was filed: 杭州 (a short form ending in 州, unlike
    /// the bare 西宁) anchored the piece there although the text names its county twice.
    func testAWireDatelinesCityDoesNotOutweighTheCountyInTheText() {
        for (line, county) in [("新华社杭州6月4日电（记者 冯志军）", "浙江省/丽水市/庆元县"), ("中新网兰州6月4日电（记者 冯志军）", "浙江省/丽水市/庆元县")] {
            let doc = [RegionEvidence(byline: line, body: body("\(line)6月2日，浙江省丽水市庆元县人大常委会组织代表开展调研。庆元县人大常委会主任表示，要持续跟踪督办。"))]
            XCTAssertEqual(path(resolver.resolve(document: doc).regions[0]), county, line)
        }
        // A local paper's own dateline names its county.
        let local = [RegionEvidence(byline: "本报霍州讯（记者 王芳）", body: body("本报霍州讯（记者 王芳）近日，市人大常委会组织代表视察。"))]
        XCTAssertEqual(path(resolver.resolve(document: local).regions[0]), "山西省/临汾市/霍州市")
    }

    /// A piece naming only townships: two that each lie in one place in the country, in one county,
    /// name that county; one passing township, or townships of two counties, name nothing.
    func testTownshipsAloneNameTheirCountyWhenUnique() {
        XCTAssertEqual(place("5月20日，桑洲镇人大代表联络站开展接待日活动，前童镇的代表也参加了活动。"), "浙江省/宁波市/宁海县")
        XCTAssertEqual(place("5月20日，代表们来到桑洲镇，察看了茶园。"), Region.unknownPath)
        // One township named four times is still one township.
        XCTAssertEqual(place("桑洲镇的茶园。桑洲镇的村民。桑洲镇的道路。桑洲镇的学校。"), Region.unknownPath)
        // One township and the bare stem of its own county (a WeChat piece naming no prefecture).
        XCTAssertEqual(place(title: "宁海：代表联络站开到茶园", "冬日的宁海，桑洲镇的茶农却格外忙碌。"), "浙江省/宁波市/宁海县")
        XCTAssertEqual(place("冬日的宁海，桑洲镇的茶农却格外忙碌。"), "浙江省/宁波市/宁海县")
        // The bare stem of another county does not confirm the township.
        XCTAssertEqual(place(title: "象山：代表联络站开到茶园", "冬日的象山，桑洲镇的茶农却格外忙碌。"), Region.unknownPath)
    }

    /// A paper's running head names its locale: a reporter piece naming no place takes it; a piece
    /// that names its own county, or one that is not the paper's reporting, keeps its own.
    func testTheMastheadNamesTheLocaleOfReporterPieces() {
        let pieces = [
            RegionEvidence(byline: "本报记者 王芳", office: "本报记者", body: body("近日，部分市人大代表视察了农田水利建设情况。"), isReporterPiece: true),
            RegionEvidence(byline: "本报记者 李强", office: "本报记者", body: body("近日，洪洞县人大常委会召开会议，洪洞县人大代表参加。"), isReporterPiece: true),
            RegionEvidence(body: body("近日，部分人大代表视察了农田水利建设情况。")),
        ]
        let regions = resolver.resolve(document: pieces, mastheads: ["霍州日报 2024年6月4日 星期二 第1版"]).regions.map(path)
        // (The piece that is not the paper's reporting keeps the page's prefecture, as before.)
        XCTAssertEqual(regions, ["山西省/临汾市/霍州市", "山西省/临汾市/洪洞县", "山西省/临汾市"])
        XCTAssertEqual(resolver.resolve(document: pieces).regions.map(path)[0], "山西省/临汾市")
        let page = Fixtures.document("霍州日报 2024年6月4日 星期二 第1版\n\n代表视察农田水利建设\n\n本报记者 王芳\n\n近日，部分市人大代表视察了农田水利建设情况。\n")
        XCTAssertEqual(page.sections.first?.region?.county, "霍州市")
    }

    func testWholePrefectureIsNoPlace() {
        // 全州 in running text is "the whole prefecture", not Guangxi's 全州县 (named in full it is).
        let g = Gazetteer.shared
        XCTAssertTrue(g.mentions(in: body("全州累计投入衔接资金3.5亿余元。")).isEmpty)
        XCTAssertFalse(g.mentions(in: body("全州县人大常委会召开会议。")).isEmpty)
    }

    func testAProvinceHintThatIsAlsoACitysNameGivesTheProvince() {
        let doc = [RegionEvidence(byline: "■ 王芳（吉林）", provinceHint: "吉林", body: body("代表们积极履职，认真听取群众意见。"))]
        XCTAssertEqual(path(resolver.resolve(document: doc).regions[0]), "吉林省")
        let finer = [RegionEvidence(byline: "■ 王芳（吉林长春）", provinceHint: "吉林长春", body: body("代表们积极履职。"))]
        XCTAssertEqual(path(resolver.resolve(document: finer).regions[0]), "吉林省/长春市")
    }

    func testWrongSuffixCorrectedInLuliangContext() {
        let doc = [
            RegionEvidence(byline: "□ 本报记者 甲", office: "本报记者",
                           body: body("吕梁市人大常委会召开会议。岚县人大常委会坚持学习。石楼市人大常委会办公室主任表示，要学深悟透。交城县人大常委会组织学习。"),
                           isReporterPiece: true),
            RegionEvidence(byline: "□ 本报记者 乙", office: "本报记者",
                           body: body("市人大代表、离石区委党校常务副校长正在农村宣讲。离石区人大常委会高度重视。"), isReporterPiece: true),
        ]
        let (regions, notes) = resolver.resolve(document: doc)
        XCTAssertEqual(path(regions[0]), "山西省/吕梁市", "a piece about many counties stays at the prefecture")
        XCTAssertEqual(path(regions[1]), "山西省/吕梁市/离石区")
        let corrected = notes.first { $0.kind == .corrected }
        XCTAssertEqual(corrected?.message, "石楼市 → 石楼县 (吕梁市)")
        XCTAssertEqual(corrected?.surface, "石楼市")
        XCTAssertEqual(corrected?.sectionIndex, 0)
        XCTAssertNotNil(corrected?.offset)
    }

    /// Without a prefecture on the page, a wrong suffix is settled only where it names a congress
    /// (`石楼市人大常委会`, the one unit with that stem being 石楼县); elsewhere (`石楼市城区`) it is not.
    func testWrongSuffixNotResolvedWithoutContext() {
        let doc = [RegionEvidence(body: body("记者在石楼市城区看到，老旧小区改造正在推进。"))]
        let (regions, notes) = resolver.resolve(document: doc)
        XCTAssertNil(regions[0].region)
        XCTAssertFalse(notes.contains { $0.kind == .corrected })
        let congress = [RegionEvidence(body: body("石楼市人大常委会办公室主任表示，要学深悟透。"))]
        let (named, _) = resolver.resolve(document: congress)
        XCTAssertEqual(path(named[0]), "山西省/吕梁市/石楼县")
    }

    func testReporterPieceTakesPaperLocaleOrItsCounty() {
        let doc = [
            RegionEvidence(body: body("吕梁市人大常委会审议通过决定。汾阳市、孝义市人大常委会分别召开会议。")),
            RegionEvidence(byline: "□ 本报记者 甲", office: "本报记者", body: body("连日来，全市人大系统兴起学习热潮。"), isReporterPiece: true),
            RegionEvidence(byline: "□ 本报记者 乙", office: "本报记者",
                           body: body("省、市人大代表，交城县卫生健康综合行政执法队队长助理接受采访，推动精神在交城落地生根。"),
                           isReporterPiece: true),
            RegionEvidence(title: "前言", body: body("连日来，全市各级人大常委会机关干部纷纷学习。")),
        ]
        let res = resolver.resolve(document: doc).regions
        XCTAssertEqual(path(res[1]), "山西省/吕梁市")
        XCTAssertTrue(res[1].evidence.contains { $0.contains("document context") })
        XCTAssertEqual(path(res[2]), "山西省/吕梁市/交城县")
        XCTAssertEqual(path(res[3]), "山西省/吕梁市")
    }

    func testPassingMentionDoesNotMoveAReporterPiece() {
        let doc = [
            RegionEvidence(office: "吕梁市人大常委会主任", body: body("吕梁市人大常委会审议。")),
            RegionEvidence(office: "离石区人大常委会主任", body: body("离石区人大常委会学习。")),
            RegionEvidence(byline: "□ 本报记者 甲", office: "本报记者",
                           body: body("全市人大系统学习借鉴杭州市的经验，兴起学习热潮。"), isReporterPiece: true),
        ]
        XCTAssertEqual(path(resolver.resolve(document: doc).regions[2]), "山西省/吕梁市")
    }

    func testRenamedUnitResolves() {
        let doc = [RegionEvidence(provinceHint: "云南", body: body("禄丰县人大常委会召开会议，禄丰县人大代表参加。"))]
        let (regions, notes) = resolver.resolve(document: doc)
        XCTAssertEqual(path(regions[0]), "云南省/楚雄彝族自治州/禄丰市")
        XCTAssertTrue(notes.contains { $0.kind == .corrected && $0.message == "禄丰县 → 禄丰市 (楚雄彝族自治州)" }, "\(notes)")
    }

    /// A unit renamed in 2019–2021 under its current name is official, not a wrong suffix to correct.
    func testCurrentNamesOfRenamedUnitsResolveAsPrinted() {
        for (text, want, old) in [("湟中区人大常委会组织部分区人大代表，视察拦隆口镇河道综合治理工作。", "青海省/西宁市/湟中区", "湟中县"),
                                  ("凤翔区人大常委会推动柳林镇农村道路改造等代表建议落实。", "陕西省/宝鸡市/凤翔区", "凤翔县")] {
            let (regions, notes) = resolver.resolve(document: [RegionEvidence(body: body(text))])
            XCTAssertEqual(path(regions[0]), want, text)
            XCTAssertTrue(notes.isEmpty, "\(notes)")
            let (oldRegions, oldNotes) = resolver.resolve(document: [RegionEvidence(body: body(old + "人大常委会召开会议，" + old + "人大代表参加。"))])
            XCTAssertEqual(path(oldRegions[0]), want, old)
            XCTAssertTrue(oldNotes.contains { $0.kind == .corrected && $0.message.hasPrefix(old + " → ") }, "\(oldNotes)")
        }
    }

    func testProvinceHintAndBodyAgree() {
        let doc = [
            RegionEvidence(byline: "■ 甲（湖北）", provinceHint: "湖北",
                           body: body("湖北省竹溪县人大常委会切实加强干部能力作风建设，提请县委下发实施意见。")),
            RegionEvidence(byline: "■ 乙（江苏）", provinceHint: "江苏",
                           body: body("地方党委要切实担负起政治责任，支持街道和开发园区议政代表会建设。")),
            RegionEvidence(byline: "■ 丙（内蒙古）", provinceHint: "内蒙古",
                           footer: "（作者系巴彦淖尔市人大常委会主任）",
                           body: body("巴彦淖尔市人大常委会在全区率先开发推广小程序。")),
            RegionEvidence(byline: "■ 丁（湖南）", provinceHint: "湖南",
                           body: body("湖南省长沙市岳麓区人大常委会以强烈的责任感履职。坚决支持湘江新区与岳麓区实行区政合一。")),
        ]
        let res = resolver.resolve(document: doc).regions
        XCTAssertEqual(res[0].region, Region(province: "湖北省", prefecture: "十堰市", county: "竹溪县", code: "420324"))
        XCTAssertEqual(res[1].region, Region(province: "江苏省", code: "320000"))
        XCTAssertEqual(path(res[2]), "内蒙古自治区/巴彦淖尔市")
        XCTAssertEqual(path(res[3]), "湖南省/长沙市/岳麓区")
    }

    func testHintNamingAFinerPlaceStillGivesTheProvince() {
        let doc = [RegionEvidence(byline: "■ 甲（湖北竹溪）", provinceHint: "湖北竹溪", body: body("加强干部能力作风建设。"))]
        XCTAssertEqual(resolver.resolve(document: doc).regions[0].region?.province, "湖北省")
    }

    /// The finer place of a hint (`内蒙古通辽`, `湖北竹溪`) is the section's place when nothing
    /// else names one; an office naming another place still wins.
    func testHintNamingAFinerPlaceGivesThatPlace() {
        let doc = [
            RegionEvidence(byline: "■ 甲（内蒙古通辽）", provinceHint: "内蒙古通辽", body: body("全旗人大代表积极履职。")),
            RegionEvidence(byline: "■ 乙（湖北竹溪）", provinceHint: "湖北竹溪", body: body("加强干部能力作风建设。")),
            RegionEvidence(byline: "■ 丙（江苏南京）", office: "苏州市人大常委会主任", provinceHint: "江苏南京", body: body("加强监督。")),
        ]
        let res = resolver.resolve(document: doc).regions
        XCTAssertEqual(path(res[0]), "内蒙古自治区/通辽市")
        XCTAssertEqual(path(res[1]), "湖北省/十堰市/竹溪县")
        XCTAssertEqual(path(res[2]), "江苏省/苏州市")
    }

    func testHintOnlyStaysAtProvinceAndIgnoresOtherProvinces() {
        // 长治 and 安康 inside idioms, and a place outside the hinted province, do not count.
        let doc = [RegionEvidence(byline: "■ 甲（河南）", provinceHint: "河南",
                                  body: body("关系人民幸福安康，关系党和国家长治久安。学习借鉴杭州市的经验。"))]
        XCTAssertEqual(path(resolver.resolve(document: doc).regions[0]), "河南省")
    }

    func testTaiwanStreetIsNotTaiwanProvince() {
        let doc = [RegionEvidence(byline: "■ 甲（江苏）", provinceHint: "江苏",
                                  body: body("启东市台湾风情街开街，启东市人大代表积极参与。"))]
        let r = resolver.resolve(document: doc).regions[0]
        XCTAssertEqual(path(r), "江苏省/南通市/启东市")
        let alone = resolver.resolve(document: [RegionEvidence(body: body("启东市台湾风情街开街。"))]).regions[0]
        XCTAssertNotEqual(alone.region?.province, "台湾省")
    }

    func testTownshipsOnlyVoteInsideContext() {
        let luliang = [
            RegionEvidence(office: "吕梁市人大常委会主任", body: body("吕梁市人大常委会审议。")),
            RegionEvidence(office: "离石区人大常委会主任", body: body("离石区人大常委会学习。")),
            RegionEvidence(body: body("初冬季节，吴城镇陈家塔村会议室里人头攒动。")),
        ]
        XCTAssertEqual(path(resolver.resolve(document: luliang).regions[2]), "山西省/吕梁市/离石区")
        let alone = [RegionEvidence(body: body("初冬季节，吴城镇陈家塔村会议室里人头攒动。"))]
        XCTAssertNil(resolver.resolve(document: alone).regions[0].region)
    }

    func testGulouNeedsAProvince() {
        let none = resolver.resolve(document: [RegionEvidence(title: "鼓楼区人大：履职尽责", body: body("加强监督。"))])
        XCTAssertNil(none.regions[0].region?.county)
        XCTAssertTrue(none.notes.contains { $0.kind == .ambiguous && $0.surface == "鼓楼区" })
        let fujian = resolver.resolve(document: [RegionEvidence(provinceHint: "福建", title: "鼓楼区人大：履职尽责", body: body("加强监督。"))])
        XCTAssertEqual(path(fujian.regions[0]), "福建省/福州市/鼓楼区")
        // Two 鼓楼区 in 江苏 (南京, 徐州): the hint is not enough.
        let jiangsu = resolver.resolve(document: [RegionEvidence(provinceHint: "江苏", title: "鼓楼区人大：履职尽责", body: body("加强监督。"))])
        XCTAssertEqual(path(jiangsu.regions[0]), "江苏省")
        XCTAssertTrue(jiangsu.notes.contains { $0.kind == .ambiguous })
    }

    func testOfficeOutsideHintProvinceIsAConflict() {
        let doc = [RegionEvidence(byline: "■ 甲（湖北）", office: "巴彦淖尔市人大常委会主任", provinceHint: "湖北", body: body("加强代表工作。"))]
        let (regions, notes) = resolver.resolve(document: doc)
        XCTAssertEqual(path(regions[0]), "内蒙古自治区/巴彦淖尔市")
        XCTAssertTrue(notes.contains { $0.kind == .conflict && $0.surface == "巴彦淖尔市" })
    }

    func testUnknownPlaceInOffice() {
        let (_, notes) = resolver.resolve(document: [RegionEvidence(office: "桃花源县人大常委会主任", body: body("加强监督。"))])
        XCTAssertTrue(notes.contains { $0.kind == .unknownPlace && $0.surface.hasSuffix("县") }, "\(notes)")
    }

    func testNationalPaperHasNoDominantContext() {
        // Sections about different prefectures: no context, so a contraction stays ambiguous.
        let doc = [
            RegionEvidence(provinceHint: "云南", body: body("云南省禄丰市人大常委会不断探索。")),
            RegionEvidence(provinceHint: "山东", body: body("山东省青岛市人大常委会认真贯彻落实。")),
            RegionEvidence(title: "前旗人大：坚持学习", body: body("人大常委会认真学习。")),
        ]
        let (regions, _) = resolver.resolve(document: doc)
        XCTAssertEqual(path(regions[0]), "云南省/楚雄彝族自治州/禄丰市")
        XCTAssertEqual(path(regions[1]), "山东省/青岛市")
        XCTAssertNil(regions[2].region?.county)
    }

    /// A local paper's dateline names the county of the news (`本报新化讯`, `新化讯`), as `新化人大` does.
    func testALocalDatelineNamesTheCounty() {
        for byline in ["本报新化讯（通讯员 刘建国）", "新化讯（通讯员 刘建国）"] {
            let doc = Fixtures.document("开展专题调研活动\n\n\(byline)\n\n5月20日，县人大常委会组织部分人大代表开展专题调研。\n")
            XCTAssertEqual(doc.sections.first?.region?.county, "新化县", byline)
        }
    }

    /// A prefecture congress's piece listing its counties' congresses (`博乐市、阿拉山口市、精河县、
    /// 温泉县人大常委会负责同志列席会议`) is about none of them: 人大 after the list is every listed
    /// place's, so the last is no more the piece's county than the others.
    func testTheLastOfAListBeforeRendaIsNotThePiecesCounty() {
        let r = place(title: "博州人大常委会召开代表建议交办会", "3月17日，州人大常委会召开代表建议交办会，将代表提出的126件建议交由州人民政府等48家承办单位办理。博乐市、阿拉山口市、精河县、温泉县人大常委会负责同志列席会议。")
        XCTAssertEqual(r, "新疆维吾尔自治区/博尔塔拉蒙古自治州")
        // One county's congress named alone still names the piece's county.
        XCTAssertEqual(place(title: "博州人大常委会召开代表建议交办会", "3月17日，温泉县人大常委会召开代表建议交办会。"), "新疆维吾尔自治区/博尔塔拉蒙古自治州/温泉县")
    }
}

/// Bare two-character county stems where they open a piece's text, and words a wrong suffix makes.
final class OpeningStemTests: XCTestCase {
    let resolver = RegionResolver()

    func region(hint: String?, _ text: String) -> String {
        resolver.resolve(document: [RegionEvidence(byline: "■ 包国华（云南）", provinceHint: hint, body: Array(text.unicodeScalars))]).regions[0].region?.path ?? Region.unknownPath
    }

    /// `富源地处滇东…`: a bare stem opening the text is its subject; inside the byline's province it
    /// names the county. Later in the text, or with no province to hold it, the same stem is a
    /// common word's chance and names nothing.
    func testABareStemOpeningTheTextNamesItsCountyInsideTheProvince() {
        let opening = "富源地处滇东高原，是一个农业大县。近年来，县人大常委会坚持把密切联系群众作为基础工程。"
        XCTAssertEqual(region(hint: "云南", opening), "云南省/曲靖市/富源县")
        XCTAssertEqual(region(hint: nil, opening), Region.unknownPath)
        let later = "近年来，县人大常委会坚持把密切联系群众作为基础工程，富源地处滇东高原。"
        XCTAssertEqual(region(hint: "云南", later), "云南省")
    }

    /// `乌蒙山区` is the Wumeng mountain area, not 蒙山县 printed 蒙山区; `宁城市` is still 宁城县
    /// printed with the wrong suffix.
    func testAWrongSuffixThatMakesAWordWithTheStemIsNone() {
        let g = Gazetteer.shared
        let mountains = g.mentions(in: Array("会泽地处乌蒙山区腹地".unicodeScalars))
        XCTAssertFalse(mountains.contains { $0.kind == .wrongSuffix }, "\(mountains.map(\.surface))")
        let ningcheng = g.mentions(in: Array("宁城市人大常委会".unicodeScalars))
        XCTAssertTrue(ningcheng.contains { $0.surface == "宁城市" && $0.kind == .wrongSuffix })
    }
}

/// A congress's place printed with the wrong suffix in an office, and a headline opening with its
/// place and a colon, on pages whose other sections pull the context elsewhere.
final class CongressPlaceTests: XCTestCase {
    let resolver = RegionResolver()

    func paths(_ evidence: [RegionEvidence]) -> [String] {
        resolver.resolve(document: evidence).regions.map { $0.region?.path ?? Region.unknownPath }
    }

    /// `通江市人大常委会…` on a page of 广西 and 广东 essays: one county has the stem 通江, so the office
    /// names 通江县 (the page's context is no other province's).
    func testAWrongSuffixBeforeTheCongressNamesTheOneCountyWithThatStem() {
        let regions = paths([
            RegionEvidence(byline: "■ 梁秀珍（广西）", provinceHint: "广西", body: Array("北流市人大常委会把代表联络站建设作为重要抓手。".unicodeScalars)),
            RegionEvidence(byline: "■ 陈海生（广东）", provinceHint: "广东", body: Array("徐闻县人大常委会聚焦菠萝产业开展专题调研。".unicodeScalars)),
            RegionEvidence(byline: "通江市人大常委会党组书记、主任　苟正华", office: "通江市人大常委会党组书记、主任",
                           body: Array("通江是革命老区，也是农业大县。今年以来，县人大常委会坚持把群众满意作为监督工作的出发点。".unicodeScalars)),
        ])
        XCTAssertEqual(regions[2], "四川省/巴中市/通江县")
    }

    /// `炎陵：代表“点题” 监督“答卷”` over a text that names its prefecture more often than the county:
    /// the headline's place is the section's.
    func testAHeadlineOpeningWithAPlaceAndAColonNamesTheSection() {
        let body = "近日，株洲市人大常委会调研组来到县里，听取代表建议办理情况汇报。株洲市人大常委会有关负责人表示，将总结推广炎陵经验。"
        let regions = paths([RegionEvidence(title: "炎陵：代表“点题” 监督“答卷”", body: Array(body.unicodeScalars))])
        XCTAssertEqual(regions[0], "湖南省/株洲市/炎陵县")
        // Without the colon the stem is a word of the headline, not its subject.
        let plain = paths([RegionEvidence(title: "代表“点题” 炎陵监督“答卷”", body: Array(body.unicodeScalars))])
        XCTAssertEqual(plain[0], "湖南省/株洲市")
    }
}

/// What guards the two headline and opening rules (adversarial pages of a review).
final class PlaceRuleGuardTests: XCTestCase {
    let resolver = RegionResolver()

    func path(_ ev: RegionEvidence) -> String {
        resolver.resolve(document: [ev]).regions[0].region?.path ?? Region.unknownPath
    }

    /// A saying or a common word opening the text (`江山就是人民`, `通道建起来了`) describes no place.
    func testOnlyAPlaceDescribedOpensTheTextAsItsSubject() {
        XCTAssertEqual(path(RegionEvidence(byline: "■ 王建国（浙江）", provinceHint: "浙江", body: Array("江山就是人民，人民就是江山。人大工作要始终坚持以人民为中心。".unicodeScalars))), "浙江省")
        XCTAssertEqual(path(RegionEvidence(byline: "■ 王建国（湖南）", provinceHint: "湖南", body: Array("通道建起来了，群众的意见才能传上来。代表联络站就是这样的通道。".unicodeScalars))), "湖南省")
        XCTAssertEqual(path(RegionEvidence(byline: "■ 王建国（浙江）", provinceHint: "浙江", body: Array("江山地处浙闽赣三省交界，是一个山区县。".unicodeScalars))), "浙江省/衢州市/江山市")
    }

    /// A profile's headline `黄平：…` names its deputy, not 黄平县: the text calls him 代表黄平 and is
    /// about 凤冈县.
    func testAPersonsNameBeforeTheHeadlinesColonIsNoPlace() {
        let body = "走进凤冈县永安镇田坝村，县人大代表黄平正和茶农们一起查看新茶长势。凤冈县人大常委会负责人介绍，全县涌现出一批好代表。"
        XCTAssertEqual(path(RegionEvidence(title: "黄平：把群众的事当成自己的事", body: Array(body.unicodeScalars))), "贵州省/遵义市/凤冈县")
    }
}

/// A county whose official name is a plain word (城区, 郊区), printed alone as the name of a
/// congress in an office (`城区人大常委会党组书记、主任`): the page's prefecture settles which.
final class PlainWordCongressTests: XCTestCase {
    let g = Gazetteer.shared
    func page(_ head: String, _ body: String) -> Section? {
        Fixtures.document("\(head)\n\n坚持人民至上 做实代表工作\n城区人大常委会党组书记、主任 刘建国\n\n\(body)\n").sections.first
    }

    func testTheOfficesCongressInsideTheNamedPrefecture() {
        let s = page("", "今年以来，在晋城市委的领导下，我们组织代表深入社区开展视察调研，推动解决了一批群众急难愁盼问题。")
        XCTAssertEqual(s?.office, "城区人大常委会党组书记、主任")
        XCTAssertEqual(s?.region?.prefecture, "晋城市")
        XCTAssertEqual(s?.region?.county, "城区")
    }

    func testThePapersMastheadIsThePagesPrefecture() {
        let s = page("晋城日报  2024年5月22日  第3版", "今年以来，我们组织代表深入社区开展视察调研，推动解决了一批群众急难愁盼问题。")
        XCTAssertEqual(s?.region?.county, "城区")
        XCTAssertEqual(s?.region?.prefecture, "晋城市")
    }

    func testWithoutAFrameTheWordStaysUnsettled() {
        let s = page("", "今年以来，我们组织代表深入社区开展视察调研，推动解决了一批群众急难愁盼问题。")
        XCTAssertNil(s?.region)
    }

    func testOnlyTheWordAloneBeforeTheCongressIsAMention() {
        let m = g.plainWordCongresses(in: Array("城区人大常委会召开会议".unicodeScalars))
        XCTAssertEqual(m.map(\.surface), ["城区"])
        XCTAssertTrue(m[0].candidates.allSatisfy { $0.name == "城区" && $0.level == .county })
        XCTAssertTrue(m[0].candidates.contains { $0.code == "140502" })
        XCTAssertGreaterThanOrEqual(m[0].candidates.count, 2)
        XCTAssertTrue(g.plainWordCongresses(in: Array("老城区人大代表走访".unicodeScalars)).isEmpty)
        XCTAssertTrue(g.plainWordCongresses(in: Array("城区道路改造".unicodeScalars)).isEmpty)
    }
}
