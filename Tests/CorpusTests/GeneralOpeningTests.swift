import XCTest
@testable import Corpus

/// A magazine spread of four county essays printed out of order (fixture
/// `s13_general_first_sentence`): the page opens with 康乐县's text above every header, its first
/// sentence a general one (`党的二十大报告指出，…`) and its second about the county
/// (`康乐县地处…`); closing paragraphs open generally too (`民主不是装饰品，…。康乐县人大常委会将…`), or
/// stand under the page's running foot in another essay's column.
final class GeneralOpeningTests: XCTestCase {
    private func page(_ edit: (String) -> String = { $0 }) -> Document {
        let url = Fixtures.testsDir.appendingPathComponent("Fixtures/guards/s13_general_first_sentence.txt")
        return Fixtures.document(edit(try! String(contentsOf: url, encoding: .utf8)))
    }
    private func lines(_ doc: Document, _ county: String) -> [Int] {
        doc.sections.first { $0.region?.county == county }?.bodyLines ?? []
    }

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
}
