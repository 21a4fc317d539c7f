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

    /// A feature under its byline (`特约通讯员 廖小军`) with a subhead and three paragraphs below it, the
    /// last a photo's caption credited to `photographer`, then `tail`.
    static func featureWithPhoto(by photographer: String, then tail: String = "") -> String {
        """
        守护一湖清水 共护东江之源

        □ 本报记者 曹建平  特约通讯员 廖小军

        东江湖位于郴州资兴境内，是湘江流域重要的饮用水水源地。

        以法治之力筑牢保护屏障

        “保护东江湖，首先要有法可依。”市人大常委会有关负责人介绍。

        条例实施以来，常委会每年组织开展执法检查。

        执法检查组在东江湖库区察看生态修复情况。
        \(photographer) 摄
        """ + tail
    }

    /// A feature's own writer credited under the third paragraph below a subhead (byline `特约通讯员
    /// 廖小军`, then `以法治之力…` / three paragraphs / `廖小军 摄`): the photo is the feature's, so the
    /// subhead heads no picture story and the feature keeps its text on both sides of the photo.
    func testTheFeaturesOwnWriterCreditedUnderItsThirdParagraphTakesNoStory() {
        let doc = Fixtures.document(PhotoCaptionTests.featureWithPhoto(by: "廖小军", then: """


        以监督之实推动问题整改

        监督的生命力在于实效。市人大常委会逐项列出问题清单，交市政府限期整改。
        """))
        XCTAssertEqual(doc.sections.count, 1, "\(doc.sections.map(\.title))")
        XCTAssertEqual(doc.sections.first?.authors, ["曹建平", "廖小军"])
        XCTAssertTrue(doc.sections.first?.bodyLines.contains(18) ?? false, "text after the photo stays with the feature")
    }

    /// A picture story under its own headline by another photographer still closes a story of its
    /// own, however many paragraphs the feature above has (the rule above asks the feature's writer).
    func testAnotherPhotographersCreditStillClosesAPictureStory() {
        let doc = Fixtures.document(PhotoCaptionTests.featureWithPhoto(by: "陈志远"))
        XCTAssertEqual(doc.sections.count, 2, "\(doc.sections.map(\.title))")
        XCTAssertEqual(doc.sections.last?.authors, ["陈志远"])
    }

    /// The writer of another piece on the page (`本报讯（杨光辉）…`) credited under a caption printed
    /// inside a narrow column's text: the photo goes with the text around it, and the line over the
    /// caption (`据了解，全县现有茶园`) heads no picture story of its own.
    func testAnotherPiecesWriterCreditedUnderACaptionTakesNoStory() {
        let doc = Fixtures.document("""
        雷山人大：视察茶产业发展

        本报讯（杨光辉）6月上旬，县人大常委会组织代表对全县茶产业发展情况开展专题视察。

        吴秀英：做苗绣产业的“领路人”

        □ 本报记者  潘晓燕

        在施洞镇的苗绣工坊里，十余名绣娘正飞针走线。

        据了解，全县现有茶园

        面积 16.8 万亩，其中投产茶园 12 万余亩，去年实现茶叶综合产值 9.6 亿元，带动 3 万

        图为视察组在丹江镇茶叶基地察看茶园管护情况。
        杨光辉  摄

        余名茶农增收。
        """)
        XCTAssertFalse(doc.sections.contains { $0.authors == ["杨光辉"] && $0.byline?.role == "photographer" },
                       "\(doc.sections.map { ($0.title, $0.authors) })")
        XCTAssertEqual(doc.sections.count, 2, "\(doc.sections.map { ($0.title, $0.authors) })")
    }

    /// A caption opening with a person placed in the photo (`伍志明（中）在端芬镇查看水稻长势。  陈嘉` /
    /// `欣 摄`) is a caption, not a paragraph a cut could read on into; and a sentence cut above the next profile's
    /// header whose rest is all the paragraph under that header holds (`…让侨乡特色农产品` / `曾美华：做…`
    /// / `□ 本报记者 叶振东` / `走向更大的市场。`) stays with its profile, the one its subject names
    /// (fixture `s20_rest_of_sentence_under_header`).
    func testAPlacedPersonOpensACaptionAndTheRestOfACutSentenceStaysWithItsProfile() {
        XCTAssertTrue(LineClassifier.isCaptionStart(LineScalars("伍志明（中）在端芬镇查看水稻长势。  陈嘉")))
        XCTAssertTrue(LineClassifier.isCaptionStart(LineScalars("曾美华（左二）在课间与学生交流。")))
        XCTAssertFalse(LineClassifier.isCaptionStart(LineScalars("伍志明（台山市人大代表）说，要把侨的优势转化为发展的优势。")))
        XCTAssertFalse(LineClassifier.isCaptionStart(LineScalars("中国（广东）自由贸易试验区")))
        let doc = Fixtures.guardPage("s20_rest_of_sentence_under_header")
        let first = doc.sections.first { $0.title?.hasPrefix("伍志明") ?? false }
        XCTAssertTrue(first.map { [18, 22, 27].allSatisfy($0.bodyLines.contains) } ?? false, "\(first?.bodyLines ?? [])")
        // (The caption itself stays with the profile under whose header it is printed: placing it by
        // the subject it names is open.)
        XCTAssertTrue(doc.sections.contains { $0.captionLines.contains(29) })
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
