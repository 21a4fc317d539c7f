import XCTest
@testable import Corpus

/// A page (`s27_term_claimed`) whose first article is cut inside a term (`…让全过` / `程人民`) at a
/// caption, and whose second is cut at a comma twice in a narrow column (`…专项视察，` / `推动县政府…
/// 5` / `家，`), the term's rest (`民主在这里可感可触。`) printed under the second cut, the second
/// article's rest (`整治农村生活污水…`) under that.
final class TermClaimedLandingTests: XCTestCase {
    let page = "s27_term_claimed"

    /// The term's rest is the first article's; the comma cut is not sure of the paragraph under it
    /// then, and goes on below it, so the rest of the second article stays the second's.
    func testACommaCutPassesOverATermsRest() {
        let doc = Fixtures.guardPage(page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertTrue(doc.sections[0].bodyLines.contains(39), "\(doc.sections.map(\.bodyLines))")
        XCTAssertEqual(Array(doc.sections[1].bodyLines.suffix(5)), Array(41...45), "\(doc.sections.map(\.bodyLines))")
        XCTAssertTrue(doc.analysisText(of: doc.sections[0]).string.contains("让全过程人民民主在这里可感可触"))
    }
}
