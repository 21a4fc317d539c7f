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
}
