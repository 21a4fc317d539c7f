import XCTest
@testable import Corpus

final class TextOverlapTests: XCTestCase {
    private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    /// A bigram shares only with itself: 动兴 (U+5174) is not 动兵 (U+5175).
    func testABigramOneCodePointOffSharesNothing() {
        XCTAssertEqual(TextOverlap.bigramShare(heading: scalars("动兵"), body: scalars("动兴")), 0)
        XCTAssertEqual(TextOverlap.bigramShare(heading: scalars("动兵"), body: scalars("调动兵力")), 1)
        XCTAssertNotEqual(FlatCounter.pairKey(0x52A8, 0x5174) | 1, FlatCounter.pairKey(0x52A8, 0x5175) | 1)
    }

    /// Section similarity tells the two apart too: a chain holding 动兴 is no closer to a section
    /// holding 动兵 than to one holding neither.
    func testSimilarityKeysBigramsExactly() {
        let a = SectionSimilarity.BigramPostings(capacity: 64, sections: 2)
        var p = a
        p.add(scalars("动兵"), position: 0)
        XCTAssertGreaterThanOrEqual(p.id(TextOverlap.bigrams(scalars("动兵"))[0] | 1), 0)
        XCTAssertLessThan(p.id(TextOverlap.bigrams(scalars("动兴"))[0] | 1), 0)
    }
}
