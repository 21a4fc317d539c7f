import Corpus
import Foundation
import XCTest

/// Pages found by fuzzing: every non-empty line must end up in a section (title, byline, body,
/// captions, footer), in furniture or in leftovers — never nowhere.
final class RobustnessTests: XCTestCase {

    /// Non-empty source lines that the document shows nowhere.
    static func lostLines(_ doc: Document) -> [Int] {
        var covered = Set(doc.furnitureLines).union(doc.leftoverLines)
        for s in doc.sections {
            covered.formUnion(s.titleLines)
            covered.formUnion(s.bodyLines)
            if let b = s.byline { covered.insert(b.line) }
        }
        let src = doc.source
        return (1...max(src.lineCount, 1)).filter { n in
            !covered.contains(n) && src.scalars[src.lineRange(n)].contains { !ScalarClass.isSpace($0) }
        }
    }

    /// A second photo credit in a section, a credit or footer before any text, and web-export
    /// metadata lines were counted as "covered" but shown in no section, furniture or leftovers.
    func testAPageOfHeadingsOnlyKeepsItsTextInSections() {
        let doc = Fixtures.document("人大代表履职尽责\n\n全过程人民民主的生动实践\n")
        XCTAssertEqual(doc.sections.map(\.title), ["人大代表履职尽责", "全过程人民民主的生动实践"])
        XCTAssertEqual(doc.furnitureLines, [])
        XCTAssertEqual(doc.leftoverLines, [])
        // With text on the page, a heading with nothing under it at the end stays furniture.
        let page = Fixtures.document("标题\n\n本报记者 王芳\n\n县人大代表积极履职。\n\n人大视窗\n")
        XCTAssertEqual(page.furnitureLines, [7])
    }

    /// A statement closing the page without end punctuation was furniture (its phrases uncounted),
    /// and once text, it must not read on into the top of its own article.
    func testAClosingLineWithoutEndPunctuationIsTheLastParagraph() {
        let head = "全县人大代表履职能力提升\n\n□ 本报记者 王建国\n\n6月3日，霍州市人大常委会组织全市人大代表开展集中培训。\n\n代表们表示，将更好发挥人大代表作用。\n\n"
        let doc = Fixtures.document(head + "全市共有人大代表236名\n")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 9]])
        XCTAssertEqual(doc.furnitureLines, [])
        // A headline in two parts or with a colon left at the foot of the page stays furniture.
        XCTAssertEqual(Fixtures.document(head + "推进履职阵地建设 释放代表履职效能\n").furnitureLines, [9])
        XCTAssertEqual(Fixtures.document(head + "阿市人大：加强自身建设提高监督水平\n").furnitureLines, [9])
    }

    func testSymlinkLoopsAreSearchedOnce() throws {
        let root = NSTemporaryDirectory() + "renpa-loop-\(UUID().uuidString)"
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: root) }
        try "人大".write(toFile: root + "/a.txt", atomically: true, encoding: .utf8)
        try "人大".write(toFile: root + "/sub/b.txt", atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(atPath: root + "/sub/up", withDestinationPath: "..")
        let found = try DropReader(glob: "*.txt").expand([root]).map(\.displayPath)
        XCTAssertEqual(found, [root + "/a.txt", root + "/sub/b.txt"])
    }

    func testAReadFailureNamesTheSystemsReason() throws {
        XCTAssertThrowsError(try DropReader.bytes(of: .file(NSTemporaryDirectory()))) { e in
            XCTAssertEqual((e as? ReadError)?.description.hasSuffix("cannot open: Is a directory"), true, "\(e)")
        }
        XCTAssertThrowsError(try DropReader.bytes(of: .file("/nonexistent/renpa.txt"))) { e in
            XCTAssertEqual((e as? ReadError)?.description, "/nonexistent/renpa.txt: cannot open: No such file or directory")
        }
        let path = NSTemporaryDirectory() + "renpa-read-\(UUID().uuidString).txt"
        let bytes = Array("人大代表\n".utf8) + [UInt8](repeating: 0x41, count: 100_000)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertEqual(try DropReader.bytes(of: .file(path)), bytes)
    }

    func testUnattachedBylinesFootersAndMetadataAreNotLost() {
        let doc = Fixtures.document("""
        张妍 摄
        （作者系某县人大常委会主任）
        来源：人民网 编辑：张三
        标题一
        ■ 王明（江苏）
        正文第一段。
        图为代表视察现场。
        张妍 摄
        李强 摄
        """)
        XCTAssertEqual(Self.lostLines(doc), [])
        XCTAssertEqual(doc.leftoverLines, [1, 2], "a credit and a footer before any text are leftovers")
        XCTAssertEqual(doc.furnitureLines, [3], "metadata is page furniture")
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertTrue(doc.sections[0].bodyLines.contains(8) && doc.sections[0].bodyLines.contains(9))
    }

    func testPageOfOnlyBylinesLosesNothing() {
        let lines = ["■ 王明（江苏）", "张妍 摄", "□ 本报记者 梁英杰", "张妍 摄", "本报讯（赵峰）", "张妍 摄"]
        let doc = Fixtures.document((0..<30).map { lines[$0 % lines.count] }.joined(separator: "\n"))
        XCTAssertEqual(Self.lostLines(doc), [])
    }
}

/// Pages of thousands of paragraphs or headings (a whole issue in one file, or garbage) once took
/// minutes and gigabytes. These tests hold what such pages must produce; their time is printed, not
/// asserted (timings belong to `renpa-bench`): a quadratic regression shows as a slow test run.
final class ScaleRobustnessTests: XCTestCase {
    func read(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Document {
        let start = Date()
        let doc = Fixtures.document(text)
        print(String(format: "  %@: %.2f s", name, Date().timeIntervalSince(start)))
        XCTAssertEqual(RobustnessTests.lostLines(doc), [], file: file, line: line)
        return doc
    }

    /// 80 KB: an n×n score table (800 MB), a `paras.map` per orphan and a walk to the chain head per
    /// link made this take two minutes.
    func testTenThousandShortParagraphs() {
        let doc = read(String(repeating: "一。\n\n", count: 10_000))
        XCTAssertEqual(doc.sections.flatMap(\.bodyLines).count, 10_000)
    }

    /// Each heading scanned every unit before it for a paragraph.
    func testFifteenThousandHeadings() {
        let doc = read(String(repeating: "标题\n\n", count: 15_000))
        XCTAssertEqual(doc.sections.flatMap(\.bodyLines).count + doc.furnitureLines.count + doc.sections.flatMap(\.titleLines).count
                       + doc.leftoverLines.count, 15_000)
    }

    /// Cut paragraphs at the foot of each of many sections: every cut was scored against every
    /// paragraph of the file, and each chain cut rebuilt page-wide tables.
    func testManySectionsWithCutParagraphs() {
        let text = (0..<600).map { "标题\($0)\n■ 王明（江苏）\n一\n\n" }.joined()
        let doc = read(text)
        XCTAssertEqual(doc.sections.count, 600)
    }
}
