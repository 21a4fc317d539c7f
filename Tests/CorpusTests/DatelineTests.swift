import XCTest
@testable import Corpus

/// A news flash's dateline on its own line over its lead, wrapped in a narrow column.
final class DatelineTests: XCTestCase {
    /// Its line heads the lead paragraph, as an inline dateline's does: it is the section's first
    /// body line (and its byline), and the section's text is the lead's words alone.
    func testADatelineAloneOverItsLeadIsTheLeadsFirstLine() {
        let doc = Fixtures.document("""
        通道：侗寨议事会
        议出民生好事

        本报讯（记者 吴晓燕 通讯员 粟海林）
        连日来，通道县各乡镇人大主席团依托
        “侗寨议事会”，组织人大代表、村组干
        部和群众代表共商村中大事。
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].byline?.line, 4)
        XCTAssertEqual(doc.sections[0].authors, ["吴晓燕", "粟海林"])
        XCTAssertEqual(doc.sections[0].bodyLines, [4, 5, 6, 7])
        let text = doc.analysisText(of: doc.sections[0]).string
        XCTAssertTrue(text.hasPrefix("连日来"), text)
        XCTAssertFalse(text.contains("本报讯"))
        // Over a blank line, the dateline is a byline alone.
        let apart = Fixtures.document("通道：侗寨议事会议出民生好事\n\n本报讯（记者 吴晓燕 通讯员 粟海林）\n\n连日来，通道县各乡镇人大主席团依托“侗寨议事会”共商村中大事。\n")
        XCTAssertEqual(apart.sections[0].bodyLines, [5])
    }
}
