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

/// Output must not depend on the process: Swift seeds Set and Dictionary hashing per process, and
/// orphan paragraphs were attributed by summing weights in Set order and taking the first of tied
/// sections in Dictionary order.
final class DeterminismTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `renpa` executable built next to the test bundle.
    func executable() throws -> URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let exe = dir.appendingPathComponent("renpa")
            if FileManager.default.isExecutableFile(atPath: exe.path) { return exe }
            dir = dir.deletingLastPathComponent()
        }
        let fallback = Self.root.appendingPathComponent(".build/debug/renpa")
        guard FileManager.default.isExecutableFile(atPath: fallback.path) else { throw XCTSkip("renpa executable not built") }
        return fallback
    }

    func testSectionsAreTheSameInEveryProcess() throws {
        // Seed 002 with its blank-line blocks reordered (odd blocks first): a scrambled page whose
        // orphan paragraphs went to one section or another depending on the hash seed.
        let seed = try String(contentsOf: Self.root.appendingPathComponent("seeds/002_96263135e19645a9.txt"), encoding: .utf8)
        let blocks = seed.components(separatedBy: "\n\n")
        let odd = stride(from: 1, to: blocks.count, by: 2).map { blocks[$0] }
        let even = stride(from: 0, to: blocks.count, by: 2).map { blocks[$0] }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("renpa-det-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("page.txt")
        try Data((odd + even).joined(separator: "\n\n").utf8).write(to: page)

        let exe = try executable()
        var outputs = Set<Data>()
        for _ in 0..<8 {
            let p = Process()
            p.executableURL = exe
            p.arguments = ["sections", "--format", "json", "--jobs", "1", page.path]
            var env = ProcessInfo.processInfo.environment
            env.removeValue(forKey: "SWIFT_DETERMINISTIC_HASHING")
            p.environment = env
            let pipe = Pipe()
            p.standardOutput = pipe
            try p.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, 0)
            outputs.insert(data)
        }
        XCTAssertEqual(outputs.count, 1, "sections differ between runs")
    }
}
