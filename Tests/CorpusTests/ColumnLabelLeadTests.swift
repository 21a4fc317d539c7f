import XCTest
@testable import Corpus

/// A letter-spaced column label at the head of a page over text that is cut right above a writer's
/// header, and labels whose words are set apart by a mark.
final class ColumnLabelLeadTests: XCTestCase {
    static let page = """
    履 职 · 论 坛

    践行全过程人民民主，必须坚持党的领导。一年来，县人大常委会始终把党的领导贯穿



    坚持党的领导 做实人大工作

    宁城县人大常委会党组书记、主任 李志刚

    人大工作全过程各方面，重大事项及时向县委请示报告，确保人大工作正确政治方向。

    监督是人大的重要职权。我们围绕乡村振兴开展专题调研，提出意见建议二十条。



    聚焦民生实事 回应群众期盼

    敖汉旗人大常委会党组书记、主任 王建国

    敖汉旗人大常委会坚持以人民为中心，连续三年开展民生实事项目代表票决，票决产生项目三十件。
    """

    /// The page's opening text under the label, cut inside its sentence (`…贯穿`), opens the article
    /// whose header is printed below it and reads on under that header (`人大工作全过程…`); the label
    /// is furniture and heads no piece.
    func testTextUnderAColumnLabelCutAboveAWritersHeaderOpensThatArticle() {
        let doc = Fixtures.document(Self.page)
        XCTAssertEqual(doc.sections.map(\.title), ["坚持党的领导 做实人大工作", "聚焦民生实事 回应群众期盼"])
        XCTAssertEqual(doc.sections[0].bodyLines, [3, 11, 13])
        XCTAssertEqual(doc.furnitureLines, [1])
        XCTAssertEqual(doc.leftoverLines, [])
    }

    /// A label over a brief that ends its sentence keeps the brief as a piece of its own (the label
    /// furniture over it), and a stray number under a label is no text to give away.
    func testALabelOverAWholeBriefKeepsIt() {
        let brief = Fixtures.document(Self.page.replacingOccurrences(of: "履 职 · 论 坛", with: "人 大 简 讯")
            .replacingOccurrences(of: "始终把党的领导贯穿\n", with: "始终把党的领导贯穿人大工作全过程。\n"))
        XCTAssertEqual(brief.sections.count, 3)
        XCTAssertNil(brief.sections[0].title)
        XCTAssertEqual(brief.sections[0].bodyLines, [3])
        XCTAssertEqual(brief.sections[1].bodyLines, [11, 13])
    }

    /// A profile's lead under the label (two paragraphs, a blank line inside its sentence), naming
    /// the person the header below titles in its second sentence, opens that profile, first.
    func testAProfileLeadUnderAColumnLabelOpensTheProfile() {
        let doc = Fixtures.document("""
        代 表 风 采

        清晨的无量山云雾缭绕，南涧县无量山镇的茶园里，采茶工人正忙着采摘春茶。一身彝族服饰的李玉芬穿行在

        茶垄间，不时停下来查看茶叶长势。


        李玉芬：做茶农增收的“领路人”

        □ 记者 杨晓东 通讯员 罗文清

        李玉芬是州、县两级人大代表，也是当地一家茶叶专业合作社的负责人。多年来，她带领周边农户种茶制茶，合作社社员从最初的11户发展到现在的326户。

        “当代表，就要把群众的事当成自己的事。”这是李玉芬常挂在嘴边的一句话。
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].bodyLines, [3, 5, 12, 14])
        XCTAssertEqual(doc.sections[0].region?.county, "南涧彝族自治县")
        XCTAssertEqual(doc.furnitureLines, [1])
    }

    /// Words of a letter-spaced label may be set apart by a mark standing alone (`人 大 · 监 督`,
    /// `履 职 | 论 坛`); a mark inside a word, or one closing the line, is no label's.
    func testALetterSpacedLabelMaySetItsWordsApartWithAMark() {
        XCTAssertTrue(LineClassifier.isLetterSpaced("盐 城 人 大 · 履 职 论 坛".unicodeScalars))
        XCTAssertTrue(LineClassifier.isLetterSpaced("履 职 ｜ 论 坛".unicodeScalars))
        XCTAssertTrue(LineClassifier.isLetterSpacedLabel("人 大 · 监 督".unicodeScalars))
        XCTAssertFalse(LineClassifier.isLetterSpaced("人 大·监 督".unicodeScalars))
        XCTAssertFalse(LineClassifier.isLetterSpaced("人 大 监 督 ·".unicodeScalars))
        XCTAssertFalse(LineClassifier.isLetterSpaced("人 大 · · 监 督".unicodeScalars))
        XCTAssertFalse(LineClassifier.isLetterSpaced("人大 · 监督".unicodeScalars))
    }
}
