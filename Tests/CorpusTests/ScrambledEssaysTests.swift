import XCTest
@testable import Corpus

/// Four essays of a magazine spread printed one paragraph per line and out of order
/// (`s15_four_essays_scrambled`): the second essay's header sits inside the first essay's cut
/// (`…坚持党对人` | `大工作的…`), so the paragraphs printed under the second and third headers are
/// the other essays' continuations, and the second and third essays' own text comes later,
/// unjoined.
final class ScrambledEssaysTests: XCTestCase {
    /// After a level (`…和各级人`) a paragraph opening with a formulation's rest (`民民主在…`) is no
    /// continuation: there 人 starts an institution's name (`各级人大代表`). The cut ending with the
    /// formulation's longer start (`…让全过程人`) goes on there.
    func testAFormulationsRestGoesOnFromTheLongerStartNotAfterALevel() {
        let doc = Fixtures.guardPage("s15_four_essays_scrambled")
        let joins = doc.joins.map { [$0.0, $0.1] }
        XCTAssertTrue(joins.contains([21, 41]))
        XCTAssertTrue(joins.contains([49, 59]))
        XCTAssertFalse(joins.contains([49, 41]))
    }

    func testOpeningsAfterALevelStartAnInstitutionsName() {
        let terms = SeamTerms.shared
        let afterLevel = terms.openingsRead(atEndOf: Array("组织常委会组成人员和各级人".unicodeScalars))
        XCTAssertFalse(terms.continues(afterLevel, Array("民民主在".unicodeScalars)))
        XCTAssertTrue(terms.continues(afterLevel, Array("大代表深入".unicodeScalars)))
        XCTAssertTrue(terms.continues(terms.openingsRead(atEndOf: Array("让全过程人".unicodeScalars)), Array("民民主在".unicodeScalars)))
        // (Nor where the characters after the level start no institution's name: `…全县法治` | `政府建设`.)
        XCTAssertTrue(terms.continues(terms.openingsRead(atEndOf: Array("有力推进全县法治".unicodeScalars)), Array("政府建设".unicodeScalars)))
        // (Elsewhere one character still starts the formulation: `…践行人` | `民民主…`.)
        XCTAssertTrue(terms.continues(terms.openingsRead(atEndOf: Array("践行人".unicodeScalars)), Array("民民主在".unicodeScalars)))
    }

    /// Paragraphs no join reaches: one whose first sentence names its essay's place acting
    /// (`…翼城县人大常委会迅速…`) stays with that essay, however much another essay's words draw it;
    /// the first left under a header whose own first paragraphs read on into other essays opens
    /// that header's essay (`党的二十大报告深刻阐述了…` under the third header).
    func testUnjoinedTextStaysWithItsPlaceAndUnderItsHeader() {
        let doc = Fixtures.guardPage("s15_four_essays_scrambled")
        XCTAssertEqual(doc.sections.count, 4)
        XCTAssertEqual(doc.sections[1].region?.county, "翼城县")
        XCTAssertEqual(doc.sections[1].bodyLines.first, 25)
        XCTAssertTrue(doc.sections[1].bodyLines.contains(45))
        XCTAssertEqual(doc.sections[2].region?.county, "洪洞县")
        XCTAssertEqual(doc.sections[2].bodyLines.prefix(4), [47, 49, 59, 61])
        XCTAssertEqual(doc.sections[0].bodyLines.prefix(5), [9, 11, 19, 21, 41])
    }
}
