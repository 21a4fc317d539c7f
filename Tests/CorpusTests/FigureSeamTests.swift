@testable import Corpus
import XCTest

/// A sentence cut before its figure (`…治理率提高到` | `81.2%，…`), here across the page foot and the
/// next page's running head (`s17_percent_across_page_foot`): the percentage goes on from the words
/// that take it.
final class FigureSeamTests: XCTestCase {
    func testAPercentageOpensNoSentence() {
        for t in ["81.2%，北江", "76.5％，西江", "12%、", "9 5%，"] {
            XCTAssertTrue(SentenceOpening.opensWithPercent(Array(t.unicodeScalars)), t)
        }
        for t in ["2023年，全县", "81.2%的群众", "112件建议", "百分之八十，"] {
            XCTAssertFalse(SentenceOpening.opensWithPercent(Array(t.unicodeScalars)), t)
        }
    }

    func testOnlyAPercentageGoesOnFromTheWordsThatTakeIt() {
        XCTAssertTrue(SentenceOpening.quantityAcross(tail: "到", head: Array("81.2%，".unicodeScalars)))
        XCTAssertTrue(SentenceOpening.quantityAcross(tail: "占", head: Array("36%。".unicodeScalars)))
        // (`…居民代表共` | `112件，…` is as likely `共|同商议`; a year opens sentences.)
        XCTAssertFalse(SentenceOpening.quantityAcross(tail: "共", head: Array("112件，".unicodeScalars)))
        XCTAssertFalse(SentenceOpening.quantityAcross(tail: "到", head: Array("112件，".unicodeScalars)))
        XCTAssertFalse(SentenceOpening.quantityAcross(tail: "到", head: Array("2023年".unicodeScalars)))
    }

    func testTheFigureAfterThePageFootEndsTheCutSentence() {
        let doc = Fixtures.guardPage("s17_percent_across_page_foot")
        XCTAssertTrue(doc.joins.contains { $0 == (17, 23) }, "\(doc.joins)")
        XCTAssertTrue(doc.bodyLines(ofCounty: "翁源县").contains(23))
    }
}

/// A header printed inside another article's text (`…人民代表大` | header | `会制度的要求…`): the run
/// under it goes on with that article until the header's own lead, which names its county by its
/// short name first and in full later (`连山是…。…连山壮族瑶族自治县人大常委会…`), the header naming no
/// place (`s17_short_name_lead_after_run`).
final class ShortNameLeadTests: XCTestCase {
    func testTheRunUnderTheHeaderGoesOnUntilTheLeadNamingItsCounty() {
        let doc = Fixtures.guardPage("s17_short_name_lead_after_run")
        let first = doc.bodyLines(ofCounty: "乳源瑶族自治县"), second = doc.bodyLines(ofCounty: "连山壮族瑶族自治县")
        for l in [7, 9, 17, 19] { XCTAssertTrue(first.contains(l), "\(l) in \(first)") }
        XCTAssertEqual(second.prefix(2), [21, 23])
        XCTAssertFalse(second.contains(17) || second.contains(19), "\(second)")
    }
}

/// A sentence cut after a verb closed by `了` (`…金顺姬连续走访了`) goes on with its object, a count
/// (`三十多户村民…`), printed after a photo item (`s18_count_after_le`); printed as a line of its
/// own under its paragraph's last sentence and over the photo item's headline, the cut line is no
/// subhead (`s18_widowed_heading`).
final class CountAfterPerfectiveTests: XCTestCase {
    func testACountIsTheObjectOfAVerbClosedByLe() {
        func across(_ tail: Unicode.Scalar, _ head: String) -> Bool { SentenceOpening.countAcross(tail: tail, head: Array(head.unicodeScalars)) }
        XCTAssertTrue(across("了", "三十多户村民"))
        XCTAssertTrue(across("了", "12家企业"))
        XCTAssertTrue(across("了", "1 860名代表"))
        // (An enumeration, a date, a percentage or a word are no count; nor is a count after another word.)
        XCTAssertFalse(across("了", "二要扛起"))
        XCTAssertFalse(across("了", "一是"))
        XCTAssertFalse(across("了", "2023年"))
        XCTAssertFalse(across("了", "76.5%，"))
        XCTAssertFalse(across("了", "“满意和基本满意”"))
        XCTAssertFalse(across("共", "112件"))
    }

    func testTheCutGoesOnWithTheCountAfterThePhotoItem() {
        let doc = Fixtures.guardPage("s18_count_after_le")
        let own = doc.bodyLines(ofCounty: "和龙市")
        XCTAssertEqual(own.firstIndex(of: 15).map { own[$0 + 1] }, 24, "\(own)")
        XCTAssertEqual(own.first, 9)
        XCTAssertEqual(doc.bodyLines(ofCounty: "安图县"), [19, 20, 21])
    }

    func testACutLineOverAnotherHeaderIsNoSubhead() {
        let doc = Fixtures.guardPage("s18_widowed_heading")
        let own = doc.bodyLines(ofCounty: "和龙市")
        XCTAssertEqual(own.firstIndex(of: 15).map { own[$0 + 1] }, 24, "\(own)")
        XCTAssertEqual(doc.bodyLines(ofCounty: "安图县"), [19, 20, 21])
    }

    /// A number whose thousands are set apart, cut between its groups across a column jump
    /// (`…组织全县五级代表 2 ` | `136 名编入…`), goes on with exactly three digits, ahead of another
    /// cut's clause left open at a comma (`…收集意见建议 860 余` / `条，…会议要` | `求，…`).
    func testANumberCutBetweenItsThousandsGoesOnWithThreeDigits() {
        let doc = Fixtures.document("""
        舞阳：代表进网格
        激活基层治理“末梢”

        □ 本报记者 任 杰

        今年以来，舞阳县人大常委
        会推行“代表进网格”工作
        机制，组织全县五级代表 2 


        郾城：代表联络站
        办好群众身边事

        □ 本报记者 马 腾

        今年以来，郾城区各级人大
        代表进站接待群众 6 300 余
        人次，收集意见建议 860 余
        条，已办结 792 条。会议要


        求，要进一步拓展代表联系
        群众渠道。


        136 名编入 1 050 个网格，
        代表与网格员结对联系群众，
        协助化解矛盾纠纷。
        """)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[6, 7, 8, 26, 27, 28], Array(16...19) + [22, 23]])
        XCTAssertTrue(doc.analysisText(of: doc.sections[0]).string.contains("五级代表2 136名") || doc.analysisText(of: doc.sections[0]).string.contains("2136"))
        // A month's day cut from its `日` (`…并于 10 月 12 ` | `日召开…`) is no number's head group.
        let day = Fixtures.document("""
        舞阳：代表进网格
        激活基层治理“末梢”

        □ 本报记者 任 杰

        舞阳县人大常委会推行
        “代表进网格”工作机制，
        并于 10 月 12 


        郾城：代表联络站
        办好群众身边事

        □ 本报记者 马 腾

        今年以来，郾城区各级人大
        代表进站接待群众，收集
        意见建议


        860 余条，已办结 792 条。
        会议要求，要进一步拓展
        代表联系群众渠道。


        日召开推进会，组织代表
        与网格员结对联系群众，
        协助化解矛盾纠纷。
        """)
        XCTAssertTrue(day.analysisText(of: day.sections[0]).string.contains("12日召开推进会"), day.analysisText(of: day.sections[0]).string)
        XCTAssertTrue(SentenceOpening.opensWithThousandsGroup(Array("136名编入".unicodeScalars)))
        XCTAssertFalse(SentenceOpening.opensWithThousandsGroup(Array("1360名".unicodeScalars)))
        XCTAssertFalse(SentenceOpening.opensWithThousandsGroup(Array("13名".unicodeScalars)))
        XCTAssertFalse(SentenceOpening.opensWithThousandsGroup(Array("136.5万元".unicodeScalars)))
    }
}
