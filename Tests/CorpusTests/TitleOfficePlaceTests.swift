import XCTest
@testable import Corpus

/// A magazine spread that opens with the second essay's text (`利川是“中国凉都”。…` cut at `…全过程人`),
/// then the first essay's header, a 州-level essay whose title names its place only in its subtitle
/// (`——恩施州人大常委会推进自治立法的实践与思考`), the cut's rest (`民民主的重大意义…`) under it, and the
/// essay's own opening (`恩施土家族苗族自治州是…`).
final class TitleOfficePlaceTests: XCTestCase {
    func testATitleNamingAnOfficeGivesTheSectionItsPlace() {
        var s = Section()
        s.title = "加强民族立法 护航高质量发展——恩施州人大常委会推进自治立法的实践与思考"
        XCTAssertEqual(SectionSimilarity.titleOfficePlace(s).map { String(String.UnicodeScalarView($0)) }, "恩施州")
        s.title = "聚焦中心 依法履职 谱写人大工作新篇章"
        XCTAssertNil(SectionSimilarity.titleOfficePlace(s))
        // (A place named otherwise is no office: `学习借鉴德清县经验`.)
        s.title = "学习借鉴德清县经验 推动代表工作提质增效"
        XCTAssertNil(SectionSimilarity.titleOfficePlace(s))
    }

    /// With its place known, the 州 essay keeps its own opening and its closing paragraph
    /// (`新时代新征程，恩施州人大常委会将…`), and the page's opening text with the cut's rest goes to
    /// the county essay it names.
    func testThePageOpeningGoesToTheEssayItNames() {
        let doc = Fixtures.document("""
        人大研究　　　　　　　　　　　　　　　　　　　　　　　　　　　　2024年第6期

        利川是“中国凉都”。党的二十大以来，利川市人大常委会坚持以习近平新时代中国特色社会主义思想为指导，把践行全过程人民民主贯穿人大工作各方面。

        坚持党的全面领导，把稳人大工作政治方向。市人大常委会党组始终把学习宣传贯彻党的二十大精神作为首要政治任务，深刻领会全过程人



        加强民族立法 护航高质量发展

        ——恩施州人大常委会推进自治立法的实践与思考

        ■ 田晓梅（湖北）

        民民主的重大意义和实践要求，组织常委会组成人员和各级人大代表开展集中学习 12 场次、专题宣讲 36 场次。

        恩施土家族苗族自治州是以土家族、苗族为主体的少数民族自治州。党的十八大以来，恩施州人大常委会认真行使民族自治立法权，制定单行条例 9 部。

        坚持党委领导，确保立法正确方向。州人大常委会严格落实立法工作重大事项向州委请示报告制度，五年来共报告立法事项 26 件。



        聚焦中心 依法履职 谱写利川人大工作新篇章

        利川市人大常委会党组书记、主任 向东升

        围绕中心大局，彰显依法监督实效。常委会聚焦茶产业发展、乡村振兴等重点工作，综合运用听取审议报告、执法检查等方式开展监督。

        新征程上，利川市人大常委会将坚持党的领导、人民当家作主、依法治国有机统一，奋力谱写人大工作新篇章。

        新时代新征程，恩施州人大常委会将坚持以习近平法治思想为指导，深入推进科学立法、民主立法、依法立法，为民族地区高质量发展提供法治保障。

        （作者系恩施州人大常委会副秘书长）
        """)
        guard doc.sections.count == 2 else { return XCTFail("\(doc.sections.count) sections") }
        let prefecture = doc.sections[0], county = doc.sections[1]
        XCTAssertEqual(county.region?.county, "利川市")
        XCTAssertEqual(prefecture.region?.prefecture, "恩施土家族苗族自治州")
        for l in [3, 5, 15, 27, 29] { XCTAssertTrue(county.bodyLines.contains(l), "line \(l) in \(county.bodyLines)") }
        for l in [17, 19, 31] { XCTAssertTrue(prefecture.bodyLines.contains(l), "line \(l) in \(prefecture.bodyLines)") }
        XCTAssertEqual(prefecture.bodyLines.first, 17)
    }
}

final class PageLeadTests: XCTestCase {
    /// A spread that opens with the second essay's text (`林州地处太行山东麓…`, cut at `…贯穿人`), the
    /// first essay's header next (汤阴县), the cut's rest and another paragraph of 林州's under it, then
    /// 汤阴's own opening (`汤阴县历史悠久…`): the page's opening opens 林州's essay, read on in order
    /// through the cut's rest, before 林州's last paragraph under its own header.
    func testThePageOpeningOpensTheEssayItNames() {
        let doc = Fixtures.document("""
        河南人大　2024年第3期

        林州地处太行山东麓，是“红旗渠精神”的发源地。近年来，林州市人大常委会坚持以习近平新时代中国特色社会主义思想为指导，团结带领全市各级人大代表担当作为。

        坚持党的全面领导，是做好新时代人大工作的根本保证。市人大常委会党组始终把党的领导贯穿人



        以高质量监督助推县域高质量发展

        汤阴县人大常委会党组书记、主任 王丽华

        大工作全过程各方面，坚定拥护“两个确立”、坚决做到“两个维护”，确保人大工作正确政治方向。

        践行全过程人民民主，重在把人民意愿贯穿履职全过程。林州市人大常委会建立代表联络站 68 个，让群众的声音直达常委会。

        汤阴县历史悠久，是岳飞故里。学习贯彻党的二十大精神以来，汤阴县人大常委会聚焦县委中心工作，依法履职尽责。

        聚焦重点领域开展监督。围绕文化旅游产业发展、农村人居环境整治等开展专题询问，推动解决问题 42 个。



        守好红旗渠精神 践行全过程人民民主

        林州市人大常委会党组书记、主任 李建军

        下一步，林州市人大常委会将继续弘扬红旗渠精神，为建设现代化林州贡献人大力量。
        """)
        XCTAssertEqual(doc.bodyLines(ofCounty: "林州市"), [3, 5, 13, 15, 27])
        XCTAssertEqual(doc.bodyLines(ofCounty: "汤阴县"), [17, 19])
    }
}

