import XCTest
@testable import Corpus

/// The compiled gates admit exactly the families whose own gate admits a line.
final class GateSieveTests: XCTestCase {
    func testSieveAgreesWithEachGate() {
        let gates = BylineRecognizer.standardFamilies.map(\.gate)
        let sieve = GateSieve(gates)
        var lines = LineGateTests.bylines.map { LineScalars($0) }
        for url in Fixtures.seedFiles {
            let source = try! SourceText(path: url.lastPathComponent, bytes: [UInt8](try! Data(contentsOf: url)))
            for n in 1...source.lineCount { lines.append(LineScalars(source: source, line: n)) }
        }
        // Lengths around every bound, marks, ends and openings of every kind.
        let long = String(repeating: "本", count: 130)
        lines += ["□", "■ ", "□ 王", "王)", long + ")", long + "摄", "(" + long, "文" + long, "■ 文/图 王芳", "□ 县人大常委会研究室"].map { LineScalars($0) }
        for line in lines where !line.isEmpty {
            var expected: UInt64 = 0
            for k in gates.indices where gates[k].admits(line) { expected |= 1 << UInt64(k) }
            XCTAssertEqual(sieve.admitted(line), expected, line.string)
        }
    }

    /// The list of marks the furniture family's openings hold is the one `isMark` accepts.
    func testMarkScalarsAgreeWithIsMark() {
        for v in UInt32(0)..<0x10000 {
            guard let s = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(BylineParts.isMark(s), BylineParts.markScalars.contains(s), "U+\(String(v, radix: 16))")
        }
    }
}
