import XCTest
@testable import Corpus

final class WrappedSubtitleTests: XCTestCase {
    /// In a narrow column a subtitle wraps like the text (`——拉祜山寨践行全过程` / `人民民主的探索`): the
    /// short line under it is the subtitle's rest, so the whole is one headline over the byline, not a
    /// headline of its own.
    func testASubtitleWrappedInANarrowColumnIsOneHeadline() {
        let doc = Fixtures.document("""
        火塘边的“代表之家”
        ——拉祜山寨践行全过程
        人民民主的探索

        ■ 李扎约（云南）

        澜沧是全国唯一的拉祜族
        自治县，拉祜族群众大多
        居住在山区半山区。近年
        来，县人大常委会把代表
        之家建到火塘边，让群众
        说事有地方、议事有平台。

        代表们围着火塘听民声，
        今年以来共收集意见建议
        三百余条，推动解决了一
        批群众急难愁盼问题。
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].titleLines, [1, 2, 3])
        XCTAssertEqual(doc.sections[0].title?.filter { !$0.isWhitespace }, "火塘边的“代表之家”——拉祜山寨践行全过程人民民主的探索")
    }
}

final class WrappedSubtitleAfterArticleTests: XCTestCase {
    /// On a page that prints its headlines after their articles, the wrapped subtitle's last line
    /// stays with the headline too: not split off as the next byline's title, the first two lines
    /// left in the text above.
    func testAWrappedSubtitleAfterAnArticleStaysWhole() {
        let doc = Fixtures.document("""
        ■ 李扎约（云南）

        澜沧是全国唯一的拉祜族
        自治县，拉祜族群众大多
        居住在山区半山区。近年
        来，县人大常委会把代表
        之家建到火塘边。

        （作者系澜沧县人大常委会
        党组书记、主任）

        火塘边的“代表之家”
        ——拉祜山寨践行全过程
        人民民主的探索

        ■ 岩香南（云南）

        孟连地处祖国西南边陲，
        与缅甸接壤，县人大常委
        会在沿边村寨设立人大代
        表联络站，打通边境群众
        反映诉求的“直通车”。
        """)
        XCTAssertEqual(doc.sections.count, 2)
        let titled = doc.sections.filter { !$0.titleLines.isEmpty }
        XCTAssertEqual(titled.map(\.titleLines), [[12, 13, 14]], "\(doc.sections.map(\.titleLines)) \(doc.sections.map(\.bodyLines))")
        XCTAssertFalse(doc.sections.contains { $0.bodyLines.contains(12) || $0.bodyLines.contains(13) })
    }
}
