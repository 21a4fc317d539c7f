import XCTest
@testable import Corpus

/// A spread of three essays (`s15_header_inside_text`): the second essay's header printed inside
/// the first essay's cut (`…组织全县各` / header / `级人大代表…`), the third's inside the second's
/// (`…提出代` / header / `表建议93件…`), the second's text going on to its writer's footer
/// (`（作者系郧西县…）`), the third's own text printed after that footer; the first essay's title
/// printed after it, right over the second essay's text.
final class HeaderInsideTextTests: XCTestCase {
    /// The second essay's text, read on past the third essay's header to its own writer's footer,
    /// is the second essay's whole: the third begins after that footer.
    func testTextReadOnToTheWritersFooterIsItsArticles() {
        let doc = Fixtures.guardPage("s15_header_inside_text")
        XCTAssertEqual(doc.sections.count, 3)
        XCTAssertEqual(doc.sections[1].bodyLines.filter { $0 >= 30 }, [30, 31, 32, 33, 34, 36, 37, 38, 45, 46, 48, 49, 51])
        XCTAssertEqual(doc.sections[2].bodyLines.min(), 53)
        XCTAssertEqual(doc.sections[2].region?.county, "房县")
    }

    /// A writer's footer naming a place the text before the header does not name says nothing of
    /// where that text ends: the third essay keeps the text under its header.
    func testAFooterNamingAnotherPlaceMovesNothing() {
        let doc = Fixtures.guardPage("s15_header_inside_text") {
            $0.replacingOccurrences(of: "（作者系郧西县人大常委会办公室主任）", with: "（作者系房县人大常委会办公室主任）")
        }
        XCTAssertTrue(doc.sections[2].bodyLines.contains(45))
        XCTAssertFalse(doc.sections[1].bodyLines.contains(45))
    }

    /// The heading printed right under the first essay's text, over the second essay's, is the first
    /// essay's title: it shares the first essay's wording (`绿松石之乡`), not the second's.
    func testAHeadlineOverTheNextTextIsTheUntitledArticlesTitle() {
        let doc = Fixtures.guardPage("s15_header_inside_text")
        XCTAssertEqual(doc.sections[0].title, "守护“绿松石之乡” 践行全过程人民民主")
        XCTAssertEqual(doc.sections[0].titleLines, [28])
        XCTAssertFalse(doc.sections[1].bodyLines.contains(28))
        XCTAssertEqual(doc.sections[1].title, "山乡里的“背篓代表”")
    }

    /// A subhead about the text under it stays that text's subhead.
    func testASubheadAboutTheTextUnderItStays() {
        let doc = Fixtures.guardPage("s15_header_inside_text") {
            $0.replacingOccurrences(of: "守护“绿松石之乡” 践行全过程人民民主", with: "“背篓代表”走村入户收集民意")
        }
        XCTAssertNil(doc.sections[0].title)
        XCTAssertTrue(doc.sections[1].bodyLines.contains(28))
    }
}

/// Two articles of one county on a page (`s15_township_and_county`): a township's congress
/// (`乾安县安字镇人大主席团主席`) and the county's (`乾安县人大常委会副主任`).
final class TownshipAndCountyTests: XCTestCase {
    /// The township's article is about its county too: its paragraph naming the county
    /// (`安字镇地处乾安县西南部…`) is no sign that it belongs to the county's article.
    func testATownshipArticleKeepsTheParagraphNamingItsCounty() {
        let doc = Fixtures.guardPage("s15_township_and_county")
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines.filter { (6...31).contains($0) }, doc.sections[0].bodyLines)
        XCTAssertTrue(doc.sections[0].bodyLines.contains(11))
        XCTAssertFalse(doc.sections[1].bodyLines.contains(11))
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["乾安县", "乾安县"])
        XCTAssertEqual(SectionSimilarity.officePlace(doc.sections[0]).map { String(String.UnicodeScalarView($0)) }, "乾安县")
    }
}
