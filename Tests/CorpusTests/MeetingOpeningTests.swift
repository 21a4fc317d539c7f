import XCTest
@testable import Corpus

/// A paragraph opening with a meeting's setting or what the meeting said (`会前，…`, `会议要求，…`)
/// opens a sentence of its own: no clause cut mid-word goes on there.
final class MeetingOpeningTests: XCTestCase {

    func testMeetingOpenings() {
        func meets(_ s: String) -> Bool { SentenceOpening.opensAtMeeting(Array(s.unicodeScalars)) }
        for s in ["会前，区人大常委会组成3个调研组", "会上，代表们踊跃发言", "会议要求，各联系点要进一步", "会后，调研组深入"] {
            XCTAssertTrue(meets(s), s)
        }
        // (A term's rest, `会组成人员…`, or a clause with no setting, `会同有关部门…`, is none.)
        for s in ["会组成人员和人大代表", "会同有关部门开展调研，", "代表们建议，要强化"] { XCTAssertFalse(meets(s), s) }
    }

    /// A cut brief (`…建设进`) goes on under a displaced headline (`度和存在的困难…`), not into the
    /// paragraph that opens `会前，` (its seam `进会` is common only as in `推进会`), and that
    /// paragraph stays with its own brief; likewise not into `会议要求，…`.
    func testACutMidWordDoesNotGoOnIntoAMeetingsSetting() {
        let doc = Fixtures.guardPage("s25_headline_under_moved_title") { $0 }
        let byTitle = Dictionary(doc.sections.compactMap { s in s.title.map { ($0, s.bodyLines) } }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(byTitle["滨海新区人大开展营商环境专题询问"], Array(7...18))
        let xiqing = byTitle["西青区人大视察重点项目建设"] ?? []
        XCTAssertEqual(Array(xiqing.prefix(8)), [23, 24, 25, 26, 27, 28, 29, 42], "\(xiqing)")
        XCTAssertFalse(xiqing.contains(13)); XCTAssertFalse(xiqing.contains(88))
    }

    /// After a whole word (`…召开人大代表座谈` | `会上，代表们…`) the meeting's noun may be cut at the
    /// seam: the setting is no bar there.
    func testAMeetingsNounCutAfterAWholeWordGoesOn() {
        let doc = Fixtures.guardPage("s25_meeting_noun_cut") { $0 }
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(Array(doc.sections[0].bodyLines.prefix(7)), [6, 7, 8, 9, 21, 22, 23])
        XCTAssertFalse(doc.sections[1].bodyLines.contains(21))
    }
}
