@testable import Corpus
import XCTest

/// Tables printed in a narrow column's text (`项目名称　　得票` / `老旧小区改造　31 票` / …): rows of
/// cells set apart, figures closing them, are the article's text, not a headline stacked over it.
final class TableRowTests: XCTestCase {
    func testTableRowsAreTextNotAHeadline() {
        let doc = Fixtures.document("""
        宜丰：十件民生实事
        代表“一票一票”定下来

        □ 本报记者 熊 伟

        8月28日，宜丰县人大常委
        会召开会议，以无记名投票
        方式从 15 个候选项目中票
        决产生县级民生实事项目 10
        件。票决结果如下（得票前
        三位）：

        项目名称　　得票
        老旧小区改造　31 票
        农村饮水提升　31 票
        城区学校扩容　30 票
        县人大常委会将对票决产生
        的项目实行跟踪监督。
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].bodyLines, Array(6...11) + Array(13...18))
        XCTAssertEqual(doc.sections[0].subheadLines, [])
    }

    func testCellsAndFigureRows() {
        XCTAssertEqual(LineClassifier.tableCells("老旧小区改造　31 票".unicodeScalars), 2)
        XCTAssertEqual(LineClassifier.tableCells("项目名称　　得票".unicodeScalars), 2)
        XCTAssertEqual(LineClassifier.tableCells("县人大常委会将对票决产生".unicodeScalars), 1)
        XCTAssertTrue(LineClassifier.isFigureRow("老旧小区改造　31 票".unicodeScalars))
        XCTAssertTrue(LineClassifier.isFigureRow("乡镇代表联络站  14 个".unicodeScalars))
        XCTAssertFalse(LineClassifier.isFigureRow("项目名称　　得票".unicodeScalars), "a header row holds no figure")
        XCTAssertFalse(LineClassifier.isFigureRow("全年办结　31 件。".unicodeScalars), "a sentence")
        XCTAssertFalse(LineClassifier.isFigureRow("推进阵地建设　释放履职效能".unicodeScalars), "a headline in two parts")
    }
}
