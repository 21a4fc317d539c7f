import XCTest
@testable import Analysis
import Corpus

final class SloganTests: XCTestCase {
    private func n(_ x: String) -> [Unicode.Scalar] { PhraseNormalizer.normalize(x) }

    private func surfaces(_ x: String) -> [String] {
        let t = n(x)
        return NumberedFormulaScanner().candidates(in: t).map { SloganScalars.string(t[$0.range]) }
    }

    func testNumberedShapesAreFound() {
        XCTAssertEqual(surfaces("坚决拥护“两个确立”,做到两个维护。"), ["两个确立", "两个维护"])
        XCTAssertEqual(surfaces("推进五大任务,学习两会精神"), ["五大任务", "两会"])
        XCTAssertEqual(surfaces("支持“一府一委两院”和一府两院依法履职"), ["一府一委两院", "一府两院"])
        XCTAssertEqual(surfaces("开展“双亮双评十选五”活动"), ["双亮双评十选五"])
        XCTAssertEqual(surfaces("落实“双联系”制度"), ["双联系"])
        XCTAssertEqual(surfaces("用好“三个工作法”"), ["三个工作法"])
    }

    func testLookAlikesAreRejected() {
        XCTAssertEqual(surfaces("第二个百年奋斗目标,第一议题"), [])
        XCTAssertEqual(surfaces("党的二十大,十九届"), [])
        XCTAssertEqual(surfaces("连续两年开展,今后一个时期,进一步,一线,一是坚持,二是,十分重要"), [])
        XCTAssertEqual(surfaces("一步一个脚印,一心一意,千家万户,统一,之一,一方面"), [])
        XCTAssertEqual(surfaces("省、市、县三级人大代表,五处提到"), [])
    }

    func testQuantitiesNeedRecurrenceToBeAccepted() {
        let miner = SloganMiner()
        let texts = [n("全盟六个旗县市,设计10个功能模块,修建三个集中饲养区。"), n("坚决做到两个维护,坚决做到两个维护。")]
        let got = miner.mine(texts).filter { $0.kind == .numbered }.map(\.text)
        XCTAssertEqual(got, ["两个维护"])
    }

    func testPlaceNamesAreNotFormulations() {
        // 三门县, then 三门 alone: once a surface is seen before a place suffix it names the place.
        var miner = SloganMiner()
        miner.discover = false
        let texts = [n("三门县人大常委会召开会议,三门人大代表参加。"), n("三门人大组织代表视察,三门人大工作有特色。"),
                     n("坚持两会制度,开好两会,两会精神")]
        let got = miner.mine(texts).filter { $0.kind == .numbered }.map(\.text)
        XCTAssertEqual(got, ["两会"])
        // A suffix character that starts another word (三农区域) says nothing about a place.
        let farm = [n("做好三农工作,推动三农区域协调发展"), n("解决三农问题")]
        XCTAssertEqual(miner.mine(farm).filter { $0.kind == .numbered }.map(\.text), ["三农"])
    }

    /// A surface the gazetteer reads as a place is none, even never followed by its suffix: a
    /// province less 省 (四川), a township (五大堡乡), a county stem (两当).
    func testGazetteerPlacesAreNotFormulations() {
        var miner = SloganMiner()
        miner.discover = false
        let texts = [n("四川代表团审议报告,四川人大代表发言。"), n("五大堡乡香菇产业,五大堡乡代表之家。"),
                     n("两当人大代表,两当红色资源。"), n("坚决做到两个维护,两个维护。")]
        XCTAssertEqual(miner.mine(texts).filter { $0.kind == .numbered }.map(\.text), ["两个维护"])
        let filter = PlaceNameFilter(gazetteer: .shared)
        XCTAssertTrue(filter.isPlaceName(n("四川")))
        XCTAssertFalse(filter.isPlaceName(n("两个确立")))
        XCTAssertFalse(filter.isPlaceName(n("十四五")))
        XCTAssertFalse(filter.isPlaceName(n("三农")))
        XCTAssertFalse(filter.isPlaceName(n("四站")), "a township's stem (四站镇) is no evidence")
    }

    func testStraightQuotesPairLikeCurlyOnes() {
        var miner = SloganMiner()
        miner.discover = false
        let texts = [n("坚定拥护\"两个确立\",坚决做到\"两个维护\"。"), n("坚定拥护＂两个确立＂,做到＂两个维护＂")]
        let got = Dictionary(uniqueKeysWithValues: miner.mine(texts).filter { $0.kind == .numbered }.map { ($0.text, $0.count) })
        XCTAssertEqual(got, ["两个确立": 2, "两个维护": 2])
        // A paragraph's unpaired quote stays straight; offsets never move.
        let t = Array("说\"好\"和\"".unicodeScalars)
        let p = SloganScalars.pairingStraightQuotes(t)
        XCTAssertEqual(p.count, t.count)
        XCTAssertEqual(String(String.UnicodeScalarView(p)), "说“好”和\"")
    }

    func testLongerFormulationIsNotAlsoCountedAsItsPrefix() {
        var miner = SloganMiner()
        miner.discover = false
        let texts = [n("落实“双联系”制度,开展“双联系”活动"), n("开展“双联”,“双联”活动")]
        let got = Dictionary(uniqueKeysWithValues: miner.mine(texts).map { ($0.text, $0.count) })
        XCTAssertEqual(got["双联系"], 2)
        XCTAssertEqual(got["双联"], 2)
    }

    func testWrappedFormulationIsCountedOnceQuotedOrNot() {
        var miner = SloganMiner()
        miner.discover = false
        let texts = [n("增强“四个\n意识”,增强四个意识。"), n("增强四个意识")]
        let slogans = miner.mine(texts)
        XCTAssertEqual(slogans.first, Slogan(text: "四个意识", kind: .numbered, count: 3))
    }

    func testQuotedPhrasesRecurringAreReportedWithQuotedCounts() {
        var miner = SloganMiner()
        miner.discover = false
        let texts = [n("建好“家站点”,“家站点”全覆盖,家站点建设"), n("打造「网上代表之家」,“零距离”"), n("“网上代表之家”上线")]
        let got = miner.mine(texts)
        XCTAssertTrue(got.contains(Slogan(text: "家站点", kind: .quoted, count: 2)))
        XCTAssertTrue(got.contains(Slogan(text: "网上代表之家", kind: .quoted, count: 2)))
        XCTAssertFalse(got.contains { $0.text == "零距离" })
    }

    func testQuotedScannerStopsAtParagraphsAndUnclosedQuotes() {
        let q = QuotedPhraseScanner()
        let t = n("“未闭合\n下一段“完整”")
        XCTAssertEqual(q.spans(in: t).map { SloganScalars.string(t[$0]) }, ["完整"])
    }

    func testOccurrencesPointIntoEachText() {
        var miner = SloganMiner()
        miner.discover = false
        let texts = [n("拥护“两个确立”"), n("两个确立,两个确立")]
        let r = miner.mineWithOccurrences(texts)
        XCTAssertEqual(r.slogans.first?.text, "两个确立")
        XCTAssertEqual(r.occurrences[0].map(\.range), [3..<7])
        XCTAssertEqual(r.occurrences[1].map(\.range), [0..<4, 5..<9])
        XCTAssertEqual(Set(r.occurrences.flatMap { $0 }.map(\.slogan)), [0])
    }

    func testRankingIsByCountThenText() {
        var miner = SloganMiner()
        miner.discover = false
        let r = miner.mine([n("“四个自信”“四个意识”“两个维护”“两个维护”")])
        XCTAssertEqual(r.map(\.text), ["两个维护", "四个意识", "四个自信"])
    }
}

final class SloganEvidenceTests: XCTestCase {
    private func n(_ x: String) -> [Unicode.Scalar] { PhraseNormalizer.normalize(x) }

    func testRecurringQuantityThatRunsOnIsNotAFormulation() {
        var miner = SloganMiner()
        miner.discover = false
        let texts = [n("我从三个方面谈谈体会"), n("下面从三个方面介绍"), n("围绕三个方面开展")]
        XCTAssertFalse(miner.mine(texts).contains { $0.text == "三个方面" })
    }

    func testRecurringUnquotedAbbreviationIsAFormulation() {
        var miner = SloganMiner()
        miner.discover = false
        let texts = [n("学习自治区两会精神,推动两会精神落地"), n("两会闭幕后,宣讲两会精神")]
        XCTAssertTrue(miner.mine(texts).contains(Slogan(text: "两会", kind: .numbered, count: 4)))
        // Seen twice only, and never quoted: not enough for a two-character shape.
        XCTAssertFalse(miner.mine([n("两会精神"), n("两会精神")]).contains { $0.text == "两会" })
    }

    func testOrdinalOccurrencesAreNotCounted() {
        var miner = SloganMiner()
        miner.discover = false
        let r = miner.mine([n("“两个确立”,“两个确立”,第两个确立")])
        XCTAssertEqual(r.first, Slogan(text: "两个确立", kind: .numbered, count: 2))
    }

    func testQuotedSimpleShapeOpeningWithOneIsNotNumbered() {
        let t = n("推行“一线工作法”")
        XCTAssertEqual(NumberedFormulaScanner().candidates(in: t).count, 0)
    }
}
