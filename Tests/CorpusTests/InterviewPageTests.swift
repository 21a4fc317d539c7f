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
