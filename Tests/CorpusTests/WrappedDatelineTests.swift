import XCTest
@testable import Corpus

/// A narrow-column page of briefs (`s27_wrapped_dateline`): a dateline's credit wrapped over two lines
/// (`本报讯（记者 李 梅 通讯` / `员 罗 强）10月上旬，江城`), a photo item closed by its credit, and an
/// unsigned brief whose headline's first line is as wide as the column or wider
/// (`镇沅彝族哈尼族拉祜族自治县人大常委会` / `听取林业工作报告` / `10月16日，镇沅县人大常委`).
final class WrappedDatelineTests: XCTestCase {
    let page = "s27_wrapped_dateline"

    /// The two lines are one dateline with both writers; the text goes on after its bracket, and
    /// the two lines above it are the brief's headline.
    func testADatelineWrappedOverTwoLines() {
        let doc = Fixtures.guardPage(page)
        let brief = doc.sections.first
        XCTAssertEqual(brief?.authors, ["李梅", "罗强"])
        XCTAssertEqual(brief?.office, "记者")
        XCTAssertEqual(brief?.title, "江城县人大常委会视察 边境口岸建设")
        XCTAssertEqual(brief?.bodyLines.last, 18)
        XCTAssertTrue(doc.analysisText(of: brief!).string.hasPrefix("10月上旬"))
        XCTAssertTrue(doc.analysisText(of: brief!).string.contains("江城县人大常委会组织部分人大代表"))
    }

    /// A wrapped dateline with no text after its bracket is one byline with both writers (not a
    /// credit of three names joined with a space, `杨丽`, `通讯`, `员岩温`); a bracket inside a running
    /// sentence (`群众纷纷致电（记者 王` / `明）表示支持…`) opens no dateline.
    func testADatelineAloneAndABracketInASentence() {
        let alone = Fixtures.document("孟连县人大常委会开展视察\n\n本报讯（记者 杨 丽 通讯\n员 岩 温）\n\n近日，孟连县人大常委会组织代表\n开展视察活动，提出建议 12 条。\n")
        XCTAssertEqual(alone.sections.first?.authors, ["杨丽", "岩温"])
        let inside = Fixtures.document("近日，县人大常委会开展代表活动，群众\n纷纷表示支持，代表们认真听取意见，\n群众纷纷致电（记者 王\n明）表示支持，代表们认真听取意见。\n")
        XCTAssertTrue(inside.sections.allSatisfy { $0.authors.isEmpty }, "\(inside.sections.map(\.authors))")
    }

    /// A headline whose first line fills the column, over text that names the county it opens
    /// with, under a photo item's credit, opens an unsigned brief.
    func testAFullFirstLineOverItsOwnOpening() {
        let doc = Fixtures.guardPage(page)
        XCTAssertEqual(doc.sections.count, 3)
        XCTAssertEqual(doc.sections.last?.title, "镇沅彝族哈尼族拉祜族自治县人大常委会 听取林业工作报告")
        XCTAssertEqual(doc.sections.last?.bodyLines.first, 34)
        XCTAssertFalse(doc.sections[1].bodyLines.contains(34))
        // (Text of another county under it is no such headline's: the lines stay the item's.)
        let other = Fixtures.guardPage(page) { $0.replacingOccurrences(of: "10月16日，镇沅县人大常委", with: "10月16日，墨江县人大常委") }
        XCTAssertNotEqual(other.sections.last?.title, "镇沅彝族哈尼族拉祜族自治县人大常委会 听取林业工作报告")
    }
}

/// A writer's name cut at the byline's line end (`□ 本报记者 陈春` / `梅  通讯员 李晓`).
final class NameCutInBylineTests: XCTestCase {
    let head = "湖州人大  2024 年第 6 期\n\n安吉：代表联络站里的“民生账本”\n\n□ 本报记者 陈春\n"
    let body = "\n今年以来，安吉县人大常委会坚持以代表联络站为阵地，践行全过程人民民主。\n\n“以前反映问题要跑好几趟，现在家门口就能找到代表。”居民王大姐说。\n"

    /// The rest of the name, alone or before another writer, makes the name whole; the line is the
    /// byline's, not the body's.
    func testTheNameGoesOnOnTheNextLine() {
        let two = Fixtures.document(head + "梅  通讯员 李晓\n" + body)
        XCTAssertEqual(two.sections.first?.authors, ["陈春梅", "李晓"])
        XCTAssertEqual(two.sections.first?.bodyLines.first, 8)
        let one = Fixtures.document(head + "梅\n" + body)
        XCTAssertEqual(one.sections.first?.authors, ["陈春梅"])
        XCTAssertEqual(one.sections.first?.bodyLines.first, 8)
    }

    /// A line of text under the byline that opens with the same character is text.
    func testTextUnderTheBylineIsText() {
        let doc = Fixtures.document(head + "梅花香自苦寒来，代表履职路上也是如此。\n" + body)
        XCTAssertEqual(doc.sections.first?.authors, ["陈春"])
        XCTAssertEqual(doc.sections.first?.bodyLines.first, 6)
    }
}
