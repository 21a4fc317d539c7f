import XCTest
@testable import Corpus

/// A magazine spread of four county essays printed out of order (fixture
/// `s13_general_first_sentence`): the page opens with 康乐县's text above every header, its first
/// sentence a general one (`党的二十大报告指出，…`) and its second about the county
/// (`康乐县地处…`); closing paragraphs open generally too (`民主不是装饰品，…。康乐县人大常委会将…`), or
/// stand under the page's running foot in another essay's column.
final class GeneralOpeningTests: XCTestCase {
    private func page(_ edit: (String) -> String = { $0 }) -> Document { Fixtures.guardPage("s13_general_first_sentence", edited: edit) }
    private func lines(_ doc: Document, _ county: String) -> [Int] { doc.bodyLines(ofCounty: county) }

    /// A sentence cut after a level and one character of a term (`…组织各级人`) reads on where the
    /// term goes on (`大代表深入…`), not into the next paragraph by the accident of a word
    /// (`民主不是…`: 人民).
    func testATermCutAfterALevelLooksPastTheNextParagraph() {
        let doc = page()
        XCTAssertTrue(doc.joins.contains { $0 == (39, 43) }, "\(doc.joins)")
        XCTAssertFalse(doc.joins.contains { $0 == (39, 41) })
    }

    /// The page's opening, printed above every header, goes to the essay its second sentence is
    /// about when its first names no essay's place.
    func testAnOpeningAboveTheHeadersFollowsItsSecondSentence() {
        let doc = page()
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["广河县", "康乐县", "和政县", "永靖县"])
        XCTAssertTrue(Set([3, 5, 17]).isSubset(of: Set(lines(doc, "康乐县"))), "\(doc.sections.map(\.bodyLines))")
        XCTAssertFalse(lines(doc, "广河县").contains(3))
        // A place named in passing is no subject: the opening stays where the layout put it.
        let passing = page { $0.replacingOccurrences(of: "。康乐县地处黄土高原", with: "。学习康乐县经验，本地地处黄土高原") }
        XCTAssertFalse(lines(passing, "康乐县").contains(3), "\(passing.sections.map(\.bodyLines))")
    }

    /// An orphan paragraph whose first sentence names no essay goes to the one its second
    /// sentence names as acting (`康乐县人大常委会将继续…`).
    func testAnOrphanFollowsItsSecondSentencesActor() {
        let doc = page()
        XCTAssertTrue(lines(doc, "康乐县").contains(41), "\(doc.sections.map(\.bodyLines))")
        XCTAssertFalse(lines(doc, "和政县").contains(41))
    }

    /// Text under the page's running foot, in 永靖县's column, that names 和政县 as acting and never
    /// names 永靖 goes to 和政县; naming 永靖 too, it stays.
    func testTextUnderTheRunningFootNamingAnotherEssayAsActor() {
        let doc = page()
        XCTAssertTrue(lines(doc, "和政县").contains(63), "\(doc.sections.map(\.bodyLines))")
        XCTAssertFalse(lines(doc, "永靖县").contains(63))
        let both = page { $0.replacingOccurrences(of: "站在新的起点上，和政县人大常委会", with: "站在新的起点上，和政县与永靖县人大常委会") }
        XCTAssertTrue(lines(both, "永靖县").contains(63), "\(both.sections.map(\.bodyLines))")
    }

    /// A sentence in the first person names another county as acting beside the writer
    /// (`站在新的起点上，我们将联合和政县人大常委会…`): the text stays in its column.
    func testAFirstPersonSentenceNamesAnotherCountyBesideTheWriter() {
        let doc = page { $0.replacingOccurrences(of: "站在新的起点上，和政县人大常委会将继续", with: "站在新的起点上，我们将联合和政县人大常委会继续") }
        XCTAssertTrue(lines(doc, "永靖县").contains(63), "\(doc.sections.map(\.bodyLines))")
    }

    /// Text under the page's foot that interrupts no cut of its column's article (the paragraph
    /// above it ends its sentence) may be that article's next paragraph, though it opens with a
    /// neighbour as its subject (`永平县是邻县，…`): it stays.
    func testTextUnderTheFootInterruptingNoCutStays() {
        let doc = Fixtures.document("""
        大理人大　2023年第5期　　　　　　　　　　　　　　　　　　　　县市人大主任笔谈

        核桃园里的代表工作站

        永平县人大常委会党组书记、主任　段志华

        永平县是“核桃之乡”。县人大常委会在核桃主产乡镇建立“代表果园工作站”12个，组织代表为果农解难题。

        永平县人大常委会将继续建好用好代表果园工作站，助力核桃产业提质增效。



        白族调唱响履职新曲

        云龙县人大常委会党组书记、主任　李正国

        云龙县是“白族调之乡”。县人大常委会创新开展“白族调唱民意”活动，把法律法规、政策措施编成白族调小调，代表们走村入户边唱边宣讲。

        “白族调唱民意”开展以来，共演出220余场次，收集群众意见建议400余条。

        · 38 ·

        大理人大　2023年第5期

        永平县是邻县，两县山水相连、人文相亲。今年，县里组织白族调队到永平县的果园里演出，把“白族调唱民意”唱到了邻县的田间地头，也把永平代表工作站的经验带了回来。

        我们将继续创新履职方式，让群众听得懂、愿意听、记得住。

        · 39 ·
        """)
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["永平县", "云龙县"])
        XCTAssertEqual(doc.sections[1].bodyLines, [17, 19, 25, 27])
    }

    /// A second sentence in which the writer's own congress acts unnamed (`…。弥渡县人大常委会推行的
    /// 做法很有借鉴意义，县人大常委会结合实际…`) names another county as an example, not as the actor.
    func testASecondSentenceWithTheWritersOwnBodyUnnamedNamesNoActor() {
        let stems: [[Unicode.Scalar]?] = [Array("宾川".unicodeScalars), Array("弥渡".unicodeScalars)]
        let lookup = PlaceStemLookup(stems: stems)
        let example = Array("代表联络站建设只有进行时。弥渡县人大常委会推行的“代表夜谈”做法很有借鉴意义，县人大常委会结合实际加以推广。".unicodeScalars)
        XCTAssertEqual(ReadingOrder.openingPlaces(example, lookup: lookup, stems: stems).sections, [])
        let actor = Array("代表联络站建设只有进行时。弥渡县人大常委会将继续推行“代表夜谈”。".unicodeScalars)
        XCTAssertEqual(ReadingOrder.openingPlaces(actor, lookup: lookup, stems: stems).sections, [1])
    }
}
