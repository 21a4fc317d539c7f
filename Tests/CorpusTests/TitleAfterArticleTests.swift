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
}
