import XCTest
@testable import Corpus

/// A page of two 12-character columns extracted line by line in turn (`s27_interleaved_columns`):
/// two headers printed one after the other (`洪洞：…` / `□ 王晓燕`, `襄汾：…` / `本报记者 刘 強`), then
/// one column's line, the other's, the first's again (`6月18日，洪洞县十八届人` / `6月20日，襄汾县人大常委` /
/// `大常委会第二十次会议召开，` / `会就全县农村供水保障工作`).
final class InterleavedColumnsTests: XCTestCase {
    let page = "s27_interleaved_columns"

    /// Each column's lines are its article's text: the odd lines the first header's, the even ones
    /// the second's, and a phrase cut between two lines of a column is counted whole.
    func testTheColumnsAreDealtApart() {
        let doc = Fixtures.guardPage(page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, Array(stride(from: 11, through: 29, by: 2)))
        XCTAssertEqual(doc.sections[1].bodyLines, Array(stride(from: 12, through: 28, by: 2)))
        XCTAssertTrue(doc.analysisText(of: doc.sections[0]).string.contains("洪洞县十八届人大常委会第二十次会议召开"))
        XCTAssertTrue(doc.analysisText(of: doc.sections[1]).string.contains("襄汾县人大常委会就全县农村供水保障工作"))
    }

    /// One column printed alone, line under line, stays as printed: its breaks go on with the next
    /// line, not the one after.
    func testOneColumnIsLeftAlone() {
        let doc = Fixtures.guardPage(page) { text in
            var lines = text.components(separatedBy: "\n")
            // (Lines 12, 14, … 28, the second column's, taken out.)
            for n in stride(from: 28, through: 12, by: -2) { lines.remove(at: n - 1) }
            return lines.joined(separator: "\n")
        }
        let body = doc.sections.flatMap(\.bodyLines).sorted()
        XCTAssertEqual(body, Array(11...20))
        XCTAssertTrue(doc.sections.contains { doc.analysisText(of: $0).string.contains("洪洞县十八届人大常委会第二十次会议召开") })
    }

    /// A run's stretch read as two columns: none in a column's own lines, the whole run in turn.
    func testTheStretch() throws {
        let text = try String(contentsOf: Fixtures.testsDir.appendingPathComponent("Fixtures/guards/\(page).txt"), encoding: .utf8)
        let source = try SourceText(path: page, bytes: Array(text.utf8))
        let turn = (11...29).map { LinePiece(line: $0, range: source.lineRange($0)) }
        let stretch = try XCTUnwrap(InterleavedColumns.stretch(turn, source: source))
        XCTAssertEqual(stretch.0, 0)
        XCTAssertGreaterThanOrEqual(stretch.1, 16)
        let column = stride(from: 11, through: 29, by: 2).map { LinePiece(line: $0, range: source.lineRange($0)) }
        XCTAssertNil(InterleavedColumns.stretch(column, source: source))
    }

    /// A long run in turn, every break going on two lines apart (`…县人` | `大会…`, `…代` | `表示…`) and
    /// none with the next line, is one stretch from its first line to its last.
    func testALongRunInTurn() throws {
        let lines = (0..<4_000).map { $0 % 2 == 0 ? "大会决定县人" : "表示同意代" }
        let source = try SourceText(path: "turn.txt", bytes: Array(lines.joined(separator: "\n").utf8))
        let pieces = (1...lines.count).map { LinePiece(line: $0, range: source.lineRange($0)) }
        XCTAssertTrue(InterleavedColumns.mayInterleave(ArraySlice([LayoutUnit(kind: .paragraph, pieces: pieces)]), source: source))
        let stretch = try XCTUnwrap(InterleavedColumns.stretch(pieces, source: source))
        XCTAssertEqual(stretch.0, 0)
        XCTAssertEqual(stretch.1, lines.count - 1)
        // (Its first eight lines alone are the shortest stretch; seven are none.)
        XCTAssertNotNil(InterleavedColumns.stretch(Array(pieces.prefix(8)), source: source))
        XCTAssertNil(InterleavedColumns.stretch(Array(pieces.prefix(7)), source: source))
    }

    /// The second column may open with a wire byline on its first line (`本报讯（通讯员 马 腾）10月9`):
    /// the byline stays that article's, the text after it on its line opens the column, and the
    /// first column's first line, printed above it, is dealt with the rest of its column.
    func testAColumnOpenedByAnInlineByline() {
        let doc = Fixtures.document("""
        临颍：果园里开起
        舞阳县人大常委会视察
        “代表议事会”
        辣椒产业发展情况

        □ 本报记者 孙 洁

        10月上旬，临颍县瓦店镇的果
        本报讯（通讯员 马 腾）10月9
        园里果香四溢。一张方桌、几
        日，舞阳县人大常委会组织部分
        条板凳，县乡两级人大代表和种
        县人大代表，对全县辣椒产业发
        植户围坐在果树下，一场“代表
        展情况开展专题视察。视察组先
        议事会”就此开场。种植户们你
        后来到辛安镇、太尉镇的辣椒种
        一言我一语，代表们边听边记。
        植基地和加工企业，详细了解种
        """)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, Array(stride(from: 8, through: 18, by: 2)))
        XCTAssertEqual(doc.sections[1].bodyLines, Array(stride(from: 9, through: 19, by: 2)))
        XCTAssertEqual(doc.sections[1].authors, ["马腾"])
        XCTAssertTrue(doc.analysisText(of: doc.sections[0]).string.contains("瓦店镇的果园里果香四溢"))
        XCTAssertTrue(doc.analysisText(of: doc.sections[1]).string.contains("舞阳县人大常委会组织部分县人大代表"))
    }
}
