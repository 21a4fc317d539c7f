import XCTest
@testable import Corpus

/// A newspaper page (`s16_interview_note_and_footer_tail`): a letter-spaced column label, an editor's
/// note, an interview in `记者：`/`NAME：` turns cut mid-word at its column's foot (`…的工作机` |
/// `制，让全过程人民民主…`), and under the second article's header that article's first paragraph,
/// the interview's last lines and then the second article's enumerated text and its writer's footer.
final class InterviewPageTests: XCTestCase {
    let page = "s16_interview_note_and_footer_tail"

    /// The label over the editor's note titles nothing; the note opens the interview, before its turns.
    func testALabelOverAnEditorsNoteIsFurniture() {
        let doc = Fixtures.guardPage(page)
        XCTAssertTrue(doc.furnitureLines.contains(3), "\(doc.furnitureLines)")
        guard let first = doc.sections.first else { return XCTFail("no section") }
        XCTAssertEqual(first.title, "让“滩涂”上的民声传进常委会——访东台市人大常委会主任韩立新")
        XCTAssertEqual(Array(first.bodyLines.prefix(6)), Array(5...10))
    }

    /// A cut mid-word does not go on with an interview's turn (`…的工作机` | `记者：“滩涂议事”…`), though
    /// that turn opens the column the cut closes: it goes on where the word ends (`制，…`).
    func testAnInterviewTurnIsNoLandingForACut() {
        let doc = Fixtures.guardPage(page)
        XCTAssertTrue(doc.joins.contains { $0 == (41, 53) }, "\(doc.joins)")
        XCTAssertFalse(doc.joins.contains { $0 == (41, 17) }, "\(doc.joins)")
        let body = doc.bodyLines(ofCounty: "东台市")
        guard let a = body.firstIndex(of: 17), let b = body.firstIndex(of: 41) else { return XCTFail("\(body)") }
        XCTAssertLessThan(a, b)
    }

    /// The second article's text printed after the interview's last lines, closed by its writer's
    /// footer (`（作者系大丰区…）`), is that article's, not the interview's read on from the landing.
    func testAFooterClosesTheRunPrintedUnderItsHeader() {
        let doc = Fixtures.guardPage(page)
        doc.assertLines(53...54, in: "东台市", notIn: "大丰区")
        for r in [56...57, 59...61, 63...64, 66...68, 70...71, 73...74] { doc.assertLines(r, in: "大丰区", notIn: "东台市") }
    }

    func testInterviewTurns() {
        for t in ["记者：下一步有什么打算？", "韩立新：我们将坚持…", "问：联络站建在哪里？", "阿不都·热合曼：我们…"] {
            XCTAssertTrue(SentenceOpening.opensWithTurn(Array(t.unicodeScalars)), t)
        }
        // (A lead-in or a list is no turn: `主要做法：`, `制：`, `一是：`.)
        for t in ["主要做法：一是…", "制：一是…", "2023年：…", "记者"] {
            XCTAssertFalse(SentenceOpening.opensWithTurn(Array(t.unicodeScalars)), t)
        }
    }
}

final class FooterClosedRunTests: XCTestCase {
    /// A spread of three essays: the second's closing paragraph (`…下一步，文成县人大常委会将…`) is
    /// printed under the third's header, right after the third's opening, and over the second's
    /// footer (`（作者系文成县…）`). No cut joins it anywhere; the footer and the county it names
    /// take it, with the footer, to the second essay, whose place only its title's subtitle names.
    func testAFooterTakesTheRunAboveItToTheArticleItNames() {
        let doc = Fixtures.document("""
        以“小平台”办好民生“大实事”

        泰顺县人大常委会党组书记、主任　林建国

        泰顺是“中国廊桥之乡”。近年来，泰顺县人大常委会坚持以人民为中心，推动代表履职平台向山区延伸，全县建成代表联络站 36 个。

        聚焦民生实事，让代表履职更接地气。县人大常委会每年组织代表票决民生实事项目，去年 10 件实事全部办结。

        让老区的民意“听”得更清——文成县推进代表联络站建设的实践

        ■ 周海燕（浙江）

        文成是革命老区。近年来，文成县人大常委会坚持把代表联络站建设作为践行全过程人民民主的重要载体，推动联络站规范化运行。

        创新运行机制，让联络站“活”起来。文成县人大常委会推行代表轮值接待制度，每月 15 日为固定接待日。

        在产业园区书写人大新答卷

        ■ 陈立平（浙江）

        苍南是民营经济大县。新时代，苍南县人大常委会坚持和发展基层民主，把代表之家建在产业园区和乡村社区。

        实践证明，联络站建得好不好，群众最有发言权。下一步，文成县人大常委会将持续推进联络站标准化建设，不断擦亮全过程人民民主的文成名片。

        （作者系文成县人大常委会副主任）

        依法监督，护航平安苍南。苍南县人大常委会每年围绕社会治理确定监督议题，推动解决群众急难愁盼问题。

        （作者单位：苍南县人大常委会研究室）
        """)
        doc.assertLines(23...23, in: "文成县", notIn: "苍南县")
        doc.assertLines(21...21, in: "苍南县", notIn: "文成县")
        doc.assertLines(27...27, in: "苍南县", notIn: "文成县")
        doc.assertLines(29...29, in: "苍南县", notIn: "文成县")
        XCTAssertEqual(doc.sections.first { $0.region?.county == "文成县" }?.office, "文成县人大常委会副主任")
    }
}

