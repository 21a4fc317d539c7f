import XCTest
@testable import Corpus

final class WrappedFooterTests: XCTestCase {
    private let page = "■ 石永昌（广西）\n\n三江是全国五个侗族自治县之一，侗寨里几乎村村都有鼓楼。\n\n（作者系三江县人大常委会党组书记、主\n任）\n"

    /// A writer's footer wrapped in a narrow column (`（作者系三江县人大常委会党组书记、主` / `任）`) is
    /// one footer: it gives its article the office, and no line is left over.
    func testAWrappedFooterGivesItsArticleTheOffice() {
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].office, "三江县人大常委会党组书记、主任")
        XCTAssertEqual(doc.sections[0].bodyLines, [3, 5, 6])
        XCTAssertEqual(doc.leftoverLines, [])
        // Wrapped after the office's name, too.
        let after = Fixtures.document(page.replacingOccurrences(of: "党组书记、主\n任）", with: "\n党组书记、主任）"))
        XCTAssertEqual(after.sections[0].office, "三江县人大常委会党组书记、主任")
        // A bracket the next line does not close is text, not a footer.
        let open = Fixtures.document(page.replacingOccurrences(of: "主\n任）", with: "主\n任，负责全县人大工作"))
        XCTAssertNil(open.sections[0].office)
    }

    /// Footer placement reads a wrapped footer whole, with the lines it wrapped onto (moved with it).
    func testFooterPlacementReadsAWrappedFooterWhole() throws {
        let source = try SourceText(path: "t.txt", bytes: Array(page.utf8))
        let section = Fixtures.document(page).sections[0]
        let footers = FooterPlacement(resolver: RegionResolver()).footers(in: section, source: source)
        XCTAssertEqual(footers.count, 1)
        XCTAssertEqual(footers.first?.office, "三江县人大常委会党组书记、主任")
        XCTAssertEqual(footers.first?.piece.line, 5)
        XCTAssertEqual(footers.first?.rest.map(\.line), [6])
    }
}

/// A writer's footer wrapped over two lines (`（作者系林口市人大常委会办公室` / `主任）`) between two
/// paragraphs (fixture `s14_wrapped_footer_closes`, a dev probe's page): read whole, it closes its
/// article there, so the paragraph after it (`“连心卡”是西丰县人大常委会推…`) is not read on from the
/// paragraph above it.
final class WrappedFooterBetweenParagraphsTests: XCTestCase {
    func testAWrappedFooterClosesItsArticle() {
        Fixtures.guardPage("s14_wrapped_footer_closes").assertLines(91...95, in: "西丰县", notIn: "宁安市")
    }
}

final class FooterRightUnderTextTests: XCTestCase {
    /// A magazine page whose writers' footers follow their last lines with no blank line, wrapped in
    /// the narrow column (`…更有温度。` / `（作者系临城县人大常委会党组书记、` / `主任）`), and whose
    /// last article is signed only at its end (`（作者：赵海涛　作者单位：威县人大` / `常委会研究室）`):
    /// each footer is read whole; the last one is its article's byline, names and unit apart.
    func testWrappedFootersRightUnderTextAreReadWhole() {
        let doc = Fixtures.document("""
        ■ 李卫东（河北）

        临城县人大常委会坚持把践行全过程人
        民民主贯穿履职全过程，连续两年对岐
        山湖景区建设开展跟踪监督，让人大监
        督更有力度、更有温度。
        （作者系临城县人大常委会党组书记、
        主任）

        用好专题询问“利器”
        增强人大监督刚性

        专题询问是法律赋予人大常委会的一种
        重要监督方式。近年来，威县人大常委
        会每年选取一至两个群众关注的重大问
        题开展专题询问，推动解决民生难题。
        （作者：赵海涛　作者单位：威县人大
        常委会研究室）
        """)
        guard doc.sections.count == 2 else { return XCTFail("\(doc.sections.count) sections") }
        XCTAssertEqual(doc.sections[0].office, "临城县人大常委会党组书记、主任")
        XCTAssertEqual(doc.sections[1].authors, ["赵海涛"])
        XCTAssertEqual(doc.sections[1].office, "威县人大常委会研究室")
        XCTAssertEqual(doc.sections[1].title, "用好专题询问“利器” 增强人大监督刚性")
        XCTAssertEqual(doc.sections[1].region?.county, "威县")
        XCTAssertFalse(doc.sections[0].bodyLines.contains(13))
    }

    /// A footer naming its writer with no lead before the unit (`（苟玉兰　作者单位：苍溪县人大` /
    /// `常委会研究室）`), wrapped in the column, signs the article above it: its headline is a title,
    /// not text of the article before.
    func testNamesBeforeTheUnitSignTheArticleAbove() {
        let doc = Fixtures.document("""
        ■ 何晓东（四川）

        旺苍县人大常委会坚持把代表之家建设作
        为密切代表同群众联系的重要抓手，推动
        解决了一批群众关心的问题。

        小小猕猴桃
        撑起致富“大产业”

        金秋时节，苍溪县的红心猕猴桃迎来丰收。
        走进白驿镇猕猴桃产业园，果农们正忙着
        采摘、分拣、装箱，一派繁忙景象。

        （苟玉兰　作者单位：苍溪县人大
        常委会研究室）
        """)
        guard doc.sections.count == 2 else { return XCTFail("\(doc.sections.count) sections") }
        XCTAssertEqual(doc.sections[1].authors, ["苟玉兰"])
        XCTAssertEqual(doc.sections[1].office, "苍溪县人大常委会研究室")
        XCTAssertEqual(doc.sections[1].title, "小小猕猴桃 撑起致富“大产业”")
        XCTAssertEqual(doc.sections[1].region?.county, "苍溪县")
        XCTAssertFalse(doc.sections[0].bodyLines.contains(10))
        let m = AuthorFooterFamily().recognize(LineScalars("（王　芳、李建国，作者单位：苍溪县人大常委会研究室）"))
        XCTAssertEqual(m?.authors, ["王芳", "李建国"])
        XCTAssertEqual(m?.office, "苍溪县人大常委会研究室")
        // (A unit with no names before it is the plain footer: no authors.)
        XCTAssertEqual(AuthorFooterFamily().recognize(LineScalars("（作者单位：苍溪县人大常委会研究室）"))?.authors, [])
    }

    func testAnAuthorsNameAndUnitInOneFooter() {
        let m = AuthorFooterFamily().recognize(LineScalars("（作者：赵海涛　作者单位：威县人大常委会研究室）"))
        XCTAssertEqual(m?.authors, ["赵海涛"])
        XCTAssertEqual(m?.office, "威县人大常委会研究室")
        XCTAssertEqual(m?.placement, .closing)
    }

    /// On a page printing each title after its article, a title printed right under the writer's
    /// footer, with no blank line between (`（作者系盐池县人大常委会主任）` / `以乡镇人大建设…`, the
    /// footer wrapped or not, the title at the page's foot too), is a heading: its article's title.
    func testATitleRightUnderTheFooterTitlesItsArticle() {
        let doc = Fixtures.guardPage("s25_titles_under_footers") { $0 }
        XCTAssertEqual(doc.sections.map(\.title), ["以乡镇人大建设夯实基层民主基础", "推动代表建议从“办了”向“办好”转变", "以预算审查监督助推高质量发展"])
        XCTAssertEqual(doc.sections.map(\.titleLines), [[13], [26], [35]])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 6, 7, 9, 10, 12], [17, 18, 19, 21, 22, 24, 25], [30, 31, 32, 34]])
        XCTAssertEqual(doc.sections.map(\.office), ["盐池县人大常委会主任", "同心县人大常委会党组书记、主任", "汶上县人大常委会主任"])
    }
}
