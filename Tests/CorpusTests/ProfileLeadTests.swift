import XCTest
@testable import Corpus

/// The section titled `title`, asserted present and without a byline.
func unbylinedPiece(_ doc: Document, titled title: String, file: StaticString = #filePath, line: UInt = #line) -> Section? {
    let piece = doc.sections.first { $0.title == title }
    XCTAssertNotNil(piece, "\(doc.sections.map(\.title))", file: file, line: line)
    XCTAssertNil(piece?.byline, file: file, line: line)
    return piece
}

/// A profile's lead printed right above its own headline, and a comma-cut clause taken up by the
/// next clause's first word across a column jump.
final class ProfileLeadTests: XCTestCase {
    /// `凌晨四点，汕尾海丰的海边还笼罩在夜色中，黄少芬已经来到了渔港码头。…` printed after another
    /// profile's last paragraph and right above `黄少芬：做渔民群众的“贴心人”` is that profile's lead,
    /// not the end of the profile above it (fixture `s20_rest_of_sentence_under_header`).
    func testALeadNamingTheProfilesPersonAboveItsHeadlineOpensThatProfile() {
        let doc = Fixtures.guardPage("s20_rest_of_sentence_under_header")
        let huang = doc.sections.first { $0.title?.hasPrefix("黄少芬") ?? false }
        let zeng = doc.sections.first { $0.title?.hasPrefix("曾美华") ?? false }
        XCTAssertEqual(huang.map { Array($0.bodyLines.prefix(3)) }, [51, 52, 53], "\(huang?.bodyLines ?? [])")
        XCTAssertFalse(zeng.map { $0.bodyLines.contains(51) } ?? true, "\(zeng?.bodyLines ?? [])")
    }

    /// A lead that sets a scene first names the person in its second sentence (`五月的秦岭北麓，眉县齐镇的
    /// 猕猴桃园里一片葱绿。县人大代表赵小平正蹲在果树下…` over `赵小平：做猕猴桃产业的“守园人”`): still the
    /// profile's lead (fixture `s21_profile_lead_scene_first`).
    func testALeadNamingThePersonInItsSecondSentenceOpensTheProfile() {
        let doc = Fixtures.guardPage("s21_profile_lead_scene_first")
        let zhao = doc.sections.first { $0.title?.hasPrefix("赵小平") ?? false }
        XCTAssertEqual(zhao.map { Array($0.bodyLines.prefix(6)) }, [20, 21, 22, 23, 24, 25], "\(zhao?.bodyLines ?? [])")
    }

    /// A paragraph above a profile's headline that does not name its person, or whose column's own
    /// article names that person too, stays where the column reads on.
    func testAParagraphAboveAProfileStaysWhenItIsNotTheProfilesLead() {
        // (The lead's person named nowhere: the paragraph ends the profile above.)
        let anonymous = Fixtures.guardPage("s20_rest_of_sentence_under_header") {
            $0.replacingOccurrences(of: "黄少芬已经来到了渔港码头", with: "渔民们已经来到了渔港码头")
        }
        let zeng = anonymous.sections.first { $0.title?.hasPrefix("曾美华") ?? false }
        XCTAssertTrue(zeng.map { $0.bodyLines.contains(51) } ?? false, "\(zeng?.bodyLines ?? [])")
        // (The article above names the person itself: it may speak of them there too.)
        let named = Fixtures.guardPage("s20_rest_of_sentence_under_header") {
            $0.replacingOccurrences(of: "“山区学校留住好老师，难！”曾美华坦言。", with: "“山区学校留住好老师，难！”曾美华对黄少芬坦言。")
        }
        let zeng2 = named.sections.first { $0.title?.hasPrefix("曾美华") ?? false }
        XCTAssertTrue(zeng2.map { $0.bodyLines.contains(51) } ?? false, "\(zeng2?.bodyLines ?? [])")
    }

    /// `…收集意见建议 2 380 余条，其中 173 条被采纳，` cut at a column's foot goes on at `采纳率约 7.3%。`
    /// under the next profile's header, the clause's last word taken up by the next; the paragraph
    /// between (`从执业律师到县人大代表，胡建军已经…`) is that profile's lead printed above its headline,
    /// and the text after the landing that names the first article's county is its own
    /// (fixture `s21_profile_lead_and_taken_up_clause`).
    func testACutClauseTakenUpByTheNextOnesFirstWordReadsOnPastAProfileLead() {
        XCTAssertTrue(ReadingOrder.takesUpClause(Array("条被采纳，".unicodeScalars), Array("采纳率约 7".unicodeScalars)))
        XCTAssertTrue(ReadingOrder.takesUpClause(Array("满意度测评,".unicodeScalars), Array("测评结果向".unicodeScalars)))
        XCTAssertFalse(ReadingOrder.takesUpClause(Array("条被采纳。".unicodeScalars), Array("采纳率约 7".unicodeScalars)))
        XCTAssertFalse(ReadingOrder.takesUpClause(Array("推动人大工作，".unicodeScalars), Array("人大代表们".unicodeScalars)))
        let doc = Fixtures.guardPage("s21_profile_lead_and_taken_up_clause")
        let county = doc.sections.first { $0.title?.hasPrefix("长沙县") ?? false }
        let profile = doc.sections.first { $0.title?.hasPrefix("胡建军") ?? false }
        XCTAssertEqual(profile.map { Array($0.bodyLines.prefix(4)) }, [29, 30, 31, 32], "\(profile?.bodyLines ?? [])")
        let lines = county?.bodyLines ?? []
        XCTAssertTrue([27, 37, 39, 44].allSatisfy(lines.contains), "\(lines)")
        if let a = lines.firstIndex(of: 27), let b = lines.firstIndex(of: 37) { XCTAssertEqual(b, a + 1, "\(lines)") }
        XCTAssertEqual(profile?.region?.county, "龙山县")
    }
}

/// A column of briefs printed under an essay's author footer (fixture `s21_briefs_under_footer`).
final class BriefColumnAfterFooterTests: XCTestCase {
    /// `（作者系五峰土家族自治县人大常委会党组书记、主任）` / `简讯` / `▲ 近日,宜都市…` / `▲ 当阳市…` /
    /// `▲ 枝江市…`: the short heading heads a column of briefs of its own, with no byline, not more of the essay.
    func testAHeadingOverBulletedItemsAfterAFooterStartsAPieceOfItsOwn() {
        let doc = Fixtures.guardPage("s21_briefs_under_footer")
        let briefs = unbylinedPiece(doc, titled: "简讯")
        XCTAssertEqual(briefs?.bodyLines, [65, 67, 69])
        XCTAssertEqual(briefs?.region?.prefecture, "宜昌市")
        let essay = doc.sections.first { $0.authors == ["邓家勇"] }
        XCTAssertFalse(essay.map { $0.bodyLines.contains(65) } ?? true, "\(essay?.bodyLines ?? [])")
    }

    /// Without the bullets the text under the heading may be a cut column going on: the heading
    /// starts nothing.
    func testAHeadingOverPlainParagraphsAfterAFooterStartsNothing() {
        let doc = Fixtures.guardPage("s21_briefs_under_footer") { $0.replacingOccurrences(of: "▲ ", with: "") }
        XCTAssertFalse(doc.sections.contains { $0.title == "简讯" }, "\(doc.sections.map(\.title))")
    }
}

/// A headline, another piece's photo caption with its credit, then the headline's byline (fixture
/// `s21_caption_between_title_and_byline`).
final class CaptionBetweenTitleAndBylineTests: XCTestCase {
    /// `海城市人大常委会召开代表建议交办会` / `图为岫岩县人大代表在网格内走访群众。  关红 摄` /
    /// `本报讯（李佳）3月28日，海城市…`: the credit names a writer of the page (`本报讯（关红）`), so the
    /// photo is no picture story; the headline titles the brief under it and the credit stays with the caption.
    func testAHeadlineOverAWritersPhotoCaptionTitlesTheBylineBelow() {
        let doc = Fixtures.guardPage("s21_caption_between_title_and_byline")
        let brief = doc.sections.first { $0.byline?.line == 52 }
        XCTAssertEqual(brief?.title, "海城市人大常委会召开代表建议交办会")
        XCTAssertEqual(brief?.authors, ["李佳"])
        XCTAssertFalse(doc.sections.contains { $0.bodyLines.contains(47) })
        XCTAssertTrue(doc.sections.contains { $0.captionLines.contains(50) })
    }

    /// A credit naming nobody who writes on the page may close a picture story of its own: the
    /// headline does not title the byline below across it.
    func testAHeadlineOverAStrangersPhotoDoesNotTitleTheBylineBelow() {
        let doc = Fixtures.guardPage("s21_caption_between_title_and_byline") { $0.replacingOccurrences(of: "关红 摄", with: "欧阳明 摄") }
        let brief = doc.sections.first { $0.byline?.line == 52 }
        XCTAssertNotEqual(brief?.title, "海城市人大常委会召开代表建议交办会")
    }
}

/// An unbylined article under another's, closed by a photo its writer took (fixture
/// `s21_writers_photo_under_unbylined_article`).
final class WritersPhotoUnderUnbylinedArticleTests: XCTestCase {
    /// `代表热议政府工作报告` over five paragraphs, then `图为大会开幕现场。  本报记者 田野 摄`, the page's
    /// byline being `本报记者 田野 向娟`: no picture story (one paragraph), so the credit is the photo's
    /// and goes with its caption; the article under the headline has no byline.
    func testAPageWritersPhotoCreditIsNoBylineOfALongPiece() {
        let doc = Fixtures.guardPage("s21_writers_photo_under_unbylined_article")
        let piece = unbylinedPiece(doc, titled: "代表热议政府工作报告")
        XCTAssertEqual(piece?.authors, [])
        let news = doc.sections.first { $0.authors == ["田野", "向娟"] }
        XCTAssertTrue(news.map { $0.captionLines.contains(48) } ?? false)
    }

    /// A photographer who writes nothing else on the page may close a piece of their own.
    func testAStrangersPhotoCreditStillClosesThePiece() {
        let doc = Fixtures.guardPage("s21_writers_photo_under_unbylined_article") { $0.replacingOccurrences(of: "本报记者 田野 摄", with: "欧阳明 摄") }
        let piece = doc.sections.first { $0.title == "代表热议政府工作报告" }
        XCTAssertEqual(piece?.authors, ["欧阳明"])
    }
}

/// A magazine page printing each title after its article, under a column label on its first line
/// (fixture `s21_titles_after_under_page_label`).
final class TitlesAfterUnderPageLabelTests: XCTestCase {
    /// `理论探讨` on the page's first line over `■ 王振东（辽宁）`, the page ending with a headline
    /// (`以“四个机关”建设为引领推动人大工作提质增效`): the label is furniture, and the last headline titles
    /// the article above it; a letter-spaced label printed between two paragraphs of a cut sentence
    /// (`…总投资2.` / `人 大 研 究` / `人大主席、副主席…`) heads the column, titling nothing.
    func testAPageLabelOverTheFirstBylineShowsTitlesPrintedAfterTheirArticles() {
        let doc = Fixtures.guardPage("s21_titles_after_under_page_label")
        XCTAssertTrue(doc.furnitureLines.contains(1), "\(doc.furnitureLines)")
        XCTAssertTrue(doc.furnitureLines.contains(41), "\(doc.furnitureLines)")
        let gao = doc.sections.first { $0.authors == ["高峰"] }
        XCTAssertEqual(gao?.title, "以“四个机关”建设为引领推动人大工作提质增效")
        XCTAssertFalse(doc.sections.contains { $0.title == "理论探讨" || $0.title == "人 大 研 究" })
    }
}

/// Titles printed after their articles under a five-character page label (fixture `s21_title_after_footer`).
final class TitleAfterFooterTests: XCTestCase {
    /// `理论与实践` on the first line is the page's label; `以高质量监督助推` / `高原生态保护` at the foot
    /// titles the last essay; `让基层立法联系点“联”出民意` / `“接”上地气`, printed right under the footer
    /// `（作者系北川县人大常委会党组书记、主任）`, titles the essay that footer closes (the one the
    /// reading order gave that footer to), though the layout handed it to the block above.
    func testATitlePrintedUnderAFooterGoesWithTheFootersArticle() {
        let doc = Fixtures.guardPage("s21_title_after_footer")
        XCTAssertTrue(doc.furnitureLines.contains(1), "\(doc.furnitureLines)")
        let last = doc.sections.first { $0.authors == ["泽旺卓玛"] }
        XCTAssertEqual(last?.titleLines, [105, 106])
        let first = doc.sections.first { $0.authors == ["王志刚"] }
        XCTAssertEqual(first?.titleLines, [79, 80], "\(doc.sections.map { ($0.authors, $0.titleLines) })")
        XCTAssertTrue(first?.title?.hasPrefix("让基层立法联系点") ?? false)
        XCTAssertEqual(doc.sections.filter { $0.titleLines.contains(79) }.count, 1)
    }
}

/// A box of deputies' voices under a letter-spaced label (fixture `s21_voices_box`).
final class VoicesBoxTests: XCTestCase {
    /// `代 表 心 声` / `●市人大代表、仁怀县茅台镇某酒业公司职工王显兵：建议…` / `●市人大代表、湄潭县…张 艳：希望…`:
    /// a piece of its own with no writer, not the meeting report's text above it.
    func testALabelOverBulletedDeputiesWordsIsABoxOfItsOwn() {
        let doc = Fixtures.guardPage("s21_voices_box")
        let box = doc.sections.first { $0.bodyLines.contains(43) }
        XCTAssertNotNil(box)
        XCTAssertNil(box?.byline)
        // (The letter-spaced label titles the box: it heads items, not one brief of a column.)
        XCTAssertEqual(box?.titleLines, [41])
        XCTAssertTrue(box.map { [44, 49, 50].allSatisfy($0.bodyLines.contains) } ?? false, "\(box?.bodyLines ?? [])")
        XCTAssertFalse(doc.sections.contains { $0.authors == ["张敏", "王昌华"] && $0.bodyLines.contains(43) })
    }

    /// Bulleted points in which no deputy speaks (no `NAME：` after the role) are the article's list
    /// under its subhead.
    func testBulletedPointsWithoutSpeakersStayInTheArticle() {
        let doc = Fixtures.guardPage("s21_voices_box") { $0.replacingOccurrences(of: "王显兵：", with: "王显兵，").replacingOccurrences(of: "张 艳：", with: "张 艳，") }
        let holder = doc.sections.first { $0.bodyLines.contains(43) }
        XCTAssertNotNil(holder?.byline, "\(doc.sections.map { ($0.title, $0.authors) })")
    }
}

/// A profile's lead printed above a photo story that stands between it and the profile's headline.
final class ProfileLeadOverPhotoStoryTests: XCTestCase {
    static let page = """
    修水：“民生议事会”议出幸福感

    □ 本报记者 吴晓峰

    今年以来，修水县人大常委会在全县推行“民生议事会”制度，组织人大代表和群众代表围绕道路修缮、饮水安全等事项协商议事。

    截至目前，全县共召开议事会120余场，解决群众急难愁盼问题300多个。

    清晨六点，婺源县江湾镇的茶山上已是一片忙碌。省人大代表、婺源县茶业协会会长周丽君戴着草帽，和茶农们一起查看茶苗长势。

    人大代表进茶园
    近日，浮梁县人大代表走进江村乡茶园，与茶农交流夏秋茶管护技术。
    汪卫东 摄

    周丽君：做茶乡群众的贴心人
    □ 本报记者 陈嘉欣

    作为土生土长的婺源人，周丽君深知茶叶对于茶乡群众的意义。当选省人大代表以来，她先后提出建议11件。
    """

    /// The lead naming the profile's person (`…会长周丽君戴着草帽…`) opens the profile across the
    /// photo story (`人大代表进茶园` / its caption / `汪卫东 摄`), whose text stays its own; the
    /// profile's county is the one its lead names.
    func testALeadAboveAPhotoStoryOverTheProfilesHeadlineOpensTheProfile() {
        let doc = Fixtures.document(Self.page)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7], [12], [9, 18]])
        XCTAssertEqual(doc.sections[2].region?.county, "婺源县")
        // (Not across an article with a writer of its own: the lead stays where the column reads on.)
        let bylined = Fixtures.document(Self.page.replacingOccurrences(of: "汪卫东 摄", with: "（通讯员 汪卫东）"))
        XCTAssertFalse(bylined.sections.last?.bodyLines.contains(9) ?? true, "\(bylined.sections.map(\.bodyLines))")
    }
}
