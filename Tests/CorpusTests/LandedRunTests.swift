@testable import Corpus
import XCTest

/// An article's cut (`…我们将继续推动全过程人`) goes on in another header's column, under that
/// header's first paragraph (`民民主在桑植落地生根…`), and reads on there before the header's own
/// text resumes (`s17_landed_run_in_another_column`): the run is the cut article's until the
/// header's text names its place (`…我们围绕慈利杜仲产业发展…`), and what the evidence cannot tell
/// apart stays with the run; a paragraph parallel to the one naming the place (`建设政治机关，关键是…`
/// beside `建设国家权力机关，关键是…`) is the header's.
final class LandedRunTests: XCTestCase {
    func testTheRunLandedInAnotherColumnEndsWhereThatColumnsTextResumes() {
        let doc = Fixtures.guardPage("s17_landed_run_in_another_column")
        XCTAssertEqual(doc.bodyLines(ofCounty: "桑植县"), [7, 9, 19, 21])
        XCTAssertEqual(doc.bodyLines(ofCounty: "慈利县"), [17, 23, 25])
        XCTAssertTrue(doc.joins.contains { $0 == (9, 19) }, "\(doc.joins)")
    }
}

/// A header whose first paragraph is another article's sentence read on from a join (`…贯穿人` |
/// header | `大工作全过程各方面…`), disowned as that article's, opens its own text with the first
/// paragraph after it under the header that names its place first (`涞源县历史悠久，…`), even when
/// that paragraph's chain runs on by a join into a third header's text
/// (`s17_opening_after_disowned`): the header keeps its opening instead of losing it to the third.
final class OpeningAfterDisownedTests: XCTestCase {
    func testTheHeadersOwnOpeningStandsForItsDisownedFirstParagraph() {
        let doc = Fixtures.guardPage("s17_opening_after_disowned")
        XCTAssertEqual(doc.bodyLines(ofCounty: "阜平县"), [3, 5, 11, 13, 23, 25])
        XCTAssertTrue(doc.bodyLines(ofCounty: "涞源县").contains(15), "\(doc.bodyLines(ofCounty: "涞源县"))")
        XCTAssertFalse(doc.bodyLines(ofCounty: "易县").contains(15))
        XCTAssertTrue(doc.bodyLines(ofCounty: "易县").contains(33))
    }
}

/// An article cut at the page foot (`…全过程人民民`) goes on under the next page's header (`主就在
/// 身边。`) and reads on there, through a subhead parallel to its own and a sentence cut at a blank
/// line, to its writer's footer naming its county (`（作者系桐柏县…）`); the header's text starts
/// after that footer, where it names the place its subtitle gives (`——社旗县人大常委会…纪实`,
/// `s17_footer_closes_landed_run`). The footer's office is the first article's, not the header's.
final class FooterClosesLandedRunTests: XCTestCase {
    func testTheWritersFooterEndsTheRunUnderTheNextHeader() {
        let doc = Fixtures.guardPage("s17_footer_closes_landed_run")
        XCTAssertEqual(doc.bodyLines(ofCounty: "社旗县"), [41, 42, 43, 45, 46, 47])
        let first = doc.bodyLines(ofCounty: "桐柏县")
        for l in [28, 30, 32, 36, 39] { XCTAssertTrue(first.contains(l), "\(l) in \(first)") }
        XCTAssertEqual(doc.sections.map(\.office), ["桐柏县人大常委会党组书记、主任", nil])
    }
}

/// A prefecture's writer's footer (`（作者系黔东南州人大常委会副秘书长）`) printed between a county
/// article's cut paragraph and its continuation, right under the prefecture article's last
/// paragraph (`s17_prefecture_footer`): it closes that paragraph's article, which names the
/// prefecture and no county, not the county article around it.
final class PrefectureFooterTests: XCTestCase {
    func testAPrefecturesFooterGoesWithThePrefecturesArticle() {
        let doc = Fixtures.guardPage("s17_prefecture_footer")
        XCTAssertEqual(doc.sections.map(\.office), ["黔东南州人大常委会副秘书长", "台江县人大常委会党组书记、主任"])
        XCTAssertEqual(doc.sections.first?.bodyLines, [8, 16, 18])
        XCTAssertEqual(doc.bodyLines(ofCounty: "台江县"), [14, 20, 22])
    }
}

/// An essay cut at `…真正让全过程人` goes on under the next header (`民民主看得见…`), and its run there
/// goes on through the paragraphs framed like the cut one (`建强阵地，让群众…`, `健全机制，让议事…`,
/// `突出重点，让议事…`): the header's own text starts at the first that is not
/// (`城区是全县人口最集中的区域…`), though the header names no place (`s18_parallel_frame_run`).
final class ParallelFrameRunTests: XCTestCase {
    func testTheRunGoesOnThroughTheParagraphsFramedLikeTheCutOne() {
        let doc = Fixtures.guardPage("s18_parallel_frame_run")
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, [7, 9, 15, 17, 19])
        XCTAssertEqual(doc.sections[1].bodyLines, [21, 23, 25])
    }

    func testAFrameIsAPhraseOfFourOrMoreClosedByACommaAndTheSameWord() {
        func frame(_ x: String, _ y: String) -> Bool { ReadingOrder.parallelFrame(Array(x.unicodeScalars), Array(y.unicodeScalars)) }
        XCTAssertTrue(frame("建强阵地，让群众议事", "健全机制，让议事成果"))
        XCTAssertTrue(frame("坚持人民至上，在践行", "坚持依法履职，在服务"))
        XCTAssertFalse(frame("建强阵地，让群众议事", "健全机制，推动议事"), "another word after the comma")
        XCTAssertFalse(frame("近日，县人大常委会", "目前，县人大常委会"), "a two-character adverbial")
        XCTAssertFalse(frame("另一方面，我们要", "与此同时，我们要"), "a standing adverbial")
    }
}

/// A profile whose header names no place (`黄秋菊　做蚝农们的“知心人”`, `□ 本报记者　陆振宇`) opens with
/// a lead naming its county (`在钦南区龙门港镇，说起…`); its later paragraph cut at `…对避风` goes on
/// after the photo item below (`塘进行清淤扩容。…`), not back in its own lead
/// (`s18_own_lead_unnamed_header`).
final class OwnLeadOfUnnamedHeaderTests: XCTestCase {
    func testACutDoesNotGoOnInItsOwnArticlesLead() {
        let doc = Fixtures.guardPage("s18_own_lead_unnamed_header")
        XCTAssertEqual(doc.bodyLines(ofCounty: "钦南区"), [9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 28, 29, 30])
        XCTAssertEqual(doc.bodyLines(ofCounty: "灵山县"), [23, 24, 25])
    }
}

/// A wire story cut at `…每季` goes on after a photo item headlined by a county's short name
/// (`莲花：代表视察茶园`, the page naming 莲花县 nowhere else in full); its run there reads on through a
/// paragraph using that name as a word (`…荷塘莲花盛开…`), which names no county: the run stays the
/// story's (`s18_common_word_county`).
final class CommonWordCountyRunTests: XCTestCase {
    func testAShortNameUsedAsAWordEndsNoLandedRun() {
        let doc = Fixtures.guardPage("s18_common_word_county")
        let story = doc.bodyLines(ofCounty: "湘东区")
        for l in [26, 27, 29, 30, 31, 32, 34, 35] { XCTAssertTrue(story.contains(l), "\(l) in \(story)") }
        XCTAssertEqual(doc.bodyLines(ofCounty: "莲花县"), [20, 21, 22])
    }
}
