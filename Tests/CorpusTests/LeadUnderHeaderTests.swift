import XCTest
@testable import Corpus

/// A cut does not go back into the first paragraph under its own article's header on weak text
/// evidence: the article would open below its lead.
final class LeadUnderHeaderTests: XCTestCase {
    /// `…网络征集、问` at the column's foot goes on at `卷调查…` across another article, not back at
    /// `走进城关镇…`, the top of its own column under its header (the header and lead of
    /// `GrammaticalSeamTests.framePage`).
    static let page = GrammaticalSeamTests.framePage.components(separatedBy: "\n").prefix(10).joined(separator: "\n") + "\n" + """
    联系点通过座谈、网络征集、问

    康乐：人大代表进社区

    本报讯（韩 明）日前，康乐
    县人大常委会组织代表走进
    社区，听取群众意见建议。

    卷调查等方式，就法律草案广泛
    征集立法意见，基层立法联系
    点直通车作用充分发挥。
    """

    func testACutDoesNotGoBackIntoItsArticlesLead() {
        let doc = Fixtures.document(Self.page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, [6, 7, 8, 9, 11, 19, 20, 21])
        XCTAssertEqual(doc.sections[1].bodyLines, [15, 16, 17])
    }

    /// The copula opening a paragraph is a sentence's rest (`是坚持和完善…`); a word it starts is not.
    func testACopulaOpensNoSentence() {
        let words = CommonWords.shared
        XCTAssertTrue(ReadingOrder.opensWithCopula(Array("是坚持和完善人民代表大会制度".unicodeScalars), words: words))
        XCTAssertFalse(ReadingOrder.opensWithCopula(Array("是否符合宪法".unicodeScalars), words: words))
        XCTAssertFalse(ReadingOrder.opensWithCopula(Array("民生实事项目人大代表票决制，是".unicodeScalars), words: words))
    }
}
