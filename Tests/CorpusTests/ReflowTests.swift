import Corpus
import XCTest

/// Hard-wrapped columns, blank lines at column breaks, letter-spaced runs.
final class ReflowTests: XCTestCase {
    func text(_ page: String) -> String {
        let doc = Fixtures.document(page)
        return doc.sections.map { doc.analysisText(of: $0).string }.joined(separator: "|")
    }

    func testWrappedPhraseReadsAsOne() {
        XCTAssertTrue(text("标题\n\n■ 王明（山西）\n\n贯彻发展全过程人\n民民主要求，支持人大\n加强立法联系点。\n").contains("全过程人民民主"))
    }

    func testBlankLineInsideAParagraphAtAColumnBreak() {
        let t = text("标题\n\n■ 王明（山西）\n\n推动中央关于加强国有资产管理、政\n\n府债务监督等部署落实。\n")
        XCTAssertTrue(t.contains("政府债务"), t)
    }

    func testLetterSpacedRun() {
        XCTAssertTrue(text("标题\n\n■ 王明（山西）\n\n结合《禄丰市人 大 常 委 会 宣 传 工 作 考 核 办 法》开展工作。\n").contains("人大常委会宣传工作考核办法"))
    }

    func testRealParagraphBreaksStay() {
        let t = text("标题\n\n■ 王明（山西）\n\n第一段写完了。\n\n第二段开始。\n")
        XCTAssertTrue(t.contains("第一段写完了。\n第二段开始。"), t)
    }

    func testSpacesSurviveOnlyBetweenASCIIWords() {
        let t = text("标题\n\n■ 王明（山西）\n\n开通 big data 平台，3357 名代表上线。\n")
        XCTAssertTrue(t.contains("开通big data平台"), t)
        XCTAssertTrue(t.contains("3357名"), t)
    }
}
