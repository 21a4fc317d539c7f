import XCTest
@testable import Corpus

/// Two county essays printed out of order (fixture `s14_bare_stem_closing`): 婺源县's closing
/// paragraph stands in 德兴市's column, soft-linked to its text. Its first sentence names no place;
/// its second names 婺源 by its bare stem, as a writer names their own county
/// (`…为建设产业强、百姓富的新婺源贡献人大力量`).
final class BareStemClosingTests: XCTestCase {
    private func page(_ edit: (String) -> String = { $0 }) -> Document { Fixtures.guardPage("s14_bare_stem_closing", edited: edit) }

    /// The closing paragraph goes to the essay whose county it names by the bare stem.
    func testAClosingNamingAPlaceByItsBareStemGoesToThatPlacesEssay() {
        let doc = page()
        XCTAssertTrue(doc.bodyLines(ofCounty: "婺源县").contains(23), "\(doc.sections.map(\.bodyLines))")
        XCTAssertFalse(doc.bodyLines(ofCounty: "德兴市").contains(23))
    }

    /// A place named with its suffix as a visit's goal (`赴婺源县学习…`) is someone else's: the
    /// paragraph stays in the column that holds it.
    func testAVisitToAPlaceNamedWithItsSuffixMovesNothing() {
        let doc = page { $0.replacingOccurrences(of: "我们将深入践行全过程人民民主，为建设产业强、百姓富的新婺源贡献人大力量", with: "我们还将组织代表赴婺源县学习代表联络站建设经验") }
        XCTAssertTrue(doc.bodyLines(ofCounty: "德兴市").contains(23), "\(doc.sections.map(\.bodyLines))")
    }

    /// The bare-stem test itself: a stem followed by a Han character that is no place suffix.
    func testABareStemIsOneNotFollowedByAPlaceSuffix() {
        let stem = Array("婺源".unicodeScalars)
        XCTAssertTrue(ReadingOrder.namesBareStem(Array("建设新婺源贡献力量".unicodeScalars), stem: stem))
        XCTAssertFalse(ReadingOrder.namesBareStem(Array("赴婺源县学习".unicodeScalars), stem: stem))
        XCTAssertFalse(ReadingOrder.namesBareStem(Array("婺源镇".unicodeScalars), stem: stem))
        XCTAssertFalse(ReadingOrder.namesBareStem(Array("新婺源".unicodeScalars), stem: stem))
    }
}
