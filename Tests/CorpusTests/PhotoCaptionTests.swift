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

/// A gallery of two numbered photos (`图①…` / `吴晓峰　摄` / `图②…` / `周丽敏　摄`) printed inside a
/// profile's sentence the column cut (fixture `s14_gallery_in_cut`), under a letter-spaced subhead.
final class GalleryCaptionTests: XCTestCase {
    /// Numbered photos open captions, and both credits are the profile's photos: no picture story
    /// under the subhead, and the cut sentence reads on after the gallery.
    func testAGalleryInsideACutSentenceStaysWithItsArticle() throws {
        let doc = Fixtures.guardPage("s14_gallery_in_cut")
        XCTAssertEqual(doc.sections.count, 1, "\(doc.sections.map(\.title))")
        let s = doc.sections[0]
        XCTAssertEqual(s.authors, ["吴晓峰"])
        XCTAssertEqual(s.captionLines.sorted(), [20, 21, 22, 23, 24, 25])
        let cut = try XCTUnwrap(s.bodyLines.firstIndex(of: 18)), rest = try XCTUnwrap(s.bodyLines.firstIndex(of: 27))
        XCTAssertEqual(cut + 1, rest, "the cut sentence reads on after the gallery")
    }

    /// `图①`, `图2：` open captions; `图书馆…` does not.
    func testNumberedPhotosOpenCaptions() {
        func caption(_ s: String) -> Bool { LineClassifier.isCaptionStart(LineScalars(s)) }
        XCTAssertTrue(caption("图①　叶兰芳在茶园了解茶叶长势。"))
        XCTAssertTrue(caption("图2：代表们在视察现场。"))
        XCTAssertFalse(caption("图书馆里，代表们正在查阅资料。"))
        XCTAssertFalse(caption("图20年来的变化"))
    }
}
