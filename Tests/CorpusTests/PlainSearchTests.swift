import XCTest
import Foundation
@testable import Corpus

/// `PlainSearch` answers as Foundation's `range(of:)` wherever it answers at all.
final class PlainSearchTests: XCTestCase {
    func testAgreesWithFoundationOnRandomText() {
        let alphabet: [Unicode.Scalar] = Array("人大常委会县市区ab1 ，。·—“”（）：（）人大".unicodeScalars)
            + ["\u{3000}", "\u{FF21}", "\u{2014}", "\u{00B7}", "\u{0009}"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let hay = (0..<Int.random(in: 0...14, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let needle = (0..<Int.random(in: 1...3, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let h = String(String.UnicodeScalarView(hay)), n = String(String.UnicodeScalarView(needle))
            let expected = h.range(of: n).map { h[..<$0.lowerBound].unicodeScalars.count }
            guard let plain = PlainSearch.firstOffset(of: needle, in: hay) else { return XCTFail("not plain: \(h) / \(n)") }
            XCTAssertEqual(plain, expected, "\(h) / \(n)")
        }
    }

    func testDeclinesNonPlainScalars() {
        XCTAssertTrue(PlainSearch.firstOffset(of: Array("人大".unicodeScalars), in: Array("e\u{301}人大".unicodeScalars)) == .none, "declined")
        XCTAssertTrue(PlainSearch.firstOffset(of: Array("人大".unicodeScalars), in: Array("\u{F900}人大".unicodeScalars)) == .none, "declined")
        XCTAssertTrue(PlainSearch.firstOffset(of: Array("人大".unicodeScalars), in: Array("한人大".unicodeScalars)) == .none, "declined")
    }
}
