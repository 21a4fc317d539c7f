import XCTest
@testable import Corpus

/// A photo's caption placing a person whose name has two parts joined by a dot, and a cut verb
/// closed by `了` going on with a whole list as its object.
final class CaptionAndObjectTests: XCTestCase {
    /// `阿依古丽·买买提（左二）在合作社…` opens a caption as `伍志明（中）在…` does; an undotted run of
    /// more than four characters before the bracket is no name.
    func testADottedNamePlacedInThePhoto() {
        func caption(_ s: String) -> Bool { LineClassifier.isCaptionStart(LineScalars(s)) }
        XCTAssertTrue(caption("阿依古丽·买买提（左二）在合作社指导社员修剪果枝。"))
        XCTAssertTrue(caption("伍志明（中）在端芬镇调研。"))
        XCTAssertFalse(caption("阿依古丽买买提（左二）在合作社指导社员修剪果枝。"))
        XCTAssertFalse(caption("·买买提（左二）在合作社。"))
        XCTAssertFalse(caption("阿依古丽·买（左二）在合作社。"))
    }

    /// A list closed by `等` and a kind of things, it may be with their count, is the object of a
    /// verb cut after `了`; a clause of its own before a list is not.
    func testAListClosedAsAnObject() {
        func object(_ s: String) -> Bool { ListSeam.isListObject(Array(s.unicodeScalars)[...], words: CommonWords.shared) }
        XCTAssertTrue(object("自来水入户、小区停车等问题 96 件。她还组织…"))
        XCTAssertTrue(object("道路、饮水等问题，"))
        XCTAssertFalse(object("综合运用听取和审议专项报告、视察调研、执法检查等方式，推动…"))
        XCTAssertFalse(object("自来水入户等问题 96 件。"), "no list")
        XCTAssertFalse(object("代表们围绕道路、饮水等问题，"), "a sentence's subject")
        XCTAssertFalse(object("自来水入户、小区停车等问题都已解决。"))
    }
}
