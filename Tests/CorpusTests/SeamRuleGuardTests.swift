import XCTest
@testable import Corpus

/// Pages a review of the seam rules built to make them misfire; each reads as before the rules.
final class SeamRuleGuardTests: XCTestCase {
    /// A count per month (`…坚持每月 2` | `次组织代表进站接待…`) keeps its unit across the jump.
    static let perMonth = GrammaticalSeamTests.dayPage
        .replacingOccurrences(of: "每月 10", with: "每月 2")
        .replacingOccurrences(of: "走访 6\n\n日为“代表接待日”，", with: "走访 6 个县市。\n\n次组织代表进站接待，")
        .replacingOccurrences(of: "\n\n个县市 17 个村（社区），\n召开座谈会 6 场。", with: "")
    func testACountPerMonthKeepsItsUnit() {
        let doc = Fixtures.document(Self.perMonth)
        XCTAssertEqual(doc.sections[0].bodyLines, [4, 5, 6, 7, 8, 9, 11, 12, 26, 27, 28, 29])
    }

    /// A list's item of one character that is a word of its own (`…做好县、乡` | `两级人大换届选举…`)
    /// does not go on where its character opens a word (`人大代表们…`).
    static let wholeItem = """
    康乐：扎实做好换届选举工作

    本报讯（韩 明）日前，康乐县人大常委
    会召开会议，安排部署换届选举工作。
    会议强调，要依法依规做好县、乡

    广河：人大代表进社区

    本报讯（马 兰）近日，广河县人大常委
    会组织代表走进社区，听取群众意见。

    人大代表们认真记录，并就停车难
    等问题与社区干部深入交流。

    两级人大换届选举工作，确保选举
    风清气正。
    """
    func testAWholeOneCharacterItemDoesNotTakeAWordAcross() {
        let doc = Fixtures.document(Self.wholeItem)
        XCTAssertEqual(doc.sections[0].bodyLines, [3, 4, 5])
        XCTAssertEqual(doc.sections[1].bodyLines, [9, 10, 12, 13, 15, 16])
    }

    /// A headline ending in a year after its comma (`回望2023，奋进2024`) stays the headline.
    static let yearHeadline = """
    回望2023，奋进2024

    本报讯（韩 明）1月5日，广河县人大常委会召开
    全体会议，总结2023年工作，部署2024年任务。
    会议要求，全县各级人大要坚持党的领导，
    依法履职，为全县高质量发展贡献人大力量。
    """
    func testAHeadlineEndingInAYearStaysOne() {
        let doc = Fixtures.document(Self.yearHeadline)
        XCTAssertEqual(doc.sections.first?.title, "回望2023，奋进2024")
    }

    /// A count opened with 从 (`从三个方面对`) opens no span of time for `以来` to close.
    static let countNoSpan = """
    广河：开展营商环境调研

    本报讯（马 兰）近日，广河县人大常
    委会调研组深入企业，从三个方面对

    康乐：人大代表进社区

    本报讯（韩 明）日前，康乐县人大常
    委会召开座谈会，总结工作。党的十八大

    以来，康乐县人大常委会认真履职，
    各项工作取得新成效。

    全县营商环境工作提出意见建议，
    推动优化服务。
    """
    func testACountOpensNoSpanOfTime() {
        let doc = Fixtures.document(Self.countNoSpan)
        XCTAssertEqual(doc.sections[0].bodyLines, [3, 4, 14, 15])
        XCTAssertEqual(doc.sections[1].bodyLines, [8, 9, 11, 12])
    }

    /// A short numbered subhead (`二、聚焦中心大局`) beside a point printed as text stays a subhead.
    static let shortSubhead = """
    康乐县人大常委会召开党组会议

    本报讯（韩 明）日前，康乐县人大常委会召开党组会议，
    研究部署下半年重点工作。会议提出三个方面要求。

    一、提高政治站位

    要坚持党的领导，把党的领导贯穿人大工作全过程各方面。

    二、聚焦中心大局

    要围绕县委决策部署，依法开展监督，助推县域经济发展。

    三、强化代表工作，持续提升代表履职能力，丰富代表活动
    载体，更好发挥人大代表作用。

    广河县人大常委会开展专题调研

    本报讯（马 兰）近日，广河县人大常委会调研组深入乡镇，
    就优化营商环境工作开展专题调研。

    调研组指出，一是要提高认识，切实增强责任感；二是要
    强化措施，推动各项政策落地见效。
    """
    func testAShortNumberedSubheadIsNoListPoint() {
        let doc = Fixtures.document(Self.shortSubhead)
        XCTAssertTrue(doc.sections[0].subheadLines.contains(10), "\(doc.sections[0].subheadLines)")
    }
}
