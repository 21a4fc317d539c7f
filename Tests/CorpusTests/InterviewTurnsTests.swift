import XCTest
@testable import Corpus

/// An interview page (`s26_interview_turns`): a headline, its `——访…` subtitle and a byline printed on
/// two lines (`本报记者 罗 芳` / `通讯员 蒙小平`), the interview's turns (`问：…` / `答：…`) cut by a brief
/// (`本报讯（通讯员 覃 丽）…`), and a sidebar under `【相关链接】` at the foot.
final class InterviewTurnsTests: XCTestCase {
    let page = "s26_interview_turns"

    /// A byline printed on two lines, one writer under the other, is one byline: one article, both
    /// writers, the first line's title as the office.
    func testABylineOnTwoLines() {
        let doc = Fixtures.guardPage(page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections.first?.authors, ["罗芳", "蒙小平"])
        XCTAssertEqual(doc.sections.first?.office, "本报记者")
        XCTAssertEqual(doc.sections.first?.bodyLines.first, 11)
    }

    /// A cut does not go on under a sidebar's lead (`…推动群众的意见` / `建议` then `【相关链接】` /
    /// `三都水族自治县成立于…`): the sidebar's text opens it.
    func testASidebarLeadIsNoLanding() {
        let doc = Fixtures.guardPage(page)
        XCTAssertFalse(doc.joins.contains { $0 == (19, 41) }, "\(doc.joins)")
        XCTAssertTrue(doc.sections[0].bodyLines.contains(31), "\(doc.sections.map(\.bodyLines))")
    }

    /// The sidebar printed right under the interview's last turn is the interview's, though the
    /// brief's header is the last printed above it.
    func testASidebarUnderTheLastTurnIsTheInterviews() {
        let doc = Fixtures.guardPage(page)
        XCTAssertTrue(doc.sections[0].bodyLines.contains(41), "\(doc.sections.map(\.bodyLines))")
        XCTAssertTrue(doc.sections[0].bodyLines.contains(42), "\(doc.sections.map(\.bodyLines))")
        XCTAssertFalse(doc.sections[1].bodyLines.contains(41), "\(doc.sections.map(\.bodyLines))")
        // (A printed box's lead, `【链接】`, leads a sidebar as a link list's does.)
        let box = Fixtures.guardPage(page) { $0.replacingOccurrences(of: "【相关链接】", with: "【链接】") }
        XCTAssertFalse(box.joins.contains { $0 == (19, 41) }, "\(box.joins)")
        XCTAssertTrue(box.sections[0].bodyLines.contains(31), "\(box.sections.map(\.bodyLines))")
        XCTAssertTrue(PageFurnitureFamily.isSidebarLead(ScalarWindow(Array("【新闻链接】".unicodeScalars))))
        XCTAssertFalse(PageFurnitureFamily.isSidebarLead(ScalarWindow(Array("链接群众".unicodeScalars))))
    }

    /// Turns read on from a brief's last paragraph go to the interview, the section that holds the
    /// page's first turn, with the fragment before them when it opens no sentence and the
    /// interview's text ends cut.
    func testTurnsInABriefsChainGoToTheInterview() {
        let paras: [[Unicode.Scalar]] = [
            "编者按：近年来，某县人大常委会作了一些探索。", "问：常委会怎样听取群众的意见？", "答：我们建了代表之家，推动群众的意见",
            "本报讯（通讯员 覃 丽）9月5日，某县人大常委会组织代表视察。", "视察中，代表们提出意见建议 21 条。",
            "进入常委会会议议程。", "问：下一步有什么打算？", "答：我们将进一步加强代表之家建设。",
        ].map { Array($0.unicodeScalars) }
        let owned = [(chain: [0, 1, 2], section: 0), (chain: [3, 4, 5, 6, 7], section: 1)]
        let isOwner = [true, false, false, true, false, false, false, false]
        let hard = [Bool](repeating: false, count: 8)
        var endsCut = [Bool](repeating: false, count: 8)
        endsCut[2] = true
        let noSidebar = [Bool](repeating: false, count: 8)
        let moved = InterviewTurns.move(owned, paras: paras, isOwner: isOwner, hard: hard, endsCut: endsCut, underSidebarLead: noSidebar)
        XCTAssertEqual(moved.map(\.chain), [[0, 1, 2], [3, 4], [5, 6, 7]])
        XCTAssertEqual(moved.map(\.section), [0, 1, 0])
        // (The interview's text closed: the fragment stays where it was read.)
        let closed = InterviewTurns.move(owned, paras: paras, isOwner: isOwner, hard: hard, endsCut: [Bool](repeating: false, count: 8),
                                          underSidebarLead: noSidebar)
        XCTAssertEqual(closed.map(\.chain), [[0, 1, 2], [3, 4, 5], [6, 7]])
        // (A voice in the brief, a name the interview never speaks with, `李四：…`, stays.)
        var voices = paras
        voices[6] = Array("李四：我们村的路修好了。".unicodeScalars)
        voices[7] = Array("王五：代表建议办得实。".unicodeScalars)
        XCTAssertEqual(InterviewTurns.turnLabel(voices[6]).map { String(String.UnicodeScalarView($0)) }, "李四")
        let kept = InterviewTurns.move(owned, paras: voices, isOwner: isOwner, hard: hard, endsCut: endsCut, underSidebarLead: noSidebar)
        XCTAssertEqual(kept.map(\.chain), [[0, 1, 2], [3, 4, 5, 6, 7]])
        // (A page of one interview's turns only: nothing moves.)
        let alone = InterviewTurns.move([(chain: [0, 1, 2], section: 0)], paras: paras, isOwner: isOwner, hard: hard, endsCut: endsCut, underSidebarLead: noSidebar)
        XCTAssertEqual(alone.map(\.chain), [[0, 1, 2]])
        // (A sidebar under the last turn, a chain of the brief's: the interview's; under the brief's
        // own text: the brief's.)
        let paras9 = paras + [Array("某县成立于 1957 年。".unicodeScalars)]
        var sidebar = [Bool](repeating: false, count: 9)
        sidebar[8] = true
        let withSidebar = owned + [(chain: [8], section: 1)]
        let nine = { (a: [Bool]) in a + [false] }
        let followed = InterviewTurns.move(withSidebar, paras: paras9, isOwner: nine(isOwner), hard: nine(hard), endsCut: nine(endsCut),
                                           underSidebarLead: sidebar)
        XCTAssertEqual(followed.map(\.chain), [[0, 1, 2], [3, 4], [8], [5, 6, 7]])
        XCTAssertEqual(followed.map(\.section), [0, 1, 0, 0])
        let briefOnly = [(chain: [0, 1, 2], section: 0), (chain: [3, 4, 5, 6, 7], section: 1), (chain: [8], section: 1)]
        var turnless = paras9
        turnless[6] = Array("活动中，代表们提出建议。".unicodeScalars)
        turnless[7] = Array("下一步，将进一步加强代表之家建设。".unicodeScalars)
        let stays = InterviewTurns.move(briefOnly, paras: turnless, isOwner: nine(isOwner), hard: nine(hard), endsCut: nine(endsCut),
                                        underSidebarLead: sidebar)
        XCTAssertEqual(stays.map(\.section), [0, 1, 1])
    }
}
