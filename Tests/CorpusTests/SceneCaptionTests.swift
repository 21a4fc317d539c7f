import XCTest
@testable import Corpus

/// A photo's caption naming only its scene (`专题询问会现场。`), alone between blank lines in a narrow
/// column right under a paragraph the photo cut (`…并依托电商平台`).
final class SceneCaptionTests: XCTestCase {
    static let page = """
    本溪人大
    2024年11月1日  星期五

    桓仁县人大常委会专题询问冰酒产业

    文/图 本报记者 关 琳

    县人大代表王雅琴问：桓仁冰酒在品
    牌推广上有哪些打算？

    县商务局局长刘志宏答：我们将着力打
    造区域公用品牌，并依托电商平台

    专题询问会现场。

    拓宽销售渠道，力争三年内冰酒年销售
    额突破 10 亿元。
    """

    /// The line is a caption, no text the cut above goes on in: the cut goes on below it.
    func testASceneCaptionIsNoLanding() {
        let doc = Fixtures.document(SceneCaptionTests.page)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertTrue(doc.sections[0].captionLines.contains(14), "\(doc.sections[0].captionLines)")
        XCTAssertTrue(doc.analysisText(of: doc.sections[0]).string.contains("依托电商平台拓宽销售渠道"))
    }

    /// A headline ending with a scene's word under its first line (`平安县人大常委会` / `人大代表履职风采掠影`)
    /// over a dateline heads its article: only a paragraph the photo cut has a scene caption under it.
    func testAHeadlineEndingWithASceneWordStaysAHeadline() {
        let doc = Fixtures.document("""
        平安县人大常委会

        人大代表履职风采掠影

        本报讯（记者 张 华）近日，平安县人大常委
        会组织部分省市县人大代表开展集中视察活动，
        代表们先后来到县城污水处理厂、垃圾中转站
        等地实地察看，详细了解项目建设运行情况。
        """)
        XCTAssertEqual(doc.sections.first?.title, "平安县人大常委会 人大代表履职风采掠影")
        XCTAssertTrue(doc.sections.first?.captionLines.isEmpty ?? false)
    }

    func testSceneWords() {
        XCTAssertTrue(LineClassifier.isSceneCaption(LineScalars("专题询问会现场。")))
        XCTAssertTrue(LineClassifier.isSceneCaption(LineScalars("代表视察活动一角")))
        XCTAssertFalse(LineClassifier.isSceneCaption(LineScalars("现场。")))
        XCTAssertFalse(LineClassifier.isSceneCaption(LineScalars("代表们来到项目建设现场，")))
        XCTAssertFalse(LineClassifier.isSceneCaption(LineScalars("代表们深入调研，走访现场。")))
    }
}
