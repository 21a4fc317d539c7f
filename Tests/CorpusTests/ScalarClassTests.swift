import XCTest
@testable import Corpus

/// The table-driven `isWordLike` and `wordLikeCount` against their definition.
final class ScalarClassTests: XCTestCase {
    func testWordLikeTableAgreesWithTheDefinitionOnEveryScalarTested() {
        var all = [Unicode.Scalar]()
        for v in Array(0..<UInt32(0x10000)) + [0x1F600, 0x20000, 0x2A6D6, 0x1D400, 0x10FFFF] {
            guard let s = Unicode.Scalar(v) else { continue }
            let defined = ScalarClass.isHan(s) || ScalarClass.isASCIIAlnum(ScalarClass.fold(s)) || s.properties.isAlphabetic
            XCTAssertEqual(ScalarClass.isWordLike(s), defined, "U+\(String(v, radix: 16))")
            all.append(s)
        }
        XCTAssertEqual(ScalarClass.wordLikeCount(all), all.filter(ScalarClass.isWordLike).count)
        XCTAssertEqual(ScalarClass.wordLikeCount(Array("全过程人民民主，２０２３年 ok!".unicodeScalars)), 7 + 4 + 1 + 2)
    }
}
