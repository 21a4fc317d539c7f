@testable import Corpus
import XCTest

/// Official documents published on a congress paper's page (a 任免名单, a 决定, a 决议): a title
/// over an adoption note (`（2024年8月9日…会议通过）`) and the document's rows, with no byline.
final class AdoptionNoteTests: XCTestCase {
    /// A notice printed inside another brief's cut sentence: the notice is a piece of its own (its
    /// title wrapped over two lines, the first as wide as the column), and the brief's text goes
    /// on after it.
    func testANoticeInsideAnotherBriefIsAPieceOfItsOwn() {
        let doc = Fixtures.document("""
        鹤山市人大常委会确定
        8 件重点督办建议

        本报讯（通讯员 李 明）8月12日，
        鹤山市人大常委会召开代表建议重点
        督办工作会议，确定 8 件建议为今年
        重点督办建议，由常委会领导领衔督
        办。会议要求，承办单位要把重点督


        阳西县人民代表大会常务委员会
        决定任免名单

        （2024年8月9日阳西县第十七届
        人民代表大会常务委员会第十五次
        会议通过）
        一、任命
        张海波为阳西县人民政府副县长；
        二、免去
        刘国华的阳西县教育局局长职务。


        办建议的办理作为“一把手”工程，做
        到办理前联系、办理中沟通、办理后
        回访。


        陈秀英
        做果农身边的“贴心代表”

        □ 本报通讯员 王 伟

        清晨6点，台山市的果园里已是一片
        忙碌。市人大代表陈秀英正和果农们
        一起查看新一季果苗的长势。
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["鹤山市人大常委会确定 8 件重点督办建议", "阳西县人民代表大会常务委员会 决定任免名单", "陈秀英 做果农身边的“贴心代表”"])
        XCTAssertEqual(doc.sections[1].authors, [])
        XCTAssertEqual(doc.sections[1].bodyLines, Array(14...20))
        XCTAssertEqual(doc.sections[1].region?.county, "阳西县")
        XCTAssertEqual(doc.sections[0].bodyLines, Array(4...8) + Array(23...25))
    }

    /// The note's shape: a bracket opening the text, a year named, 通过 (or 批准, 修正…) closing it.
    func testTheAdoptionNoteShape() {
        func note(_ s: String) -> Bool { LineClassifier.opensWithAdoptionNote(s.unicodeScalars.map(ScalarClass.fold)) }
        XCTAssertTrue(note("（2024年8月9日阳西县第十七届人民代表大会常务委员会第十五次会议通过）"))
        XCTAssertTrue(note("(2024 年 8 月 9 日县十七届人大常委会第十五次会议通过)"))
        XCTAssertFalse(note("（2024年8月9日阳西县人大常委会会议审议）"), "not adopted")
        XCTAssertTrue(note("（2024年8月9日阳西县人大常委会第十五次会议批准）"), "approved")
        XCTAssertFalse(note("（经县委同意通过）"), "no date")
        XCTAssertFalse(note("全体会议表决通过（2024年）"), "no bracket first")
    }

    /// A letter opens with a salutation closed by a colon; a speaker's colon or a meeting's is no
    /// salutation. (A headline over one opens a piece, as over an adoption note.)
    func testSalutations() {
        func opens(_ s: String) -> Bool { SectionAssembler.opensWithSalutation(Array(s.unicodeScalars)) }
        XCTAssertTrue(opens("编辑同志：我是临颍县的一名县人大代表。"))
        XCTAssertTrue(opens("尊敬的县人大常委会："))
        XCTAssertFalse(opens("编辑同志说：这条路修好了。"))
        XCTAssertFalse(opens("会议要求：要压实责任。"))
        XCTAssertFalse(opens("尊敬的各位代表，大家好："))
    }
}
