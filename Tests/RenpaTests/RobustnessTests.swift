import Analysis
import Foundation
import RenpaCLI
import XCTest

/// Inputs found by fuzzing the command line: none of them may crash or print invalid output.
final class RobustnessTests: XCTestCase {
    func run(_ args: [String]) -> (status: Int32, out: String, err: String) { RenpaCLI.capture(args) }

    func write(_ text: String) throws -> String {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("renpa-robust-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: d) }
        let f = d.appendingPathComponent("page.txt")
        try Data(text.utf8).write(to: f)
        return f.path
    }

    /// `万亿亿亿` chains and huge digit strings before 万 overflowed UInt64 (a trap, not a nil).
    func testNumeralOverflowIsNotANumber() {
        XCTAssertNil(ChineseNumeral.parse("一万亿亿亿"))
        XCTAssertNil(ChineseNumeral.parse("万亿亿亿"))
        XCTAssertNil(ChineseNumeral.parse("999999999999999999万"))
        XCTAssertNil(ChineseNumeral.parse("99999999亿亿亿"))
        XCTAssertEqual(ChineseNumeral.parse("一万亿"), 1e12)
        XCTAssertEqual(ChineseNumeral.parse("572万"), 5_720_000)
    }

    /// A decimal scaled past Double's range parsed as `inf`, which the JSON writer printed as `inf`.
    func testFiguresBeyondDoubleRangeAreDroppedAndJSONStaysValid() throws {
        XCTAssertNil(ChineseNumeral.parse("1.5" + String(repeating: "亿", count: 40)))
        let path = try write("标题\n■ 王明（江苏）\n共1.5\(String(repeating: "亿", count: 40))元，一万亿亿亿元，999999999999999999万元，3名。\n")
        for cmd in [["figures", "--format", "json"], ["stats", "--format", "json"]] {
            let r = run(cmd + [path])
            XCTAssertEqual(r.status, 0, r.err)
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(r.out.utf8)), "\(cmd): \(r.out)")
            XCTAssertFalse(r.out.contains("inf"), r.out)
        }
    }
}
