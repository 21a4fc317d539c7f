import XCTest
@testable import Corpus

/// A page number printed in the page's head, under its running head and column label, over an
/// editor's note introducing the page's pieces.
final class PageHeadNumberTests: XCTestCase {
    static let page = """
    天津人大　2024年1月19日
    聚 焦 两 会
    3

    编者按：1月中旬，河西
    区第十八届人民代表大会
    第四次会议胜利召开。本
    版摘登区人大常委会工作
    报告主要内容，以及基层
    人大工作的部分稿件，敬
    请关注。


    河西区人大常委会工作报告（摘要）

    区人大常委会主任 郑海燕

    过去一年，在区委的坚强
    领导下，区人大常委会坚
    持以习近平新时代中国特
    色社会主义思想为指导，
    依法履行各项职权，各项
    工作取得新成效。

    全年共听取审议专项工作
    报告12项，开展执法检查
    3次、专题询问1次。
    """

    /// `3` is furniture; the note (`本版摘登…以及基层人大工作的部分稿件`) stands on its own, not as the
    /// report's opening.
    func testAPageNumberOverAnEditorsNoteIsFurniture() {
        let doc = Fixtures.document(Self.page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertTrue(doc.furnitureLines.contains(3), "\(doc.furnitureLines)")
        XCTAssertNil(doc.sections[0].title)
        XCTAssertEqual(doc.sections[0].bodyLines, Array(5...11))
        XCTAssertEqual(doc.sections[1].bodyLines.first, 18)
        XCTAssertTrue(doc.leftoverLines.isEmpty)
    }

    /// The same page with a headline right under the page number (lines 1–3, then the report).
    static let headlined: String = {
        let lines = page.components(separatedBy: "\n")
        return (lines[0..<4] + ["河西区人大常委会召开会议", ""] + lines[15...]).joined(separator: "\n")
    }()

    /// Over a headline (no clause marked in its line) the number is left as it was: the column label
    /// above is not stacked onto the headline.
    func testAPageNumberOverAHeadlineLeavesTheHeadlineAlone() {
        let doc = Fixtures.document(Self.headlined)
        XCTAssertEqual(doc.sections.last?.title, "河西区人大常委会召开会议")
        XCTAssertEqual(doc.sections.last?.bodyLines.first, 9)
    }
}
