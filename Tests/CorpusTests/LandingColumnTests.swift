import XCTest
@testable import Corpus

/// A header printed inside another article's text, that article's cut going on under it to the
/// foot of the column (`ReadingOrder.landingColumnRun`).
final class LandingColumnTests: XCTestCase {
    static let page = """
    固原人大　2024年5月

    海原：“小站点”架起
    民意“连心桥”

    记者 马明 杨光

    初夏时节，走进海原县三河
    镇人大代表联络站，墙上的
    “民情地图”标注得密密麻
    麻。联络站站长、县人大代
    表马建国说。

    近年来，海原县人大常委会
    把代表联络站建设作为发展
    全过程人民民主的基础工程，
    在全县17个乡镇建成代表
    联络站38个，组织五级人
    大代表定期进

    乡镇人大如何在基层
    治理中“唱主角”

    泾源县香水镇人大主席 海东升

    站接待群众。今年以来，各
    站点共收集群众意见建议一
    千一百余条，推动解决实际
    问题700多个。

    “以前有事不知道找谁，现
    在家门口就有代表。”村民
    杨秀兰说，她反映的问题不
    到一个月就得到解决。

    海原县人大常委会相关负责
    人表示，下一步将推动联络
    站由“建起来”向“活起来”
    转变。


    乡镇人大是我国最基层的国
    家权力机关，处在服务群众
    的第一线。如何让乡镇人大
    在基层治理中由“配角”变
    为“主角”，香水镇人大作
    了一些探索。

    一是用好“民生议事会”。
    镇人大每季度召开一次民生
    议事会，邀请代表和群众代
    表围坐一起协商议事。
    """

    /// `…组织五级人大代表定期进` / header / `站接待群众。…` goes on to `海原县人大常委会相关负责人表示…`
    /// at the column's foot; the second article's own text starts after the column gap.
    func testTheCutArticleReadsOnToTheColumnsFoot() {
        let doc = Fixtures.document(Self.page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, [8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 26, 27, 28, 29, 31, 32, 33, 34, 36, 37, 38, 39])
        XCTAssertEqual(doc.sections[1].bodyLines, [42, 43, 44, 45, 46, 47, 49, 50, 51, 52])
    }

    /// A sentence the column's foot carries across the gap (`…让代表联络站真正成` / `为群众身边的“连心桥”。`)
    /// is the first article's still: the cut falls after its rest.
    func testASentenceCarriedAcrossTheGapStaysWithTheFirstArticle() {
        let page = Self.page.replacingOccurrences(of: "站由“建起来”向“活起来”\n转变。\n\n\n", with: "站由“建起来”向“活起来”\n转变，让代表联络站真正成\n\n\n为群众身边的“连心桥”。\n\n")
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines.suffix(2), [39, 42])
        XCTAssertFalse(doc.sections[1].bodyLines.contains(42), "\(doc.sections[1].bodyLines)")
    }

    /// Not when the column's rest names the second article's place (it may be that article's
    /// text), nor when nothing in it is the first article's (its place, a parallel opening).
    func testTheRunMustBeTheFirstArticles() {
        let namesB = Fixtures.document(Self.page.replacingOccurrences(of: "海原县人大常委会相关负责\n", with: "泾源县人大常委会相关负责\n"))
        XCTAssertFalse(namesB.sections[0].bodyLines.contains(36), "\(namesB.sections[0].bodyLines)")
        let nothingOfA = Fixtures.document(Self.page.replacingOccurrences(of: "海原县人大常委会相关负责\n", with: "县人大常委会相关负责同志\n"))
        XCTAssertFalse(nothingOfA.sections[0].bodyLines.contains(36), "\(nothingOfA.sections[0].bodyLines)")
    }
}
