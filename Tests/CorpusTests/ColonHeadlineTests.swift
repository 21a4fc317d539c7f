import XCTest
@testable import Corpus

/// A narrow-column headline in three lines whose first ends with a colon (`平罗市人大常委会：` /
/// `基层立法联系点让群众` / `“说上话”`), over a `□NAME` byline, under a letter-spaced column label.
final class ColonHeadlineTests: XCTestCase {
    static let page = """
    宁夏人大
    2024年7月26日  星期五

    利通：“民生议事厅”
    议出幸福事

    □ 本报记者 马晓燕

    “小区电动车充电难的问题，上
    个月在议事厅里一说，没几天就
    有了回音。”居民王淑琴说。


    法 治 之 窗

    平罗县人大常委会：
    基层立法联系点让群众
    “说上话”

    □赵 婷

    “我提的意见写进了法规草案修
    改稿，没想到咱老百姓的话也能
    ‘直通’立法机关。”说起这事，
    居民张秀兰十分自豪。
    """

    /// The three lines are the second article's headline, its byline under them.
    func testAColonHeadlineInThreeLines() {
        let doc = Fixtures.document(ColonHeadlineTests.page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections.last?.titleLines, [16, 17, 18])
        XCTAssertEqual(doc.sections.last?.authors, ["赵婷"])
        XCTAssertEqual(doc.sections.last?.region?.county, "平罗县")
        XCTAssertFalse(doc.sections.last?.bodyLines.contains(16) ?? true)
        // (Over text, no byline under them, the lines are not taken for a headline so.)
        let unsigned = Fixtures.document(ColonHeadlineTests.page.replacingOccurrences(of: "□赵 婷\n\n", with: ""))
        XCTAssertNotEqual(unsigned.sections.last?.titleLines, [16, 17, 18])
    }
}
