import XCTest
@testable import Corpus

/// A headline naming a county's congress by its short name (`雷山人大：视察茶产业发展`) gives the item
/// its place, as `雷山：…` does: its text read on under a profile's header to that column's foot names
/// the place (`“雷山银球茶”`), so the column is its (`ReadingOrder.landingColumnRun`).
final class CongressHeadlineTests: XCTestCase {
    static let page = """
    雷山人大：视察茶产业发展

    本报讯（陈光辉）6月
    上旬，县人大常委会组
    织部分省、州、县人大
    代表，深入丹江镇、西
    江镇、望丰乡等地，对
    全县茶产业发展情况开
    展专题视察。视察组先

    后走进茶叶种植基地、
    加工厂和茶旅融合示范
    点，实地察看茶园管护、
    品牌打造和产品销售情

    杨秀梅：做苗绣产业
    的“领路人”

    □ 本报记者  李晓燕

    况，并召开座谈会听取
    县政府及有关部门情况
    汇报。 

    据了解，全县现有茶园

    面积 16.8 万亩，其中
    投产茶园 12 万余亩，
    去年实现茶叶综合产值
    9.6 亿元，带动 3 万
    余名茶农增收。 

    视察组指出，要在标准

    化种植、精深加工和品
    牌营销上持续发力，把
    “雷山银球茶”这块牌
    子擦亮擦响，让小茶叶
    真正成为群众增收致富
    的大产业。

    图为视察组在丹江镇茶叶基地
    察看茶园管护情况。
    陈光辉  摄

    在施洞镇的苗绣工坊
    里，十余名绣娘正飞
    针走线。“订单已经
    排到了年底，大家的
    干劲足得很。”省人
    大代表、台江秀英苗
    绣农民专业合作社理
    事长杨秀梅笑着说。
    """

    func testACongressHeadlineNamesItsCounty() {
        let doc = Fixtures.document(Self.page)
        XCTAssertEqual(ReadingOrder.headlineColonCounty(doc.sections[0]), "雷山县")
        XCTAssertNil(ReadingOrder.headlineColonCounty(doc.sections[1]))
    }

    func testTheItemsTextUnderTheProfilesHeaderIsItsOwn() {
        let doc = Fixtures.document(Self.page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, [3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 21, 22, 23, 25, 27, 28, 29, 30, 31, 33, 35, 36, 37, 38, 39, 40])
        XCTAssertEqual(doc.sections[1].bodyLines.filter { !doc.sections[1].captionLines.contains($0) }, [46, 47, 48, 49, 50, 51, 52, 53])
    }
}
