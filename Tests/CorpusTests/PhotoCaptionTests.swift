import XCTest
@testable import Corpus

/// Photos printed inside an article's text: a caption (`图为…`) and its credit on a line of its own.
final class PhotoCaptionTests: XCTestCase {
    /// Under a numbered subhead (`二、进企业，…`) the caption and credit are the article's photo: the
    /// subhead heads a part of the article, not a picture story, so the credit opens no section and
    /// the text after the photo stays with the article.
    func testACaptionInANumberedPartIsTheArticlesPhoto() {
        let doc = Fixtures.guardPage("s14_numbered_part_photo")
        XCTAssertEqual(doc.sections.count, 1)
        let s = doc.sections[0]
        XCTAssertEqual(s.title, "桐梓县人大：代表进村入户听民声")
        XCTAssertEqual(s.authors, ["王建国", "李小梅"])
        XCTAssertEqual(s.captionLines.sorted(), [22, 23])
        XCTAssertEqual(s.bodyLines, [9, 10, 12, 14, 15, 17, 19, 20, 25, 26, 22, 23])
        XCTAssertEqual(s.region?.county, "桐梓县")
    }
}
