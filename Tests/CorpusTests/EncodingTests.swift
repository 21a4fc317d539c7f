import Corpus
import Foundation
import XCTest

/// Encodings, line breaks and bad input, with files made in the test.
final class EncodingTests: XCTestCase {
    let text = "关于提高人大代表综合素质的思考\n\n■ 张宇 朱自强（河南）\n\n发展全过程人民民主，保障人民当家作主。\n"

    func testUTF8WithoutAndWithBOM() throws {
        let plain = try SourceText(path: "a", bytes: Array(text.utf8))
        XCTAssertEqual(plain.encoding, .utf8)
        let bom = try SourceText(path: "b", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        XCTAssertEqual(bom.encoding, .utf8BOM)
        XCTAssertEqual(bom.scalars, plain.scalars, "the BOM is not text")
    }

    func testUTF16BothEndiansWithBOM() throws {
        let le = try SourceText(path: "le", bytes: [0xFF, 0xFE] + Array(text.data(using: .utf16LittleEndian)!))
        let be = try SourceText(path: "be", bytes: [0xFE, 0xFF] + Array(text.data(using: .utf16BigEndian)!))
        XCTAssertEqual(le.encoding, .utf16LE)
        XCTAssertEqual(be.encoding, .utf16BE)
        XCTAssertEqual(le.line(3), "■ 张宇 朱自强（河南）")
        XCTAssertEqual(be.line(3), "■ 张宇 朱自强（河南）")
    }

    /// `text` saved as UTF-16 without a byte-order mark, in both byte orders, is read as such,
    /// line `n` being `line`.
    func assertReadWithoutBOM(_ text: String, line n: Int, _ line: String, file: StaticString = #filePath, lineNumber: UInt = #line) throws {
        let le = try SourceText(path: "le", bytes: Array(text.data(using: .utf16LittleEndian)!))
        let be = try SourceText(path: "be", bytes: Array(text.data(using: .utf16BigEndian)!))
        XCTAssertEqual(le.encoding, .utf16LENoBOM, file: file, line: lineNumber)
        XCTAssertEqual(be.encoding, .utf16BENoBOM, file: file, line: lineNumber)
        XCTAssertEqual(le.line(n), line, file: file, line: lineNumber)
        XCTAssertEqual(be.scalars, le.scalars, file: file, line: lineNumber)
    }

    /// UTF-16 saved without a byte-order mark is read in the byte order that decodes to text;
    /// binary data with NULs is still refused.
    func testUTF16WithoutBOM() throws {
        try assertReadWithoutBOM(text, line: 3, "■ 张宇 朱自强（河南）")
        var binary = [UInt8](repeating: 0, count: 64)
        for i in stride(from: 0, to: 64, by: 2) { binary[i] = UInt8(0x80 + i) }
        XCTAssertThrowsError(try SourceText(path: "bin", bytes: binary))
    }

    /// Chinese text has NUL low bytes of its own (一 is U+4E00, 开 U+5F00): a page where they are
    /// as many as the line breaks' NUL high bytes is still read, in the byte order that gives text.
    func testUTF16WithoutBOMWithManyNulLowBytes() throws {
        try assertReadWithoutBOM(String(repeating: "一开始，一批一线代表一一发言。\n", count: 20), line: 1, "一开始，一批一线代表一一发言。")
    }

    func testGB18030WithCRLFKeepsLineNumbers() throws {
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        let gb = crlf.data(using: String.Encoding(rawValue: 0x8000_0632))!
        let s = try SourceText(path: "gb", bytes: Array(gb))
        XCTAssertEqual(s.encoding, .gb18030)
        XCTAssertEqual(s.line(3), "■ 张宇 朱自强（河南）")
        XCTAssertEqual(s.line(5), "发展全过程人民民主，保障人民当家作主。")
        XCTAssertFalse(s.scalars.contains("\r"))
        let doc = DocumentReader().read(s)
        XCTAssertEqual(doc.sections.first?.authors, ["张宇", "朱自强"])
        XCTAssertEqual(doc.sections.first?.byline?.line, 3)
    }

    func testLoneCarriageReturnsAreLineBreaks() throws {
        let s = try SourceText(path: "cr", bytes: Array("一\r二\r\r三".utf8))
        XCTAssertEqual(s.lineCount, 4)
        XCTAssertEqual(s.line(4), "三")
    }

    func testEmptyBinaryAndUndecodableFilesAreClearErrors() {
        XCTAssertThrowsError(try SourceText(path: "empty.txt", bytes: [])) { XCTAssertEqual($0 as? ReadError, .empty(path: "empty.txt")) }
        XCTAssertThrowsError(try SourceText(path: "blank.txt", bytes: Array(" \n\n ".utf8))) { XCTAssertEqual($0 as? ReadError, .empty(path: "blank.txt")) }
        XCTAssertThrowsError(try SourceText(path: "x.bin", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])) { e in
            XCTAssertEqual(e as? ReadError, .binary(path: "x.bin", offset: 4))
            XCTAssertTrue("\(e)".contains("x.bin"))
        }
        // 0xFF is never valid UTF-8, and 0xFF 0xFF is not GB18030 either.
        XCTAssertThrowsError(try SourceText(path: "bad.txt", bytes: Array("人大".utf8) + [0xFF, 0xFF, 0x41])) { e in
            XCTAssertEqual(e as? ReadError, .undecodable(path: "bad.txt", offset: 6))
            XCTAssertTrue("\(e)".contains("byte 6"))
        }
    }

    func testFullWidthDigitsAreFoldedForAnalysisButPrintedAsIs() throws {
        let doc = Fixtures.document("标题行\n\n■ 王明（山西）\n\n２０２３年全过程人\n民民主，写入报告。\n")
        let s = doc.sections[0]
        XCTAssertEqual(doc.analysisText(of: s).string, "2023年全过程人民民主,写入报告。")
        XCTAssertEqual(doc.displayText(of: s), "２０２３年全过程人民民主，写入报告。")
    }
}
