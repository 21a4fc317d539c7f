import XCTest
@testable import Corpus

/// A column jump between a figure and its unit (`…坚持每月 15` | `日为“代表接待日”…`).
final class FigureUnitSeamTests: XCTestCase {
    static let page = """
    积石山：代表接待日
    “接”出民生实事

    本报讯（韩 明）“村
    口的路灯修好了，晚上
    出门再也不用摸黑了。”
    日前，吹麻滩镇的群众
    专门给县人大代表送来
    感谢信。

    今年以来，积石山县人
    大常委会坚持每月 15

    州人大常委会调研民族
    团结进步条例实施情况

    记者 马彦龙 通讯员 妥文娟

    8月下旬，州人大常委会
    调研组深入临夏市、和政
    县等地，对条例实施情况
    开展调研。

    调研组历时 5 天，走访
    30 个村（社区），召开座
    谈会 6 场，听取意见建议
    90 余条。

    日为“代表接待日”，
    共开展接待活动 86 场
    次，收集意见建议四百
    多条。
    """

    /// The figure's unit printed after another article's text (`日为…`) goes on from the cut that
    /// ends on the figure's digits, not with the article printed above it.
    func testAFigureCutFromItsUnitReadsOnAcrossTheJump() {
        let doc = Fixtures.document(Self.page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, [4, 5, 6, 7, 8, 9, 11, 12, 29, 30, 31, 32])
        XCTAssertEqual(doc.sections[1].bodyLines, [19, 20, 21, 22, 24, 25, 26, 27])
    }

    /// A unit opens the head; a word that only starts with a measure character, a place, or a
    /// tail that ends on no digit is none.
    func testWhatCountsAsAFiguresUnit() {
        func across(_ tail: Unicode.Scalar, _ head: String) -> Bool { SentenceOpening.unitAcross(tail: [tail], head: Array(head.unicodeScalars)) }
        // (A figure's own word, `年来`, `个月`, is a unit; a word a measure character opens is none.)
        let units: [(Unicode.Scalar, String)] = [("5", "日为“代表接待日”"), ("0", "件。"), ("０", "余人次，"), ("3", "人次"), ("6", "%，"),
                                                  ("3", "年来，"), ("6", "个月")]
        let none: [(Unicode.Scalar, String)] = [("3", "人大代表走进"), ("3", "个人所得税"), ("3", "多年来"), ("现", "场解决"),
                                                 ("5", "日常工作中"), ("5", "项目建设"), ("5", "期间，"), ("5", "所以")]
        for (tail, head) in units { XCTAssertTrue(across(tail, head), head) }
        for (tail, head) in none { XCTAssertFalse(across(tail, head), head) }
    }

    /// A Chinese numeral cut from its unit (`…报告指出，过去一` | `年全县…`) reads on as digits do,
    /// even where the unit's paragraph is printed right under another article's clause closed at a
    /// comma (`…翻开笔` / `记本，`): no clause goes on with a measure word.
    static let numeralPage = """
    湄潭县十八届人大三次会议开幕

    本报记者  张 伟

    3月 5 日上午，湄潭县第十
    八届人民代表大会第三次会
    议在县会议中心隆重开幕。
    大会听取和审议了县人民政

    府工作报告。报告指出，过去一

    李晓梅：
    为茶乡代言

    □ 本报记者 罗 江

    “我带来了关于加快
    茶产业品牌建设的建
    议。”会议间隙，县人
    大代表李晓梅翻开笔

    记本，

    年全县地区生产总值增长 5.1%，
    城乡居民人均可支配收入稳步
    增长，十件民生实事全面完成。
    """

    func testAChineseNumeralCutFromItsUnitReadsOnPastAClosedClause() {
        let doc = Fixtures.document(Self.numeralPage)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, [5, 6, 7, 8, 10, 24, 25, 26])
        XCTAssertEqual(doc.sections[1].bodyLines, [17, 18, 19, 20, 22])
    }

    /// Which tails end on a number, and which heads open with a unit no closed clause goes on with.
    func testNumeralTailsAndBareUnits() {
        func tail(_ s: String) -> Bool { SentenceOpening.endsWithNumber(Array(s.unicodeScalars)) }
        for s in ["报告指出，过去一", "走访了三", "推动解决 270", "位居全省第一", "二十", "培训三百"] { XCTAssertTrue(tail(s), s) }
        for s in ["坚持统一", "是其中之一", "全省唯一", "农历初一", "翻开笔记本，", "心里连着百"] { XCTAssertFalse(tail(s), s) }
        XCTAssertTrue(SentenceOpening.unitAcross(tail: Array("报告指出，过去一".unicodeScalars), head: Array("年全县地区".unicodeScalars)))
        func bare(_ s: String) -> Bool { SentenceOpening.opensWithBareUnit(Array(s.unicodeScalars)) }
        for s in ["年全县地区生产总值", "个县市 17 个村", "件。", "年以来，", "名群众增收"] { XCTAssertTrue(bare(s), s) }
        // (A rate or a share per unit opens a clause: `…，年收入超过5万元`, `…，户均增收`.)
        for s in ["年收入超过5万元", "户均增收 2 万元", "月均接待", "期间，", "人大代表", "年底前完成"] { XCTAssertFalse(bare(s), s) }
    }
}
