import XCTest
import Foundation
@testable import Corpus

/// The two-byte GB18030 table decodes exactly as Foundation, or declines.
final class GB18030PairsTests: XCTestCase {
    func testTableIsBuilt() {
        XCTAssertNotNil(GB18030Pairs.table)
    }

    func testAgreesWithFoundationOnEveryTwoByteCode() throws {
        let table = try XCTUnwrap(GB18030Pairs.table)
        var holes = 0
        for lead in UInt8(0x81)...0xFE {
            for trail in UInt8(0x40)...0xFE where trail != 0x7F {
                let bytes: [UInt8] = [0x41, lead, trail, 0x0A]
                let foundation = String(data: Data(bytes), encoding: EncodingSniffer.gb18030).map { Array($0.unicodeScalars) }
                if table[GB18030Pairs.index(lead, trail)] == 0 { holes += 1; XCTAssertNil(GB18030Pairs.decode(bytes)); continue }
                XCTAssertEqual(GB18030Pairs.decode(bytes), foundation, "\(lead) \(trail)")
            }
        }
        XCTAssertLessThan(holes, 100)
    }

    func testAgreesWithFoundationOnRandomBytes() {
        var rng = SystemRandomNumberGenerator()
        var decoded = 0
        for round in 0..<5_000 {
            var bytes = [UInt8]()
            for _ in 0..<Int.random(in: 1...40, using: &rng) {
                switch Int.random(in: 0..<10, using: &rng) {
                case 0..<4: bytes.append(UInt8.random(in: 0x20...0x7E, using: &rng))
                case 4..<9: bytes += [UInt8.random(in: 0x81...0xFE, using: &rng), UInt8.random(in: 0x40...0xFE, using: &rng)]
                default: bytes.append(round % 2 == 0 ? UInt8.random(in: 0x80...0xFF, using: &rng) : UInt8.random(in: 0x30...0x39, using: &rng))
                }
            }
            guard let native = GB18030Pairs.decode(bytes) else { continue }
            decoded += 1
            let foundation = String(data: Data(bytes), encoding: EncodingSniffer.gb18030).map { Array($0.unicodeScalars) }
            XCTAssertEqual(native, foundation, "\(bytes)")
        }
        XCTAssertGreaterThan(decoded, 500)
    }

    func testDeclinesFourByteCodesAndStrayBytes() {
        XCTAssertNil(GB18030Pairs.decode([0x81, 0x30, 0x81, 0x30]))
        XCTAssertNil(GB18030Pairs.decode([0x41, 0x80]))
        XCTAssertNil(GB18030Pairs.decode([0x41, 0xFF]))
        XCTAssertNil(GB18030Pairs.decode([0xB0]))
        XCTAssertEqual(GB18030Pairs.decode([0xB0, 0xA1, 0x41]), ["啊", "A"])
    }
}
