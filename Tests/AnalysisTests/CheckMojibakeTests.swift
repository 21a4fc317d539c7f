import Corpus
import Foundation
import XCTest
@testable import Analysis

final class CheckMojibakeTests: XCTestCase {
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The scalars bytes turn into when read as Latin-1.
    func latin1(_ bytes: [UInt8]) -> String {
        var v = String.UnicodeScalarView()
        for b in bytes { v.append(Unicode.Scalar(b)) }
        return String(v)
    }

    func source(_ text: String) -> SourceText {
        SourceText(path: "t.txt", encoding: .utf8, decoded: Array(text.unicodeScalars))
    }

    func testGBKReadAsLatin1IsFoundWithWhatItReads() {
        let garbled = latin1([UInt8]("人大".data(using: Self.gb18030)!))
        XCTAssertEqual(garbled, "ÈË´ó")
        let found = MojibakeDetector.scan(Array("标题\n\(garbled)常委会".unicodeScalars))
        XCTAssertEqual(found.map(\.kind), [.gbkAsLatin1])
        XCTAssertEqual(found.first?.reading, "人大")
        XCTAssertEqual(found.first?.offset, 3)
    }

    func testUTF8DecodedTwiceIsFoundThroughLatin1AndWindows1252() {
        XCTAssertEqual(latin1(Array("人大".utf8)), "äººå¤§")
        let found = MojibakeDetector.scan(Array("äººå¤§".unicodeScalars))
        XCTAssertEqual(found.map(\.kind), [.utf8Twice])
        XCTAssertEqual(found.first?.reading, "人大")
        // 的 is E7 9A 84: Windows-1252 shows 9A as š and 84 as „.
        let cp1252 = MojibakeDetector.scan(Array("çš„人".unicodeScalars))
        XCTAssertEqual(cp1252.first?.reading, "的")
    }

    func testReplacementCharactersAreCountedOnce() {
        let found = MojibakeDetector.scan(Array("人大\u{FFFD}\u{FFFD}代表\u{FFFD}".unicodeScalars))
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found[0].kind, .replacementCharacter)
        XCTAssertEqual(found[0].count, 3)
        XCTAssertEqual(found[0].offset, 2)
    }

    func testPinyinDegreesDotsAndChinesePunctuationAreNotMojibake() {
        let clean = "阿不都·热合曼 Lǚ Zhìqiáng café 气温25°C ±3 “人大”……——《代表法》 ½ × ÷ Müller"
        XCTAssertEqual(MojibakeDetector.scan(Array(clean.unicodeScalars)), [])
    }

    func testRuleReportsTheFirstPlaceOfEachKindWithACount() {
        let garbled = latin1([UInt8]("代表".data(using: Self.gb18030)!))
        let text = "标题\n本报记者 张三\n\(garbled)和\(garbled)\n坏\u{FFFD}\n"
        var subject = CheckSubject(path: "t.txt", options: CheckOptions())
        subject.source = source(text)
        let d = MojibakeRule().check(subject)
        XCTAssertEqual(d.map { "\($0.line):\($0.column) \($0.severity)" }, ["3:1 error", "4:2 error"])
        XCTAssertEqual(d[0].message, "mojibake '\(garbled)' is GBK text read as Latin-1 (it reads '代表'; 2 places); re-export the file as UTF-8 from the original GBK text")
        XCTAssertTrue(d[1].message.hasPrefix("replacement character U+FFFD (1 place)"), d[1].message)
    }

    func testControlCharactersInMojibakeAreShownEscaped() {
        XCTAssertEqual(MojibakeRule.visible("ä½\u{9C}"), "ä½\\u{9C}")
    }
}
