@testable import Corpus
import XCTest

/// Pull quotes (a sentence of the article printed again in display type, its speaker under it) and
/// cuts whose rest is one character closing a clause (`…起初有顾` | `虑。张秀琴…`).
final class PullQuoteTests: XCTestCase {
    /// A profile cut `有顾|虑` across its pull quote and another article's header and cut text
    /// (`参与矛盾|调解`): the pull quote is the profile's caption, no landing for the cut, and each
    /// cut goes on where its word does (`顾虑`), not where the other cut's would not (`矛盾虑`).
    func testAPullQuoteIsACaptionAndACutGoesOnWhereItsWordDoes() {
        let doc = Fixtures.document("""
        稻田里的守护人
        ——记洋县人大代表张秀琴

        □ 本报记者 何 静

        清晨，洋县华阳镇的稻田里，几只朱
        鹮正低头觅食。县人大代表张秀琴站
        在田埂上：“这几年朱鹮越来越多。”
        为了给朱鹮留足觅食地，当地稻田不
        施化肥、不打农药，一些农户起初有顾


        “朱鹮要保护好，
        乡亲们的日子也要过好。”
        ——张秀琴


        勉县：代表联络站里
        开起“法律门诊”

        本报通讯员  孙 浩

        今年以来，勉县人大常委会在全县 18 
        个镇代表联络站设立“法律门诊”，为
        群众提供法律咨询、参与矛盾


        虑。张秀琴带头成立合作社，统一种
        植标准，让有机大米卖出了好价钱。
        “朱鹮要保护好，乡亲们的日子也要
        过好。”当选县人大代表后，张秀琴
        把更多精力放在了为群众办实事上。


        调解。截至 8 月底，“法律门诊”
        共接待群众 1 100 余人次，化解矛
        盾纠纷 87 起。
        """)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines.filter { !doc.sections[0].captionLines.contains($0) }, Array(6...10) + Array(28...32))
        XCTAssertEqual(Set(doc.sections[0].captionLines), [13, 14, 15])
        XCTAssertEqual(doc.sections[1].bodyLines, [23, 24, 25, 35, 36, 37])
        XCTAssertTrue(doc.joins.contains { $0.0 == 10 && $0.1 == 28 })
    }

    /// The shapes: a quotation wholly inside one pair of marks, a speaker's line of a dash and a name.
    func testPullQuoteShapes() {
        XCTAssertTrue(PullQuotes.isSpeakerLine(ArraySlice("——张秀琴".unicodeScalars)))
        XCTAssertTrue(PullQuotes.isSpeakerLine(ArraySlice("—— 王芳".unicodeScalars)))
        XCTAssertFalse(PullQuotes.isSpeakerLine(ArraySlice("——记洋县人大代表张秀琴".unicodeScalars)), "a subtitle")
        XCTAssertFalse(PullQuotes.isSpeakerLine(ArraySlice("张秀琴".unicodeScalars)))
    }

    /// A quoted paragraph whose words are printed nowhere else is text (a speaker's own paragraph).
    func testAQuotationPrintedOnceIsText() {
        let doc = Fixtures.document("""
        代表之家建到村口

        □ 本报记者 何 静

        清晨，洋县华阳镇的代表之家里已坐满了来反映问题的群众。

        “有事找代表，心里踏实多了。”

        村民们说，代表之家让他们说话有了地方。
        """)
        XCTAssertEqual(doc.sections.first?.captionLines, [])
        XCTAssertEqual(doc.sections.first?.bodyLines, [5, 7, 9])
    }
}
