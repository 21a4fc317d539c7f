import XCTest
@testable import Corpus

/// A narrow-column page (`s27_stacked_headline`): an article cut at a column's foot (`…640 名各级人`),
/// a headline stacked in three lines whose middle line fills the column (`博白县人大常委会开展` /
/// `食品安全“一法一条例”` / `执法检查`) over a `■ NAME NAME` byline, and the cut's rest at the foot.
final class StackedHeadlineTests: XCTestCase {
    let page = "s27_stacked_headline"

    /// The three lines are the headline, though the middle one is as wide as the column and the
    /// paragraph above them is cut: the first, clearly shorter than the column, would hold text.
    func testAStackedHeadlineWithAFullMiddleLine() {
        let doc = Fixtures.guardPage(page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections.last?.title, "博白县人大常委会开展 食品安全“一法一条例” 执法检查")
        XCTAssertEqual(doc.sections.last?.titleLines, [22, 23, 24])
        XCTAssertFalse(doc.sections.last?.bodyLines.contains(23) ?? true)
        XCTAssertEqual(doc.sections.last?.authors, ["黄志刚", "李秋燕"])
    }

    /// A first line as full as the column (`博白县人大常委会近日组织`) is text's: the lines stay a paragraph.
    func testAFullFirstLineIsNoStackedHeadline() {
        let doc = Fixtures.guardPage(page) { $0.replacingOccurrences(of: "博白县人大常委会开展\n", with: "博白县人大常委会近日组织\n") }
        XCTAssertNotEqual(doc.sections.last?.titleLines, [22, 23, 24])
    }
}
