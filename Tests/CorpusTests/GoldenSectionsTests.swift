import Corpus
import XCTest

/// The seeds against their answer keys: the figures issue #2 asks for, measured like score.py.
final class GoldenSectionsTests: XCTestCase {
    lazy var total: GoldenScore = Fixtures.seedDocuments.map(GoldenScore.score).reduce(GoldenScore(), +)

    func testEverySeedIsRead() {
        XCTAssertEqual(Fixtures.seedDocuments.count, 5)
    }

    func testBylinesAreAllFoundAndNoneInvented() {
        XCTAssertEqual(total.bylineRecall, 1.0, "byline recall")
        XCTAssertEqual(total.bylinePrecision, 1.0, "byline precision")
    }

    func testOfficesAreRight() {
        XCTAssertEqual(total.office, 1.0)
    }

    func testTitlesAreMostlyRight() {
        XCTAssertGreaterThanOrEqual(total.title, 0.90)
    }

    func testTextAttributionAndNoLostLines() {
        XCTAssertGreaterThanOrEqual(total.attribution, 0.99)
        XCTAssertEqual(total.lost, 0)
    }

    func testScrambledPagesAreReassembled() {
        for doc in Fixtures.seedDocuments where doc.source.path.contains("000") || doc.source.path.contains("003") {
            XCTAssertGreaterThanOrEqual(GoldenScore.score(doc).attribution, 0.97, doc.source.path)
        }
    }

    func testRegionsAreRight() {
        XCTAssertGreaterThanOrEqual(total.regionExactShare, 0.95, "region exact")
        XCTAssertEqual(total.regionConsistentShare, 1.0, "region consistent")
    }

    func testInOrderPagesAreNotHarmedByReadingOrderRepair() {
        for doc in Fixtures.seedDocuments where doc.source.path.contains("004") || doc.source.path.contains("001") {
            XCTAssertGreaterThanOrEqual(GoldenScore.score(doc).attribution, 0.99, doc.source.path)
        }
    }

    func testEveryNonEmptyLineIsAccountedFor() {
        for doc in Fixtures.seedDocuments {
            var covered = Set(doc.furnitureLines + doc.leftoverLines)
            for s in doc.sections { covered.formUnion(s.titleLines); covered.formUnion(s.bodyLines); if let b = s.byline { covered.insert(b.line) } }
            for n in 1...doc.source.lineCount where !doc.source.line(n).trimmingCharacters(in: .whitespaces).isEmpty {
                if !covered.contains(n) {
                    // Header lines (bylines, footers) are covered by their sections; nothing else may vanish.
                    let isHeader = doc.sections.contains { $0.byline?.line == n }
                    XCTAssertTrue(isHeader, "\(doc.source.path):\(n) is in no section, header or leftover")
                }
            }
        }
    }
}
