import Foundation
@testable import RenpaCLI
import XCTest

/// The command line, run in-process.
final class CLITests: XCTestCase {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds").path

    func run(_ args: [String]) -> (status: Int32, out: String, err: String) { RenpaCLI.capture(args) }

    func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("renpa-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: d) }
        return d
    }

    func testEveryCommandHasHelp() {
        for c in ["stats", "sections", "phrases", "kwic", "slogans", "figures", "regions"] {
            let r = run([c, "--help"])
            XCTAssertEqual(r.status, 0, c)
            XCTAssertTrue(r.out.contains("USAGE: renpa \(c)"), c)
        }
        XCTAssertTrue(run(["--help"]).out.contains("COMMANDS:"))
    }

    func testUsageErrorsExitTwoWithAHint() {
        let r = run(["phrases", "--by", "planet", Self.seeds])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("--by must be one of"), r.err)
        let typo = run(["sections", "--fromat", "json", Self.seeds])
        XCTAssertEqual(typo.status, 2)
        XCTAssertTrue(typo.err.contains("did you mean --format"), typo.err)
        XCTAssertEqual(run(["nosuch"]).status, 2)
        XCTAssertEqual(run(["stats"]).status, 2, "no input")
        XCTAssertEqual(run(["stats", "/no/such/path"]).status, 2)
    }

    func testBadFilesAreReportedAndTheRestStillProcessed() throws {
        let d = try tempDir()
        try Data("标题\n\n■ 王明（山西）\n\n发展全过程人民民主。\n".utf8).write(to: d.appendingPathComponent("a_good.txt"))
        try Data().write(to: d.appendingPathComponent("b_empty.txt"))
        try Data([0x00, 0x01, 0x02, 0x03]).write(to: d.appendingPathComponent("c_binary.txt"))
        try Data([0xE4, 0xBA, 0xBA, 0xFF, 0xFE, 0x41]).write(to: d.appendingPathComponent("d_bad.txt"))
        let r = run(["phrases", d.path, "--by", "file", "--format", "tsv", "--only", "-p", "全过程人民民主"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.out.contains("a_good.txt\t全过程人民民主\t1"), r.out)
        XCTAssertTrue(r.err.contains("b_empty.txt: empty file"), r.err)
        XCTAssertTrue(r.err.contains("c_binary.txt: binary data at byte 0"), r.err)
        XCTAssertTrue(r.err.contains("d_bad.txt: invalid UTF-8 at byte 3"), r.err)
    }

    func testOutputIsIdenticalWhateverTheThreadCount() {
        let commands: [[String]] = [
            ["sections", "--format", "json"], ["stats", "--format", "json"], ["phrases", "--format", "tsv"],
            ["phrases", "--by", "file", "--format", "json"], ["phrases", "--by", "file", "--format", "tsv"],
            ["phrases", "--by", "section", "--format", "text"], ["slogans", "--format", "tsv"],
            ["figures", "--format", "json"], ["kwic", "人大代表", "--format", "tsv"], ["regions", "--format", "tsv"],
        ]
        for c in commands {
            let one = run(c + [Self.seeds, "--jobs", "1"])
            let four = run(c + [Self.seeds, "--jobs", "4"])
            XCTAssertEqual(one.status, 0, c.joined(separator: " "))
            XCTAssertEqual(one.out, four.out, c.joined(separator: " "))
            XCTAssertFalse(one.out.isEmpty, c.joined(separator: " "))
        }
    }

    func testCountyCountsRollUpExactly() {
        func table(_ by: String) -> [String: Int] {
            var t = [String: Int]()
            for line in run(["phrases", Self.seeds, "--by", by, "--format", "tsv"]).out.split(separator: "\n") {
                let p = line.split(separator: "\t").map(String.init)
                let key = by == "county" ? p[0] : p[0]
                t["\(key)\t\(p[1])"] = Int(p[2])!
            }
            return t
        }
        let county = table("county"), prefecture = table("prefecture"), province = table("province")
        var toPrefecture = [String: Int](), toProvince = [String: Int]()
        for (k, v) in county {
            let p = k.split(separator: "\t").map(String.init)
            let path = p[0].split(separator: "/").map(String.init)
            let pre = path.count >= 2 ? path[0...1].joined(separator: "/") : p[0]
            toPrefecture["\(pre)\t\(p[1])", default: 0] += v
            toProvince["\(path[0])\t\(p[1])", default: 0] += v
        }
        XCTAssertEqual(toPrefecture, prefecture)
        XCTAssertEqual(toProvince, province)
    }

    func testStandardInputIsADash() throws {
        // Through the built executable, so the real standard input is used.
        let root = URL(fileURLWithPath: Self.seeds).deletingLastPathComponent()
        let exe = root.appendingPathComponent(".build/debug/renpa")
        guard FileManager.default.isExecutableFile(atPath: exe.path) else { throw XCTSkip("no debug build at \(exe.path)") }
        let p = Process()
        p.executableURL = exe
        p.arguments = ["phrases", "-", "--by", "file", "--format", "tsv", "--only", "-p", "全过程人民民主"]
        let inPipe = Pipe(), outPipe = Pipe()
        p.standardInput = inPipe
        p.standardOutput = outPipe
        try p.run()
        inPipe.fileHandleForWriting.write(Data("标题\n\n■ 王明（山西）\n\n发展全过程人\n民民主。\n".utf8))
        try inPipe.fileHandleForWriting.close()
        let out = String(decoding: outPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        XCTAssertEqual(out, "-\t全过程人民民主\t1\n")
    }

    func testPhraseRatesPrintLikePrintf() {
        // The text output writes its fields as bytes, as printf would.
        for v in [0.0, 0.07, 0.5, 3, 12.34, 100.1, 1234.56, 123456.78] {
            var b = ByteText()
            b.hundredths(v, width: 8)
            XCTAssertEqual(b.string, String(format: "%8.2f", v))
        }
        for n in [0, 7, 12, 123456, 1234567, -5, Int.max, Int.min] {
            var b = ByteText()
            b.decimal(n, width: 6)
            XCTAssertEqual(b.string, String(format: "%6ld", n))
        }
    }

    func testARangeIsSummedOnceAtItsLowerBound() throws {
        let dir = try tempDir()
        try "测试\n\n■ 王芳\n\n每年投入100万~200万元，另投入50万元。\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let json = run(["figures", "--format", "json", dir.path])
        XCTAssertEqual(json.status, 0)
        XCTAssertTrue(json.out.contains("\"bound\":\"lower\"") && json.out.contains("\"bound\":\"upper\""), json.out)
        let sum = run(["figures", "--summary", "--format", "tsv", dir.path])
        // Two figures counted (the range once, at 1000000, and 500000), not three.
        XCTAssertTrue(sum.out.contains("元\t(unknown)\t2\t1500000"), sum.out)
    }
}
