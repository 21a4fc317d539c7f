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
                XCTAssertEqual(line.folded, line.raw.map(ScalarClass.fold), text)
                XCTAssertEqual(line.visibleCount, line.raw.filter { !ScalarClass.isSpace($0) }.count, text)
                var expected: UInt64 = 0
                for s in line.folded {
                    if ScalarClass.isSpace(s) { expected |= ScalarCues(" ").bits }
                    else if ScalarCues.tracked.contains(s) { expected |= ScalarCues(String(s)).bits }
                }
                XCTAssertEqual(line.cues.bits, expected, text)
            }
            XCTAssertEqual(fromString.raw, fromSource.raw, text)
        }
        let line = LineScalars("本报讯（记者 王芳）")
        XCTAssertTrue(line.cues.holdsAll(ScalarCues("记者(")))
        XCTAssertFalse(line.cues.holdsAll(ScalarCues("通讯员")))
        XCTAssertTrue(line.cues.holdsAny(ScalarCues("讯电息")))
    }

    /// A letter-spaced byline is still collapsed (the guard on white space lets it through).
    func testLetterSpacedLineCollapses() throws {
        let (tight, _) = try XCTUnwrap(LineScalars("□ 本 报 记 者   张 文 军").collapsingLetterSpacing())
        XCTAssertEqual(tight.string, "□本报记者 张文军")
        XCTAssertTrue(tight.cues.holdsAll(ScalarCues("记者")))
        XCTAssertNil(LineScalars("本报记者张文军").collapsingLetterSpacing())
    }
}
