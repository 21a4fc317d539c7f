import XCTest
@testable import Corpus

/// Seams only grammar reads on: a month's day cut from its `日` (`…坚持每月 10` | `日为…`), a span of
/// time cut from its close (`自 2020 年被确定为…联系点` | `以来，…`), a quotation nested in one left
/// open (`“联系点不仅是立法的` | `‘直通车’，也是普法的`), and a line of text ending on a bare number
/// that a blank line set apart (`调研组历时 4 天，走访 6`), which is a cut, not a subhead.
final class GrammaticalSeamTests: XCTestCase {
    /// Two cuts end on digits; the one after a month takes the day's `日`, the other the count's `个`,
    /// though the `日` is printed right under the other.
    static let dayPage = FigureUnitSeamTests.page
        .replacingOccurrences(of: "积石山：", with: "广河：").replacingOccurrences(of: "积石山县人", with: "广河县人")
        .replacingOccurrences(of: "吹麻滩镇", with: "城关镇").replacingOccurrences(of: "每月 15", with: "每月 10")
        .replacingOccurrences(of: "调研组历时 5 天，走访\n30 个村（社区），召开座\n谈会 6 场，听取意见建议\n90 余条。", with: "调研组历时 4 天，走访 6")
        + "\n\n个县市 17 个村（社区），\n召开座谈会 6 场。"

    func testAMonthsDayTakesTheDayAndACountTakesItsMeasureWord() {
        let doc = Fixtures.document(Self.dayPage)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, [4, 5, 6, 7, 8, 9, 11, 12, 26, 27, 28, 29])
        XCTAssertEqual(doc.sections[1].bodyLines, [19, 20, 21, 22, 24, 31, 32])
    }

    /// A span of time opened with `自` reads on at `以来` across another article, not at the top of
    /// its own column; an open quotation reads on at a quotation nested in it.
    static let framePage = """
    把立法“直通车”开进山乡
    ——广河县基层立法联系点工作见闻

    □ 本报记者 马玉兰

    走进城关镇基层立法联系
    点，墙上的流程图格外醒目。
    村民马哈三说，现在在家门
    口就能说上话。

    自 2020 年被确定为省人
    大常委会基层立法联系点

    康乐：人大代表进社区

    本报讯（韩 明）日前，康乐
    县人大常委会组织代表走进
    社区听取群众意见

    以来，广河县先后对 23
    部法律法规草案征求意见。

    “联系点不仅是立法的

    建议，推动解决停车难等
    问题。

    ‘直通车’，也是普法的
    ‘宣传站’。”县人大常委会
    法工委负责人介绍。
    """

    func testASpanOfTimeAndANestedQuotationReadOnAcrossAnotherArticle() {
        let doc = Fixtures.document(Self.framePage)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, [6, 7, 8, 9, 11, 12, 20, 21, 23, 28, 29, 30])
        XCTAssertEqual(doc.sections[1].bodyLines, [16, 17, 18, 25, 26])
    }

    func testTheSeamsGrammarReads() {
        func s(_ t: String) -> [Unicode.Scalar] { Array(t.unicodeScalars) }
        XCTAssertTrue(SentenceOpening.endsWithMonthDigits(s("坚持每月 15")))
        XCTAssertTrue(SentenceOpening.endsWithMonthDigits(s("定于9月２")))
        XCTAssertFalse(SentenceOpening.endsWithMonthDigits(s("历时 3 个月 15")))
        XCTAssertFalse(SentenceOpening.endsWithMonthDigits(s("走访 3")))
        XCTAssertFalse(SentenceOpening.endsWithMonthDigits(s("每月 2024")))
        XCTAssertTrue(SentenceOpening.monthDayAcross(tail: s("坚持每月 15"), head: s("日为“代表接待日”")))
        XCTAssertTrue(SentenceOpening.monthDayAcross(tail: s("定于9月 2"), head: s("号召开")))
        XCTAssertFalse(SentenceOpening.monthDayAcross(tail: s("坚持每月 15"), head: s("日常监督")))
        XCTAssertFalse(SentenceOpening.monthDayAcross(tail: s("走访 3"), head: s("日为")))
        let since = s("以来，广河县先后对")
        XCTAssertTrue(SentenceOpening.sinceFrameAcross(tail: s("自 2020 年被确定为省人大常委会基层立法联系点"), head: since))
        XCTAssertTrue(SentenceOpening.sinceFrameAcross(tail: s("工作。自从成立联系点"), head: since))
        XCTAssertTrue(SentenceOpening.sinceFrameAcross(tail: s("从今年开展专项监督"), head: since))
        // (Closed already, a word holding `自`/`从`, a sentence ended after it, or no `以来`.)
        XCTAssertFalse(SentenceOpening.sinceFrameAcross(tail: s("自 2020 年以来，他从"), head: since))
        XCTAssertFalse(SentenceOpening.sinceFrameAcross(tail: s("来自 12 个乡镇的代表"), head: since))
        XCTAssertFalse(SentenceOpening.sinceFrameAcross(tail: s("他从事立法工作"), head: since))
        XCTAssertFalse(SentenceOpening.sinceFrameAcross(tail: s("自 2020 年起实施。联系点"), head: since))
        XCTAssertFalse(SentenceOpening.sinceFrameAcross(tail: s("自 2020 年被确定为联系点"), head: s("以后，")))
        // A line of text set apart, ending on a bare number after its comma: no subhead.
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("调研组历时 5 天，走访 3")), 0)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("建强阵地，让群众有地方说")), 1)
    }

    /// A list's item of one character at a cut (`…网络征集、问`) is a word cut at the seam: it goes on
    /// where the word's rest opens a list's close (`卷调查等方式，…`), across another article.
    static let listItemPage = """
    康乐：人大代表进社区

    本报讯（韩 明）日前，康乐县人大常委
    会组织代表走进社区，听取群众意见建
    议，推动解决停车难等问题。
    县人大常委会通过座谈、网络征集、问

    广河：立法联系点开门纳谏

    本报讯（马 兰）今年以来，广河县基层
    立法联系点广泛征集立法意见建议，
    架起立法机关与群众之间的“直通车”。

    联系点先后对 23 部法律法规草案征求
    意见，其中 41 条被采纳。

    卷调查等方式，收集停车管理、物业服
    务方面意见建议 60 余条。
    """

    func testAListItemOfOneCharacterReadsOnWhereItsWordGoesOn() {
        let doc = Fixtures.document(Self.listItemPage)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, [3, 4, 5, 6, 17, 18])
        XCTAssertEqual(doc.sections[1].bodyLines, [10, 11, 12, 14, 15])
    }

    /// The same, where the words of what goes on would take it to the other article (`以来，先后组织代表
    /// 走进社区…`, `‘连心桥’，社区群众的…`): only the span's and the quotation's grammar keep it.
    static let grammarOnlyPage = framePage
        .replacingOccurrences(of: "以来，广河县先后对 23\n部法律法规草案征求意见。", with: "以来，先后组织代表走进\n社区，听取群众意见 300 余条。")
        .replacingOccurrences(of: "‘直通车’，也是普法的\n‘宣传站’。”县人大常委会\n法工委负责人介绍。",
                              with: "‘连心桥’，社区群众的\n停车、物业、环境等各类\n意见建议都有了去处。”县\n人大常委会负责人介绍。")

    func testOnlyGrammarKeepsTheSpanAndTheQuotationWithTheirArticle() {
        let doc = Fixtures.document(Self.grammarOnlyPage)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, [6, 7, 8, 9, 11, 12, 20, 21, 23, 28, 29, 30, 31])
        XCTAssertEqual(doc.sections[1].bodyLines, [16, 17, 18, 25, 26])
    }
}
