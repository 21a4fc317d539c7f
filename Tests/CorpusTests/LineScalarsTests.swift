import XCTest
@testable import Corpus

/// The one-pass preparation of a line (`LineScalars`): folding, the visible count and the cues
/// against their definitions.
final class LineScalarsTests: XCTestCase {
    /// Every way of building a line agrees with folding scalar by scalar, and its cues hold
    /// exactly the tracked scalars of the folded line.
    func testPreparationAgreesWithItsDefinition() throws {
        let texts = ["本报讯（记者 王芳　通讯员 李强）近日，", "  □ 本报记者 梁英杰 ", "来源：人大网 2024-06-18", "无需折叠的正文",
                     "ＩＣＰ备１２３号 © 版权所有", "\u{FEFF}王\u{2009}芳\t摄", "𠀀𠀁 astral", "", "。"]
        for text in texts {
            let fromString = LineScalars(text)
            let source = SourceText(path: "t", encoding: .utf8, decoded: Array("前\n\(text)\n后".unicodeScalars))
            let fromSource = LineScalars(source: source, line: 2)
            for line in [fromString, fromSource] {
                XCTAssertEqual(Array(line.folded), line.raw.map(ScalarClass.fold), text)
                XCTAssertEqual(line.visibleCount, line.raw.filter { !ScalarClass.isSpace($0) }.count, text)
                var expected: UInt64 = 0
                for s in line.folded {
                    if ScalarClass.isSpace(s) { expected |= ScalarCues(" ").bits }
                    else if let g = ScalarCues.groups.first(where: { $0.unicodeScalars.contains(s) }) { expected |= ScalarCues(g).bits }
                }
                XCTAssertEqual(line.cues.bits, expected, text)
            }
            XCTAssertEqual(Array(fromString.raw), Array(fromSource.raw), text)
        }
        let line = LineScalars("本报讯（记者 王芳）")
        XCTAssertTrue(line.cues.holdsAll(ScalarCues("记者(")))
        XCTAssertFalse(line.cues.holdsAll(ScalarCues("通讯员")))
        XCTAssertTrue(line.cues.holdsAny(ScalarCues("讯电息")))
    }

    /// The punctuation groups hold exactly what `ScalarClass` calls sentence-final and clause
    /// punctuation, on every scalar of the Basic Multilingual Plane as folded.
    func testPunctuationCuesAgreeWithScalarClass() {
        let sentence = ScalarCues("。"), clause = ScalarCues(",:.")
        for v in UInt32(0x21)..<0x10000 {
            guard let s = Unicode.Scalar(v), !ScalarClass.isSpace(s) else { continue }
            let cues = LineScalars(String(s)).cues, f = ScalarClass.fold(s)
            XCTAssertEqual(cues.holdsAny(sentence), ScalarClass.isSentenceFinal(f), "U+\(String(v, radix: 16))")
            XCTAssertEqual(cues.holdsAny(clause), ScalarClass.isClausePunct(f), "U+\(String(v, radix: 16))")
        }
    }

    /// Every white-space scalar of the plane, and no other, has the space bit.
    func testSpaceCueIsWhiteSpace() {
        for v in UInt32(0)..<0x10000 {
            guard let s = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(Int(ScalarCues.indexTable[Int(v)]) == Int(ScalarCues.spaceIndex), ScalarClass.isSpace(s), "U+\(String(v, radix: 16))")
        }
    }

    /// A heading keeps its enumeration marker; sentence-final punctuation anywhere makes text.
    func testHeadingShapeWithSentenceCue() {
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("一、2023年主要工作")), 2)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("（一）坚持党的领导")), 2)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("1. 加强监督，提高实效")), 1)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("代表建议办得怎么样？听听代表怎么说")), 0)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("坚持党的领导。")), 0)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("坚持党的领导、人民当家作主")), 0)
        // An enumeration comma inside a closed quotation is the quoted phrase's (a headline's), not
        // one left open at the line's end, nor one on a line with a comma (wrapped text).
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("凤阳县人大常委会备案审查要“有件必备、有备必审”")), 2)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("李翠英告诉记者“作为一名人大代表、一")), 0)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("到“民有所呼、我有所应”履职风采，推")), 0)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("学习贯彻党的二十大精神")), 2)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("一、二")), 0)
        // A date or an adverbial before the one comma opens a sentence, not a subhead.
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("11月10日，奉新县人大常委会组织部分县人大")), 0)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("近日，县人大代表走进企业")), 0)
        XCTAssertEqual(LineClassifier.headingShape(LineScalars("聚焦民生实事，提升履职实效")), 1)
        for caption in ["图为代表视察现场", "图：代表视察", "（图/王芳）", "上图：会议现场", "下图为会场"] {
            XCTAssertTrue(LineClassifier.isCaptionStart(LineScalars(caption)), caption)
        }
        XCTAssertFalse(LineClassifier.isCaptionStart(LineScalars("图书馆开放")))
    }

    /// A letter-spaced byline is still collapsed (the guard on white space lets it through).
    func testLetterSpacedLineCollapses() throws {
        let (tight, _) = try XCTUnwrap(LineScalars("□ 本 报 记 者   张 文 军").collapsingLetterSpacing())
        XCTAssertEqual(tight.string, "□本报记者 张文军")
        XCTAssertTrue(tight.cues.holdsAll(ScalarCues("记者")))
        XCTAssertNil(LineScalars("本报记者张文军").collapsingLetterSpacing())
    }
}
