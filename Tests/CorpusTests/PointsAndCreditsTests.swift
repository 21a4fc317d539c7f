import XCTest
@testable import Corpus

/// A theory page (`s26_points_and_credits`) dealt out of order: one essay's points as subheads
/// (`一、着力搭建履职平台`, `二、…`, `三、…`) printed after another essay's `一是…`/`二是…` paragraphs,
/// and an article closed by its writer's credit (`（彬州市人大常委会 李向东）`) with another article's
/// last paragraph and footer (`（作者系长武县人大常委会副主任）`) printed under it.
final class PointsAndCreditsTests: XCTestCase {
    let page = "s26_points_and_credits"

    /// A list's points go on in their own marker's style: `二、…` after the essay whose `一、…` stopped,
    /// not after the other essay's `二是…`; each point's subhead takes the text under it.
    func testPointsGoOnInTheirOwnStyle() {
        let doc = Fixtures.guardPage(page)
        XCTAssertEqual(doc.bodyLines(ofCounty: "宜君县"), [10, 11, 12, 13, 15, 17, 18, 19, 20, 36, 38, 39, 40, 42, 44, 45, 46, 48, 49])
        XCTAssertEqual(doc.bodyLines(ofCounty: "旬邑县"), [24, 25, 26, 28, 29, 30, 32, 33, 34, 51, 52, 53, 55, 56])
        XCTAssertNotEqual(SectionSimilarity.enumerationOrdinals(Array("二、着力提升履职能力".unicodeScalars)),
                          SectionSimilarity.enumerationOrdinals(Array("二是用好决定权。".unicodeScalars)))
        XCTAssertTrue(ReadingOrder.isPointSubhead(Array("二、着力提升履职能力".unicodeScalars)))
        XCTAssertFalse(ReadingOrder.isPointSubhead(Array("二、每年举办代表培训班两期，邀请专家学者授课。".unicodeScalars)))
    }

    /// A writer signs once: a footer under an article its writer's credit closed goes, with the text
    /// printed between the credit and the footer, to the one footer-less article naming the footer's county.
    func testAFooterAfterAClosingCreditGoesToItsArticle() {
        let doc = Fixtures.guardPage(page)
        XCTAssertEqual(doc.bodyLines(ofCounty: "长武县"), [64, 65, 66, 67, 69, 70, 71, 72, 85, 86, 87, 89])
        XCTAssertEqual(doc.sections.first { $0.region?.county == "长武县" }?.office, "长武县人大常委会副主任")
        XCTAssertEqual(doc.bodyLines(ofCounty: "彬州市"), Array(77...81))
    }

    /// A title printed right under its article's wrapped footer, over the next article's whole header
    /// (`…办公室主任）` / `以法治力量守护青山` / two blank lines / `把人大监督的触角` / `延伸到村组` / `■ 赵红梅（陕西）`),
    /// is that article's.
    func testATitleUnderAFooterOverTheNextHeader() {
        let doc = Fixtures.guardPage(page) {
            $0.replacingOccurrences(of: "记、主任，县人大常委会办公室主任）\n", with: "记、主任，县人大常委会办公室主任）\n以法治力量守护青山\n")
        }
        XCTAssertEqual(doc.sections.first { $0.region?.county == "旬邑县" }?.title, "以法治力量守护青山")
        XCTAssertEqual(doc.sections.first { $0.region?.county == "长武县" }?.title, "把人大监督的触角 延伸到村组")
    }
}
