import Corpus
import XCTest

final class CommonWordsTests: XCTestCase {
    func testParsesWordsSkipsCommentsAndOddLines() {
        let w = CommonWords(text: "# header\n去年\r\n定力\n三个字\nab\n\n人大")
        XCTAssertEqual(w.count, 3)
        XCTAssertTrue(w.isWord("去", "年"))
        XCTAssertTrue(w.isWord("定", "力"))
        XCTAssertTrue(w.isWord("人", "大"))
        XCTAssertFalse(w.isWord("年", "去"))
    }

    func testTheBundledListLoads() {
        XCTAssertGreaterThan(CommonWords.shared.count, 40_000)
        XCTAssertTrue(CommonWords.shared.isWord("过", "程"))
    }

    /// A pair whose second character is one code point off a word's is no word: 动兴 (U+5174)
    /// is not 动兵 (U+5175).
    func testAPairOneCodePointOffAWordIsNoWord() {
        let w = CommonWords(text: "动兵")
        XCTAssertTrue(w.isWord("动", "兵"))
        XCTAssertFalse(w.isWord("动", "兴"))
        XCTAssertFalse(CommonWords.shared.isWord("动", "兴"))
    }
}
