import XCTest
@testable import Corpus

/// A numbered list of deputies' proposals (`1.关于…`, `2.关于…`) cut by a profile's header: its first
/// point, one line set apart (`1.关于加快推进延龙图一体`), is a point of the list, not a subhead, and the
/// points printed under the profile's header go on from it, each after the one before.
final class ListPointTests: XCTestCase {
    static let page = """
    延 边 人 大
    2024年2月2日  星期五
    第2版  代表履职

    聚焦发展所需 回应民生所盼
    ——州十六届人大三次会议代表建议摘登

    □ 本报记者 崔英兰

    州十六届人大三次会议期间，全
    体代表紧扣全州经济社会发展大
    局，深入调研、广泛听取群众意
    见，共提出建议238件。目前，
    这些建议已全部交由州政府及有
    关部门研究办理。现将部分代表
    建议摘登如下：

    1.关于加快推进延龙图一体

    金春兰：做乡亲们的贴心人

    □ 记者 全明浩 通讯员 姜美兰

    清晨六点，龙井市东盛涌镇仁化
    村的村部里已经亮起了灯。州人
    大代表、村党支部书记金春兰正
    在整理前一天收集的村民意见。
    “代表当得好不好，乡亲们心里
    有杆秤。”这是金春兰常挂在嘴
    边的一句话。

    化交通建设的建议（延吉市代表
    团金哲洙等10名代表）。建议加
    快延吉至图们城际快速通道前期
    工作，优化公交线路衔接，推动
    三地同城化发展。

    2.关于支持珲春海洋经济发展示
    范区建设的建议（珲春市代表朴
    成龙）。建议争取国家和省级政
    策支持，完善港口、口岸基础设
    施，做大做强水产品精深加工产
    业。

    3.关于提升农村饮水安全保障水
    平的建议（汪清县代表团）。建
    议加大农村供水工程维修养护资
    金投入，建立水质定期检测和公
    示制度。

    2022年当选州人大代表以来，李
    春花走遍了全村168户人家，建
    立起“民情台账”，记录村民诉
    求90余条。村里老人多，看病难
    是大伙儿最揪心的事。她多方奔
    走，推动镇卫生院每周派医生到
    村坐诊，还为村里争取到一台流
    动体检车。

    4.关于加强长白山区域生态保护
    与旅游开发协调发展的建议（安
    图县代表团）。建议统筹生态红
    线管控与旅游项目布局，探索生
    态产品价值实现机制。

    5.关于扶持朝鲜族民俗文化传承
    的建议（图们市代表李成浩）。
    建议设立非遗传承人专项补助，
    支持农乐舞、长鼓舞等进校园。

    6.关于稳定发展黄牛产业的建议
    （和龙市代表团）。建议扩大延
    边黄牛保种场规模，完善政策性
    养殖保险。

    在州人代会上，金春兰提出了关
    于加强农村互助养老服务的建议。
    她说：“建议不是写在纸上就完
    了，要一直盯到落地。”会后，
    她多次跟踪建议办理情况，仁化
    村幸福大院今年春天就将投入使
    用。

    金春兰（右）走访村里的独居老人。姜美兰 摄

    州人大常委会有关负责人表示，
    将把代表建议办理工作作为践行
    全过程人民民主的重要抓手，实
    行分类交办、重点督办，确保件
    件有回音、事事有着落。
    """

    func testTheListsPointsGoOnFromItsFirst() {
        let doc = Fixtures.document(Self.page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(Array(doc.sections[0].bodyLines.prefix(37)), [10, 11, 12, 13, 14, 15, 16, 18, 32, 33, 34, 35, 36, 38, 39, 40, 41, 42, 43, 45, 46, 47, 48, 49, 60, 61, 62, 63, 64, 66, 67, 68, 69, 71, 72, 73, 74])
        XCTAssertTrue(Set(doc.sections[1].bodyLines).isDisjoint(with: [10, 11, 12, 13, 14, 15, 16, 18, 32, 33, 34, 35, 36, 38, 39, 40, 41, 42, 43, 45, 46, 47, 48, 49, 60, 61, 62, 63, 64, 66, 67, 68, 69, 71, 72, 73, 74]))
    }

    func testListMarkers() {
        func m(_ t: String) -> [Int]? { ReadingOrder.listMarker(Array(t.unicodeScalars)).map { [$0.value, $0.style] } }
        XCTAssertEqual(m("1.关于加快推进"), [1, 0])
        XCTAssertEqual(m("12．关于"), [12, 0])
        XCTAssertEqual(m("三、坚持党的领导"), [3, 1])
        XCTAssertEqual(m("十、加强"), [10, 1])
        XCTAssertEqual(m("（四）强化监督"), [4, 2])
        XCTAssertNil(m("1.5万亩"))
        XCTAssertNil(m("2024年"))
        XCTAssertNil(m("一是加强"))
        // (A list's point counts in its marker's style, apart from the `一是` enumerations.)
        XCTAssertEqual(SectionSimilarity.enumerationOrdinals(Array("2.关于支持珲春…一是完善".unicodeScalars)), [1, SectionSimilarity.listOrdinal(2, style: 0)])
    }
}
