import XCTest
@testable import Corpus

/// A township writer's essay whose opening is printed above its own header, at the foot of the
/// essay before it (`大湾镇是渝北区北部的农业大镇，…` over `渝北大湾镇人大主席 蒲小琳`): the paragraphs from the
/// one opening with the office's township down to the header open that essay.
final class TownshipOpeningTests: XCTestCase {
    static let page = """
    重庆人大  2024年第2期  笔谈

    渝北区人大常委会认真贯彻落实市人代会精神，坚持党的全面领导，确保人大工作正确方向。

    踔厉奋发担使命 勇毅前行谱新篇

    渝北区人大常委会党组书记、主任 邓志强

    聚焦高质量发展，精准发力依法监督。围绕建设临空经济示范区，常委会开展专题询问。

    践行全过程人民民主，充分发挥代表作用。深化“代表之家”建设，代表履职更加活跃。

    大湾镇是渝北区北部的农业大镇，山高坡陡、居住分散。怎样让镇人大工作更接地气？这是我到镇人大工作后一直思考的问题。

    学习市人代会精神后，我们进一步明确了思路：镇人大工作要从群众最关心最直接最现实的利益问

    让镇人大工作更接地气

    渝北大湾镇人大主席 蒲小琳

    题入手，做到民有所呼、我有所应。

    一是推行民生实事票决制。今年镇人代会上，代表们票决产生了8个民生实事项目。
    """

    func testTheOpeningAboveTheHeaderIsTheTownshipWritersEssay() {
        let doc = Fixtures.document(Self.page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, [3, 9, 11])
        XCTAssertEqual(doc.sections[1].bodyLines, [13, 15, 21, 23])
    }

    func testAnOfficesTownship() {
        XCTAssertTrue(ReadingOrder.opensWithTownship(Array("大湾镇是渝北区北部的农业大镇".unicodeScalars), Array("渝北大湾镇".unicodeScalars)))
        XCTAssertFalse(ReadingOrder.opensWithTownship(Array("镇人大工作要从群众".unicodeScalars), Array("渝北大湾镇".unicodeScalars)))
        XCTAssertTrue(ReadingOrder.opensWithTownship(Array("渝北大湾镇地处…".unicodeScalars), Array("渝北大湾镇".unicodeScalars)))
    }
}
