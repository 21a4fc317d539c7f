import XCTest
@testable import Corpus

/// A county's short form printed right after its prefecture's (`汕尾海丰`) is as plain as the full name.
final class QualifiedShortFormTests: XCTestCase {
    static let page = """
    黄少芬：做渔民群众的“贴心人”
    □ 本报记者 陈嘉欣

    凌晨四点，汕尾海丰的海边还笼罩在夜色中，黄少芬已经来到了渔港码头。作为一名在渔村长大的人大代表，她对渔民的辛苦感同身受。

    省人大代表、海丰市某镇渔业合作社负责人黄少芬，这些年一直关注渔民转产转业。

    """

    /// The section is about 海丰县 (汕尾市), and the wrong suffix `海丰市` is corrected in that frame.
    func testACountysShortFormAfterItsPrefectureNamesTheCounty() {
        let doc = Fixtures.document(Self.page)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections.first?.region?.prefecture, "汕尾市")
        XCTAssertEqual(doc.sections.first?.region?.county, "海丰县")
    }

    /// A prefecture glued to a county of another prefecture (`汕尾台山`: 台山 is 江门's) qualifies
    /// nothing, and a bare county stem alone settles no county.
    func testAPrefectureQualifiesOnlyItsOwnCounties() {
        let other = Fixtures.document(Self.page.replacingOccurrences(of: "汕尾海丰", with: "汕尾台山")
            .replacingOccurrences(of: "海丰市某镇", with: "某镇"))
        XCTAssertNotEqual(other.sections.first?.region?.county, "台山市")
        let bare = Fixtures.document(Self.page.replacingOccurrences(of: "汕尾海丰", with: "海丰")
            .replacingOccurrences(of: "海丰市某镇", with: "某镇"))
        XCTAssertNil(bare.sections.first?.region?.county)
        let r = RegionResolver()
        let g = Gazetteer.shared
        let text = Array("汕尾海丰".unicodeScalars)
        let ms = g.mentions(in: text)
        XCTAssertEqual(ms.count, 2)
        XCTAssertEqual(r.qualifyingPrefecture(ms[0], ms[1])?.name, "汕尾市")
        XCTAssertNil(r.qualifyingPrefecture(ms[1], ms[0]))
    }
}
