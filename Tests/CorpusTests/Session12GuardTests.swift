import XCTest
@testable import Corpus

/// Pages from a review of the twelfth session's rules (fixtures `s12_rev_*`), read with the seeds as
/// the corpus (topic dealing needs one).
final class Session12GuardTests: XCTestCase {
    private func read(_ name: String) throws -> Document {
        let url = Fixtures.testsDir.appendingPathComponent("Fixtures/guards/\(name).txt")
        let page = try SourceText(path: "page.txt", bytes: [UInt8](Data(contentsOf: url)))
        return DocumentReader(background: NGramIndex.sample(Fixtures.seedDocuments.map(\.source) + [page])).read(page)
    }

    /// Two articles printed in order, each under its own header, each opening with the other's
    /// place (a visit returned: `赴凤冈县…` / `湄潭县…来我县`): no opening is above the page's first
    /// header, so nothing shows the page out of order and they keep their texts.
    func testArticlesInOrderNamingEachOtherKeepTheirOpenings() throws {
        let doc = try read("s12_rev_exchange_visit_news")
        XCTAssertEqual(doc.sections.count, 3)
        XCTAssertEqual(doc.sections[0].bodyLines.first, 5, "\(doc.sections.map(\.bodyLines))")
        XCTAssertEqual(doc.sections[1].bodyLines.first, 14, "\(doc.sections.map(\.bodyLines))")
    }

    /// An orphan whose first sentence names a place in passing (`学习借鉴凤冈县的好经验`) or a stem
    /// inside a phrase (`绿水青山` beside a 青山区 article) is not sent there: only a place named as
    /// the one acting (`…县人大常委会将…`) or the sentence's subject (`道真是…`) is.
    func testAnOrphanNamingAPlaceInPassingIsNotSentThere() throws {
        let learns = try read("s12_rev_orphan_learns_from_neighbour")
        XCTAssertTrue(learns.sections[0].bodyLines.contains(23), "\(learns.sections.map(\.bodyLines))")
        let slogan = try read("s12_rev_stem_qingshan_in_slogan")
        XCTAssertFalse(slogan.sections[0].bodyLines.contains(23), "\(slogan.sections.map(\.bodyLines))")
        XCTAssertTrue(ReadingOrder.namesAsActor(Array("新征程上，道真县人大常委会将继续".unicodeScalars), stem: Array("道真".unicodeScalars)))
        XCTAssertTrue(ReadingOrder.namesAsActor(Array("道真是全国仅有的两个自治县之一".unicodeScalars), stem: Array("道真".unicodeScalars)))
        XCTAssertFalse(ReadingOrder.namesAsActor(Array("学习借鉴道真县的好经验".unicodeScalars), stem: Array("道真".unicodeScalars)))
        XCTAssertFalse(ReadingOrder.namesAsActor(Array("守护绿水青山".unicodeScalars), stem: Array("青山".unicodeScalars)))
        // (Its 人大 past the congress's term: `召陵区第十届人大常委会…`.)
        XCTAssertTrue(ReadingOrder.namesAsActor(Array("10月25日，召陵区第十届人大常委会第二十二次会议召开".unicodeScalars), stem: Array("召陵".unicodeScalars)))
        XCTAssertFalse(ReadingOrder.namesAsActor(Array("学习借鉴召陵区第十届代表大会的经验".unicodeScalars), stem: Array("召陵".unicodeScalars)))
    }

    /// Two articles' enumerations interleaved: another article's text holds the ordinal before
    /// (`…三件事：一是…` inside a paragraph), so a dealt `三是…` is not pulled back after a `二是…`
    /// that merely stayed.
    func testAnEnumerationItemIsNotForcedWhereAnotherArticleHoldsThePreviousOrdinal() throws {
        let doc = try read("s12_rev_two_enumerations_interleaved")
        XCTAssertTrue(doc.sections[1].bodyLines.contains(27), "\(doc.sections.map(\.bodyLines))")
    }
}
