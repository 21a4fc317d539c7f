import XCTest
@testable import Corpus

/// On a page printing each title after its article, a title the writer's footer claims for the
/// article above it leaves its first holder untitled; that article's own title, printed after its
/// text, is then its title.
final class TitleAfterArticleTests: XCTestCase {
    static let page = """
    理论探讨

    ■ 王振东（辽宁）

    民生实事项目人大代表票决制，是发
    展全过程人民民主的生动实践。喀左
    县人大常委会以票决制为“小切

    ■ 孙丽娜（辽宁）

    乡镇人大是我国最基层的国家权力机
    关。结合建平县的实践，笔者就加强
    乡镇人大建设谈几点思考。
    要配强工作力量，保证有专人负责乡
    镇人大日常工作。建平县各乡镇去年

    口”，推动民生实事由“为民作主”向
    “由民作主”转变，办好了一批“大
    民生”。

    （作者系喀左县人大常委会主任）

    做实“小切口” 办好“大民生”

    ■ 高峰（辽宁）

    北票市人大常委会认真贯彻落实“四
    个机关”建设要求，推动人大工作提
    质增效，全市建成代表之家、代表联

    均召开了两次以上人代会，乡镇人大
    依法履职更加规范。

    关于加强乡镇人大建设的几点思考

    络站29个，让代表履职有平台。

    （作者系北票市人大常委会党组书记、
    主任）

    以“四个机关”建设为引领推动人大工作提质增效
    """

    func testATitleTakenByTheFootersArticleLeavesItsHolderItsOwnTrailingTitle() {
        let doc = Fixtures.document(Self.page)
        XCTAssertEqual(doc.sections.map(\.title), ["做实“小切口” 办好“大民生”", "关于加强乡镇人大建设的几点思考",
                                                    "以“四个机关”建设为引领推动人大工作提质增效"])
        XCTAssertEqual(doc.sections[0].bodyLines, [5, 6, 7, 17, 18, 19, 21])
        XCTAssertEqual(doc.sections[1].titleLines, [34])
    }

    /// On a page printing titles over their articles, one printed after its text at the end of
    /// another article (`…这门手艺传下去。` / two blank lines / `今年暑期，…` / `荔波：景区“停车难”` /
    /// `有了新解法`, then the next headline): that text is its piece, split off the article above.
    func testATitlePrintedAfterItsTextUnderAnotherArticleTakesThatText() {
        let doc = Fixtures.document("""
        潘秀英：
        指尖上绣出致富路

        □ 本报通讯员 韦 敏

        在三都县三合街道的马尾绣工坊
        里，县人大代表、水族马尾绣传
        承人潘秀英正手把手教绣娘们刺
        绣。当选县人大代表以来，潘秀
        英围绕非遗保护提出建议 8 件。
        “绣娘们有了收入，腰杆也硬了。”
        潘秀英说，她要把马尾绣这门手
        艺传下去。


        今年暑期，小七孔景区周边停车
        难问题得到明显缓解。这得益于
        县人大常委会年初开展的旅游服
        务质量专题询问，推动新建停车
        场 4 个。

        荔波：景区“停车难”
        有了新解法


        平塘：代表走进
        “天眼”小镇

        本报讯（通讯员 吴 昊）9月上旬，
        平塘县人大代表走进克度镇天文小镇，视察天文科普
        旅游发展情况。
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["潘秀英： 指尖上绣出致富路", "荔波：景区“停车难” 有了新解法", "平塘：代表走进 “天眼”小镇"])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [Array(6...13), Array(16...20), Array(29...31)])
        XCTAssertEqual(doc.sections[1].region?.county, "荔波县")
        XCTAssertEqual(doc.sections[1].authors, [])
    }
}
