@testable import Corpus
import XCTest

/// Tables printed in a narrow column's text (`项目名称　　得票` / `老旧小区改造　31 票` / …): rows of
/// cells set apart, figures closing them, are the article's text, not a headline stacked over it.
final class TableRowTests: XCTestCase {
    func testTableRowsAreTextNotAHeadline() {
        let doc = Fixtures.document("""
        宜丰：十件民生实事
        代表“一票一票”定下来

        □ 本报记者 熊 伟

        8月28日，宜丰县人大常委
        会召开会议，以无记名投票
        方式从 15 个候选项目中票
        决产生县级民生实事项目 10
        件。票决结果如下（得票前
        三位）：

        项目名称　　得票
        老旧小区改造　31 票
        农村饮水提升　31 票
        城区学校扩容　30 票
        县人大常委会将对票决产生
        的项目实行跟踪监督。
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].bodyLines, Array(6...11) + Array(13...18))
        XCTAssertEqual(doc.sections[0].subheadLines, [])
    }

    func testCellsAndFigureRows() {
        XCTAssertEqual(LineClassifier.tableCells("老旧小区改造　31 票".unicodeScalars), 2)
        XCTAssertEqual(LineClassifier.tableCells("项目名称　　得票".unicodeScalars), 2)
        XCTAssertEqual(LineClassifier.tableCells("县人大常委会将对票决产生".unicodeScalars), 1)
        XCTAssertTrue(LineClassifier.isFigureRow("老旧小区改造　31 票".unicodeScalars))
        XCTAssertTrue(LineClassifier.isFigureRow("乡镇代表联络站  14 个".unicodeScalars))
        XCTAssertFalse(LineClassifier.isFigureRow("项目名称　　得票".unicodeScalars), "a header row holds no figure")
        XCTAssertFalse(LineClassifier.isFigureRow("全年办结　31 件。".unicodeScalars), "a sentence")
        XCTAssertFalse(LineClassifier.isFigureRow("推进阵地建设　释放履职效能".unicodeScalars), "a headline in two parts")
    }

    /// A sentence announcing a table (`…办理结果如下：`) whose table prints in the next column, under
    /// another article's cut paragraph (`…盘活闲置资`): the table goes on from the colon, and the cut
    /// from its own continuation (`金八百余万元。`), though the words across the seam into the table
    /// read on (`…资|项目`: 投资项目 is the page's own word).
    func testATableGoesOnFromTheSentenceAnnouncingIt() {
        let doc = Fixtures.document("""
        漳县：代表建议
        件件有回音

        □ 本报记者 李 明

        9月3日，漳县人大常委会召
        开会议，听取县人民政府关于
        代表建议办理情况的报告。
        今年县人大代表共提出建议
        96 件，已全部办结。办理结
        果如下：


        渭源：预算监督
        盯紧“钱袋子”

        本报通讯员 王 丽

        今年以来，渭源县人大常委
        会依托预算联网监督平台，
        发出预警提示 46 条，推动
        投资项目加快建设，让投资
        项目早见效，盘活闲置资


        项目类别　　件数
        已经解决　62 件
        正在解决　28 件
        列入计划　6 件
        县人大常委会将对办理情况
        开展满意度测评。


        金八百余万元。县人大常委会
        有关负责同志说，平台让监督
        更精准。
        """)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, Array(6...11) + Array(26...31))
        XCTAssertEqual(doc.sections[1].bodyLines, Array(19...23) + Array(34...36))
        XCTAssertTrue(doc.analysisText(of: doc.sections[1]).string.contains("盘活闲置资金八百余万元"))
    }

    /// A colon at a column's foot goes on with its own quotation (`…主任王伟在会上表示：` | `“要把…”`),
    /// not with a table printed under another article's finished sentence (`…票决结果见下` / `表。` /
    /// `项目名称　　得票` / …), which stays with that article.
    func testATableUnderItsOwnSentenceStaysThere() {
        let doc = Fixtures.document("""
        陇西：代表建议
        办理见实效

        □ 本报记者 张 华

        9月5日，陇西县人大常委会
        召开会议，听取县人民政府
        关于代表建议办理的报告。
        今年县人大代表共提出建议
        96 件，已全部办结。县人大
        常委会主任王伟在会上表示：


        “要把代表建议办理作为
        密切联系群众的重要途径，
        真正做到件件有回音。”


        渭源：代表票决
        民生实事

        本报通讯员 王 丽

        今年以来，渭源县人大常委
        会在全县推行民生实事项目
        代表票决制，票决结果见下
        表。

        项目名称　　得票
        老旧小区改造　31 票
        农村道路提升　28 票
        """)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [Array(6...11) + Array(14...16), Array(24...27) + Array(29...31)])
    }

    /// A paragraph opens a table when its first two lines are rows of cells.
    func testOpensTable() throws {
        let source = try SourceText(path: "t.txt", bytes: Array("项目类别　　件数\n已经解决　62 件\n县人大常委会将对办理情况\n开展满意度测评。".utf8))
        func unit(_ lines: ClosedRange<Int>) -> LayoutUnit {
            LayoutUnit(kind: .paragraph, pieces: lines.map { LinePiece(line: $0, range: source.lineRange($0)) })
        }
        XCTAssertTrue(ReadingOrder.opensTable(unit(1...4), source))
        XCTAssertFalse(ReadingOrder.opensTable(unit(1...1), source), "one row is no table")
        XCTAssertFalse(ReadingOrder.opensTable(unit(2...4), source), "a row over text")
        // Names padded to two characters in lines of text make no table.
        let names = try SourceText(path: "n.txt", bytes: Array("王　伟主持，副主任李　明、\n张　强、赵　芳出席会议。会".utf8))
        XCTAssertFalse(ReadingOrder.opensTable(LayoutUnit(kind: .paragraph, pieces: (1...2).map { LinePiece(line: $0, range: names.lineRange($0)) }), names))
    }
}
