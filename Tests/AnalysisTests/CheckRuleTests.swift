import Corpus
import XCTest
@testable import Analysis

final class CheckRuleTests: XCTestCase {
    func document(_ text: String) -> Document {
        DocumentReader().read(SourceText(path: "t.txt", encoding: .utf8, decoded: Array(text.unicodeScalars)))
    }

    func subject(_ doc: Document, strict: Bool = false) -> CheckSubject {
        var s = CheckSubject(path: "t.txt", options: CheckOptions(strict: strict))
        s.source = doc.source
        s.document = doc
        return s
    }

    func run(_ rule: any CheckRule, _ doc: Document) -> [String] {
        rule.check(subject(doc)).map { "\($0.line):\($0.column) \($0.severity) \($0.rule)" }
    }

    static let article = """
    代表之家建设见成效

    本报记者 李明

    全县人大代表积极履行职责，认真听取群众意见建议，推动解决了一批群众关心的热点难点问题。

    """

    func testRuleIdsAreStableAndUnique() {
        let ids = CheckRules.all.map(\.id)
        XCTAssertEqual(ids, [
            "input/undecodable", "input/binary", "input/empty", "input/mojibake",
            "structure/no-byline", "structure/no-author", "structure/implausible-author",
            "structure/leftover-text", "structure/unresolved-cut",
            "place/corrected", "place/ambiguous", "place/unknown", "place/conflict",
            "duplicate/exact", "duplicate/near", "figure/unparsed",
        ])
        XCTAssertEqual(Set(ids).count, ids.count)
        for r in CheckRules.all { XCTAssertFalse(r.summary.isEmpty, r.id) }
    }

    func testUnparsedFigurePointsAtTheNumber() {
        let doc = document(Self.article + "今年共有1,2,3,4名代表参加调研。\n")
        XCTAssertEqual(run(UnparsedFigureRule(), doc), ["6:5 note figure/unparsed"])
        XCTAssertEqual(run(UnparsedFigureRule(), document(Self.article)), [], "a clean article has none")
    }

    func testImplausibleAuthorsSayWhy() {
        XCTAssertNil(ImplausibleAuthorRule.problem("张三"))
        XCTAssertNil(ImplausibleAuthorRule.problem("欧阳晓明"))
        XCTAssertNil(ImplausibleAuthorRule.problem("阿不都·热合曼"))
        XCTAssertNil(ImplausibleAuthorRule.problem("宋照日格图"), "a transliterated Mongolian name")
        XCTAssertNil(ImplausibleAuthorRule.problem("马萨如拉"))
        XCTAssertEqual(ImplausibleAuthorRule.problem("欧阳张三李四"), "has 6 Han characters and no separating dot (two names run together?)")
        XCTAssertEqual(ImplausibleAuthorRule.problem("张3"), "contains digits")
        XCTAssertEqual(ImplausibleAuthorRule.problem("记者张三"), "contains an office or role word, or is too long for a name")
        XCTAssertEqual(ImplausibleAuthorRule.problem("Li Ming"), "contains characters that are not Han characters")
        XCTAssertEqual(ImplausibleAuthorRule.problem("明"), "is shorter than two characters")
    }

    func testImplausibleAuthorPointsAtTheNameInTheByline() {
        var doc = document(Self.article)
        doc.sections[0].authors = ["张三李四王五"]
        let d = ImplausibleAuthorRule().check(subject(doc))
        XCTAssertEqual(d.map { "\($0.line):\($0.column)" }, ["3:1"], "the name is not printed, so the byline's start")
        doc.sections[0].authors = ["李明"]
        XCTAssertEqual(ImplausibleAuthorRule().check(subject(doc)), [])
    }

    func testNoBylineIsOneErrorForTheFileNotOnePerSection() {
        let doc = document("\n\n全县人大代表积极履行职责，认真听取群众意见建议。\n\n常委会组织代表开展视察调研活动。\n")
        XCTAssertEqual(run(NoBylineRule(), doc), ["3:1 error structure/no-byline"])
        XCTAssertEqual(run(MissingAuthorRule(), doc), [], "no-author is for files that have bylines elsewhere")
        XCTAssertEqual(run(NoBylineRule(), document(Self.article)), [])
        XCTAssertTrue(NoBylineRule().check(subject(doc))[0].message.contains("attributed to an author or place"))
        let placed = document("\n\n通江县人大代表积极履行职责，认真听取群众意见建议。\n")
        let m = NoBylineRule().check(subject(placed)).first?.message ?? ""
        XCTAssertTrue(m.contains("attributed to an author (places come from the text only)"), "a place was found in the text: \(m)")
    }

    func testSectionWithoutBylineIsAWarningUnlessUnsignedByNature() {
        let unsigned = "特别策划\n\n这是一期特别策划，集中展示各地人大代表履职的生动实践。\n\n" + Self.article
        XCTAssertEqual(run(MissingAuthorRule(), document(unsigned)), ["1:1 warning structure/no-author"])
        let preface = "前言\n\n这是一期特别策划，集中展示各地人大代表履职的生动实践。\n\n" + Self.article
        XCTAssertEqual(run(MissingAuthorRule(), document(preface)), [])
    }

    func testLeftoverLinesAreReportedOncePerRun() {
        var doc = document(Self.article + "附件一\n\n附件二\n第三行\n\n其他\n\n孤立的一行\n")
        // Lines: 1 title, 3 byline, 5 body, 6 附件一, 8 附件二, 9 第三行, 11 其他, 13 孤立的一行.
        doc.leftoverLines = [6, 8, 9, 13]
        let d = LeftoverTextRule().check(subject(doc))
        XCTAssertEqual(d.map { "\($0.line):\($0.column) \($0.severity)" }, ["6:1 warning", "13:1 warning"])
        XCTAssertEqual(d[0].message, "lines 6–9 ('附件一') belong to no section, so their text is not counted; is a byline or a title missing above them?")
        XCTAssertTrue(d[1].message.hasPrefix("line 13 ('孤立的一行')"), d[1].message)
    }

    func testUnresolvedCutIsANoteAtTheEndOfTheCutLine() {
        var doc = document(Self.article)
        doc.unresolvedCuts = [5]
        let d = UnresolvedCutRule().check(subject(doc))
        // The body line has 43 characters; the note points at the last one.
        XCTAssertEqual(d.map { "\($0.line):\($0.column) \($0.severity) \($0.rule)" }, ["5:43 note structure/unresolved-cut"])
    }

    func testPlaceNotesGetOneRuleIdPerKind() {
        var doc = document(Self.article)
        doc.placeNotes = [
            PlaceNote(kind: .corrected, surface: "石楼市", message: "'石楼市' is 石楼县 (吕梁市); the suffix was corrected", line: 5, column: 3, section: 0),
            PlaceNote(kind: .ambiguous, surface: "扎旗", message: "'扎旗' may be 扎鲁特旗 or 扎赉特旗", line: 5, column: 9),
            PlaceNote(kind: .unknownPlace, surface: "青山县", message: "'青山县' is not in the gazetteer", line: 3, column: 1),
            PlaceNote(kind: .conflict, surface: "开鲁县", message: "byline says 开鲁县, body says 奈曼旗", line: 3, column: 1),
        ]
        let rules = PlaceNote.Kind.allCases.map { PlaceNoteRule(kind: $0) }
        let d = rules.flatMap { $0.check(subject(doc)) }.sorted(by: Diagnostic.reportOrder)
        XCTAssertEqual(d.map { "\($0.line):\($0.column) \($0.severity) \($0.rule): \($0.message)" }, [
            "3:1 warning place/conflict: byline says 开鲁县, body says 奈曼旗",
            "3:1 warning place/unknown: '青山县' is not in the gazetteer",
            "5:3 warning place/corrected: '石楼市' is 石楼县 (吕梁市); the suffix was corrected",
            "5:9 warning place/ambiguous: '扎旗' may be 扎鲁特旗 or 扎赉特旗",
        ])
    }

    func testInputErrorsPointAtTheOffendingByte() {
        var s = CheckSubject(path: "b.txt", options: CheckOptions())
        s.readError = .binary(path: "b.txt", offset: 10)
        s.errorBytes = Array("人大\r\nab\0".utf8)
        XCTAssertEqual(BinaryRule().check(s).map { "\($0.line):\($0.column) \($0.rule)" }, ["2:3 input/binary"])
        XCTAssertEqual(UndecodableRule().check(s), [])
        s.readError = .empty(path: "b.txt")
        XCTAssertEqual(EmptyFileRule().check(s).map { "\($0.line):\($0.column) \($0.severity)" }, ["1:1 error"])
    }

    func testBytePositionCountsScalarsAndEveryKindOfLineBreak() {
        let bytes = Array("\u{FEFF}一二\n三\r\n四\r五x".utf8)
        let x = bytes.firstIndex(of: UInt8(ascii: "x"))!
        XCTAssertEqual(BytePosition.locate(x, in: bytes).line, 4)
        XCTAssertEqual(BytePosition.locate(x, in: bytes).column, 2)
        XCTAssertEqual(BytePosition.locate(3, in: bytes).column, 1, "the byte-order mark is not a column")
    }

    func testOfficialDocumentsAreUnsignedByNature() {
        // A session's 公报 and a 决定 with its adoption note carry no byline: neither rule reports them.
        let gongbao = document("鹿邑县第十八届人民代表大会常务委员会第十二次会议公报\n\n会议于2024年6月27日至28日举行，会议听取和审议了县人民政府的报告。\n")
        XCTAssertEqual(run(NoBylineRule(), gongbao), [])
        let jueding = document("平江县人民代表大会常务委员会\n关于加强县级预算审查监督的决定\n\n（2024年4月25日平江县第十八届人民代表大会常务委员会第十九次会议通过）\n\n为加强预算审查监督，作出如下决定。\n")
        XCTAssertEqual(run(NoBylineRule(), jueding), [])
        XCTAssertTrue(gongbao.sections.allSatisfy(MissingAuthorRule.isUnsignedByNature))
        XCTAssertTrue(jueding.sections.allSatisfy(MissingAuthorRule.isUnsignedByNature))
        XCTAssertFalse(document(Self.article).sections.contains(where: MissingAuthorRule.isUnsignedByNature))
        // A news piece without a byline is still an error when it is the whole file.
        XCTAssertEqual(run(NoBylineRule(), document("代表视察农田水利\n\n近日，县人大代表视察了农田水利建设。\n")).count, 1)
    }

    /// A roundup credited to its sources (`（本报综合）`) or a brief to the office that supplied it
    /// is attributed: the file is no structure/no-byline error.
    func testSourceAndSupplyCreditsAttributeAFile() {
        let roundup = document("各地人大开展代表接待日活动\n\n近日，各地人大常委会组织代表开展接待日活动，收集群众意见建议。\n\n（本报综合）\n")
        XCTAssertEqual(roundup.sections.first?.footer, "（本报综合）")
        XCTAssertEqual(run(NoBylineRule(), roundup), [])
        let supplied = document("代表视察农田水利\n\n近日，县人大代表视察了农田水利建设。\n\n（惠安县人大 供稿）\n")
        XCTAssertEqual(run(NoBylineRule(), supplied), [])
        XCTAssertEqual(document("各地人大动态\n\n近日，各地人大常委会开展活动。\n\n（综合新华社、人民网）\n").sections.first?.footer, "（综合新华社、人民网）")
        // An aside in brackets is text, not a source credit.
        let aside = document("代表视察农田水利\n\n近日，县人大代表视察了农田水利建设。\n\n（据悉，相关工作将于年底前完成）\n")
        XCTAssertNil(aside.sections.first?.footer)
        XCTAssertEqual(run(NoBylineRule(), aside).count, 1)
    }
}
