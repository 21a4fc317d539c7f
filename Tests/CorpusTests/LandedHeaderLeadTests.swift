import XCTest
@testable import Corpus

/// A header printed inside another article's sentence (`s26_landed_header_lead`: `…人大督单”工作` /
/// `滦平：…` header / `法，让群众…`): the text under it goes on with the other article until the
/// header's own lead, a quotation and then the scene naming the header's place (`“幼儿园离家近了…。”
/// 6月初，滦平县…`), not at the first paragraph that opens with a time (`今年以来，各联络站…`).
final class LandedHeaderLeadTests: XCTestCase {
    func testTheHeadersLeadNamesItsPlace() {
        let doc = Fixtures.guardPage("s26_landed_header_lead")
        XCTAssertTrue(doc.joins.contains { $0 == (21, 28) }, "\(doc.joins)")
        XCTAssertEqual(doc.bodyLines(ofCounty: "兴隆县"), Array(10...21) + Array(28...37))
        XCTAssertEqual(doc.bodyLines(ofCounty: "滦平县"), Array(39...45))
    }
}
