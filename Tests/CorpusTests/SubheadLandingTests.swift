import XCTest
@testable import Corpus

/// A brief (`吉水县人大常委会开展…`) printed inside a feature's cut sentence (fixture
/// `s14_cut_under_subhead`). The brief's own sentence is cut at a blank line
/// (`培训邀请省人大常委会` / `预算工作委员会有关专家…`); the feature's paragraph under its subhead
/// `票 决 定 事` opens with words that could follow the cut (`在乡镇人代会上，…`).
final class SubheadLandingTests: XCTestCase {
    /// A paragraph right under a subhead opens a part of its article: the brief's cut goes on
    /// below the blank line, and the feature keeps its subhead's paragraph.
    func testACutDoesNotGoOnUnderAnotherArticlesSubhead() {
        let doc = Fixtures.guardPage("s14_cut_under_subhead")
        XCTAssertEqual(doc.bodyLines(ofCounty: "吉水县"), [35, 36, 37, 38, 40, 41])
        let feature = doc.bodyLines(ofCounty: "永新县")
        for l in [26, 27, 28, 29, 30, 43] { XCTAssertTrue(feature.contains(l), "line \(l) in \(feature)") }
    }
}
