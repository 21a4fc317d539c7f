@testable import Corpus
import XCTest

/// A `数读` column of figure items under an article (`826名　全县各级人大代表全部进站`, …,
/// `97.8%　代表建议按期办结率`; fixture `s18_figure_column`): each line is whole, so the column's last
/// line ends no sentence but is no cut, and no continuation is sought for it.
final class FigureColumnTests: XCTestCase {
    func testAFigureColumnEndsWithNoCut() throws {
        let url = Fixtures.testsDir.appendingPathComponent("Fixtures/guards/s18_figure_column.txt")
        let source = try SourceText(path: "s18_figure_column.txt", bytes: [UInt8](Data(contentsOf: url)))
        let units = LineClassifier().units(of: source)
        let column = try XCTUnwrap(units.first { $0.pieces.first?.line == 17 })
        XCTAssertEqual(column.pieces.map(\.line), Array(17...21))
        XCTAssertFalse(column.cutEnd)
        XCTAssertTrue(LineClassifier.isFigureColumn(source, column.pieces))
    }

    func testTheColumnStaysWithItsArticleAndIsNoUnresolvedCut() {
        let doc = Fixtures.guardPage("s18_figure_column")
        XCTAssertEqual(doc.unresolvedCuts, [])
        doc.assertLines(17...21, in: "旌德县", notIn: "绩溪县")
    }

    /// Lines that open with a figure but run on as text (`2023年，全县…`) are no items; nor are two.
    func testOnlyThreeFigureItemsOrMoreMakeAColumn() throws {
        func column(_ text: String) throws -> Bool {
            let source = try SourceText(path: "t.txt", bytes: Array(text.utf8))
            let pieces = (1...source.lineCount).map { LinePiece(line: $0, range: source.lineRange($0)) }
            return LineClassifier.isFigureColumn(source, pieces)
        }
        XCTAssertTrue(try column("1 126名　全县各级人大代表全部进站\n2.2万余人次　群众到站反映诉求\n三十余次　常委会组成人员进站接待"))
        XCTAssertFalse(try column("1 126名　全县各级人大代表全部进站\n2.2万余人次　群众到站反映诉求"))
        XCTAssertFalse(try column("2023年，全县各级人大代表累计走访群\n众1.2万余人次，提出意见建议326件，\n推动解决了一批群众急难愁盼问题"))
    }

    /// A bracketed label over the column (`【数读】`) is the article's text, as the column is, not a
    /// page's column label.
    func testABracketedFigureLabelIsTheArticlesText() {
        let doc = Fixtures.guardPage("s18_figure_column") { $0.replacingOccurrences(of: "数读旌德", with: "【数读】") }
        XCTAssertFalse(doc.furnitureLines.contains(16), "\(doc.furnitureLines)")
        doc.assertLines(16...21, in: "旌德县", notIn: "绩溪县")
        XCTAssertFalse(PageFurnitureFamily.isColumnLabel(ScalarWindow(Array("【数读】".unicodeScalars))))
        XCTAssertTrue(PageFurnitureFamily.isColumnLabel(ScalarWindow(Array("【人大代表风采】".unicodeScalars))))
    }
}
