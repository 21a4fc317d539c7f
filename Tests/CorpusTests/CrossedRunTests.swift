import XCTest
@testable import Corpus

/// A magazine spread (fixture `s13_crossed_run`) where 双柏县's essay runs across the next two
/// essays' headers: `…紧紧依靠各级人` | (牟定县's header) `大代表。…`, then `…推动“一府一委` |
/// (南华县's header) `两院”改进工作。…` and `…双柏县人大常委会将…`. The other two essays' openings are
/// printed elsewhere on the page (`…。牟定地处哀牢山中段…`, `南华是…`).
final class CrossedRunTests: XCTestCase {
    private func page(_ edit: (String) -> String = { $0 }) -> Document { Fixtures.guardPage("s13_crossed_run", edited: edit) }

    /// The run from each landed header paragraph to the chain's end names only 双柏: it stays
    /// 双柏县's, and the headers it crosses own none of it.
    func testARunNamingOnlyTheFirstOwnersPlaceCrossesTheHeaders() {
        let doc = page()
        XCTAssertEqual(doc.bodyLines(ofCounty: "双柏县"), [9, 11, 19, 21, 33, 35])
        XCTAssertFalse(doc.bodyLines(ofCounty: "牟定县").contains(19))
        XCTAssertTrue(Set([23, 25, 37]).isSubset(of: Set(doc.bodyLines(ofCounty: "牟定县"))), "\(doc.sections.map(\.bodyLines))")
        XCTAssertTrue(doc.joins.contains { $0 == (21, 33) }, "\(doc.joins)")
    }

    /// When the run names the crossed essay's place too, the header keeps its landing.
    func testARunNamingTheCrossedPlaceIsCut() {
        let doc = page { $0.replacingOccurrences(of: "全县三级人大代表进站接待群众", with: "牟定全县三级人大代表进站接待群众") }
        XCTAssertTrue(doc.bodyLines(ofCounty: "牟定县").contains(19), "\(doc.sections.map(\.bodyLines))")
    }

    /// A run whose last piece names nobody (`…我们将…，为谱写中国式现代化新篇章贡献人大力量。`) may be the
    /// header's own text after the first essay's end: the header keeps its landing.
    func testARunWhoseLastPieceNamesNobodyIsCut() {
        let doc = page {
            $0.replacingOccurrences(of: "站在新的历史起点上，双柏县人大常委会将坚定拥护", with: "站在新的历史起点上，我们将坚定拥护")
                .replacingOccurrences(of: "中国式现代化双柏篇章", with: "中国式现代化新篇章")
        }
        XCTAssertTrue(doc.bodyLines(ofCounty: "牟定县").contains(19), "\(doc.sections.map(\.bodyLines))")
        XCTAssertFalse(doc.bodyLines(ofCounty: "南华县").contains(19))
    }

    /// A paragraph read on softly whose second sentence opens with another essay's place
    /// (`人大代表是…。姚安县人大常…`) goes to that essay; so does a closing paragraph whose second
    /// sentence names its essay as acting (`…。南华县人大常委会将…`).
    func testSoftPiecesFollowTheirSecondSentence() {
        let doc = page()
        XCTAssertTrue(doc.bodyLines(ofCounty: "姚安县").contains(49), "\(doc.sections.map(\.bodyLines))")
        XCTAssertTrue(doc.bodyLines(ofCounty: "南华县").contains(61))
        XCTAssertFalse(doc.bodyLines(ofCounty: "姚安县").contains(61))
    }

    /// A magazine's issue head with its column's name and topic parted by a lone `·`
    /// (`云南人大　2023年第10期　…　县区人大谈 · 学习贯彻党的二十大精神`) is furniture, at the top and
    /// after the page's foot.
    func testAnIssueHeadWithAColumnAndTopicIsFurniture() {
        let doc = page()
        XCTAssertTrue(Set([1, 43, 45]).isSubset(of: Set(doc.furnitureLines)), "\(doc.furnitureLines)")
        XCTAssertEqual(doc.sections.first?.titleLines, [3, 5])
    }

    /// An article cut mid-word (`…代表联络` | `站建设…`) by another's whole header, its paragraph
    /// before the cut opening like an article's (`两年来，…`) but quoting the cut article's title
    /// (`“民情议事坪”`, fixture `s13_title_quote_cut`): the text after the landing is the cut
    /// article's up to the header's own opening (`靖西是…`).
    func testACutParagraphQuotingItsTitleGoesOnAcrossTheHeader() {
        let url = Fixtures.testsDir.appendingPathComponent("Fixtures/guards/s13_title_quote_cut.txt")
        let doc = Fixtures.document(try! String(contentsOf: url, encoding: .utf8))
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["那坡县", "靖西市", "蕉岭县"])
        XCTAssertTrue(Set([15, 24, 35, 42, 48]).isSubset(of: Set(doc.sections[0].bodyLines)), "\(doc.sections.map(\.bodyLines))")
        XCTAssertEqual(doc.sections[1].bodyLines.first, 50)
        // Without the quotation the paragraph may be the header's own lead printed above it.
        let plain = Fixtures.document(try! String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "全县共建成“民情议事坪”", with: "全县共建成议事场所"))
        XCTAssertFalse(plain.sections[0].bodyLines.contains(35), "\(plain.sections.map(\.bodyLines))")
        // Nor when the paragraph opens with a time, as a header's own lead does (`近年来，…`).
        let lead = Fixtures.document(try! String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "两年来，全县共建成“民情议事坪”", with: "近年来，全县共建成“民情议事坪”"))
        XCTAssertFalse(lead.sections[0].bodyLines.contains(35), "\(lead.sections.map(\.bodyLines))")
    }
}
