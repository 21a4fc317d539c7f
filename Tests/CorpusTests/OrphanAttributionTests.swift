import XCTest
@testable import Corpus

final class OrphanAttributionTests: XCTestCase {
    private func page() -> String {
        let text = try! String(contentsOf: Fixtures.testsDir.appendingPathComponent("Fixtures/guards/s12_swapped_openings.txt"), encoding: .utf8)
        // A paragraph printed inside the third article's cut sentence (`…各级人` | `大代表…`): no chain
        // reaches it.
        return text.replacingOccurrences(of: "茶产业是群众增收致富的支柱产业。常委会组织开展茶产业发展专题调研，",
                                         with: "茶产业是群众增收致富的支柱产业。常委会组织各级人\n\n新征程上，泸溪县人大常委会将继续坚持党的领导，在传承盘瓠文化中展现人大担当。\n\n大代表开展茶产业发展专题调研，")
    }

    /// An orphan paragraph whose first sentence names one article's place and not the one the
    /// layout printed it in (`新征程上，泸溪县人大常委会将…` inside 古丈县's text) goes to that article.
    func testAnOrphanNamingAnotherArticlesPlaceGoesThere() {
        let doc = Fixtures.document(page())
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["凤凰县", "泸溪县", "古丈县"])
        XCTAssertEqual(doc.sections[1].bodyLines, [3, 9, 25])
        XCTAssertEqual(doc.sections[2].bodyLines, [23, 27, 29])
    }

    /// Naming its layout article's place too (`泸溪县和古丈县人大常委会…`), it stays there.
    func testAnOrphanNamingItsOwnArticleStays() {
        let doc = Fixtures.document(page().replacingOccurrences(of: "新征程上，泸溪县人大常委会", with: "新征程上，泸溪县和古丈县人大常委会"))
        XCTAssertEqual(doc.sections[1].bodyLines, [3, 9])
        XCTAssertTrue(doc.sections[2].bodyLines.contains(25), "\(doc.sections.map(\.bodyLines))")
    }
}
