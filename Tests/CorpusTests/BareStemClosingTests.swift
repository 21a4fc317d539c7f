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

    /// A visit named by the bare stem (`赴婺源考察学习`) is someone else's place too.
    func testAVisitToAPlaceNamedByItsBareStemMovesNothing() {
        let doc = page { $0.replacingOccurrences(of: "我们将深入践行全过程人民民主，为建设产业强、百姓富的新婺源贡献人大力量", with: "我们还将组织代表赴婺源考察学习代表联络站建设经验") }
        XCTAssertTrue(doc.bodyLines(ofCounty: "德兴市").contains(23), "\(doc.sections.map(\.bodyLines))")
    }

    /// The test itself: the bare stem in a sentence in the first person, or the place's congress
    /// acting in one that is not; never after a word of going or partnership, nor the stem with its
    /// suffix or a township's.
    func testTheWritersOwnPlaceByItsBareStem() {
        let stem = Array("婺源".unicodeScalars)
        func own(_ s: String) -> Bool { ReadingOrder.namesOwnBareStem(Array(s.unicodeScalars), stem: stem) }
        XCTAssertTrue(own("我们将为建设新婺源贡献力量。"))
        XCTAssertTrue(own("婺源人大常委会将持续完善闭环机制。"))
        XCTAssertFalse(own("我们赴婺源考察学习。"))
        XCTAssertFalse(own("我们与婺源的人大常委会建立协作机制。"))
        XCTAssertFalse(own("我们赴婺源县学习。"))
        XCTAssertFalse(own("我们在婺源镇调研。"))
        XCTAssertFalse(own("为建设新婺源贡献力量。"), "no first person: a neighbour's name")
        XCTAssertFalse(own("婺源人大常委会一行来我县考察。"), "another's congress in the first person's sentence")
    }
}

/// A page of a city paper (fixture `s14_headline_colon_level`, a dev probe's page) whose first item
/// is headlined `监利：“田间课堂”上的代表身影` with no byline and closes with
/// `市人大常委会有关负责人表示，…`; a later item is about a 县.
final class HeadlineLevelTests: XCTestCase {
    /// The headline's county (监利市) gives the item its level, 市: its closing paragraph, opening
    /// with that level alone, stays with it rather than going to the one other item naming 市.
    func testAHeadlinesColonCountyGivesTheItemItsLevel() {
        let doc = Fixtures.guardPage("s14_headline_colon_level")
        doc.assertLines(21...24, in: "监利市", notIn: "公安县")
        XCTAssertEqual(ReadingOrder.headlineColonCounty(doc.sections[0]), "监利市")
    }
}

/// A sentence cut at a paragraph's end (`…项目确定后，县人大常委会`) goes on in the next paragraph
/// (`为每个项目组建…`), not in the first paragraph of a later item headlined by its county's short
/// name (`瑞金：履职档案“晒”出代表担当`, `在瑞金市，每名市人大代表…`), though the words across that
/// seam (`常委会在…`) are common (fixture `s18_colon_headline_lead`).
final class HeadlinePlaceLeadTests: XCTestCase {
    /// The headline's county is the item's place, so its lead, which names it, is the item's own.
    func testACutDoesNotGoOnInTheLeadOfAnItemHeadlinedByItsCounty() {
        let doc = Fixtures.guardPage("s18_colon_headline_lead")
        let first = doc.bodyLines(ofCounty: "信丰县")
        XCTAssertEqual(first.firstIndex(of: 17).map { first[$0 + 1] }, 19, "\(first)")
        doc.assertLines(19...21, in: "信丰县", notIn: "瑞金市")
        XCTAssertEqual(doc.bodyLines(ofCounty: "瑞金市").first, 32)
    }
}

/// Four essays of a city's counties printed out of order, one paragraph per line, whose closing
/// paragraphs are printed one after another at the page's end, read on from no cut
/// (`s18_closings_name_own_place`, a dev probe's page with its places moved to 济宁): a closing
/// that names one essay's county by its bare stem as the writer's own (`我们将…以高质量监督助推曲阜经济
/// 社会高质量发展…`) is that essay's, not the one printed above it.
final class ClosingByOwnStemTests: XCTestCase {
    func testAClosingNamingItsCountyAsTheWritersOwnGoesToThatEssay() {
        let doc = Fixtures.guardPage("s18_closings_name_own_place")
        XCTAssertTrue(doc.bodyLines(ofCounty: "曲阜市").contains(59), "\(doc.bodyLines(ofCounty: "曲阜市"))")
        XCTAssertTrue(doc.bodyLines(ofCounty: "邹城市").contains(61), "\(doc.bodyLines(ofCounty: "邹城市"))")
        let first = doc.bodyLines(ofCounty: "泗水县")
        XCTAssertTrue(first.contains(53))
        XCTAssertFalse(first.contains(59) || first.contains(61), "\(first)")
    }
}
