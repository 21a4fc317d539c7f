import XCTest
@testable import Corpus

/// Photos printed inside an article's text: a caption (`图为…`) and its credit on a line of its own.
final class PhotoCaptionTests: XCTestCase {
    /// A photographer's credit right after the sentence ending a picture story's text, a space
    /// before 摄 (`…解决技术难题。陆志刚　摄`), closes the story: the story under its own headline is a
    /// piece of its own, not the article above's. Without that space, or mid-sentence, it is text.
    func testACreditRightAfterTheLastSentenceClosesAPictureStory() {
        let doc = Fixtures.document("""
        上林县人大常委会召开会议

        本报讯（记者 王芳）近日，上林县人大常委会召开会议。

        马山：代表助力黑山羊产业
        “跑”出加速度
        近日，马山县人大代表深入古零镇黑山羊养殖
        基地，了解产业发展情况，帮助养殖户解决技
        术难题。陆志刚　摄
        """)
        XCTAssertEqual(doc.sections.count, 2, "\(doc.sections.map(\.bodyLines))")
        XCTAssertEqual(doc.sections[1].authors, ["陆志刚"])
        XCTAssertEqual(doc.sections[1].byline?.role, "photographer")
        XCTAssertEqual(doc.sections[1].region?.county, "马山县")
        let family = PhotoCreditFamily()
        XCTAssertNotNil(family.recognize(LineScalars("术难题。陆志刚 摄")))
        XCTAssertNil(family.recognize(LineScalars("术难题。陆志刚摄")))
        XCTAssertNil(family.recognize(LineScalars("代表们说，要用镜头记录乡村变化，要多拍摄")))
    }

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

final class PictureStoryInsideTextTests: XCTestCase {
    /// A picture story printed inside a profile's cut sentence: its own headline, then a caption
    /// (`图为…`) whose last line ends with the photographer's credit. The caption is the story's text
    /// and the credit its byline; the profile's sentence goes on after it.
    func testACaptionUnderItsOwnHeadlineClosedByItsCreditIsAPictureStory() {
        let doc = Fixtures.document("""
        王秀娟：把群众的“小事”当成自己的“大事”

        □ 本报记者　孙振宇

        镇赉县人大代表王秀娟扎根基层多年，群众
        有事都愿意找她。去年她提出的农田水利建
        议被县人大常委会列为重点督办件，县水利
        部门投入资金680万元完成渠系改造。“这件
        事让我真切体会到，人民代表大会

        洮南：代表视察
        “菜篮子”工程

        图为近日，洮南市人大常委
        会组织部分市人大代表深入
        蔬菜种植基地和农贸市场，
        视察“菜篮子”工程建设情
        况。　　　　　何志斌　摄

        制度就扎根在咱老百姓身边。”王秀
        娟说。这些年，她先后提出代表建议
        十一件，件件都有回音。
        """)
        XCTAssertEqual(doc.sections.count, 2)
        guard doc.sections.count == 2 else { return }
        XCTAssertEqual(doc.sections[0].region?.county, "镇赉县")
        XCTAssertTrue(doc.sections[0].bodyLines.contains(20))
        XCTAssertFalse(doc.sections[0].bodyLines.contains(14))
        XCTAssertEqual(doc.sections[1].title, "洮南：代表视察 “菜篮子”工程")
        XCTAssertEqual(doc.sections[1].authors, ["何志斌"])
        XCTAssertEqual(doc.sections[1].region?.county, "洮南市")
        XCTAssertEqual(doc.sections[1].bodyLines, [14, 15, 16, 17, 18])
    }
}
