@testable import Corpus
import XCTest

/// Rare strings weigh a topic's words, not the genre's: rarity comes from the corpus sample less the
/// page's own occurrences.
final class RareStringsTests: XCTestCase {
    func source(_ text: String, _ name: String) -> SourceText { try! SourceText(path: name, bytes: Array(text.utf8)) }

    func testTheGenresWordsWeighNothingAndATopicsWordsMuch() throws {
        // A corpus where 人大 is everywhere and 滩羊 only on the page itself.
        let others = (0..<40).map { source("县人大常委会组织人大代表开展视察，人大工作取得新成效。", "o\($0).txt") }
        let page = source("盐池滩羊远近闻名，滩羊产业是县人大代表关注的重点。", "page.txt")
        let pageTexts = [Array(page.scalars)]
        let rare = try XCTUnwrap(RareStrings(background: NGramIndex.sample(others + [page]), page: pageTexts))
        let weights = rare.strings(Array("滩羊人大".unicodeScalars))
        let tanyang = NGramIndex.hash(Array("滩羊".unicodeScalars)[...]), renda = NGramIndex.hash(Array("人大".unicodeScalars)[...])
        XCTAssertGreaterThan(weights[tanyang] ?? 0, RareStrings.unit / 2, "the page's own three 滩羊 do not count against it")
        XCTAssertNil(weights[renda], "not rare: left out")
        // Spaces are skipped: a letter-spaced headline reads as its words.
        XCTAssertNotNil(rare.strings(Array("滩 羊".unicodeScalars))[tanyang])
        XCTAssertTrue(RareStrings.leads(4 * RareStrings.unit, 0))
        XCTAssertFalse(RareStrings.leads(2 * RareStrings.unit, 0))
        XCTAssertNil(RareStrings(background: nil, page: pageTexts))
    }
}
