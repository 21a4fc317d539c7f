@testable import Corpus
import XCTest

/// A sentence cut before its figure (`…治理率提高到` | `81.2%，…`), here across the page foot and the
/// next page's running head (`s17_percent_across_page_foot`): the percentage goes on from the words
/// that take it.
final class FigureSeamTests: XCTestCase {
    func testAPercentageOpensNoSentence() {
        for t in ["81.2%，北江", "76.5％，西江", "12%、", "9 5%，"] {
            XCTAssertTrue(SentenceOpening.opensWithPercent(Array(t.unicodeScalars)), t)
        }
        for t in ["2023年，全县", "81.2%的群众", "112件建议", "百分之八十，"] {
            XCTAssertFalse(SentenceOpening.opensWithPercent(Array(t.unicodeScalars)), t)
        }
    }

    func testOnlyAPercentageGoesOnFromTheWordsThatTakeIt() {
        XCTAssertTrue(SentenceOpening.quantityAcross(tail: "到", head: Array("81.2%，".unicodeScalars)))
        XCTAssertTrue(SentenceOpening.quantityAcross(tail: "占", head: Array("36%。".unicodeScalars)))
        // (`…居民代表共` | `112件，…` is as likely `共|同商议`; a year opens sentences.)
        XCTAssertFalse(SentenceOpening.quantityAcross(tail: "共", head: Array("112件，".unicodeScalars)))
        XCTAssertFalse(SentenceOpening.quantityAcross(tail: "到", head: Array("112件，".unicodeScalars)))
        XCTAssertFalse(SentenceOpening.quantityAcross(tail: "到", head: Array("2023年".unicodeScalars)))
    }

    func testTheFigureAfterThePageFootEndsTheCutSentence() {
        let doc = Fixtures.guardPage("s17_percent_across_page_foot")
        XCTAssertTrue(doc.joins.contains { $0 == (17, 23) }, "\(doc.joins)")
        XCTAssertTrue(doc.bodyLines(ofCounty: "翁源县").contains(23))
    }
}
