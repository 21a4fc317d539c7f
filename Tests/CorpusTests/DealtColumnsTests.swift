import XCTest
@testable import Corpus

final class DealtColumnsTests: XCTestCase {
    /// A spread whose columns carry three articles' paragraphs in turn: the first article's cut
    /// (`…组织各级人`) goes on under the second header (`大代表轮流进站…`), and the layout runs its chain
    /// on through the second and third articles' paragraphs while their openings stand alone. The
    /// chain's pieces are dealt by their rare words (read with the seeds as the corpus): the
    /// second's `念好“草果经”…` (cut `一府一委|两院”`, joined) and the third's `建好阵地…独龙江…` go to their
    /// articles; the first keeps its own `…易地搬迁安置社区…`.
    func testAChainCrossingIntoLoneOpeningsIsDealtByTopic() throws {
        let url = Fixtures.testsDir.appendingPathComponent("Fixtures/guards/s12_crossing_dealt.txt")
        let page = try SourceText(path: "page.txt", bytes: [UInt8](Data(contentsOf: url)))
        let doc = DocumentReader(background: NGramIndex.sample(Fixtures.seedDocuments.map(\.source) + [page])).read(page)
        XCTAssertEqual(doc.sections.count, 3)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[7, 9, 19, 21], [17, 23, 34], [32, 36]])
        // Read alone (no corpus to tell rare words), nothing is dealt.
        let alone = DocumentReader().read(page)
        XCTAssertEqual(alone.sections[0].bodyLines, [7, 9, 19, 21, 23, 34, 36])
    }

    /// An enumeration the chain reads on stays together when it is dealt: the first article's
    /// `二是…` goes where its `一是…` went, though its words are the second article's (`草果…`).
    func testAnEnumerationReadOnStaysTogether() throws {
        let url = Fixtures.testsDir.appendingPathComponent("Fixtures/guards/s12_crossing_dealt.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "我们始终把密切同人民群众的联系作为人大工作的生命线。", with: "一是密切同人民群众的联系。")
            .replacingOccurrences(of: "我们始终把增强监督实效作为履职的着力点。围绕易地搬迁后续扶持，常委会连续三年听取和审议专项工作报告，督促政府在安置社区配套建设扶贫车间和幼儿园。",
                                  with: "二是增强监督实效。围绕草果产业后续扶持，常委会连续三年听取和审议草果烘烤专项工作报告，督促政府在草果产区配套建设烘烤车间。")
        let page = try SourceText(path: "page.txt", bytes: Array(text.utf8))
        let doc = DocumentReader(background: NGramIndex.sample(Fixtures.seedDocuments.map(\.source) + [page])).read(page)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[7, 9, 19, 21], [17, 23, 34], [32, 36]])
    }
}

final class DealtColumnsWithInlineLeadTests: XCTestCase {
    /// Three headers stacked at the top of a page, the last one's inline lead (`本报讯（…）今年以来，
    /// 莘县…`) printed under them, then a block of each article in turn: the lead is the third
    /// article's first block, a block finishing a term the lead cut (`…人大代` | `表深入…`) goes on with
    /// it, a county's congress (`冠县人大常委会…`) is no word of the `莘县人大…` headline, and the headline
    /// printed alone after the last block is the untitled second article's.
    func testBlocksUnderStackedHeadersWithAnInlineLeadAreDealt() {
        let doc = Fixtures.guardPage("s15_dealt_with_inline_lead")
        XCTAssertEqual(doc.sections.count, 3)
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["阳谷县", "冠县", "莘县"])
        XCTAssertEqual(doc.sections[0].bodyLines, [14, 15, 16, 17, 28, 29, 30, 40, 41, 42])
        XCTAssertEqual(doc.sections[1].bodyLines, [19, 20, 21, 22, 32, 33, 34, 44, 45])
        XCTAssertEqual(doc.sections[2].bodyLines, [10, 11, 12, 24, 25, 26, 36, 37, 38])
        XCTAssertEqual(doc.sections[1].title, "以专题询问推动民生实事落地")
        XCTAssertEqual(doc.sections[1].titleLines, [47])
        XCTAssertTrue(doc.joins.contains { $0 == (12, 24) })
        XCTAssertTrue(doc.joins.contains { $0 == (17, 28) })
    }
}

final class DealtColumnsHeldBelowTests: XCTestCase {
    /// Three headers stacked at the top, their articles' blocks in turn below: the repair gave the
    /// first article a block naming its place (`开原市人大常委会还…`) before the blocks were dealt, and
    /// the last rotation ends with the second article's writer's footer under the third's block.
    /// The first article still takes part in the deal, and the footer goes to the one article whose
    /// text names its place.
    func testAnEarlierHeaderHoldingTextBelowIsDealtAndTheFooterFindsItsArticle() {
        let doc = Fixtures.guardPage("s15_dealt_held_below")
        XCTAssertEqual(doc.sections.count, 3)
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["开原市", "西丰县", "昌图县"])
        XCTAssertEqual(doc.sections[0].bodyLines, [15, 16, 17, 18, 19, 20, 32, 33, 34, 51, 52, 53, 70, 71, 72, 73, 74])
        XCTAssertEqual(doc.sections[1].bodyLines.last, 80)
        XCTAssertEqual(doc.sections[1].office, "西丰县人大常委会研究室主任")
        XCTAssertEqual(doc.sections[2].bodyLines, [27, 28, 29, 30, 41, 42, 43, 44, 45, 46, 47, 48, 49, 61, 62, 63, 64, 76, 77, 78])
        XCTAssertNil(doc.sections[2].office)
    }
}

/// Three columns side by side extracted row by row (`s16_three_columns_in_rows`): the three headlines
/// on three lines, the three bylines on the next three, then the blocks dealt out column by column,
/// each column's sentence cut at the row's foot and going on three blocks later.
final class ColumnsInRowsTests: XCTestCase {
    let page = "s16_three_columns_in_rows"

    /// One headline per byline, in order, not one headline of three lines over the first.
    func testStackedHeadlinesTitleTheirBylinesInOrder() {
        let doc = Fixtures.guardPage(page)
        XCTAssertEqual(doc.sections.map(\.title), ["把代表之家建在群众家门口", "让监督刚性落到实处", "用好基层立法联系点"])
        XCTAssertEqual(doc.sections.map(\.titleLines), [[4], [5], [6]])
    }

    /// The blocks go to the columns in turn, and each cut goes on in its column's next block.
    func testTheBlocksAreDealtInTurn() {
        let doc = Fixtures.guardPage(page)
        XCTAssertEqual(doc.bodyLines(ofCounty: "涞源县"), [12, 13, 14, 15, 16, 28, 29, 30, 31, 41, 42, 43])
        XCTAssertEqual(doc.bodyLines(ofCounty: "阜平县"), [18, 19, 20, 21, 33, 34, 35, 45, 46, 47])
        XCTAssertEqual(doc.bodyLines(ofCounty: "易县"), [23, 24, 25, 26, 37, 38, 39, 49, 50])
        for j in [(16, 28), (21, 33), (26, 37)] { XCTAssertTrue(doc.joins.contains { $0 == j }, "\(j) in \(doc.joins)") }
    }
}

/// Three articles side by side, each header printed over its own column's first paragraph, the
/// columns' next paragraphs extracted row by row below them all (`s17_headers_over_first_blocks`):
/// the layout gives them to the last header; they are dealt out in turn, and the footers wrapped
/// in the narrow columns (`（作者系来凤县…党组` / `书记、主任）`) go with their articles.
final class HeadersOverFirstBlocksTests: XCTestCase {
    let page = "s17_headers_over_first_blocks"

    func testTheRowsBelowTheHeadersAreDealtInTurn() {
        let doc = Fixtures.guardPage(page)
        XCTAssertEqual(doc.bodyLines(ofCounty: "来凤县"), [7, 8, 9, 10, 28, 29, 30, 31, 43, 44, 45, 54, 55, 56, 57])
        XCTAssertEqual(doc.bodyLines(ofCounty: "鹤峰县"), [16, 17, 18, 33, 34, 35, 36, 47, 48, 59, 60, 61])
        XCTAssertEqual(doc.bodyLines(ofCounty: "宣恩县"), [24, 25, 26, 38, 39, 40, 41, 50, 51, 52, 63, 64, 65, 66, 67])
        for j in [(31, 43), (36, 47), (41, 50)] { XCTAssertTrue(doc.joins.contains { $0 == j }, "\(j) in \(doc.joins)") }
        XCTAssertEqual(doc.sections.map(\.office), ["来凤县人大常委会党组书记、主任", "鹤峰县人大常委会", "宣恩县人大常委会副主任"])
    }

    /// Two short pieces of one paragraph each over a long article whose paragraphs end their
    /// sentences and name its own county: no columns, the long article keeps its text.
    func testShortPiecesOverALongArticleStayAsPrinted() {
        let doc = Fixtures.document("""
        代表家站有了“新功能”

        ■ 田秀梅（湖北）

        来凤县人大常委会把代表家站建设作为践行全过程人民民主的重要抓手。

        茶园里面开起了代表会

        ■ 向春林（湖北）

        鹤峰县人大常委会在茶叶主产区组建代表小组，让代表在产业一线履职尽责。

        让专题询问问出实效

        ■ 杨光辉（湖北）

        宣恩县人大常委会围绕群众关心的城乡供水问题开展专题询问。

        询问前，宣恩县人大常委会组织代表深入乡镇开展调研，面向社会征集询问问题。

        询问中，请分管负责同志现场应询，做到真问、敢问、会问。

        询问后，常委会将问题清单交县政府研究处理，半年后听取整改情况报告。

        通过专题询问，宣恩县新建改造供水管网三十公里，群众的饮水更安全了。
        """)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5], [11], [17, 19, 21, 23, 25]])
    }
}
