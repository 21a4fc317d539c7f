import XCTest
@testable import Corpus

/// A cut sentence at a column jump (`…项目实施情况向`) and a headed article's lead that opens with a
/// quotation (`“没想到…`): the opening mark alone says how often quotations follow the tail, not
/// that this one does.
final class OpeningMarkSeamTests: XCTestCase {
    static let page = """
    德宏人大


    2024年5月16日 星期四


    第2版

    要 闻


    以代表履职推动县域治理


    梁河县人大常委会党组书记、主任 周建华


    今年以来，梁河县人大常委会坚持把代表
    工作作为人大工作的基础，推动代表履职
    更好落实到县域治理各领域各环节。

    把民意转化为监督议题。常委会年度监督
    计划中的议题大多来自代表和群众的意见
    建议。对民生实事项目实行人大代表票决
    制，项目实施情况向

    盈江基层立法联系点架起民意“连心桥”


    记者 张明 通讯员 李华


    “没想到我们提的意见，真的写进了法规
    里。”说起参与立法的经历，盈江县平原
    镇村民刀正明很是自豪。两年来，联系点
    共承担法规草案征求意见任务18件。


    责任编辑：何静  版式：周敏

    第3版


    基 层 动 态


    代表报告、由代表测评，测评结果向社会
    公开，真正做到民生实事由民作主、由民
    评判。

    下一步，我们将不断健全吸纳民意、汇集
    民智的工作机制，推动代表工作走深走实。

    联系点负责人介绍，其中关于农村留守老
    人关爱服务的建议被吸收进条例。
    """

    /// Another page of the drop, where `向“` is common (`从“定时”向“随时”转变`).
    static let other = """
    德宏人大

    代表风采

    推动代表联系群众从“定时”向“随时”转变，
    推动监督工作从“有形覆盖”向“有效覆盖”
    转变，推动基层治理从“管理”向“服务”转
    变，推动立法工作从“立得出”向“立得好”
    转变，推动代表履职从“会上”向“会下”延
    伸，推动民生实事从“为民作主”向“由民作
    主”转变。
    """

    /// The cut of the first article's second paragraph does not go on into the lead under the
    /// second article's byline: the first article keeps it, the second opens with its own lead.
    func testALeadOpeningWithAQuotationIsNoContinuationOnTheMarkAlone() throws {
        let sources = try [SourceText(path: "a.txt", bytes: Array(Self.page.utf8)), SourceText(path: "b.txt", bytes: Array(Self.other.utf8))]
        let doc = DocumentReader(background: NGramIndex.sample(sources)).read(sources[0])
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(Array(doc.sections[0].bodyLines.prefix(7)), [18, 19, 20, 22, 23, 24, 25])
        XCTAssertEqual(doc.sections[1].bodyLines.first, 33)
    }

    /// The statistics across a jump: the tail followed by an opening mark counts only with the
    /// words inside the quotation; adjacent paragraphs still read the mark alone.
    func testTheMarkAloneScoresOnlyWhereAsked() {
        let texts = [Self.other].flatMap { $0.split(separator: "\n") }.map { Array($0.unicodeScalars) }
        let index = NGramIndex(texts: texts)
        let tail = index.tailInfo(Array("项目实施情况向".unicodeScalars)[...])
        let head = index.headInfo(Array("“没想到".unicodeScalars)[...])
        XCTAssertNotNil(index.seamScore(tail, head))
        XCTAssertNil(index.seamScore(tail, head, wordsAfterOpening: true))
        // (With the words inside known, the seam still scores.)
        let known = index.headInfo(Array("“随时”".unicodeScalars)[...])
        XCTAssertNotNil(index.seamScore(tail, known, wordsAfterOpening: true))
    }
}
