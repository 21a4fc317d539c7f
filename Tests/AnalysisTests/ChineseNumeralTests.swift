import Foundation
import XCTest
@testable import Analysis

final class ChineseNumeralTests: XCTestCase {

    /// Tests/Fixtures/numerals/<name>, found relative to this source file (same layout in renpa).
    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Fixtures/numerals/\(name)")
    }

    /// Every row of the cn2an-rendered oracle parses back to exactly its number.
    func testCn2anOracle() throws {
        let text = try String(contentsOf: Self.fixture("cn2an_oracle.tsv"), encoding: .utf8)
        var rows = 0
        var failures: [String] = []
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            XCTAssertEqual(parts.count, 2, "bad oracle row \(line)")
            guard parts.count == 2, let want = Double(String(parts[0])) else { continue }
            rows += 1
            let got = ChineseNumeral.parse(parts[1])
            if got != want { failures.append("\(parts[1]) → \(got.map { String($0) } ?? "nil"), want \(parts[0])") }
        }
        XCTAssertGreaterThan(rows, 3000, "oracle too small")
        XCTAssertTrue(failures.isEmpty, "\(failures.count) oracle failures, e.g. \(failures.prefix(10))")
    }

    func testBasics() {
        XCTAssertEqual(ChineseNumeral.parse("零"), 0)
        XCTAssertEqual(ChineseNumeral.parse("〇"), 0)
        XCTAssertEqual(ChineseNumeral.parse("两"), 2)
        XCTAssertEqual(ChineseNumeral.parse("十"), 10)
        XCTAssertEqual(ChineseNumeral.parse("十二"), 12)
        XCTAssertEqual(ChineseNumeral.parse("二十"), 20)
        XCTAssertEqual(ChineseNumeral.parse("一百一十"), 110)
        XCTAssertEqual(ChineseNumeral.parse("一百零五"), 105)
        XCTAssertEqual(ChineseNumeral.parse("两千零二十三"), 2023)
        XCTAssertEqual(ChineseNumeral.parse("十万零二百零三"), 100_203)
    }

    func testBigUnitsAndNesting() {
        XCTAssertEqual(ChineseNumeral.parse("一亿零五百万"), 105_000_000)
        XCTAssertEqual(ChineseNumeral.parse("三亿二千万"), 320_000_000)
        XCTAssertEqual(ChineseNumeral.parse("一万亿"), 1_000_000_000_000)
        XCTAssertEqual(ChineseNumeral.parse("十二万三千四百五十六"), 123_456)
        XCTAssertEqual(ChineseNumeral.parse("九百亿零一万一千"), 90_000_011_000)
        XCTAssertEqual(ChineseNumeral.parse("两万"), 20_000)
    }

    func testElisionAndDigitStrings() {
        XCTAssertEqual(ChineseNumeral.parse("三千五"), 3500)
        XCTAssertEqual(ChineseNumeral.parse("两万五"), 25_000)
        XCTAssertEqual(ChineseNumeral.parse("一百五"), 150)
        XCTAssertEqual(ChineseNumeral.parse("二〇二三"), 2023)
    }

    func testDecimalsAndMixed() {
        XCTAssertEqual(ChineseNumeral.parse("三点五"), 3.5)
        XCTAssertEqual(ChineseNumeral.parse("零点零二"), 0.02)
        XCTAssertEqual(ChineseNumeral.parse("三点一四"), 3.14)
        XCTAssertEqual(ChineseNumeral.parse("十二点零五"), 12.05)
        XCTAssertEqual(ChineseNumeral.parse("2.2万"), 22_000)
        XCTAssertEqual(ChineseNumeral.parse("16.39亿"), 1_639_000_000)
        XCTAssertEqual(ChineseNumeral.parse("572万"), 5_720_000)
        XCTAssertEqual(ChineseNumeral.parse("1万"), 10_000)
        XCTAssertEqual(ChineseNumeral.parse("三点五万"), 35_000)
        XCTAssertEqual(ChineseNumeral.parse("3,357"), 3357)
        XCTAssertEqual(ChineseNumeral.parse("负五"), -5)
        XCTAssertEqual(ChineseNumeral.parse("壹佰贰拾叁"), 123)
    }

    func testRejectsMalformed() {
        XCTAssertNil(ChineseNumeral.parse(""))
        XCTAssertNil(ChineseNumeral.parse("十十"))
        XCTAssertNil(ChineseNumeral.parse("百千"))
        XCTAssertNil(ChineseNumeral.parse("万"))
        XCTAssertNil(ChineseNumeral.parse("一二十"))
        XCTAssertNil(ChineseNumeral.parse("三点"))
        XCTAssertNil(ChineseNumeral.parse("点五"))
        XCTAssertNil(ChineseNumeral.parse("1.2.3"))
        XCTAssertNil(ChineseNumeral.parse("三个"))
        XCTAssertNil(ChineseNumeral.parse("两两"))
    }

    func testScalarRangeVariant() {
        let t = Array("共2.2万余人次".unicodeScalars)
        XCTAssertEqual(ChineseNumeral.parse(t, 1..<5), 22_000)
        XCTAssertNil(ChineseNumeral.parse(t, 1..<6))
        XCTAssertNil(ChineseNumeral.parse(t, 0..<100))
    }
}
