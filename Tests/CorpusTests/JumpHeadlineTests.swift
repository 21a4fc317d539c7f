import Corpus
import XCTest

/// Articles continued from another page under their jump headline (`洪湖：代表守护“一湖清水”` /
/// `（上接第 1 版）`): the headline titles the continued text, a piece of its own.
final class JumpHeadlineTests: XCTestCase {
    /// The jump headline over a continued article's text is no subhead of the brief printed above
    /// it; the brief ends where it ends, and the next headline starts the next piece.
    func testAJumpHeadlineTitlesTheContinuedText() {
        let doc = Fixtures.document("""
        公安县人大常委会检查
        道路交通安全法实施情况

        本报讯（记者 陈 曦）9月上旬，公
        安县人大常委会组织执法检查组，对
        全县道路交通安全法实施情况开展检
        查。检查组要求，县人民政府要压实
        道路交通安全责任，切实保障人民群
        众出行安全。


        洪湖：代表守护“一湖清水”
        （上接第 1 版）
        织代表对洪湖湿地保护修复项目
        开展视察，推动解决围网养殖清
        理后渔民转产就业等问题 40 余
        个。
        如今的洪湖，湖水更清了，候鸟
        更多了。洪湖市人大常委会表示，
        将持续加强对洪湖生态保护的监
        督，守护好“一湖清水”。


        石首：代表守护
        “麋鹿家园”

        □王倩

        石首市天鹅洲湿地是我国麋鹿重
        要的野生种群栖息地。今年以来，
        石首市人大常委会组织代表开展视
        察。
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["公安县人大常委会检查 道路交通安全法实施情况", "洪湖：代表守护“一湖清水”", "石首：代表守护 “麋鹿家园”"])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [Array(4...9), Array(14...21), Array(29...32)])
        XCTAssertEqual(doc.sections[1].authors, [])
        XCTAssertEqual(doc.sections[1].region?.county, "洪湖市")
        XCTAssertEqual(doc.furnitureLines, [13])
    }

    /// Where the file sent an article on before (`（下转第 2 版）`), the text brought in under a
    /// headline is that article's rest, and the headline over it repeats the article's title.
    func testAfterAJumpOutTheRuleStandsAside() {
        let sent = Fixtures.document("""
        公安县人大常委会检查
        道路交通安全法实施情况

        本报讯（记者 陈 曦）9月上旬，公
        安县人大常委会组织执法检查组，对
        全县道路交通安全法实施情况开展检
        （下转第 2 版）


        洪湖：代表守护“一湖清水”
        （上接第 1 版）
        查。检查组要求，县人民政府要压实
        道路交通安全责任。
        """)
        XCTAssertEqual(sent.sections.count, 1)
        XCTAssertEqual(sent.sections[0].bodyLines, [4, 5, 6, 12, 13])
        // (The headline over the rest repeats the article's title: furniture, as the jump lines are.)
        XCTAssertEqual(sent.furnitureLines, [7, 10, 11])
    }
}
