import XCTest
@testable import Corpus

/// A magazine page of essays, one paragraph a line: an untitled bylined essay closed by its writer's
/// footer, its title printed right under the footer, then the rest of another essay and a column
/// label over the page's last piece.
final class TitleUnderOwnFooterTests: XCTestCase {
    static let page = """
    人大研究

    2024 年第 9 期

    以“小切口”推动监督“大成效”

    岳西县人大常委会党组书记、主任  储 军

    近年来，岳西县人大常委会坚持把监督工作作为践行全过程人民民主的重要抓手，聚焦群众急难愁盼，选准“小切口”，做好“大文章”。

    ■ 汪晓东（安徽）

    代表建议是人大代表依法履职的重要形式,也是党委政府了解民情、汇聚民智的重要渠道。近年来,太湖县人大常委会在提高代表建议办理质量上持续用力。

    一是在“提”上下功夫。坚持把调研贯穿建议提出全过程,引导代表提出有情况、有分析、有对策的高质量建议。

    （作者系太湖县人大常委会研究室主任）

    让代表建议从“纸面”落到“地面”

    实践表明，监督工作只有紧扣群众需求、讲求方法实效，才能真正做到寓支持于监督之中。

    人 大 随 笔

    从“一张桌子”看民主

    在天柱山脚下的官庄镇，村里的代表联络点只有一张桌子、几把椅子，却成了村民最爱去的地方。

    （潜山市人大常委会 方 圆）
    """

    /// The line under the footer is the essay's title, not a subhead of its text; the column label
    /// is the page's furniture, no essay's title.
    func testATitleUnderItsOwnFooter() {
        let doc = Fixtures.document(TitleUnderOwnFooterTests.page)
        let essay = doc.sections.first { $0.authors == ["汪晓东"] }
        XCTAssertEqual(essay?.title, "让代表建议从“纸面”落到“地面”")
        XCTAssertEqual(essay?.titleLines, [19])
        XCTAssertEqual(doc.sections.first?.title, "以“小切口”推动监督“大成效”")
        XCTAssertFalse(essay?.bodyLines.contains(19) ?? true)
        XCTAssertFalse(doc.sections.contains { $0.title == "人 大 随 笔" }, "\(doc.sections.map(\.title))")
    }
}
