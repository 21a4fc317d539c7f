@testable import Corpus
import XCTest

/// A web page's list of teasers under its article (`相关新闻`: a headline, its first lines, its
/// `发布时间：` field), and the site's footer bar and copyright line.
final class WebTeaserListTests: XCTestCase {
    /// Each teaser is a piece of its own, the one under the previous teaser's field line too; the
    /// footer bar (`网站地图 | 联系我们 | 隐私声明`) and the copyright line (`…办公厅  版权所有`) are
    /// furniture, no byline naming 版权所有.
    func testTeasersAreItemsAndTheFooterIsFurniture() {
        let doc = Fixtures.document("""
        福清：“侨胞之家”架起连心桥

        来源：福清市人大常委会  作者：林晓  时间：2024-09-12

        　　今年以来，福清市人大常委会在侨乡建成“侨胞之家”代表联络站 12 个，让全过程人民民主在侨乡落地生根。

        相关新闻

        闽侯县人大常委会开展大学城周边交通秩序专题调研
        　　9月9日，闽侯县人大常委会组织部分县人大代表，深入上街镇大学城周边，就交通秩序和道路建设情况开展专题调研。调研组实地查看了 5 个路口和 2 处停车场……[详细]
        发布时间：2024-09-11

        连江：人大代表为渔民“耕海牧渔”保驾护航
        　　近日，连江县人大常委会组织代表深入黄岐镇海带养殖区，了解海上养殖综合整治情况，收集渔民意见建议 46 条，推动解决了一批渔民关心的实际问题……[详细]
        发布时间：2024-09-10


        网站地图  |  联系我们  |  隐私声明
        福州市人大常委会办公厅  版权所有
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["福清：“侨胞之家”架起连心桥", "闽侯县人大常委会开展大学城周边交通秩序专题调研", "连江：人大代表为渔民“耕海牧渔”保驾护航"])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5], [10], [14]])
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["福清市", "闽侯县", "连江县"])
        XCTAssertEqual(doc.furnitureLines, [7, 11, 15, 18, 19])
        XCTAssertFalse(doc.sections.contains { $0.authors.contains("版权所有") })
        // (An office's name before it is no byline's: the line is the site's copyright.)
        let m = BylineRecognizer().recognize(LineScalars("阿克苏地区人大常委会办公室  版权所有"))
        XCTAssertEqual(m?.byline.family, "page-furniture")
    }

    /// A web export's field line under an article's lead and over a subhead (`发布时间：…` / `建好阵地
    /// 强基础` / text) is no teaser list: the lead ends no teaser (`……[详细]`), so the article stays whole.
    func testAFieldLineOverASubheadSplitsNoArticle() {
        let doc = Fixtures.document("""
        福清：“侨胞之家”架起连心桥

        　　今年以来，福清市人大常委会在侨乡建成“侨胞之家”代表联络站 12 个，让全过程人民民主在侨乡落地生根，群众有了说话的地方。
        发布时间：2024-09-12  来源：福清市人大常委会

        建好阵地强基础

        　　联络站开通线上“侨胞留言板”，侨胞身在海外也能随时反映意见建议，今年以来各站共收集侨胞意见建议 365 条。
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].bodyLines, [3, 6, 8])
    }
}
