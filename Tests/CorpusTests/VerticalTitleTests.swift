import XCTest
@testable import Corpus

/// A title printed vertically, one character a line, right over its brief's dateline.
final class VerticalTitleTests: XCTestCase {
    static let page = """
    衢州人大
    2024年9月30日  星期一

    江山：扫一扫“履职码”

    □ 本报记者 徐 婷

    “村口的公交站没有遮雨棚，老人
    等车遭罪。”9月初，江山市虎山
    街道一位居民扫了扫“代表履职
    码”，把意见发给了市人大代表。

    龙
    游
    代
    表
    晒
    履
    职
    本报讯（通讯员 余 洁）9月下旬，
    在龙游县湖镇镇代表联络站，县
    人大代表刘建华正在向选民述职。
    """

    /// The seven lines are one headline, the brief's title, joined without spaces.
    func testAVerticalTitle() {
        let doc = Fixtures.document(VerticalTitleTests.page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections.last?.title, "龙游代表晒履职")
        XCTAssertEqual(doc.sections.last?.titleLines, Array(13...19))
        XCTAssertEqual(doc.sections.last?.authors, ["余洁"])
        XCTAssertFalse(doc.sections.first?.bodyLines.contains(14) ?? true)
    }

    /// Three such lines are too few to be a title's: they stay as they were read.
    func testThreeLinesAreNoVerticalTitle() {
        XCTAssertNil(LineClassifier.verticalRun(["龙", "游", "县", ""].map { LineScalars($0) }, from: 0))
        XCTAssertEqual(LineClassifier.verticalRun(["龙", "游", "代", "表", "本报讯"].map { LineScalars($0) }, from: 0), 4)
        XCTAssertNil(LineClassifier.verticalRun(["1", "2", "3", "4"].map { LineScalars($0) }, from: 0))
        // (A column of single characters longer than a title's, a table's `男` / `女` / …, is none.)
        XCTAssertNil(LineClassifier.verticalRun(Array(repeating: "男", count: 13).map { LineScalars($0) }, from: 0))
        XCTAssertEqual(LineClassifier.verticalRun(Array(repeating: "男", count: 12).map { LineScalars($0) }, from: 0), 12)
    }
}
