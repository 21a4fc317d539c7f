import XCTest
@testable import Corpus

/// A brief's headline printed inside another brief's cut sentence (`…居民王大` / headline / `爷说。…`).
final class DisplacedHeadlineTests: XCTestCase {
    static let cutInsideAWord = """
    西青区人大视察重点项目建设

    本报讯（通讯员 刘建国）4月中旬，西青区人
    大常委会组织部分市、区人大代表，对全区
    重点项目建设情况进行视察。代表们先后来到
    智能制造产业园、物流枢纽等项目现场，详细
    了解项目进


    静海区人大审议环保工作报告

    度和存在的困难。据介绍，今年全区安排市区
    两级重点项目112个，一季度已完成投资45亿元。

    本报讯（通讯员 孙立明 王娜）日前，静海区人
    大常委会召开会议，听取和审议区政府关于生
    态环境保护工作情况的报告。常委会组成人员
    在审议时指出，要持续打好蓝天、碧水、净土
    保卫战。
    """

    static let cutInsideAName = """
    宝坻人大：代表联络站接待日常态化

    本报讯（通讯员 赵蕊）“有事找代表，一找
    一个准。”日前，在宝坻区宝平街道代表联络
    站，前来反映小区供暖问题的居民王大


    蓟州区人大召开立法联系点推进会

    爷说。今年以来，宝坻区人大常委会推动全区
    24个镇街代表联络站实行每月固定接待日制
    度，三级人大代表轮流进站接待选民。

    本报讯（通讯员 韩冬）近日，蓟州区人大常委
    会召开基层立法联系点工作推进会，总结交流
    经验，部署下一阶段工作。
    """

    /// The headline naming the county of a brief with no headline of its own, whose credit opens
    /// it (`本报讯（通讯员 NAME）日前，静海区人大常委会…`), titles that brief; it is no text of either.
    func testAHeadlineInsideAnotherBriefsCutTitlesTheUntitledBriefNamingItsCounty() {
        let doc = Fixtures.document(Self.cutInsideAWord)
        XCTAssertEqual(doc.sections.map(\.title), ["西青区人大视察重点项目建设", "静海区人大审议环保工作报告"])
        XCTAssertEqual(doc.sections[1].titleLines, [10])
        XCTAssertFalse(doc.sections.contains { $0.bodyLines.contains(10) })
        let names = Fixtures.document(Self.cutInsideAName)
        XCTAssertEqual(names.sections.map(\.title), ["宝坻人大：代表联络站接待日常态化", "蓟州区人大召开立法联系点推进会"])
        XCTAssertEqual(names.sections[1].bodyLines, [14, 15, 16])
    }

    /// A subhead between whole sentences of its article stays there, whatever county it names.
    func testASubheadBetweenWholeSentencesStays() {
        let page = Self.cutInsideAName.replacingOccurrences(of: "居民王大\n", with: "居民王大爷说。\n")
            .replacingOccurrences(of: "爷说。今年以来", with: "今年以来")
        let doc = Fixtures.document(page)
        let brief = doc.sections.first { $0.byline?.line == 14 }
        XCTAssertNotNil(brief)
        XCTAssertNil(brief?.title)
    }

    /// The sections of `cutInsideAName` as the layout may leave them on a scrambled page: the
    /// headline a subhead of the 宝坻 brief it sits in (`asTitle`: that brief's title), the 蓟州
    /// brief untitled.
    func sectionsWithTheHeadlineHeld(asTitle: Bool) -> ([Section], SourceText) {
        let doc = Fixtures.document(Self.cutInsideAName)
        var s = doc.sections
        XCTAssertEqual(s.count, 2)
        let headline = LinePiece(line: 8, range: doc.source.lineRange(8))
        s[1].title = nil
        s[1].titleLines = []
        if asTitle {
            s[0].title = "蓟州区人大召开立法联系点推进会"
            s[0].titleLines = [8]
        } else {
            s[0].body.append(headline)
            s[0].subheadLines = [8]
        }
        return (s, doc.source)
    }

    /// Held by another brief, as its subhead or as the title the layout gave it, the headline goes
    /// to the untitled brief whose opening names its county, off the brief that names another.
    func testAHeadlineHeldByABriefAboutAnotherCountyMovesToTheBriefNamingItsCounty() {
        for asTitle in [false, true] {
            var (s, source) = sectionsWithTheHeadlineHeld(asTitle: asTitle)
            DisplacedHeadlines.place(&s, source: source, gazetteer: Gazetteer.shared)
            XCTAssertEqual(s[1].title, "蓟州区人大召开立法联系点推进会", "asTitle \(asTitle)")
            XCTAssertEqual(s[1].titleLines, [8])
            XCTAssertFalse(s[0].bodyLines.contains(8))
            XCTAssertEqual(s[0].titleLines, asTitle ? [] : [1])
        }
    }

    /// A headline printed under a credit line (not text cut mid-sentence) stays where it is.
    func testAHeadlineUnderACreditLineIsNoDisplacedOne() {
        let page = Self.cutInsideAName.replacingOccurrences(of: "居民王大\n", with: "居民王大爷说。\n\n通讯员 赵蕊\n")
            .replacingOccurrences(of: "爷说。今年以来", with: "今年以来")
        let doc = Fixtures.document(page)
        var s = doc.sections
        let k = s.firstIndex(where: { $0.subheadLines.contains(10) || $0.titleLines.contains(10) })
        XCTAssertNotNil(k, "\(s.map(\.titleLines)) \(s.map(\.subheadLines))")
        let before = s.map(\.title)
        DisplacedHeadlines.place(&s, source: doc.source, gazetteer: Gazetteer.shared)
        XCTAssertEqual(s.map(\.title), before, "section \(k ?? -1)")
    }

    /// A brief whose title moves to the brief it names is untitled in its turn: its own headline,
    /// held as its subhead where it was printed inside another brief's cut sentence, titles it then
    /// (the page as the whole drop's statistics read it: `蓟州区人大常委会召开…` titling the 静海 brief,
    /// `静海区人大审议…` its subhead).
    func testAHeadlineUnderATitleThatMovesOffTitlesItsBriefNext() {
        let doc = Fixtures.guardPage("s25_headline_under_moved_title") { $0 }
        let source = doc.source
        func pieces(_ lines: [Int]) -> [LinePiece] { lines.map { LinePiece(line: $0, range: source.lineRange($0)) } }
        func brief(_ title: [Int], _ credit: Int, _ body: [Int]) -> Section {
            var s = Section()
            if !title.isEmpty { s.takeTitle(pieces(title), source: source) }
            s.byline = Byline(family: "本报讯", authors: ["某"], placement: .opening, line: credit)
            s.body = pieces(body)
            return s
        }
        var s = [brief([5], 7, Array(7...18)), brief([21], 23, Array(23...29) + Array(42...47)),
                 brief([32], 34, Array(34...37) + Array(67...73)),
                 brief([64, 65], 49, [49, 50, 51, 52, 53, 54, 56, 57, 58, 59, 60, 61, 40]),
                 brief([], 75, Array(75...83) + [88, 89, 90])]
        s[3].subheadLines = [40]
        DisplacedHeadlines.place(&s, source: source, gazetteer: Gazetteer.shared)
        XCTAssertEqual(s[4].titleLines, [64, 65])
        XCTAssertEqual(s[3].titleLines, [40])
        XCTAssertEqual(s[3].title, "静海区人大审议生态环境保护工作报告")
        XCTAssertFalse(s[3].bodyLines.contains(40))
    }
}
