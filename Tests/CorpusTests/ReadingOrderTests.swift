@testable import Corpus
import Foundation
import XCTest

/// Reading-order repair: the answer keys' column joins, and small scrambled pages written here.
final class ReadingOrderTests: XCTestCase {
    func testRecoversMostOfTheAnswerKeysJoins() {
        var golden = 0, found = 0
        for doc in Fixtures.seedDocuments {
            let key = Fixtures.goldenKey(for: doc)
            let want = Set((key["joins"] as! [[Int]]).map { "\($0[0])-\($0[1])" })
            let got = Set(doc.joins.map { "\($0.0)-\($0.1)" })
            golden += want.count
            found += want.intersection(got).count
            if want.isEmpty {
                XCTAssertTrue(got.isEmpty, "\(doc.source.path): an in-order page gets no column joins, got \(got.sorted())")
            }
            do {
                XCTAssertLessThanOrEqual(got.subtracting(want).count, 3, "\(doc.source.path): wrong joins \(got.subtracting(want).sorted())")
            }
        }
        XCTAssertGreaterThanOrEqual(Double(found) / Double(golden), 0.80, "\(found)/\(golden)")
    }

    /// Two articles on a two-column page: the second column's header sits between a cut word.
    /// Turning region resolution off (per-file counts, the corpus side of `check`) must not change
    /// any section's text: the gazetteer still judges place names at column seams.
    func testSectionsAreTheSameWithoutRegionResolution() {
        let sources = Fixtures.seedDocuments.map(\.source)
        var reader = DocumentReader(background: NGramIndex.sample(sources))
        let withRegions = sources.map { reader.read($0) }
        reader.resolvesRegions = false
        var joins = 0
        for (a, source) in zip(withRegions, sources) {
            let b = reader.read(source)
            XCTAssertEqual(a.sections.map(\.body), b.sections.map(\.body), source.path)
            XCTAssertEqual(a.sections.map(\.title), b.sections.map(\.title), source.path)
            XCTAssertEqual(a.joins.count, b.joins.count, source.path)
            XCTAssertTrue(b.sections.allSatisfy { $0.region == nil }, source.path)
            joins += b.joins.count
        }
        XCTAssertGreaterThan(joins, 0)
        XCTAssertTrue(withRegions.contains { d in d.sections.contains { $0.region != nil } })
    }

    func testCutWordAcrossAHeaderIsJoined() {
        let page = """
        人大工作要坚持党的领导。人大代表要密切联系群众。

        坚持党的领导，是做好人大工作的根本保证。我们必须坚持党对人

        第二篇文章的标题

        某县人大常委会主任 王明

        大工作的全面领导，把党的领导贯穿人大工作全过程。

        人大代表要密切联系群众，倾听群众呼声。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["3-9"])
        let text = doc.sections.map { doc.analysisText(of: $0).string }.joined()
        XCTAssertTrue(text.contains("坚持党对人大工作的全面领导"), text)
    }

    /// An article's opening, printed before its header, belongs to it.
    func testOpeningBeforeTheHeaderBelongsToTheArticle() {
        let page = """
        第一篇标题

        甲县人大常委会主任 张三

        甲县人大常委会坚持围绕中心工作开展监督。甲县人大代表积极履职。

        乙县人大常委会近日召开会议，乙县人大代表围绕乡村振兴建言献策，会议要求乙县

        第二篇标题

        乙县人大常委会主任 李四

        人大代表进一步密切联系群众，乙县人大常委会将加强代表工作。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[1].authors, ["李四"])
        XCTAssertTrue(doc.sections[1].bodyLines.contains(7), "line 7 opens 李四's article: \(doc.sections[1].bodyLines)")
        XCTAssertEqual(doc.sections[1].bodyLines.first, 7, "reading order starts with the opening")
    }

    /// A page already in order comes back in order.
    func testInOrderPageIsUnchanged() {
        let page = """
        标题一

        ■ 王明（山西）

        第一段。

        第二段写到一半被分
        成两行，没有问题。

        标题二

        ■ 李华（河北）

        第三段。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 8], [14]])
        XCTAssertTrue(doc.joins.isEmpty)
    }

    /// Three articles, each header printed inside the previous article's text; every column top
    /// continues a cut word, and each article's opening sits before its header.
    func testThreeArticlePageIsReassembled() {
        let page = """
        甲县人大常委会坚持学习。甲县人大代表认真履职，积极参加代表活动。

        甲县人大常委会要求全体代表密切联系群众，做到民有所呼、我有所应，切实发挥人

        第一篇标题

        甲县人大常委会主任 张三

        大代表作用。甲县人大常委会将继续加强代表工作。

        乙县人大常委会召开会议，乙县人大代表围绕乡村振兴建言献策，会议要求推动乡村振

        第二篇标题

        乙县人大常委会主任 李四

        兴各项任务落实落地。乙县人大常委会将组织代表开展视察。

        丙县人大常委会坚持党的领导，丙县人大代表积极履职，全面提升代表履

        第三篇标题

        丙县人大常委会主任 王五

        职能力和水平。丙县人大常委会将加强自身建设。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.authors), [["张三"], ["李四"], ["王五"]])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[1, 3, 9], [11, 17], [19, 25]])
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["3-9", "11-17", "19-25"])
        let b = doc.analysisText(of: doc.sections[1]).string
        XCTAssertTrue(b.contains("推动乡村振兴各项任务"), b)
    }

    /// The tail of one article printed above the next article's opening, in the column under the
    /// next article's header: the opening (it announces its points, 谈以下几点体会) starts the second
    /// article, and the text above it goes on with the first (its enumeration, then the reading flow).
    func testTextAboveAnArticlesOpeningStaysWithThePreviousArticle() {
        let page = """
        甲县标题

        甲县人大常委会主任 张三

        甲县人大常委会认真学习党的二十大精神，坚持围绕中心开展监督，不断提升人大机关工作水平。

        一是坚持党的领导，自觉接受党委领导，严格执行请示报告制度。

        乙县标题

        乙县人大常委会主任 李四

        乡村振兴的各项任务，推动乙县经济社会发展，努力建设乙县美丽乡村。

        以干为要，强化机关建设。乙县人大常委会机关开展创建活动，不断提升乙县人大机


        自觉地把人民代表大会制度坚持好。二是坚持为民宗旨。三是充分发挥人大职能作用，自觉

        县委决策部署，紧扣中心工作，助推经济社会高质量发展。

        夯实基础，不断加强人大队伍建设，推进新时代人大事业取得新成效。

        学习贯彻党的二十大精神，结合自己工作实际，谈以下几点体会。

        以学为先，筑牢思想根基。乙县人大常委会要坚持围绕推动

        丙县标题

        丙县人大常委会主任 王五

        丙县人大常委会近日召开会议，推动乡村振兴，提升人大机关工作水平。

        关工作水平，为乙县发展贡献人大力量。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.authors), [["张三"], ["李四"], ["王五"]])
        XCTAssertEqual(doc.sections[0].bodyLines, [5, 7, 18, 20, 22], "the first article's tail")
        XCTAssertEqual(doc.sections[1].bodyLines.first, 24, "the second article reads from its opening")
        XCTAssertFalse(doc.sections[1].bodyLines.contains(20) || doc.sections[1].bodyLines.contains(22))
    }

    /// A cut paragraph whose only continuation is the paragraph below it (no text evidence across
    /// the seam) and a whole paragraph below that, right above another article's column
    /// continuation: the paragraph goes to the article whose text it is closer to, read last.
    func testParagraphBetweenTwoArticlesGoesToTheCloserOne() {
        let page = """
        甲县标题

        甲县人大常委会主任 张三

        甲县人大常委会组织人大代表开展视察活动，发挥人大代表主体作用，人大代表走进选区联系选民。

        我们要拓宽人大代表联系群众渠道，建好代表之家，充分发挥人大代表的主体

        乙县标题

        乙县人大常委会主任 李四

        乙县人大常委会加强对司法工作的监督，听取法院检察院专项工作报告，推进公正司法。

        开展司法执法检查，促进严格执法、公正司法，维护司法权威，依法监督法院检察院审判检察

        人大代表要定期走访选民，代表之家要常态开放，让群众的意见通过代表及时反映上来。


        作用，让人大代表成为联系群众的桥梁，人大代表之家成为选民表达意见的平台。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 20, 17], [13, 15]])
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["7-20"])
    }

    /// A cut at a comma (因此，) followed by a paragraph whose opening starts paragraphs elsewhere in
    /// the corpus: the layout alone joins them, so the join is doubtful (kept as page order, not
    /// reported), and the paragraph, sitting above another article's continuation, goes by its text.
    func testCommaCutBeforeACommonOpeningIsNoJoin() {
        let page = """
        甲县标题

        甲县人大常委会主任 张三

        甲县人大常委会组织人大代表开展视察活动，发挥人大代表主体作用，人大代表走进选区联系选民。

        我们要拓宽人大代表联系群众渠道，建好代表之家，充分发挥人大代表的主体

        乙县标题

        乙县人大常委会主任 李四

        乙县人大常委会加强对司法工作的监督，听取法院检察院专项工作报告，推进公正司法。

        开展司法执法检查，促进严格执法、公正司法，维护司法权威。因此，

        党的二十大报告提出新要求，人大代表要定期走访选民，代表之家要常态开放，让群众意见通过代表反映上来。


        作用，让人大代表成为联系群众的桥梁，人大代表之家成为选民表达意见的平台。
        """
        let other = """
        党的二十大报告指出，要发展全过程人民民主。

        党的二十大报告强调，要坚持依法治国。

        党的二十大报告要求，要加强基层治理。
        """
        let sources = [page, other].enumerated().map { try! SourceText(path: "t\($0.offset).txt", bytes: Array($0.element.utf8)) }
        let doc = DocumentReader(background: NGramIndex.sample(sources)).read(sources[0])
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["7-20"])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 20, 17], [13, 15]])
    }

    /// Two items cut mid-term (`人民代|表大会制度`, `全过程人民|民主`) with their continuations
    /// swapped below: the genre terms spanning the seams put each continuation after its own cut,
    /// with no corpus statistics to help.
    func testGenreTermsAcrossASeamDecideTheJoin() {
        let doc = Fixtures.document("""
        三江县人大：推动茶旅融合发展

        本报讯（记者 吴秀梅）近日，三江侗族自治县人大常委会组织人大代表开展茶旅融合发展专题视察。视察组要求，县政府要坚持和完善人民代

        融水县人大：代表助力苗乡振兴

        本报讯（记者 龙海涛）近日，融水苗族自治县人大常委会组织县乡人大代表开展集中视察活动。县人大常委会主任贾文平表示，要充分发挥人大代表作用，把全过程人民

        表大会制度优势转化为发展效能，推动茶旅产业提质增效。

        民主融入乡村振兴各方面，让苗乡群众的日子越过越红火。
        """)
        XCTAssertEqual(Set(doc.joins.map { "\($0.0)-\($0.1)" }), ["3-9", "7-11"])
        let texts = doc.sections.map { doc.analysisText(of: $0).string }
        XCTAssertTrue(texts[0].contains("坚持和完善人民代表大会制度优势"), texts[0])
        XCTAssertTrue(texts[1].contains("把全过程人民民主融入乡村振兴"), texts[1])
    }

    /// Numbered subheads of a report (`一、2023年主要工作`, `（一）坚持党的领导`) are subheads, not
    /// paragraphs cut at a column jump, so nothing is joined to them.
    func testNumberedSubheadsAreNotCutParagraphs() {
        let doc = Fixtures.document("""
        县人民代表大会常务委员会工作报告

        县人大常委会主任 刘振华

        一、2023年主要工作

        过去的一年，县人大常委会坚持以习近平新时代中国特色社会主义思想为指导，依法履职。

        （一）坚持党的全面领导

        常委会坚持重大事项请示报告制度，全年向县委请示报告12次。
        """)
        XCTAssertEqual(doc.joins.count, 0)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections[0].subheadLines, [5, 9])
        XCTAssertEqual(LineClassifier.enumerationMarkerEnd(ScalarWindow(Array("一、2023年主要工作".unicodeScalars))), 2)
        XCTAssertEqual(LineClassifier.enumerationMarkerEnd(ScalarWindow(Array("(十二)加强监督".unicodeScalars))), 4)
        XCTAssertEqual(LineClassifier.enumerationMarkerEnd(ScalarWindow(Array("1.加强监督".unicodeScalars))), 2)
        XCTAssertEqual(LineClassifier.enumerationMarkerEnd(ScalarWindow(Array("1.5万元".unicodeScalars))), 0)
        XCTAssertEqual(LineClassifier.enumerationMarkerEnd(ScalarWindow(Array("一方面要加强".unicodeScalars))), 0)
    }

    /// Newspaper jumps: each paragraph sent on (`（下转第4版）`, inline or on its own line) continues at
    /// the paragraph brought in (`（上接第1版）`) whose text reads on from it — not in the brief printed
    /// between them, which a jump line's header break used to hand the continuation to.
    func testJumpsPairSentOnWithBroughtInText() {
        let doc = Fixtures.document("""
        丰县人大常委会视察农村饮水安全工作

        本报讯（记者 李娟）6月20日，丰县人大常委会组织部分县人大代表视察农村饮水安全工作。

        视察组指出，农村饮水安全关系群众切身利益，相关部门要加大投入，切实为群众（下转第4版）

        丰县召开人大代表建议办理推进会

        本报讯（通讯员 刘晓明）6月19日，丰县人大常委会召开代表建议办理推进会。县人大常委会要求把
        （下转第4版）

        徐州日报·丰县新闻 第4版

        （上接第1版）办实事，让群众喝上放心水、安全水。

        （上接第1版）
        代表建议办理作为践行全过程人民民主的重要抓手，确保件件有回音。
        """)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[3, 5, 14], [9, 17]])
        XCTAssertEqual(doc.furnitureLines, [10, 12, 16])
        XCTAssertEqual(doc.sections.map(\.title), ["丰县人大常委会视察农村饮水安全工作", "丰县召开人大代表建议办理推进会"])
    }

    /// A continuation from a page the file does not hold stands alone rather than opening the
    /// article under it; a paragraph sent on with nothing brought in ends where it stops.
    func testUnpairedJumps() {
        let orphan = Fixtures.document("""
        （上接第1版）
        代表们还就加强红色资源保护利用提出了意见建议。

        于都县人大常委会召开第十九次会议

        本报讯（记者 肖红梅）5月29日，于都县第十八届人大常委会召开第十九次会议。
        """)
        XCTAssertEqual(orphan.sections.map(\.bodyLines), [[2], [6]])
        XCTAssertEqual(orphan.sections.map(\.title), [nil, "于都县人大常委会召开第十九次会议"])
        XCTAssertEqual(orphan.furnitureLines, [1])
        let sentOn = Fixtures.document("""
        丰县人大常委会视察农村饮水安全工作

        本报讯（记者 李娟）6月20日，丰县人大常委会组织部分县人大代表视察农村饮水安全工作。

        视察组指出，相关部门要进一步加大投入，切实为群众解难题（下转第4版）

        丰县召开代表建议办理推进会

        本报讯（通讯员 刘晓明）6月19日，丰县人大常委会召开代表建议办理推进会。
        """)
        XCTAssertEqual(sentOn.joins.count, 0)
        XCTAssertEqual(sentOn.sections.map(\.bodyLines), [[3, 5], [9]])
    }

    /// A story continued from another page printed above the page's own story sent on
    /// (`（上接第1版）` at the top, `（下转第4版）` at the foot) came from a page this file does not
    /// hold: it stands alone, and no cut of the page lands on its first words.
    func testContinuationAboveTheSentOnTextComesFromAnotherPage() {
        let doc = Fixtures.document("""
        （上接第1版）
        情况的报告，对全县农村饮水安全工作提出了意见建议。代表们表示，将持续跟踪监督，切实为群众

        丰县召开代表建议办理推进会

        本报讯（通讯员 刘晓明）6月19日，丰县人大常委会召开代表建议办理推进会。县人大常委会要求把
        （下转第4版）
        """)
        XCTAssertEqual(doc.joins.count, 0, "\(doc.joins)")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[2], [6]])
        XCTAssertEqual(doc.sections.map(\.title), [nil, "丰县召开代表建议办理推进会"])
        XCTAssertEqual(doc.furnitureLines, [1, 7])
    }

    /// A column label printed letter-spaced over a piece it does not title (a story continued
    /// from another page, a column of briefs closed by their credits) is furniture; a title
    /// printed letter-spaced is longer and stays one.
    func testLetterSpacedColumnLabelTitlesNothing() {
        let doc = Fixtures.document("""
        人 大 之 窗

        （上接第1版）
        情况的报告，对全县农村饮水安全工作提出了意见建议。

        丰县召开代表建议办理推进会

        本报讯（通讯员 刘晓明）6月19日，丰县人大常委会召开代表建议办理推进会。
        """)
        XCTAssertEqual(doc.sections.map(\.title), [nil, "丰县召开代表建议办理推进会"])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[4], [8]])
        XCTAssertEqual(doc.furnitureLines, [1, 3])
        XCTAssertTrue(LineClassifier.isLetterSpacedLabel(Array("人　大　简　讯".unicodeScalars)))
        XCTAssertFalse(LineClassifier.isLetterSpacedLabel(Array("红 色 沃 土 绽 放 民 主 之 花".unicodeScalars)))
    }

    /// A column label printed letter-spaced and set apart under a title printed after its article
    /// heads the next column: furniture, not the title's last line.
    func testALabelUnderATitlePrintedAfterItsArticleIsNoPartOfIt() {
        let doc = Fixtures.document("""
        鲁山县人大常委会党组书记、主任　韩长顺

        今年以来，鲁山县人大常委会坚持党的领导，全县各级人大代表全部编入代表联络站，常态化开展进站履职活动，让人大代表成为群众身边的“贴心人”。

        扛牢政治责任 在新征程上
        展现鲁山人大新担当

        人 大 动 态

        郏县人大常委会开展专题询问

        本报讯（程晓蕾　崔志强）11月16日，郏县人大常委会召开第十二次会议，开展专题询问。
        """)
        XCTAssertEqual(doc.sections.map(\.titleLines), [[5, 6], [10]])
        XCTAssertEqual(doc.sections.first?.title, "扛牢政治责任 在新征程上 展现鲁山人大新担当")
        XCTAssertTrue(doc.furnitureLines.contains(8), "\(doc.furnitureLines)")
    }

    /// The words after a dateline open their article: a cut paragraph below it was read in front of
    /// it (`…解难题` + `6月20日，丰县人大常委会…`).
    func testNoCutLandsOnTheWordsAfterADateline() {
        let doc = Fixtures.document("""
        丰县人大常委会视察农村饮水安全工作

        本报讯（记者 李娟）6月20日，丰县人大常委会组织部分县人大代表视察农村饮水安全工作。

        视察组指出，相关部门要进一步加大投入，加快管网改造，切实为群众解难题

        丰县召开代表建议办理推进会

        本报讯（通讯员 刘晓明）6月19日，丰县人大常委会召开代表建议办理推进会。
        """)
        XCTAssertFalse(doc.joins.contains { $0.1 == 3 || $0.1 == 9 }, "\(doc.joins)")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[3, 5], [9]])
        XCTAssertEqual(PageFurnitureFamily.jumpDirection(Array("（下转A3版）".unicodeScalars.map(ScalarClass.fold))[...]), .out)
        XCTAssertEqual(PageFurnitureFamily.jumpDirection(Array("上接第一版".unicodeScalars)[...]), .in)
        XCTAssertNil(PageFurnitureFamily.jumpDirection(Array("（接上表）".unicodeScalars.map(ScalarClass.fold))[...]))
        XCTAssertNil(PageFurnitureFamily.jumpDirection(Array("转发文件".unicodeScalars)[...]))
    }

    /// A lead-in ending with a colon over a numbered list is complete, not a cut that `check`
    /// reports as unresolved.
    func testAColonLeadInOverANumberedListIsNoCut() {
        let doc = Fixtures.document("""
        通渭县人大常委会印发年度工作要点

        本报记者 王芳

        近日，通渭县人大常委会印发《2024年度工作要点》，明确全年重点工作。主要内容如下：

        一、加强立法调研和规范性文件备案审查

        1.围绕乡村振兴开展专题调研2次；
        """)
        XCTAssertEqual(doc.unresolvedCuts, [])
        let cut = Fixtures.document("通渭县人大常委会印发年度工作要点\n\n本报记者 王芳\n\n近日，通渭县人大常委会印发工作要点，他说：\n\n人大代表视察\n")
        XCTAssertEqual(cut.unresolvedCuts, [5])
    }

    /// Two articles in order whose second paragraphs open alike (`常委会还把…` / `常委会还创新…`):
    /// a shared opening is no parallel frame, and an in-order page comes back unchanged.
    func testASharedOpeningIsNoParallelFrame() {
        let doc = Fixtures.document("""
        高台：“人大代表在行动”让民意有回音

        高台县人大常委会副主任 马玉兰

        今年以来，高台县人大常委会以“人大代表在行动”主题活动为载体，组织全县各级人大代表围绕乡村振兴、生态保护、民生改善等重点任务履职尽责。

        常委会还把活动开展情况与代表履职档案、评先评优挂钩，对表现突出的人大代表进行通报表扬，激发了代表履职的积极性、主动性。

        依法履职担使命 凝心聚力促振兴

        山丹县人大常委会主任 陈立新

        近年来，山丹县人大常委会把助推乡村振兴作为践行全过程人民民主的重要抓手，推动县政府出台扶持措施14项。

        常委会还创新开展“人大代表+合作社”结对帮扶活动，组织120多名各级人大代表与农民专业合作社结成对子，带动农户增收。
        """)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7], [13, 15]])
    }

    /// A tail cut inside a genre term (`…让全过程人民`) continues where the term goes on
    /// (`民主在…`), not in the next paragraph, which adjacency alone made win before.
    func testACutTermOutweighsTheNextParagraph() {
        let doc = Fixtures.document("""
        守好黑土地 人大在行动

        海伦市人大常委会党组书记、主任 孙国庆

        黑土地是“耕地中的大熊猫”。海伦市地处世界三大黑土带之一的松嫩平原，保护好、利用好黑土地，是我们义不容辞的政治责任。

        我们还发挥人大代表来自群众的优势，在全市23个乡镇建立“黑土地保护代表监督岗”，由代表担任义务监督员，及时发现并反映问题，让全过程人民

        代表建议是人民群众意愿和要求的集中体现。

        把代表建议办到群众心坎上

        庆安县人大常委会党组书记、主任 李文斌

        庆安县人大常委会坚持把办好代表建议作为践行以人民为中心发展思想的具体行动，不断完善办理工作机制。

        民主在守护黑土地中落地生根。
        """)
        XCTAssertTrue(doc.joins.contains { $0 == (7, 17) }, "\(doc.joins)")
        XCTAssertEqual(Array(doc.sections[0].bodyLines.prefix(3)), [5, 7, 17])
    }

    /// Text above the page's first title and byline is that article's opening: the title goes with
    /// the byline under it (it went to the text above, leaving the byline's section untitled and
    /// its county lost).
    func testTheFirstTitleUnderAnOpeningParagraphTitlesItsByline() {
        let doc = Fixtures.document("""
        土族盘绣是国家级非物质文化遗产，也是互助县群众增收致富的重要产业。

        互助县人大：以“土族盘绣”带动群众增收

        本报记者 李占福

        县人大代表提出的扶持建议被县政府采纳。

        在人大代表的推动下，县里建成盘绣产业园，带动2000多名妇女就业。
        """)
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertEqual(doc.sections.first?.title, "互助县人大：以“土族盘绣”带动群众增收")
        XCTAssertEqual(doc.sections.first?.authors, ["李占福"])
        XCTAssertEqual(doc.sections.first?.region?.county, "互助土族自治县")
        XCTAssertEqual(doc.sections.first?.bodyLines.sorted(), [1, 7, 9])
    }

    /// A clause cut mid-way (`…新建`, `…职务`) does not go on with a sentence's opening adverbial or
    /// date (`近年来，`, `8月30日，`): those open their own article.
    func testACutDoesNotGoOnWithASentencesOpeningAdverbial() {
        let doc = Fixtures.document("""
        天台：“小切口”监督解决“大民生”

        文/天台县人大常委会办公室 许晓东

        近年来，天台县人大常委会聚焦群众急难愁盼问题，坚持“小切口”选题，推动一批民生难题得到有效解决。

        聚焦“一老一小”，选准监督切口。县政府新增养老服务补助资金1200万元，新建

        — 18 —

        乡镇示范型居家养老服务中心6家，培训养老护理员520余人次。
        """)
        XCTAssertFalse(doc.joins.contains { $0.1 == 5 }, "\(doc.joins)")
        XCTAssertEqual(doc.sections.first?.bodyLines, [5, 7, 11])
        XCTAssertTrue(SentenceOpening.opensWithAdverbial(Array("近日，蒙阴县".unicodeScalars.map(ScalarClass.fold))[...]))
        XCTAssertTrue(SentenceOpening.opensWithAdverbial(Array("8月30日，汝城县".unicodeScalars.map(ScalarClass.fold))[...]))
        XCTAssertTrue(SentenceOpening.opensWithAdverbial(Array("2024年5月，".unicodeScalars.map(ScalarClass.fold))[...]))
        XCTAssertTrue(SentenceOpening.opensWithAdverbial(Array("8月下旬，郧西县".unicodeScalars.map(ScalarClass.fold))[...]))
        XCTAssertTrue(SentenceOpening.opensWithAdverbial(Array("6月初，县人大".unicodeScalars.map(ScalarClass.fold))[...]))
        XCTAssertFalse(SentenceOpening.opensWithAdverbial(Array("8月下达的任务".unicodeScalars.map(ScalarClass.fold))[...]))
        // `会后，` may finish a meeting's name cut before it (`…在交办|会后，`): no opening adverbial.
        XCTAssertFalse(SentenceOpening.opensWithAdverbial(Array("会后，县人大常委会".unicodeScalars.map(ScalarClass.fold))[...]))
        XCTAssertFalse(SentenceOpening.opensWithAdverbial(Array("近日召开会议".unicodeScalars)[...]))
        XCTAssertFalse(SentenceOpening.opensWithAdverbial(Array("期间，代表们".unicodeScalars.map(ScalarClass.fold))[...]))
        XCTAssertFalse(SentenceOpening.opensWithAdverbial(Array("2024年，".unicodeScalars.map(ScalarClass.fold))[...]), "a bare year takes `截至`-like heads")
        XCTAssertFalse(SentenceOpening.tailRefuses("于"), "`于|近日，` reads on")
        XCTAssertTrue(SentenceOpening.tailRefuses("建"))
        // `近日，` starts a sentence; a word tail (`力。学习…`) starts mid-sentence.
        let opening = try! SourceText(path: "t", bytes: Array("近日，县人大常委会召开会议。\n力。学习贯彻\n".utf8))
        XCTAssertFalse(LineClassifier.startsMidSentence(opening, opening.lineRange(1)))
        XCTAssertTrue(LineClassifier.startsMidSentence(opening, opening.lineRange(2)))
    }

    /// Three characters repeated across a seam (`…转化为推动` / `为推动安全生产法…`) are a stutter, no
    /// sentence: the paragraph below is no continuation, even right under the cut.
    func testCharactersRepeatedAcrossASeamAreNoJoin() {
        let doc = Fixtures.document("县人大常委会开展安全生产法执法检查\n\n本报记者 王芳\n\n会议要求，要把人民代表大会制度优势转化为推动\n\n为推动安全生产法在本县落地见效，执法检查组深入企业一线。\n")
        XCTAssertEqual(doc.joins.count, 0, "\(doc.joins)")
        XCTAssertTrue(ReadingOrder.repeatsAcross(Array("转化为推动".unicodeScalars), Array("为推动安全".unicodeScalars)))
        XCTAssertFalse(ReadingOrder.repeatsAcross(Array("县人大代表".unicodeScalars), Array("代表群众".unicodeScalars)), "two characters may repeat: 代表|代表")
    }

    /// A speech under its headline and a `——在…讲话` subtitle with no blank line between them: the
    /// two lines are its title (they had been read as text after the speech), and the salutation
    /// closed by a colon (`各位代表：`) goes on with the next paragraph as page order, no column join.
    func testASpeechTitleOverItsSubtitleAndASalutation() {
        let doc = Fixtures.document("""
        凝心聚力 担当作为 奋力谱写新时代人大工作新篇章
        ——在正定县第十八届人民代表大会第四次会议闭幕会上的讲话（摘要）

        正定县人大常委会主任 王志刚

        各位代表：

        正定县第十八届人民代表大会第四次会议圆满完成各项议程，就要闭幕了。会议期间，各位代表认真审议各项报告，展现了人大代表的责任担当。

        各位代表，使命重在担当，实干铸就辉煌。让我们为加快建设经济强县、美丽正定而努力奋斗。
        """)
        XCTAssertEqual(doc.sections.map(\.titleLines), [[1, 2]])
        XCTAssertEqual(doc.sections.first?.bodyLines, [6, 8, 10])
        XCTAssertEqual(doc.joins.count, 0, "\(doc.joins)")
    }

    /// Two articles each printing their opening above their own title (as in seed 000): the second
    /// one's opening names the place its byline's office names (`珲春地处…` over `珲春市人大常委会
    /// 副主任`), so its cut goes on under that byline, not at the top of the column it ends.
    func testASecondArticlesOpeningAboveItsTitleGoesOnUnderItsByline() {
        let doc = Fixtures.document("""
        延边日报　2024年11月6日　第3版

        全过程人民民主是社会主义民主政治的本质属性。敦化市人大常委会始终坚持以人民为中心，不断丰富和



        坚持人民至上 践行全过程人民民主

        敦化市人大常委会党组书记、主任 李成林

        拓展民主实践的形式。我们在全市建成代表联络站65个，各级人大代表进站接待群众3200余人次。

        珲春地处中俄朝三国交界，是图们江区域开放合作的前沿。珲春市人大常委会紧扣口岸经济发展，推动解决通关效率、物流成本等



        以高质量监督助推边境开放发展

        珲春市人大常委会副主任 朴春花

        突出问题。今年，常委会又组织人大代表围绕海洋经济发展开展专题调研，提出意见建议19条。
        """)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[3, 11], [13, 21]])
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["13-21"])
    }

    /// A reported join is one the sections read: its two lines follow each other in one section's
    /// body. A cut joined to another article's lead (the paragraph under its byline) is severed
    /// there when the chain is split between the two articles: no join is reported and the cut
    /// is unresolved (so `check` says so).
    func testReportedJoinsAreReadBySections() {
        let doc = Fixtures.document("""
        城口县人大常委会开展执法检查

        本报记者 何晓东

        6月上旬，城口县人大常委会执法检查组深入东安镇、修齐镇等地，对环境保护法贯彻实施情况开展执法检查。检查组一行察看了集镇污水处理设施运行情况，详细了解法律法规在基层的落实


        酉阳：人大监督助推脱贫成果巩固

        酉阳自治县人大常委会办公室 冉小华

        为巩固拓展脱贫攻坚成果，酉阳自治县人大常委会组织部分市、县人大代表开展专题视察。视察组先后到桃花源街道、龙潭镇等地，实地察看产业发展、易地扶贫搬迁后续扶持等

        情况。
        """)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections.first?.bodyLines, [5])
        XCTAssertFalse(doc.joins.contains { $0 == (5, 12) }, "\(doc.joins)")
        XCTAssertTrue(doc.unresolvedCuts.contains(5), "\(doc.unresolvedCuts)")
        for d in Fixtures.seedDocuments + [doc] { assertJoinsAreRead(d) }
    }

    func assertJoinsAreRead(_ doc: Document, file: StaticString = #filePath, line: UInt = #line) {
        for (a, b) in doc.joins {
            let hit = doc.sections.contains { s in
                let lines = s.bodyLines
                guard let i = lines.firstIndex(of: a) else { return false }
                return i + 1 < lines.count && lines[i + 1] == b
            }
            XCTAssertTrue(hit, "\(doc.source.path): join \(a)->\(b) is not read by any section", file: file, line: line)
        }
    }

    /// A cut at a column bottom whose layout points at the top of a column does not take that
    /// landing from a cut whose seam spans a genre term there (`…让全过程人民` / `民主理念…`).
    func testLayoutDoesNotOutweighATermAcrossTheSeam() {
        let doc = Fixtures.document("""
        坚持问题导向 推动民生实事落地

        灵山县人大常委会党组书记、主任 黄志明

        近年来，灵山县人大常委会坚持以人民为中心，把监督重点放在群众最关心的问题上。

        常委会坚持问题导向，组织代表深入一线开展视察，切实推动惠

        代表履职显担当

        浦北县人大常委会党组书记、主任 李建国

        浦北县人大常委会把代表之家建设作为重要抓手，搭建代表联系群众平台，让全过程人民



        民主理念贯穿人大工作各环节，代表履职更加有力。

        民生政策落地见效，群众满意度明显提升。
        """)
        XCTAssertTrue(doc.joins.contains { $0 == (13, 17) }, "\(doc.joins)")
        XCTAssertFalse(doc.joins.contains { $0 == (7, 17) }, "\(doc.joins)")
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(Array(doc.sections[1].bodyLines.prefix(2)), [13, 17])
    }

    /// A tail holding a long start of a term (`…让全过程人民`) goes on with the rest of it (`民主…`),
    /// not with text the page's statistics favour across the seam (`人民|代表票决`) nor, on layout
    /// alone, with the top of its own column.
    func testATailCommittedToATermGoesOnWithItsRest() {
        let doc = Fixtures.document("""
        坚持好完善好运行好人民代表大会制度

        隆回县人大常委会党组书记、主任 刘建军

        人民代表大会制度是实现全过程人民民主的重要制度载体。我们把人民代表大会制度的优势转化为治理效能，人民代表联系群众更加紧密。

        县人大常委会推行民生实事项目人民代表票决制，让全过程人民

        代表票决制度化

        洞口县人大常委会党组书记、主任 王志刚

        代表票决制度化、规范化，人民代表的作用更加凸显，人民代表大会制度的生命力充分彰显。

        民主在基层落地生根，群众获得感不断增强。
        """)
        XCTAssertEqual(doc.joins.map { [$0.0, $0.1] }, [[7, 15]])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 15], [13]])
    }

    /// Phase 1 tries seams a genre term spans before layout-favoured landings of higher score: the
    /// drop's statistics gave `专家和人|民主、回应` 5.73 against `全过程人民|民主、回应` 5.7.
    func testPhaseOneTriesTermSeamsFirst() {
        let order = ReadingOrder.phaseOneOrder([(score: 5.73, from: 15, to: 10, lex: 2.03), (score: 4.15, from: 15, to: 26, lex: 3.5),
                                                (score: 5.7, from: 4, to: 10, lex: 3.5), (score: 3.0, from: 30, to: 32, lex: 0)])
        XCTAssertEqual(order.map { [$0.from, $0.to] }, [[4, 10], [15, 26], [15, 10], [30, 32]])
    }

    /// A paragraph cut inside a quotation (`…向“有效`) goes on with the one whose first words close
    /// it (`运行”转变`), not with the top of the next column.
    func testAQuotationLeftOpenAtTheSeamIsClosedByItsContinuation() {
        let doc = Fixtures.document("""
        推动代表工作提质增效

        临湘县人大常委会党组书记、主任 周建华

        近年来，县人大常委会坚持把代表工作作为基础性工作，推动代表工作从“有形覆盖”向“有效

        代表之家建设见成效

        汨罗市人大常委会党组书记、主任 李明

        汨罗市人大常委会着力建强代表之家，组织代表定期进家接待选民。

        各乡镇代表之家全年接待群众3000余人次，收集意见建议400余条。

        运行”转变，代表履职的积极性明显提高。
        """)
        XCTAssertEqual(doc.joins.map { [$0.0, $0.1] }, [[5, 15]])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 15], [11, 13]])
        func f(_ s: String) -> ArraySlice<Unicode.Scalar> { Array(s.unicodeScalars.map(ScalarClass.fold))[...] }
        XCTAssertEqual(QuoteSeam.openAtEnd(f("从“有形覆盖”向“有效")), 0)
        XCTAssertNil(QuoteSeam.openAtEnd(f("从“有形覆盖”向有效")))
        XCTAssertNil(QuoteSeam.openAtEnd(f("他说“好。”然后")), "a quoted sentence is closed")
        XCTAssertEqual(QuoteSeam.openAtEnd(f("“空谈误国，")), 0)
        XCTAssertEqual(QuoteSeam.closedAtStart(f("实干兴邦。”做好人大工作")), 0, "`。”` closes a quoted sentence")
        XCTAssertEqual(QuoteSeam.closedAtStart(f("法规）的规定")), 5)
        XCTAssertNil(QuoteSeam.closedAtStart(f("“有效运行”转变")))
        XCTAssertNil(QuoteSeam.closedAtStart(f("转变。群众”满意")), "a sentence ends first")
        for (k, pair) in QuoteSeam.pairs.enumerated() {
            XCTAssertEqual(QuoteSeam.openKind(pair.open), k)
            XCTAssertEqual(QuoteSeam.closeKind(pair.close), k)
        }
        XCTAssertEqual(QuoteSeam.openKind("\""), -1)
    }

    /// Two articles closing with the same formula (`台江县人大常委会有关负责人表示，…` /
    /// `从江县人大常委会有关负责人说，…`) share no parallel frame: a closing that names its own
    /// article's county stays there, and a page in order comes back unchanged.
    func testAClosingFormulaNamingItsOwnCountyIsNoFrame() {
        let doc = Fixtures.document("""
        台江：“村BA”带火乡村 代表建言献策

        本报记者 潘晓燕

        今年以来，台江县“村BA”火爆出圈，带动乡村旅游快速发展。台江县的人大代表们也积极行动起来，为办好乡村体育赛事、发展乡村旅游建言献策。

        县人大代表、台盘村村委会主任张德贵说，作为人大代表，要把群众的期盼带到县人代会上。在他和其他代表的推动下，县里完善了台盘村的停车场、公共厕所等配套设施。

        台江县人大常委会有关负责人表示，将引导全县人大代表在推动乡村振兴中积极作为，让群众共享发展成果。


        从江县人大：让侗族大歌唱响代表之家

        从江县人大常委会副主任 吴春花

        从江县小黄村被誉为“侗歌之乡”。在从江县人大常委会的推动下，小黄村代表之家把侗族大歌融入代表履职活动，用群众喜闻乐见的方式宣传政策法规。

        每逢代表之家开放日，人大代表和村民们一起唱侗歌、话民生，群众的意见建议就在歌声中收集起来。今年以来，小黄村代表之家共收集群众意见建议60余条，已办结52条。

        从江县人大常委会有关负责人说，将推广小黄村代表之家的经验做法，让代表之家成为践行全过程人民民主的坚强阵地。
        """)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 9], [16, 18, 20]])
    }

    /// A headline over a byline that shares its words with the paragraph above (both quote
    /// “民生账本”) titles the article below when the one above has its title: it is no title printed
    /// after its article, and no furniture.
    func testAHeadlineLikeTheTextAboveTitlesTheArticleBelow() {
        let doc = Fixtures.document("""
        坚持人民至上 让人大工作更接地气

        东兰县人大常委会党组书记、主任 韦昌明

        东兰是革命老区，也是全国脱贫攻坚的主战场之一。近年来，东兰县人大常委会始终坚持党的领导、人民当家作主、依法治国有机统一。

        在凤山县砦牙乡代表联络站，一本厚厚的“民生账本”记录着群众反映的每一个问题，以及问题的办理进度和结果。这是凤山县人大常委会推动代表联络站实体化运行的一个缩影。



        代表联络站里的“民生账本”

        凤山县人大常委会副主任 罗志勇

        近年来，全县建成乡镇代表联络站9个、村级代表联络点56个，实现人大代表进站履职全覆盖。
        """)
        XCTAssertEqual(doc.sections.map(\.title), ["坚持人民至上 让人大工作更接地气", "代表联络站里的“民生账本”"])
        XCTAssertEqual(doc.furnitureLines, [])
    }

    /// Genre terms across a seam: a term of two two-character words (`人大|代表`) spans it like a
    /// longer split does (`人大|常委会`), and a tail holding a longer start (`…全过程人民`) reads only
    /// as that term (not `人民|政府`, `人民|民主`).
    func testSeamTermsReadTheLongestStartAndTwoByTwoSplits() {
        let terms = SeamTerms.shared
        func u(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
        let rendai = terms.openings(atEndOf: u("各族人大"))
        XCTAssertTrue(terms.continues(rendai, u("代表立足岗位")))
        XCTAssertTrue(terms.continues(rendai, u("常委会组织")))
        XCTAssertTrue(terms.continues(terms.openings(atEndOf: u("全面推进乡村")), u("振兴战略")))
        let whole = terms.openings(atEndOf: u("践行全过程人民"))
        XCTAssertEqual(Set(whole.map(\.held)), [5])
        XCTAssertEqual(whole.map(\.whole), [false])
        // A tail that is a listed term (`…人民代表大会`) may be complete, and reads on with its rest.
        let congress = terms.openings(atEndOf: u("第十八届人民代表大会"))
        XCTAssertEqual(Set(congress.map(\.whole)), [true])
        XCTAssertTrue(terms.continues(congress, u("制度建设")))
        XCTAssertTrue(terms.continues(congress, u("常务委员会第十五次会议")))
        XCTAssertTrue(terms.continues(whole, u("民主重要论述")))
        XCTAssertFalse(terms.continues(whole, u("政府在决策中")))
        XCTAssertTrue(terms.continues(terms.openings(atEndOf: u("县人民")), u("政府各部门")), "two by two")
    }

    /// A column's last line cut inside a term (`徽县人大常`), alone over another article's header, is
    /// no subhead: it is text, and it goes on where the term does (`委会有关负责人介绍…`). A label
    /// ending in a whole word (`聚焦乡村`) stays a subhead.
    func testAShortFragmentOverAHeaderIsText() {
        let doc = Fixtures.document("""
        徽县：人大代表“田间课堂”助农增收

        本报记者 赵文斌

        走进徽县嘉陵镇的花椒种植基地，县人大代表、农技专家王晓燕正在给椒农们讲解修剪技术。这样的“田间课堂”，她今年已经开了20多场。

        徽县人大常



        传承红色基因 推进两当人大工作高质量发展

        两当县人大常委会党组书记、主任 杨晓军

        两当是红色热土，两当兵变是党在西北地区领导的重要武装起义之一。两当县人大常委会注重传承红色基因，把红色资源转化为推动人大工作的强大动力。

        我们依托两当兵变纪念馆，建立人大代表红色教育培训基地，组织全县人大代表开展党性教育和履职培训，引导代表坚定理想信念、增强履职本领。

        委会有关负责人介绍，近年来，常委会组织农技、教育、医疗等领域的人大代表组建“代表服务队”，深入乡村开展技术指导、政策宣传和义诊服务。
        """)
        XCTAssertEqual(doc.sections.first?.subheadLines, [])
        XCTAssertTrue(doc.joins.contains { $0 == (7, 19) }, "\(doc.joins)")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 19], [15, 17]])
        let label = Fixtures.document("""
        人参之乡的人大监督

        抚松县人大常委会党组书记、主任 孙洪涛

        抚松县是“中国人参之乡”。抚松县人大常委会把推动人参产业高质量发展作为监督重点。

        聚焦乡村

        传承红色基因 推进两当人大工作高质量发展

        两当县人大常委会党组书记、主任 杨晓军

        两当是红色热土。两当县人大常委会注重传承红色基因。
        """)
        XCTAssertEqual(label.sections.first?.subheadLines, [7])
    }

    /// A sentence cut at a plain word (`…巩固提升` / `成果。`) whose end is printed right under the next
    /// article's byline: that paragraph ends the first article; the second starts after it.
    func testTheEndOfACutSentenceUnderAnotherBylineGoesBack() {
        let doc = Fixtures.document("""
        宁陕县人大常委会视察易地搬迁后续扶持工作

        宁陕县人大常委会办公室 李春燕

        近日，宁陕县人大常委会组织视察组深入城关镇、筒车湾镇安置社区，察看社区工厂和就业帮扶情况。视察组要求，要持续做好后续扶持，巩固提升



        石泉县人大代表走进社区听民意

        记者 周明远

        成果。县人大常委会将跟踪督办视察意见的落实。

        今年以来，石泉县组织各级人大代表走进城乡社区，面对面听取群众意见，收集意见建议120余条。
        """)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 13], [15]])
        XCTAssertTrue(doc.joins.contains { $0 == (5, 13) }, "\(doc.joins)")
        // A lead that starts a sentence of its own stays its article's opening.
        XCTAssertFalse(ReadingOrder.endsCutSentence(Array("今年以来，石泉县组织".unicodeScalars)))
        XCTAssertTrue(ReadingOrder.endsCutSentence(Array("成果。县人大常委会".unicodeScalars)))
        XCTAssertTrue(ReadingOrder.endsCutSentence(Array("”等工作".unicodeScalars)))
    }

    /// A column cut inside a term can leave a line shaped like a subhead (`…坚持以践行全过程`, no
    /// punctuation): when a paragraph on the page opens with the rest of the term (`人民民主为引领…`),
    /// the line is a cut paragraph and joins it, across another article's text.
    func testALineCutInsideATermIsAParagraphNotASubhead() {
        let doc = Fixtures.document("""
        汉阴县人大常委会深化代表联系群众工作

        汉阴县人大常委会办公室 吴晓峰

        汉阴县人大常委会坚持以践行全过程



        紫阳县召开人大代表建议交办会

        本报讯（通讯员 陈光辉）近日，紫阳县召开县十九届人大三次会议代表建议交办会，将大会期间人大代表提出的74件建议交由28个承办单位办理。

        会议要求，各承办单位要把建议办理作为坚持和完善人民代表

        人民民主为引领，建立常委会组成人员联系代表、代表联系群众制度，每月开展一次集中联系活动。

        大会制度的具体行动，主要领导亲自抓，确保件件有着落、事事有回音。
        """)
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["5-15", "13-17"])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 15], [11, 13, 17]])
        XCTAssertEqual(doc.sections.map(\.subheadLines), [[], []])
        // A subhead that ends with a whole term, or whose rest opens nothing, stays a subhead.
        let subhead = Fixtures.document("""
        汉阴县人大常委会深化代表联系群众工作

        汉阴县人大常委会办公室 吴晓峰

        汉阴县人大常委会坚持以人民为中心，密切联系群众。

        践行全过程

        常委会组成人员联系代表、代表联系群众制度不断完善。
        """)
        XCTAssertEqual(subhead.sections.first?.subheadLines, [7])
    }

    /// An article's first paragraph that names its place in its first sentence
    /// (`为推动…，白河县人大常委会…`) is its lead: a cut at a plain word in an article about another
    /// place (`…收集了大量一线`) goes on at the column's other fragment (`意见。`), not there.
    func testACutDoesNotLandOnAnotherPlacesLead() {
        let doc = Fixtures.document("""
        旬阳市人大常委会审议茶产业发展情况报告

        旬阳市人大常委会研究室 何建平

        9月12日，旬阳市人大常委会召开会议，听取和审议市政府关于茶产业发展情况的报告。会前，常委会组织部分委员和人大代表深入茶园、加工厂开展调研，走访种植大户，收集了大量一线



        白河县人大常委会开展水污染防治法执法检查

        通讯员 罗晓梅

        为推动水污染防治法有效实施，白河县人大常委会近日组织执法检查组，深入各镇污水处理厂和入河排污口开展执法检查。

        检查组强调，要坚持生态优先，严格落实河长制，守护好一江清水。



        意见。

        审议中，常委会组成人员建议，要加强茶叶品牌建设，推动茶产业提质增效。
        """)
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["5-19"])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 19, 21], [13, 15]])
        // The place from a title that opens with it and has no 人大 (`白河县开展…`).
        let page = String(String.UnicodeScalarView(doc.source.scalars))
        let titled = Fixtures.document(page.replacingOccurrences(of: "白河县人大常委会开展", with: "白河县开展"))
        XCTAssertEqual(titled.sections.map(\.bodyLines), [[5, 19, 21], [13, 15]])
    }

    /// A sentence cut at a plain word (`…并随机走访` / `牧户了解禁牧政策落实情况。…草原…`) has nothing
    /// across its seam; when no continuation is found, a paragraph inside the next article that is
    /// about the cut article's subject, and not about its holder's, is where it goes on. One about
    /// its holder stays.
    func testACutGoesOnWhereTheTextIsAboutItsArticle() {
        func page(_ tail: String) -> String {
            """
            丰宁县人大常委会开展草原法执法检查

            本报记者 刘占军

            9月中旬，丰宁满族自治县人大常委会组织执法检查组，对全县贯彻实施草原法情况开展执法检查，实地察看退化草原修复和草原防火设施建设情况，并随机走访



            滦平县人大常委会听取审议营商环境工作报告

            滦平县人大常委会办公室 杨春雨

            9月20日，滦平县第十八届人大常委会第十七次会议听取和审议县人民政府关于优化营商环境工作情况的报告。

            \(tail)

            会议要求，县人民政府要认真研究处理审议意见，持续优化营商环境，在规定时间内报告整改情况。
            """
        }
        let doc = Fixtures.document(page("牧户了解禁牧政策落实情况。检查组建议，要健全草原管护网络，推动草原生态保护与牧民增收相统一。"))
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 15], [13, 17]])
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["5-15"])
        let holder = Fixtures.document(page("企业群众反映，审批事项办理时限明显缩短。常委会组成人员建议，要持续深化营商环境改革。"))
        XCTAssertEqual(holder.sections.map(\.bodyLines), [[5], [13, 15, 17]])
        XCTAssertEqual(holder.unresolvedCuts, [5])
    }

    /// A paragraph that opens with the end of a sentence (`责任。县人大常委会…`) is a weak landing for a
    /// cut even when the corpus statistics know nothing good of the seam (`…压实各级路长|责任`): the
    /// text decides, and this one is about the cut's article.
    func testASentenceEndIsALandingTheTextCanDecide() {
        let doc = Fixtures.document("""
        竹山县人大常委会开展农村公路条例执法检查

        本报记者 胡晓燕

        8月下旬，竹山县人大常委会组成执法检查组，对全县贯彻实施农村公路条例情况开展执法检查。

        检查组认为，全县农村公路通达水平明显提升，但养护资金不足的问题依然存在，要健全县乡村三级路长制，压实各级路长



        让代表履职平台“活起来”

        竹溪县人大常委会党组书记、主任 徐正华

        人大代表之家和代表联络站是代表联系群众的重要平台。

        责任。县人大常委会将把执法检查发现的农村公路养护问题交县人民政府研究处理，推动农村公路管好护好。
        """)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 17], [15]])
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["7-17"])
    }

    /// A cut with nothing across the seam does not go back to its own article's lead above it when
    /// that lead names the article's place (`…推动有关部门优化通关|走进凭祥市友谊镇…`): the article
    /// would open mid-sentence. Its continuation further down (`流程、…`) is found instead.
    func testACutDoesNotGoBackToItsOwnLeadNamingItsPlace() {
        let doc = Fixtures.document("""
        凭祥市人大代表助力边贸发展

        本报记者 黄晓丽

        走进凭祥市友谊镇边民互市贸易区，一辆辆货车有序通关。今年以来，市人大常委会组织代表深入口岸开展调研。

        代表们建议，要进一步压缩通关时间，推动有关部门优化通关



        宁明县人大常委会视察甘蔗产业发展

        宁明县人大常委会办公室 韦丽萍

        宁明县是甘蔗种植大县。近日，宁明县人大常委会组织部分人大代表，对全县甘蔗产业发展情况进行视察。

        流程、延长服务时间，让边民互市更便利。目前，代表们提出的12条建议已全部办结。
        """)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 17], [15]])
        XCTAssertFalse(doc.joins.contains { $0 == (7, 5) }, "\(doc.joins)")
    }

    /// Of the topical continuations a cut at a plain word could take (`…议事|成果转化机制…`, or a
    /// paragraph further down about the same thing), the likeliest seam goes first: the tail right
    /// under the other article's footer, not the next one.
    func testATopicalContinuationTakesTheLikeliestSeamFirst() {
        let doc = Fixtures.document("""
        守护梵净山的绿水青山

        ■ 杨光明（贵州）

        梵净山是世界自然遗产地，保护好梵净山生态环境是石阡县义不容辞的责任。近年来，石阡县人大常委会把生态环境保护作为监督工作重点，每年听取审议环境状况和环境保护目标完成情况报告。

        我们组织人大代表深入太平镇、德旺乡等地开展环保执法检查，推动整改问题35个；建立人大代表生态环保监督员制度，聘请28名代表担任监督员。这些做法，是坚持和完善人民代表大会



        思南县：代表之家里的“议事会”

        ■ 安丽娜（贵州）

        在思南县塘头镇人大代表之家，每月都会召开一次“议事会”，由人大代表和群众代表共同商议村里的大事小事。

        去年以来，全县各代表之家共召开议事会260余场，推动解决道路硬化、饮水安全等问题180余个。县人大常委会还建立了议事

        制度的生动实践。

        我们将继续依法履职，坚持用法治守护生态，推动县人民政府和有关部门落实生态环境保护责任，为守护梵净山的绿水青山贡献人大力量。

        （作者系石阡县人大常委会常务副主任）

        成果转化机制，对群众反映集中的问题，由县人大常委会交有关部门限期办理。

        群众说：“有事就到代表之家来，人大代表帮我们想办法。”这句朴实的话，道出了群众对代表之家的认可。我们将进一步规范议事会运行，让更多群众参与到基层治理中来。

        （作者单位：思南县人大常委会代表工作委员会）

        2024年第10期　人大论坛　19
        """)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 19, 21, 23], [15, 17, 25, 27, 29]])
        XCTAssertTrue(doc.joins.contains { $0 == (17, 25) }, "\(doc.joins)")
    }

    /// Two articles cut at plain words at the foot of a column (`…完善茶叶收购`, `…部分路段养护不到位、
    /// 道路`), then the paragraphs `tail` (lines 19, 21, …), then the road article's tail.
    static func teaAndRoadPage(tail: [String]) -> String {
        let head = """
        青川县人大代表助力茶产业发展

        □ 本报记者　赵明

        走进青川县七佛乡的茶园，茶农们正忙着采摘秋茶。县人大代表王德明是当地一家茶叶合作社的负责人，近年来他多次就茶叶收购和销售问题提出建议。

        今年以来，青川县人大常委会组织开展“人大代表助力茶产业发展”活动，组织代表深入七佛、关庄等茶叶主产乡镇调研，收集意见建议30余条，推动有关部门完善茶叶收购



        剑阁县人大常委会视察乡村道路建设

        剑阁县人大常委会办公室　李华

        9月10日，剑阁县人大常委会组织视察组，深入普安镇、白龙镇，对乡村道路建设和养护情况进行视察。

        视察组认为，全县乡村道路通达水平明显提升，但也存在部分路段养护不到位、道路
        """
        return head + "\n\n" + tail.joined(separator: "\n\n")
            + "\n\n安全设施不完善等问题。视察组建议，要加大乡村道路养护投入，完善道路安全设施，让群众出行更安全。"
    }

    /// `TopicalContinuation.resolve` on two articles (paragraphs 0–1 and 2–), cut 1 with one landing
    /// (`landing`, score 0.5), nothing reached by a join or read on from a cut.
    static func resolveTopical(_ texts: [String], titles: [String], owned: inout [(chain: [Int], section: Int)],
                               isOwner: [Bool], landing: Int = 4, joinedOn: @escaping (Int) -> Bool = { _ in false }) -> [TopicalContinuation.Join] {
        var sections = [Section(), Section()]
        for (k, t) in titles.enumerated() { sections[k].title = t }
        var orphans = [[Int]]()
        return TopicalContinuation.resolve(
            cuts: [1], landings: [1: [(para: landing, score: 0.5)]], owned: &owned, orphans: &orphans,
            layoutSection: { $0 < 2 ? 0 : 1 }, isOwner: isOwner, opensOwnSentence: { _ in false },
            reachedByJoin: { _ in false }, readOnFromCut: { _ in false }, joinedOn: joinedOn,
            opensMidSentence: { _ in false }, sections: sections, paras: texts.map { Array($0.unicodeScalars) })
    }

    /// Two articles cut at plain words at the foot of a column (`…完善茶叶收购`, `…部分路段养护不到位、
    /// 道路`), their tails printed one under the other: the layout alone reads the second cut on
    /// into the first tail across a blank line, but that tail (`价格保护机制、拓宽茶叶销售渠道。`) is
    /// about the first article and is where its sentence goes on.
    func testATailReadOnByLayoutAloneAcrossABlankLineCanBeAnotherCutsContinuation() {
        let doc = Fixtures.document(ReadingOrderTests.teaAndRoadPage(tail: [
            "价格保护机制、拓宽茶叶销售渠道，让茶农种茶更有奔头。",
            "“代表帮我们把茶叶卖上了好价钱。”一位茶农说。县人大常委会表示，将继续组织人大代表助力茶产业发展。",
        ]))
        // The tail's next paragraph, about the tea farmers too, goes with it: judged against the
        // articles' texts without it (with itself in the holder's text it always looked closest there).
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 19, 21], [15, 17, 23]])
        XCTAssertTrue(doc.joins.contains { $0 == (7, 19) }, "\(doc.joins)")
    }

    /// A paragraph opening mid-clause (`情况，梳理出…`: a noun, then a comma) can only go on from a
    /// cut: it is a landing the text can decide even when the corpus statistics know nothing good
    /// of the seam (`…秸秆还田|情况`), as a paragraph opening with a sentence's end is.
    func testAParagraphOpeningMidClauseIsALandingTheTextCanDecide() {
        let doc = Fixtures.document("""
        阿荣旗人大常委会专题询问黑土地保护工作

        文/于海波

        9月10日，阿荣旗人大常委会召开会议，听取旗人民政府关于黑土地保护工作情况的报告，并对全旗黑土地保护工作开展专题询问。旗农牧局、自然资源局、林草局等部门负责人到会应询。

        询问前，旗人大常委会组织调研组深入那吉镇、霍尔奇镇、亚东镇等地，实地察看保护性耕作、侵蚀沟治理和秸秆还田



        莫旗人大代表助力大豆产业振兴

        本报讯（记者 孟繁荣 通讯员 敖小军）金秋时节，莫力达瓦达斡尔族自治旗的大豆田里一片丰收景象。今年以来，旗人大常委会组织开展“人大代表助力大豆产业振兴”活动，引导各级人大代

        情况，梳理出部分地块黑土层变薄、侵蚀沟治理进度慢等问题。

        表在良种推广、技术服务、产品营销等方面发挥作用。

        旗人大常委会有关负责人表示，将继续组织人大代表围绕大豆产业发展建言献策，助力农民增收。
        """)
        XCTAssertTrue(doc.joins.contains { $0 == (7, 15) }, "\(doc.joins)")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 15], [13, 17, 19]])
        func midClause(_ s: String) -> Bool { SentenceOpening.opensMidClause(Array(s.unicodeScalars.map(ScalarClass.fold))) }
        XCTAssertTrue(midClause("情况，梳理出部分地块"))
        XCTAssertTrue(midClause("分散、加工转化率低"))
        XCTAssertFalse(midClause("一、坚持党的领导"), "an ordinal")
        XCTAssertFalse(midClause("同时，县人大常委会"), "a connective")
        XCTAssertFalse(midClause("近日，县人大常委会"), "an adverbial")
        XCTAssertFalse(midClause("会上，代表们"), "a setting")
        XCTAssertFalse(midClause("调研组认为，全县"), "no comma within the first four characters")
    }

    /// A paragraph opening mid-sentence (`分散、加工转化率低…`) must go on from some cut: when it is
    /// the one such landing of the page's one open cut (the other cut went on with its term,
    /// `…全过程人民|民主…`), it goes there unless its text is closer to where it is printed, even
    /// when its topic alone is not clear enough to move it.
    func testTheOneMidSentenceLandingOfTheOneOpenCutGoesOnThere() {
        let doc = Fixtures.document("""
        泾川县民生实事项目人大代表票决制落地见效

        □ 本报记者　王海

        今年年初，在泾川县第十八届人民代表大会第四次会议上，县人大代表以无记名投票方式，从14个候选项目中票决产生了8件民生实事项目，涵盖农村道路、饮水安全、养老服务等方面。

        “项目由代表票决，过程由代表监督，效果由群众评价。”县人大常委会有关负责人表示，民生实事项目票决制是践行全过程人民

        本报讯（记者 马丽）9月3日，灵台县人大常委会组成调研组，深入中台镇、邵寨镇等地，对全县苹果产业发展情况开展专题调研。

        调研组先后走进苹果种植基地、加工企业和专业合作社，详细了解苹果的种植、加工和销售情况，并与种植户面对面交流，听取他们的意见建议。

        调研组认为，灵台县苹果品质好、特色鲜明，但也存在种植

        民主的生动实践，下一步将组织年底满意度测评。

        分散、加工转化率低、品牌影响力不强等问题，建议加快培育龙头企业，打造区域公用品牌。县人大常委会将适时组织人大代表开展跟踪视察。



        灵台县人大常委会调研苹果产业发展
        """)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 15], [9, 11, 13, 17]])
        XCTAssertEqual(doc.joins.map { [$0.0, $0.1] }, [[7, 15], [13, 17]])
    }

    /// Two articles cut at plain words, each tail printed under the other's cut: the layout reads
    /// each cut on into the paragraph below it, but each tail is about the other article (forests
    /// under the tourism article's cut, tourism under the forestry article's), so they cross.
    func testTwoCutsWhoseTailsAreEachAboutTheOtherArticleCross() {
        let doc = Fixtures.document("""
        麻栗坡县人大代表视察林下经济发展

        9月5日，麻栗坡县人大常委会组织部分县人大代表，对全县林下经济发展工作进行视察。代表们先后来到八布乡、猛硐乡，实地察看林下种植、林下养殖和林产品加工等情况，听取县林业和草原局的工作汇报。

        代表们认为，近年来全县坚持“以林养林、以短养长”，林下经济发展成效明显，但仍存在部分经营主体规模偏小、林下产品加工能力

        经营等情况。

        视察组建议，要加快完善景区配套设施，规范旅游市场秩序，丰富乡村旅游业态，带动周边群众增收致富。县人大常委会将持续跟踪监督。



        广南县人大常委会助推坝美景区提质升级

        文/黄丽芬

        9月上旬，广南县人大常委会组织部分常委会组成人员和县人大代表，深入阿科乡坝美景区，对景区提质升级工作开展专题调研。

        调研组先后察看了景区游客服务中心、智慧旅游平台和周边村寨民宿，详细了解景区基础设施建设、旅游市场管理和村民参与旅游

        不足等问题，建议加大扶持投入，培育林下经济龙头企业，打响林产品品牌，让山区群众依靠林下经济过上好日子。
        """)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[3, 5, 21], [17, 19, 7, 9]])
        XCTAssertEqual(doc.joins.map { [$0.0, $0.1] }, [[5, 21], [19, 7]])
    }

    /// A tail cut inside a term that the next paragraph finishes (`…让全过程人民` / `民主理念…`) keeps
    /// the full support of adjacency against a term seam elsewhere (`民主，不是装饰品…`).
    func testAnAdjacentTermContinuationKeepsItsAdjacency() {
        let doc = Fixtures.document("""
        坚持人民至上 发展全过程人民民主

        隆回县人大常委会党组书记、主任 刘建军

        近年来，县人大常委会健全吸纳民意、汇集民智工作机制，让全过程人民

        民主理念贯穿人大工作各环节，代表履职更加有力。

        监督要有力度

        洞口县人大常委会党组书记、主任 王志刚

        民主，不是装饰品，而是要用来解决人民需要解决的问题的。洞口县人大常委会坚持问题导向。
        """)
        XCTAssertEqual(doc.joins.map { [$0.0, $0.1] }, [[5, 7]])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7], [13]])
    }

    /// Dates: a full date opens a sentence (the comma after `2024年5月20日` is read), and a tail
    /// ending in 年 or 月 may go on with the rest of its date (`…于2024年5月|20日，`).
    func testDatesAcrossASeam() {
        func f(_ s: String) -> ArraySlice<Unicode.Scalar> { Array(s.unicodeScalars.map(ScalarClass.fold))[...] }
        XCTAssertTrue(SentenceOpening.opensWithAdverbial(f("2024年5月20日，县人大常委会召开")))
        XCTAssertTrue(SentenceOpening.opensWithAdverbial(f("2024年12月31日，")))
        XCTAssertTrue(SentenceOpening.opensWithAdverbial(f("20日，在县行政中心召开")))
        XCTAssertFalse(SentenceOpening.tailRefuses("月"))
        XCTAssertFalse(SentenceOpening.tailRefuses("年"))
    }

    /// A landing is judged against the articles' texts without the paragraphs that could go with
    /// it: its holder's text holding the next paragraph about the same thing (`茶农们说…收购价格…`)
    /// made the landing look like its holder's own.
    func testATopicalLandingIsJudgedWithoutTheParagraphsThatCouldGoWithIt() {
        let texts = [
            "青川县人大常委会组织代表视察茶叶产业，察看茶园管护、茶叶加工和茶叶销售情况。",
            "代表们建议，要加大茶叶品牌宣传，完善茶叶",
            "剑阁县人大常委会视察乡村道路建设，察看道路养护和安全设施。",
            "视察组认为，全县乡村道路通达水平明显提升。",
            "收购价格保护机制，拓宽茶叶销售渠道，让茶农增收。",
            "茶农们说，收购价格稳了，茶叶销售渠道宽了，种茶更有奔头。",
            "视察组建议，要加大乡村道路养护投入，完善道路安全设施。",
        ]
        var owned: [(chain: [Int], section: Int)] = [([0, 1], 0), ([2, 3, 4, 5, 6], 1)]
        let joins = ReadingOrderTests.resolveTopical(texts, titles: ["青川县人大代表视察茶叶产业", "剑阁县人大常委会视察乡村道路建设"],
                                                     owned: &owned, isOwner: [true, false, true, false, false, false, false])
        XCTAssertEqual(joins.map(\.from), [1])
        XCTAssertEqual(joins.first?.run, [4, 5])
        XCTAssertEqual(owned.map(\.chain), [[0, 1, 4, 5], [2, 3], [6]])
    }

    /// A cut closing its column does not go back to the top of its own column when that top reads
    /// as the article's lead (its first sentence names a county, `铜鼓县森林覆盖率…`) and the words
    /// across another seam read on (`…累计收集意见建议|一百二十余条…`, as the drop's other pages
    /// print them).
    func testACutGoesOnWhereTheWordsReadOnNotBackToItsOwnLead() {
        let page = try! SourceText(path: "page.txt", bytes: Array("""
        代表风采

        林海深处的“代表之家”

        ■ 刘建华（江西）

        　　铜鼓县森林覆盖率超过88%，是全国生态文明建设示范县。近年来，县人大常委会依托代表之家，组织代表围绕生态保护履职尽责。

        　　在大塅镇、温泉镇等地，代表们定期开展河道巡查、森林防火宣传，累计收集意见建议

        有机稻产业里的“人大声音”

        ■ 周晓梅（江西）

        　　万载县是全国有机农业示范基地县，有机稻种植面积达五万亩以上。县人大常委会组织代表开展专题调研。

        　　调研发现，全县有机稻品质优良，但也存在加工能力不足、品

        一百二十余条，推动解决了一批群众关心的问题。

        　　我们将继续加强代表之家建设，让人大代表成为守护绿水青山的生力军。

        牌营销滞后、农户组织化程度低等问题。县人大常委会在听取审议专项工作报告时提出了具体建议。

        （作者系铜鼓县人大常委会主任）

        （作者单位：万载县人大常委会办公室）
        """.utf8))
        let other = try! SourceText(path: "other.txt", bytes: Array("""
        今年以来，代表们深入基层，收集意见建议一百余条，推动解决了一批问题。
        活动中，共收集意见建议二百余条，交有关部门办理。
        县人大常委会组织代表走访群众，收集意见建议八十余条。
        代表们认为，要加强品牌营销，提升产品附加值。
        调研组建议，加大品牌营销力度，培育龙头企业。
        """.utf8))
        let doc = DocumentReader(background: NGramIndex.sample([page, other])).read(page)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[7, 9, 19, 21, 25], [15, 17, 23, 27]])
        XCTAssertEqual(doc.joins.map { [$0.0, $0.1] }, [[9, 19], [17, 23]])
    }

    /// A paragraph opening mid-sentence (`督办。去年，…`, printed at the top of the page above its
    /// article's title) must go on from some cut: the cut closing the article (`…由主任会议成员领衔`)
    /// goes on there, not back to its own lead that opens a sentence of its own.
    func testACutPrefersAParagraphThatMustContinueSomeCut() {
        let doc = Fixtures.document("""
        黔东南日报　2024年10月15日　第3版　民主法治

        督办。去年，县人大代表提出的96件建议已全部办复，一批群众关心的道路、饮水问题得到解决。

        实践证明，只有把代表建议办好办实，才能让群众真切感受到人大工作就在身边。



        让代表建议落地有声

        锦屏县人大常委会主任　杨光明

        代表建议是人大代表反映群众呼声的重要载体。近年来，锦屏县人大常委会把办好代表建议作为监督工作的重要内容。

        我们建立了“交办、督办、评办”工作机制，对涉及群众切身利益的重点建议，由主任会议成员领衔



        黎平县人大常委会视察茶产业发展

        本报讯（通讯员 吴小兵）10月11日，黎平县人大常委会组织部分常委会组成人员和人大代表，视察全县茶产业发展情况。

        视察组认为，黎平县茶产业发展势头良好，已成为带动群众增收的重要产业，建议进一步打响茶叶品牌。
        """)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[13, 15, 3, 5], [21, 23]])
        XCTAssertEqual(doc.joins.map { [$0.0, $0.1] }, [[15, 3]])
    }

    /// A photo caption printed between two paragraphs the repair gives to another article goes with
    /// them (`图为人大代表在七佛乡茶园…` between the tea article's tail paragraphs).
    func testACaptionGoesWithTheTextAroundIt() {
        let doc = Fixtures.document(ReadingOrderTests.teaAndRoadPage(tail: [
            "价格保护机制、拓宽茶叶销售渠道。",
            "图为人大代表在七佛乡茶园了解茶叶收购情况。",
            "“代表帮我们把茶叶卖上了好价钱。”一位茶农说。县人大常委会表示，将继续组织人大代表助力茶产业发展。",
        ]))
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 19, 23, 21], [15, 17, 25]])
        XCTAssertEqual(doc.sections.map(\.captionLines), [[21], []])
        // A caption whose neighbours stay with its article stays too.
        let kept = Fixtures.document("青川县人大代表助力茶产业发展\n\n□ 本报记者　赵明\n\n走进青川县七佛乡的茶园，茶农们正忙着采摘秋茶。\n\n图为人大代表在七佛乡茶园了解茶叶收购情况。\n\n县人大常委会表示，将继续组织人大代表助力茶产业发展。\n")
        XCTAssertEqual(kept.sections.map(\.captionLines), [[7]])
    }

    /// A paragraph of a landing's run that is joined on to the next (`…推动人大|代表建议…`) takes that
    /// one with it: the run is not cut inside a sentence.
    func testATopicalRunTakesAJoinedParagraphWithItsContinuation() {
        let texts = [
            "丰都县人大常委会组织代表视察肉牛产业，察看肉牛养殖场和饲草基地。",
            "代表们建议，要加快建设肉牛标准化养殖",
            "武隆区人大常委会开展旅游条例执法检查，察看景区和旅游市场。",
            "检查组认为，全区旅游业发展势头良好。",
            "小区，扩大肉牛养殖规模。",
            "县人大常委会还把肉牛产业发展列入年度监督计划，推动人大",
            "代表建议转化为提升景区旅游服务水平的实际成效。",
            "检查组建议，要加强旅游市场监管，提升景区服务水平。",
        ]
        let titles = ["丰都县人大代表助力肉牛产业发展", "武隆区人大常委会开展旅游条例执法检查"]
        var owned: [(chain: [Int], section: Int)] = [([0, 1], 0), ([2, 3, 4, 5, 6, 7], 1)]
        let isOwner = [true, false, true, false, false, false, false, false]
        let joins = ReadingOrderTests.resolveTopical(texts, titles: titles, owned: &owned, isOwner: isOwner, joinedOn: { $0 == 5 })
        XCTAssertEqual(joins.first?.run, [4, 5, 6])
        XCTAssertEqual(owned.map(\.chain), [[0, 1, 4, 5, 6], [2, 3], [7]])
        // A joined paragraph whose continuation cannot go (here an article's lead) stays with it.
        var owned2: [(chain: [Int], section: Int)] = [([0, 1], 0), ([2, 3, 4, 5, 6, 7], 1)]
        var isOwner2 = isOwner
        isOwner2[6] = true
        let stays = ReadingOrderTests.resolveTopical(texts, titles: titles, owned: &owned2, isOwner: isOwner2, joinedOn: { $0 == 5 })
        XCTAssertEqual(stays.first?.run, [4])
    }

    /// A byline's first line, cut at a column's foot inside a genre term (`…发展全过程人民`), with
    /// another article's byline printed right under it: it is the first byline's text, joined to
    /// the rest of the term further on, not the title of the byline under it.
    func testACutLineUnderABylineIsItsTextNotTheNextTitle() {
        let page = """
        某某日报　2024年6月4日　第5版

        代表联络站建到群众家门口

        文/李明

        近年来，县人大常委会坚持把发展全过程人民

        本报讯（记者 赵强）6月2日，县人大常委会组织代表视察蔬菜产业，察看了基地和企业。

        视察组建议，要加快项目建设，推动产业链协同发展。

        民主贯穿人大工作各方面，在各乡镇建成人大代表联络站。

        群众反映的村道坑洼等问题，经代表转交后很快得到解决。

        县人大常委会视察蔬菜产业
        """
        let doc = Fixtures.document(page)
        let byAuthor = Dictionary(doc.sections.map { ($0.authors.first ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        guard let essay = byAuthor["李明"], let news = byAuthor["赵强"] else { return XCTFail("sections: \(doc.sections.map(\.authors))") }
        XCTAssertEqual(essay.title, "代表联络站建到群众家门口")
        XCTAssertTrue(doc.analysisText(of: essay).string.contains("全过程人民民主贯穿"), doc.analysisText(of: essay).string)
        XCTAssertNotEqual(news.title, "近年来，县人大常委会坚持把发展全过程人民")
        XCTAssertFalse(doc.analysisText(of: news).string.contains("民主贯穿"))
    }

    /// Two magazine columns cut at plain words (`…按期|回复。`, `…品牌|分散，`) whose tails were printed
    /// the other way round, each footer under the other's tail: the layout's scores join each cut to
    /// the wrong tail with nothing across either seam, and each tail is about the other article, so
    /// the continuations cross (and with them the footers and offices).
    func testScoredContinuationsCrossWhenEachTailIsAboutTheOtherArticle() {
        let page = """
        履职纪实



        村口的议事长廊

        ■ 孙丽华（浙江）

        　　宁海县山区乡镇多、村落散。近年来，宁海县人大常委会在各乡镇建成代表联络站，并把议事长廊建到村口，方便群众就近反映问题。

        　　我们推行“代表轮值+群众点单”机制，代表每周进站接待群众，对收集到的问题建立清单、按期



        茶园里的监督课

        ■ 周建平（浙江）

        　　象山县种茶历史悠久，茶叶是当地群众增收的重要产业。近年来，象山县人大常委会围绕茶产业发展持续开展监督，组织代表深入茶园和加工企业调研。

        　　调研中，代表们发现，部分茶园管护粗放、品牌

        回复。今年以来，各联络站共收集群众意见建议二百余条，已办结一百六十余条。

        　　联络站虽小，连着民心。我们将推动联络站规范运行，让代表成为群众身边的贴心人。

        （作者单位：象山县人大常委会研究室）

        分散，精深加工和市场营销短板明显。常委会形成调研报告，建议加快茶园提质改造，培育区域公用品牌。

        　　如今，茶园改造有序推进，茶农的钱袋子越来越鼓。我们将持续跟踪问效，助力茶产业高质量发展。

        （作者系宁海县人大常委会副主任）

        2024年第12期　人大履职　26
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.authors), [["孙丽华"], ["周建平"]])
        let a = doc.analysisText(of: doc.sections[0]).string, b = doc.analysisText(of: doc.sections[1]).string
        XCTAssertTrue(a.contains("按期回复。今年以来"), a)
        XCTAssertTrue(b.contains("品牌分散,精深加工"), b)
        XCTAssertEqual(doc.sections.map(\.office), ["宁海县人大常委会副主任", "象山县人大常委会研究室"])
    }

    /// A photo caption printed between two paragraphs leaves a blank line above and below it: two
    /// ordinary paragraph gaps, not a column jump, so the paragraph under it is no column top that
    /// a cut elsewhere (`…冷链物流和精深`) would go on at ahead of its continuation (`加工等情况。`).
    func testAParagraphUnderACaptionIsNoColumnTop() {
        let page = """
        某某日报　2024年11月28日　第6版　人大之声



        甲县人大常委会视察蔬菜产业发展

        本报讯（记者 孙立新）11月21日，甲县人大常委会组织部分常委会组成人员和县人大代表，对全县蔬菜产业发展情况开展视察。

        视察组先后来到东湖镇、西岭镇、南山镇的蔬菜种植基地和蔬菜加工企业，详细了解品种引进、设施建设、冷链物流和精深



        乙县人大常委会调研古建筑保护工作

        文/王丽华

        11月中旬，乙县人大常委会组成调研组，对明代古建筑文庙和钟鼓楼的保护利用情况开展专题调研。

        调研组实地察看了古建筑防火、防雷设施和文物安防监控系统，听取县文物部门的情况汇报。县人大常委

        加工等情况。甲县是全省蔬菜主产县，全县蔬菜种植面积常年稳定在十万亩以上。

        视察组建议，要加快推广优良品种，提高精深加工水平，打响区域公用品牌。

        会将组织人大代表开展专项监督，推动文物保护工作落实落细。

        调研组表示，保护好历史文化遗产是全社会的共同责任，要让古建筑在新时代焕发光彩。



        丙县人大代表走进葡萄产业园

        □ 本报记者　刘芳

        11月下旬，丙县人大常委会组织部分县人大代表，深入东山镇、西河镇等地，对葡萄产业发展情况开展视察。

        图为代表们在东山镇葡萄冷库了解储藏保鲜情况。　本报记者　刘芳　摄

        丙县葡萄种植历史悠久，是国家地理标志产品，也是当地群众增收致富的主导产业。代表们建议，要延伸产业链条，提升品牌影响力。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.authors), [["孙立新"], ["王丽华"], ["刘芳"]])
        let a = doc.analysisText(of: doc.sections[0]).string, c = doc.analysisText(of: doc.sections[2]).string
        XCTAssertTrue(a.contains("冷链物流和精深加工等情况"), a)
        XCTAssertTrue(c.contains("葡萄种植历史悠久"), c)
    }

    /// A page whose columns are read in order (no paragraph cut) keeps each paragraph where it is
    /// printed: a paragraph sharing a formula with another article (`…县人大代表共提出建议…` beside
    /// `当选县人大代表后，…`) does not move there on that frame alone.
    func testAFrameAloneMovesNothingOnAPageWithoutCuts() {
        let page = """
        某某日报　2025年5月21日　第6版　人大视窗



        让代表建议“落地有声”

        平坝县人大常委会主任　陈建国

        代表建议是人大代表依法履职的重要形式，也是践行全过程人民民主的生动体现。近年来，平坝县人大常委会坚持把代表建议办理作为联系群众的“连心桥”，推行重点建议由主任会议成员领衔督办制度。

        今年县人民代表大会会议期间，县人大代表共提出建议六十二件，涉及乡村振兴、教育医疗、城乡建设等方面。我们将其中八件确定为重点督办建议，实行“一件建议、一名领导、一抓到底”，目前已办结五件，代表满意率达九成以上。

        下一步，我们将坚持和完善人民代表大会制度，健全建议办理评价机制，让每一件建议都“落地有声”。



        紫云县人大常委会开展消防法执法检查

        文/王芳

        5月中旬，紫云自治县人大常委会执法检查组对全县贯彻实施消防法情况开展执法检查。检查组先后来到黄果树景区、县城商业综合体和部分乡镇敬老院，察看消防设施配备、安全通道管理和应急演练等情况。

        紫云是旅游大县，景区游客集中，消防安全责任重大。检查组指出，全县消防安全形势总体平稳，但也存在部分村寨木结构房屋密集、基层消防力量薄弱等问题。

        检查组要求，要压实消防安全责任，加强农村消防基础设施建设。县人大常委会将组织人大代表对整改情况开展跟踪监督。



        张秀兰 做群众致富的“领头雁”

        □ 本报记者　李　娟

        在西秀自治县顶云街道，一提起县人大代表张秀兰，养牛户们都竖起大拇指。几年前，她带头成立养牛专业合作社，把“西秀牛”养成了群众增收的“致富牛”。

        当选县人大代表后，张秀兰围绕西秀牛品种保护、饲草种植和冷链运输等问题提出建议八件，件件得到回应。她还经常走村入户，把党的政策讲给乡亲们听。在县人大常委会的跟踪督办下，全县新建标准化养殖小区十余个，合作社带动周边一百二十余户农户增收。

        “群众选我当代表，我就要为群众办实事。”张秀兰说，她将继续把西秀牛产业做大做强。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[9, 11, 13], [21, 23, 25], [33, 35, 37]])
    }

    /// A topical continuation taken out of the middle of another article's last column (`整治、水土…`
    /// for the open cut `…察看黄河岸线`) takes along the column's last paragraphs that are no closer to
    /// that article (`视察组建议，要加强黄河岸线…`): left behind, they would follow it across the moved text.
    func testAColumnsLastParagraphsGoWithTheTopicalRunAboveThem() {
        let page = """
        某某报　2025年5月28日　第2版



        平安县人大常委会视察黄河沿岸生态保护

        本报讯（记者 王卓玛）5月中旬，平安县人大常委会组织部分常委会组成人员和县人大代表，对黄河平安段生态保护工作开展视察。

        视察组先后来到甲镇、乙镇等地，察看黄河岸线



        泽 库 县 人 大 常 委 会
        把人民代表大会制度宣讲送进牧区

        □ 本报记者　李才让

        5月下旬，循化县人大常委会组织宣讲小分队，走进丙镇、和日镇的牧区村社，开展人民代表大会制度宣讲活动。宣讲小分队由县人大代表和常委会机关干部组成。

        宣讲中，县人大代表用藏汉双语，结合身边事例，讲解人民代表大

        会制度的发展历程和人大代表的职责，并现场解答牧民群众关心的草场承包、生态补偿等问题，受到牧民群众欢迎。

        “以前觉得人大离我们很远，现在知道有事可以找代表。”一位牧民说。县人大常委会将推动宣讲活动常态化开展，让人民代表大会制度深入人心。

        整治、水土流失治理和沿河植被恢复等情况。平安县地处黄河上游，是黄南州生态保护的重要屏障。近年来，全县持续推进黄河流域生态保护，沿河生态环境明显改善。

        视察组建议，要加强黄河岸线巡查管护，推进水土保持重点工程建设，加强沿河植被保护。县人大常委会将组织人大代表持续跟踪，推动视察意见落到实处。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[7, 9, 26, 28], [18, 20, 22, 24]])
    }

    /// The page's opening text, printed above the first header (so first given to the article under
    /// it), is the tail of a cut further down (`…烘干|加工和市场销售等情况。`): reached by that join, it
    /// opens nothing, and the cut's article keeps its own paragraphs above the cut.
    func testPageTopTextReachedByAJoinIsNoOpening() {
        let page = """
        某某日报　2025年5月27日　第5版　人大之窗

        加工和市场销售等情况。近年来，全县花椒种植面积持续扩大，但也存在品种老化、烘干能力不足等问题。

        视察组建议，要加强花椒良种推广和病虫害防治，完善烘干加工设施，培育区域公用品牌。县人大常委会将组织人大代表跟踪监督，助力椒农增收。



        绥江县人大代表视察向家坝库区移民安置工作

        本报讯（通讯员 陈一鹏 李秀）近日，绥江县人大常委会组织部分县人大代表，对向家坝水电站库区移民安置和后续扶持工作开展视察。

        代表们先后来到多个移民安置点，察看住房建设、配套设施和产业发展情况，与搬迁群众拉家常、问冷暖，了解就业增收和子女就学等情况。绥江县是向家坝水电站库区移民搬迁任务较重的县之一。

        代表们建议，要完善安置点基础



        永善县人大常委会视察花椒产业发展

        □ 本报记者　王明华

        5月中旬，永善县人大常委会组织部分常委会组成人员和县人大代表，深入甲镇、乙镇等地，对全县花椒产业发展情况开展视察。

        永善是云南重要的花椒产区。视察组走进花椒种植基地、烘干加工厂和电商服务中心，详细了解种植管护、烘干

        设施和公共服务，加强技能培训和就业帮扶，确保搬迁群众稳得住、逐步能致富。县人大常委会将持续跟踪监督，推动各项扶持政策落实落地。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[11, 13, 15, 27], [23, 25, 3, 5]])
    }

    /// A topical continuation taken from a chain no article owns (`情况，梳理出…` for the open cut
    /// `…听取旗人…` / `…那吉镇、`) takes along that chain's last paragraph when it is no closer to the
    /// article the layout would give it (`询问会上，常委会组成人员…`).
    func testAnUnownedChainsLastParagraphGoesWithTheTopicalRunAboveIt() {
        let page = """
        兴安日报　2024年9月19日　第5版　民主法治



        扎赉特旗人大常委会专题询问黑土地保护工作

        文/于海涛

        9月10日，扎赉特旗人大常委会召开会议，听取旗人民政府关于黑土地保护工作情况的报告，并对全旗黑土地保护工作开展专题询问。旗农牧局、自然资源局、林草局等部门负责人到会应询。

        询问前，旗人大常委会组织调研组深入音德尔镇、霍尔奇镇、亚东镇等地，实地察看保护性耕作、侵蚀沟治理和秸秆还田



        科右中旗人大代表助力大豆产业振兴

        本报讯（记者 孟繁星 通讯员 敖小平）金秋时节，莫力达瓦达斡尔族自治旗的大豆田里一片丰收景象。今年以来，旗人大常委会组织开展“人大代表助力大豆产业振兴”活动，引导各级人大代

        情况，梳理出部分地块黑土层变薄、侵蚀沟治理进度慢等问题。

        询问会上，常委会组成人员和人大代表围绕问题连续追问，应询部门负责人逐一作答。旗人大常委会将跟踪督办询问意见落实，推动黑土地保护各项措施落地见效。

        表在良种推广、技术服务、产品营销等方面发挥作用。

        活动中，代表们深入巴彦呼舒镇、好腰苏木、杜尔基镇等地，走访种植大户和合作社，收集意见建议40余条，帮助种植户解决了大豆收储难、农机服务不足等问题，推动有关部门建立大豆良种繁育基地2个。

        旗人大常委会有关负责人表示，将继续组织人大代表围绕大豆产业发展建言献策，助力农民增收。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[9, 11, 19, 21], [17, 23, 25, 27]])
    }

    /// A cut inside a term (`…县人大常委`) with two paragraphs finishing it: the one that opens a
    /// speaker's sentence with it (`会议要求，要…`) is the other article's own opening; the cut goes on
    /// with `会将持续跟踪监督…`.
    func testATermIsFinishedByTheParagraphThatOpensNoSpeakersSentence() {
        let page = """
        某某日报　2024年6月4日　第3版

        甲县人大常委会视察饮水安全

        本报讯（记者 王芳）近日，甲县人大常委会组织代表视察农村饮水安全工作。代表们建议加快管网改造，县人大常委

        乙县人大常委会听取供水工作报告

        本报讯（通讯员 李明）近日，乙县人大常委会召开会议，听取县政府关于农村供水工作的报告。

        会议要求，要加快城乡供水一体化建设，让群众喝上放心水。

        会将持续跟踪监督，推动问题整改到位。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 13], [9, 11]])
    }

    /// A topical run moved from a county's column to a city's article (`…截污管网建设、工业园区废水` /
    /// `监管和河道保洁…`) takes along the column's last paragraph opening with the city's level
    /// (`市人大常委会将对询问中提出的问题跟踪督办…`), though its closing formula is the county's too.
    func testAColumnsLastParagraphOpeningWithTheRunsLevelGoesWithIt() {
        let page = """
        某某日报　2025年6月20日　第3版

        惠来县人大常委会
        视察茶产业发展
        本报记者　林晓

        6月中旬，惠来县人大常委会组织部分常
        委会组成人员和县人大代表，深入甲镇、

        乙镇等地，对全县茶产业发展情况开
        展视察。

        视察组走进茶园、茶叶加工厂和茶叶交易
        中心，详细了解茶园管护、加工工艺和品
        牌推广等情况。惠来地处榕江上游，山地
        多、雨量足、云雾多，种茶历史悠久，近
        年来全县茶园面积稳步扩大。

        视察组建议，要加强茶园标准化建设，培
        育龙头企业，打响“惠来茶”区域公用品
        牌。县人大常委会将组织人大

        陆丰市人大常委会专题询问螺河治理

        本报讯（通讯员 黄丹）6月17日，
        陆丰市人大常委会召开会议，就螺河流域
        综合整治工作开展专题询问，二十余名市
        人大代表列席会议。

        市人大常委会组成人员和部分市人大代表
        围绕截污管网建设、工业园区废水

        代表持续跟踪，推动视察意见落到实处，

        助力茶农增收。

        监管和河道保洁等问题，向市人民政府有
        关部门负责人提问。应询部门负责人逐一
        作答，并就存在的问题提出了整改措施。

        会议要求，要巩固螺河治理成果，加快补
        齐截污管网短板，推动流域水质持续改善。

        市人大常委会将对询问中提出的问题跟踪
        督办，推动询问成果落地见效。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map { $0.bodyLines.contains(44) }, [false, true])
    }

    /// A magazine page of two stacked articles, each over two columns, read column by column: the
    /// first article's cut, the second's header and cut, then the first's continuation and the
    /// second's. The page indents its paragraphs, so the continuations are the two printed flush;
    /// an indented paragraph (the first article's lead) is no landing for a cut.
    static let stackedArticles = """
        履职纪实



        河长制里的代表力量

        ■ 刘晓梅（湖南）

        　　临湘市境内河湖众多，守护好一江碧水是全市人民的共同心愿。近年来，临湘市人大常委会把河湖长制落实情况列为监督重点，每年组织代表开展专题视察。

        　　我们组织代表沿江察看排污口整治、岸线修复和渔民退捕安置情况，推动有关部门完善



        幸福食堂暖人心

        ■ 黄志刚（四川）

        　　邻水县老年人口多，子女外出务工的家庭不少。今年以来，邻水县人大常委会把农村老年助餐服务作为民生实事项目，组织代表跟踪监督。

        　　代表们走村入户了解到，部分助餐点存在运营经费紧张、服务

        巡河护河长效机制，收集意见建议七十余条。常委会还对整改情况开展跟踪视察，一督到底。

        　　一江碧水，人人守护。我们将持续加强监督，让河湖更美、群众更满意。

        （作者系临湘市人大常委会副主任）

        覆盖面不宽等问题。常委会形成审议意见交县政府研究处理，目前全县已建成助餐点四十余个。

        　　小食堂连着大民生。我们将持续跟踪问效，让老人吃得舒心、家人放心。

        （作者单位：邻水县人大常委会办公室）

        2025年第3期　人大履职　18
        """

    func testAnIndentedParagraphIsNoLandingOnAPageThatIndentsItsParagraphs() {
        let doc = Fixtures.document(ReadingOrderTests.stackedArticles)
        XCTAssertEqual(doc.sections.map(\.authors), [["刘晓梅"], ["黄志刚"]])
        // The cut `…推动有关部门完善` (line 11) does not go back to its own lead (line 9).
        XCTAssertFalse(doc.joins.contains { $0.0 == 11 && $0.1 == 9 }, "\(doc.joins)")
        XCTAssertEqual(doc.sections[0].bodyLines.prefix(2), [9, 11])
    }

    /// With nothing across any seam (`…完善|巡河…`, `…服务|覆盖面…`), the continuations of two stacked
    /// articles' cuts follow in the order of the cuts, though the second cut sits right above the
    /// first's continuation.
    func testContinuationsOfStackedArticlesFollowTheOrderOfTheirCuts() {
        let doc = Fixtures.document(ReadingOrderTests.stackedArticles)
        let a = doc.analysisText(of: doc.sections[0]).string, b = doc.analysisText(of: doc.sections[1]).string
        XCTAssertTrue(a.contains("部门完善巡河护河长效机制"), a)
        XCTAssertTrue(b.contains("服务覆盖面不宽"), b)
        XCTAssertEqual(Set(doc.joins.map { "\($0.0)-\($0.1)" }), ["11-23", "21-29"])
    }

    /// On a page whose paragraphs are printed a line each and indented, a paragraph printed flush is
    /// the rest of some cut: a cut left open takes the flush paragraph below it that nothing reached,
    /// though the layout alone scores the seam below a join (no column gap above it here).
    func testAnOpenCutTakesTheFlushParagraphBelowIt() {
        // The stacked page with no blank line between the first article's footer and the second's
        // continuation: no column gap above that continuation.
        let page = ReadingOrderTests.stackedArticles.replacingOccurrences(of: "副主任）\n\n覆盖面", with: "副主任）\n覆盖面")
        XCTAssertNotEqual(page, ReadingOrderTests.stackedArticles)
        let doc = Fixtures.document(page)
        let a = doc.analysisText(of: doc.sections[0]).string, b = doc.analysisText(of: doc.sections[1]).string
        XCTAssertTrue(a.contains("部门完善巡河护河长效机制"), a)
        XCTAssertTrue(b.contains("服务覆盖面不宽"), b)
        XCTAssertEqual(doc.sections[1].bodyLines, [19, 21, 28, 30, 32])
        // Both continuations are column joins (the second one's seam scored below a join on its own).
        XCTAssertEqual(Set(doc.joins.map { "\($0.0)-\($0.1)" }), ["11-23", "21-28"])
    }

    /// On a narrow hard-wrapped page a blank line inside a paragraph (`…代表们认真听取` / blank /
    /// `意见，部分问题…`) is no column jump: the two stacked articles' order rule leaves that
    /// continuation alone, though another cut's continuation is printed below it.
    func testABlankLineInsideAWrappedParagraphIsNoStackedColumn() {
        let page = """
        临湘日报　2025年3月5日　第2版

        临湘市人大常委会
        视察河湖长制落实
        本报记者　刘晓梅

        　　3月上旬，临湘市人大常委
        会组织部分代表沿江察看排污口
        整治和岸线修复情况。
        　　代表们在座谈中提出，要推
        动有关部门完善

        邻水县人大常委会
        调研老年助餐服务
        通讯员　黄志刚

        　　近日，邻水县人大常委会组
        织代表走村入户，了解农村老年
        助餐点运营情况。代表们认真听取

        意见，部分问题仍待解决，需要
        持续推进。县人大常委会将跟踪。



        相关工作机制。市人大常委会将
        持续跟踪问效。
        """
        let doc = Fixtures.document(page)
        let a = doc.analysisText(of: doc.sections[0]).string, b = doc.analysisText(of: doc.sections[1]).string
        XCTAssertTrue(b.contains("认真听取意见,部分问题"), b)
        XCTAssertTrue(a.contains("部门完善相关工作机制"), a)
    }

    func testIndentSignsNeedAPageThatIndentsParagraphStarts() {
        func signs(_ page: String) -> [Int8] {
            let source = try! SourceText(path: "t.txt", bytes: Array(page.utf8))
            return ReadingOrder.indentSigns(LineClassifier().units(of: source))
        }
        let p1 = "县人大常委会组织代表深入乡镇开展视察，察看项目建设进展情况。"
        let p2 = "代表们在座谈中提出，要加快推进项目建设，切实解决群众关心的问题。"
        let p3 = "县人大常委会将持续跟踪问效，推动审议意见落到实处，取得"
        let p4 = "实效。今年以来，代表们共提出意见建议六十余条，已全部交办。"
        // Three indented paragraph starts and a flush one: +1 each start, -1 the flush one.
        XCTAssertEqual(signs("　　\(p1)\n\n　　\(p2)\n\n　　\(p3)\n\n\(p4)\n"), [1, 1, 1, -1])
        // Two ASCII spaces or a tab are an indent too.
        XCTAssertEqual(signs("  \(p1)\n\n\t\(p2)\n\n  \(p3)\n\n\(p4)\n"), [1, 1, 1, -1])
        // Two indented paragraphs say nothing.
        XCTAssertEqual(signs("　　\(p1)\n\n　　\(p3)\n\n\(p4)\n"), [0, 0, 0])
        // Every line indented (a margin, not a first-line indent): nothing either.
        // Every line of a narrow column indented (a margin, not a first-line indent): nothing either.
        let margin = [
            "县人大常委会组织代表深入", "乡镇开展视察，察看项目建", "设进展情况，听取意见。", "",
            "代表们在座谈中提出，要加", "快推进项目建设，切实解决", "群众关心的急难愁盼问题。", "",
            "县人大常委会将持续跟踪问", "效，推动审议意见落到实处", "，让群众看到实实在在的变", "化和成效。", "",
        ].map { $0.isEmpty ? "" : "　　" + $0 }.joined(separator: "\n")
        XCTAssertEqual(signs(margin + "\n"), [0, 0, 0])
        // The same paragraphs with only their first lines indented, and one printed flush: three starts.
        let firstLines = margin.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { k, l in
            k == 0 || k == 4 || k == 8 ? String(l) : String(l.drop { $0 == "　" })
        }.joined(separator: "\n")
        XCTAssertEqual(signs(firstLines + "\n\(p4)\n"), [1, 1, 1, -1])
        // Every paragraph indented (a uniform margin): nothing to tell a start from a continuation.
        XCTAssertEqual(signs("　　\(p1)\n\n　　\(p2)\n\n　　\(p3)\n\n　　\(p4)\n"), [0, 0, 0, 0])
        // A flush page with three indented items: indents are not the page's rule.
        XCTAssertEqual(signs("\(p1)\n\n　　\(p2)\n\n　　\(p2)\n\n　　\(p2)\n\n\(p3)\n\n\(p4)\n\n\(p1)\n\n\(p4)\n"), [0, 0, 0, 0, 0, 0, 0, 0])
    }

    /// Two cuts whose term seams meet at one landing: `…不少群众向市人` reads on as 人民民主 or as
    /// 人大代表, `…坚持践行全过程人` only as 全过程人民民主. The first leaves `民民主，…` to the second and
    /// takes `大代表反映，…`, though the layout scores its seam into `民民主` a little higher.
    func testACutWithAnotherTermSeamLeavesASharedLandingToTheCutWithNone() {
        let page = """
        人大之窗



        临湘市人大常委会视察易地搬迁后续扶持工作

        本报记者　刘晓梅

        7月上旬，临湘市人大常委会组织部分常委会组成人员，对易地扶贫搬迁后续扶持工作开展视察。

        视察组走进扶贫车间和搬迁户家中，详细了解就业帮扶情况。不少群众向市人



        邻水县人大常委会调研柑橘产业发展

        本报讯（记者 黄志刚）近日，邻水县人大常委会组织调研组，对全县柑橘产业发展情况开展专题调研。

        调研组先后走进柑橘种植基地、分拣中心和柑橘初加

        民民主，让搬迁群众住得安心、过得舒心。市人大常委会将持续跟踪监督。

        大代表反映，希望在家门口找到稳定的工作。视察组指出，搬迁群众生产生活条件明显改善。

        视察组建议，要强化就业帮扶，坚持践行全过程人

        工企业，了解品种改良、冷链物流和市场销售等情况。

        调研组建议，要加强技术培训，培育本地品牌，稳定群众增收渠道。
        """
        let doc = Fixtures.document(page)
        let a = doc.analysisText(of: doc.sections[0]).string
        XCTAssertTrue(a.contains("群众向市人大代表反映"), a)
        XCTAssertTrue(a.contains("践行全过程人民民主,让搬迁群众"), a)
        XCTAssertEqual(Set(doc.joins.map { "\($0.0)-\($0.1)" }).intersection(["11-23", "25-21", "11-21"]), ["11-23", "25-21"])
    }

    /// Of two paragraphs a term's rest opens (`…临湘市人大|代表们走进…` and `|常委会推动…`), the one below
    /// a cut paragraph of its column (`…详细了解苗木`) is a column's top; the one below a paragraph that
    /// ended its sentence is that article's next paragraph.
    func testATermsRestBelowACutIsAColumnTop() {
        let page = """
        广安日报　2025年7月18日　第6版　人大之窗



        临湘市人大代表联络站建到渔村里

        文/刘晓梅

        在临湘市江南镇的一个渔村，代表联络站就设在码头边。渔民上岸归来，就能走进联络站和代表拉拉家常、提提建议。

        近年来，临湘市人大



        邻水县人大代表为柑橘产业发展献策

        本报讯（记者 黄志刚 通讯员 林佳琪）近日，邻水县人大常委会组织部分县人大代表，对全县柑橘产业发展情况开展专题调研。

        代表们走进柑橘育苗场、种植基地和加工企业，详细了解苗木

        常委会推动代表联络站向渔村、社区延伸，组织两级人大代表定期进站接待群众，一批渔民关心的问题得到解决。

        “联络站就在家门口，有事找代表方便多了。”一位老渔民说。市人大常委会将持续推动联络站规范化建设。

        繁育、冷链仓储和品牌建设等情况。邻水柑橘是当地的特色产业，但也存在育苗能力不足、品牌溢价不高等问题。

        代表们建议，要加强科技支撑，完善冷链物流体系，培育区域公用品牌，推动柑橘产业提质增效。
        """
        let doc = Fixtures.document(page)
        let a = doc.analysisText(of: doc.sections[0]).string, b = doc.analysisText(of: doc.sections[1]).string
        XCTAssertTrue(a.contains("临湘市人大常委会推动代表联络站"), a)
        XCTAssertTrue(b.contains("代表们走进柑橘育苗场"), b)
        XCTAssertEqual(doc.sections[1].bodyLines, [17, 19, 25, 27])
    }

    /// A cut (`…是省级非物质文化遗产，`) whose rest is printed under the next article's header
    /// (`但近年来…`) is the first article's text: the second article starts at its own opening
    /// (`8月上旬，…`), not at the first paragraph under its header.
    func testALandingUnderAnotherHeaderIsTheCutArticlesText() {
        let page = """
        运城日报　2025年8月20日　第5版　人大之声



        稷山县人大代表为板枣产业把脉

        本报讯（通讯员 张润田）近日，稷山县人大常委会组织部分县人大代表，深入板枣主产区，就板枣产业发展开展专题调研。

        代表们走进枣园、加工厂和交易市场，了解种植管理、精深加工和市场销售等情况。稷山板枣栽培系统是省级非物质文化遗产，



        闻喜县人大常委会视察农村饮水安全工作

        □ 本报记者　薛立平

        但近年来也存在品种老化、加工链条短等问题。

        代表们建议，要加快品种改良，延伸产业链条，打响稷山板枣品牌。县人大常委会将把代表建议交县人民政府研究办理。

        8月上旬，闻喜县人大常委会组织视察组，对全县农村饮水安全工作进行视察，部分县人大代表参加。

        视察组深入礼元镇等地，察看了水源地、水厂和入户管网，听取了县水利局的情况汇报。

        视察组要求，要加强水源地保护，加快老旧管网改造，让农村群众喝上放心水。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(doc.sections[0].bodyLines, [7, 9, 17, 19], "\(doc.sections.map(\.bodyLines))")
        XCTAssertEqual(doc.sections[1].bodyLines, [21, 23, 25])
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["9-17"])
    }

    /// The same landing after a lead printed above its own header that names the header's place
    /// (`阳城县地处…，践行全过程` | `人民民主，…`) is that article's text: the article keeps it.
    func testALandingAfterItsOwnLeadStaysWithItsHeader() {
        let page = """
        晋城日报　2025年8月20日　第5版　人大之声

        高平市人大常委会近日组织部分市人大代表，对全市农村人居环境整治工作开展视察，实地察看了村庄清洁、垃圾分类和污水治理等情况。



        高平市人大常委会视察农村人居环境整治

        本报记者　王丽霞

        视察组认为，高平市农村人居环境整治扎实有效，村容村貌明显改善。

        阳城县地处太行山南麓，生态地位十分重要。今年以来，阳城县人大常委会把生态环境保护作为监督重点，组织开展大气污染防治执法检查，践行全过程



        阳城县人大常委会：守护太行山绿水青山

        本报记者　郭志强

        人民民主，邀请基层群众代表全程参与。

        执法检查组深入沿山乡镇，实地查看企业治污设施和扬尘管控情况，并召开座谈会听取意见。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.count, 2)
        let b = doc.analysisText(of: doc.sections[1]).string
        XCTAssertTrue(b.contains("践行全过程人民民主"), b)
        XCTAssertTrue(b.contains("执法检查组深入沿山乡镇"), b)
    }

    /// A cut at a plain word (`…并邀请群众代表参与`) whose rest (`办理结果评议。…`) is printed in a third
    /// article's column, above the cut article's footer: the rest alone shares little with either
    /// article, but the paragraph after it quotes the cut article's title phrase (`“民情日记”`),
    /// which no other title quotes: the two go on from the cut.
    func testARestQuotingTheCutArticlesTitlePhraseGoesOnFromTheCut() {
        let page = """
        代表风采



        “民情日记”里的为民情怀

        ■ 周立新（吉林）

        　　舒兰地处长白山余脉，山区村屯分散，群众办事不便。

        　　今年以来，舒兰市人大常委会组织市人大代表走进山区村屯，逐户走访听取意见，把群众反映的道路破损、饮水不便等问题记进“民情日记”，形成建议交有关部门办理，并邀请群众代表参与



        社区里的“议事长廊”

        ■ 孟庆华（辽宁）

        　　铁岭县城有不少老旧社区，居民议事缺少场所，很多问题长期得不到解决。

        　　去年，县人大常委会推动在社区建设议事长廊，代表每月定期进廊接待居民，收集意见建议，督促有关部门办理。

        （作者单位：铁岭县人大常委会办公室）



        果园里的代表服务队

        ■ 林秀珍（福建）

        　　平和的蜜柚声名在外，蜜柚产业是山区群众增收的主要来源，但不少果农在管理技术和销售渠道上遇到了难题。

        　　为此，平和县人大常委

        办理结果评议。一年来，代表们推动硬化村道三十余公里，解决问题一百余件。

        　　我们将继续用好“民情日记”，让代表履职贴近群众冷暖，让群众的期盼在山区落地。

        （作者系舒兰市人大常委会副主任）

        会组织懂技术的县人大代表组成服务队，定期上山进村，讲解果园管理技术，帮助果农对接电商平台。两年来，服务队走访果农六百余户。

        　　果农们说，代表们带来的不只是技术，更是信心。我们将把这项工作坚持下去，让代表履职在果园里结出硕果。

        （作者系平和县人大常委会农业农村工作委员会主任）
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[9, 11, 35, 37, 39], [19, 21, 23], [31, 33, 41, 43, 45]])
    }

    /// Quoted phrases are signatures only when no shared formulation: a numeral (`“三个工作法”`) or a
    /// genre term (`“网上代表之家”`) is left out; one character or more than ten is no phrase.
    func testSignatureQuotesLeaveSharedFormulationsOut() {
        let t = Array("打造“网上代表之家”，用好“三个工作法”和「民情日记」，从“心”出发，“暖心台账”".unicodeScalars)
        XCTAssertEqual(SignatureQuotes.phrases(in: t).map { String(String.UnicodeScalarView($0)) }, ["民情日记", "暖心台账"])
        var q = SignatureQuotes()
        q.add(Array("“民情日记”里的为民情怀".unicodeScalars), position: 0)
        q.add(Array("社区里的“议事长廊”".unicodeScalars), position: 1)
        q.add(Array("也写“民情日记”".unicodeScalars), position: 2)
        XCTAssertEqual(q.owners(quotedIn: Array("用好“议事长廊”和“民情日记”".unicodeScalars)), [1])
    }

    /// A list cut at a column's foot (`…详细了解苗木繁育、水肥`) goes on with the one paragraph that
    /// closes a list (`管理、木材深加工和品牌建设等情况。`), though the corpus statistics know nothing
    /// across the seam.
    func testAListCutAtAColumnFootGoesOnWhereAListCloses() {
        let page = """
        宿迁日报　2025年9月16日　第3版

        沭 阳 县 人 大 常 委 会
        调研代表联络站建设
        本报记者　孙立群

        9月上旬，沭阳县人大常委会组织调研组，
        深入钱集镇、韩山镇等地，对全县代表联络

        站建设情况开展专题调研。

        调研组走进代表联络站，查阅接待记录，与
        进站代表和群众座谈交流。近年来，县人大
        常委会坚持践行全过程人

        泗阳县人大常委会视察杨树产业发展

        本报讯（记者 周明远）近日，泗阳县人大常
        委会组织部分常委会组成人员和县人大代表，
        对泗阳县杨树产业发展和品种保护情况开展视
        察。

        视察组走进杨树良种场、苗木基地和木材
        加工企业，详细了解苗木繁育、水肥

        民民主，推动代表联络站实现乡镇全覆盖，
        一批群众反映的道路、饮水等问题得到解决。
        今年以来，各联络站共接待群众六百余人次。

        调研组建议，要进一步完善联络站运行机制，
        丰富进站活动内容，让人大代表与群众联系

        更紧密，把联络站真正建成群众信得过的“连
        心站”。

        管理、木材深加工和品牌建设等情况。泗阳县红
        牛是当地的传统优势产业，近年来种植规

        模稳步扩大，已成为群众增收的重要产业。

        视察组建议，要加强品种保护和选育提纯，
        完善苗木繁育和疫病防控体系，推动杨树产
        业做大做强。县人大常委会将持续跟踪监督，
        助力种植户增收。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[7, 8, 10, 12, 13, 14, 26, 27, 28, 30, 31, 33, 34],
                                                        [18, 19, 20, 21, 23, 24, 36, 37, 39, 41, 42, 43, 44]])
        XCTAssertTrue(doc.joins.contains { $0.0 == 24 && $0.1 == 36 }, "\(doc.joins)")
    }

    /// List seams: a tail whose last clause holds a list after a clause of its own is open; a head
    /// whose first clause closes a list (`等情况`) continues it; parallel phrases alone (a subhead)
    /// and a list closed before the seam are no open list.
    func testListSeamsOpenAndClose() {
        func s(_ t: String) -> ArraySlice<Unicode.Scalar> { Array(t.unicodeScalars)[...] }
        XCTAssertTrue(ListSeam.openAtEnd(s("视察组走进苗圃基地，详细了解苗木繁育、水肥")))
        XCTAssertFalse(ListSeam.openAtEnd(s("让古城留下记忆、留住乡愁")))
        XCTAssertFalse(ListSeam.openAtEnd(s("了解苗木繁育、水肥管理，并察看")))
        XCTAssertFalse(ListSeam.openAtEnd(s("了解苗木繁育、水肥管理。")))
        XCTAssertEqual(ListSeam.atStart(s("管理、木材深加工和品牌建设等情况。杨树")).closing, true)
        XCTAssertEqual(ListSeam.atStart(s("能力不强等问题。")).closing, true)
        XCTAssertEqual(ListSeam.atStart(s("视察组走进良种场、苗木基地和加工企业，详细了解")).closing, false)
        XCTAssertFalse(ListSeam.continues(openTail: false, (comma: true, closing: true)))
        XCTAssertTrue(ListSeam.continues(openTail: true, (comma: false, closing: true)))
    }

    /// A short line at a column's foot that ends with one or two characters of a term (`与会的市人`)
    /// is a cut, not a subhead, when a paragraph on the page opens with the term's rest of three
    /// characters or more (`大代表建议，…`): no paragraph opens so otherwise.
    func testAShortLineEndingWithATermsFirstCharacterIsACut() {
        let page = """
        鞍山日报　2025年7月19日　第4版

        人 大 视 点



        海城市人大常委会调研菱镁产业发展

        □ 本报记者　关丽娜　本报通讯员　赵淑芬

        7月中旬，海城市人大常委会组织部分常委会组成人员和市人大代表，深入菱镁生产企业和产业园区，就全市菱镁产业发展情况开展专题调研。

        调研组走进生产车间、研发中心和检测实验室，详细了解技术创新、人才引进和市场开拓等情况。瓦房店是全国重要的菱镁产业基地，但也存在中小企业创新能力不强、高端产品占比偏低等问题。

        与会的市人



        台安县人大常委会视察农村饮水安全工作

        本报讯（记者 孟海涛）近日，台安县人大常委会组织部分常委会组成人员和区人大代表，深入安波街道等地，对全区农村饮水安全工作开展视察。

        视察组察看了水源地保护、水厂运行和管网改造等情况，听取了区有关部门的汇报。近年来，全区农村自来水普及率稳步提高。

        大代表建议，要加大研发投入，推动产业向高端化、智能化转型，擦亮“中国菱镁之乡”品牌。市人大常委会将持续关注，助力产业高质量发展。

        本报讯（见习记者 白雪）近日，岫岩满族自治县人大常委会组织部分市人大代表，走进南果梨种植基地和冷库，就南果梨产业发展情况开展调研，并与种植户座谈交流。

        代表们详细了解了品种引进、设施栽培和冷链物流等情况。庄河南果梨种植面积不断扩大，已成为当地农民增收的重要产业，鲜果远销国内多个城市，但也存在品种结构单一、采摘用工紧张等问题。

        鲜果远销国内多个城市

        代表们建议，要优化品种结构，推广设施栽培，延长鲜果上市期，提升产品附加值，打响庄河南果梨品牌。市人大常委会将把代表建议交市人民政府研究办理。



        岫岩满族自治县人大代表助力南果梨产业发展

        视察组指出，部分偏远村屯供水保障能力不足，管网老化问题依然存在。

        视察组建议，要加快老旧管网改造，加强水质检测，定期公开水质信息，健全长效管护机制，让群众喝上放心水。区人大常委会将持续跟踪监督。
        """
        let doc = Fixtures.document(page)
        XCTAssertTrue(doc.joins.contains { $0.0 == 15 && $0.1 == 25 }, "\(doc.joins)")
        XCTAssertTrue(doc.sections[0].bodyLines.contains(25), "\(doc.sections.map(\.bodyLines))")
        XCTAssertFalse(SeamTerms.shared.cutOpeningsBeforeLongRest(atEndOf: Array("与会的市人".unicodeScalars)).isEmpty)
        // `人大|代表` holds two and leaves two: a paragraph may well open with `代表…`.
        XCTAssertFalse(SeamTerms.shared.continues(SeamTerms.shared.cutOpeningsBeforeLongRest(atEndOf: Array("走访人大".unicodeScalars)),
                                                  Array("代表们说".unicodeScalars)))
    }

    /// A title printed over its article's rest (`濉溪县人大常委会调研…` / `大代表，深入乡镇敬老院…`) and the
    /// article's head with its dateline byline printed elsewhere (`本报讯（记者 周立华 通讯员 张晓峰）近日，
    /// 濉溪县人大常委会组织部分县人`): joined across the term, the two are one article, titled and bylined,
    /// not an untitled section and a section without a byline.
    func testATitledRestAndItsBylinedHeadAreOneArticle() {
        let page = """
        淮北日报　2025年9月12日　第3版



        濉溪县人大常委会调研农村养老服务工作

        大代表，深入乡镇敬老院、村级互助养老点和社区老年食堂，就全县农村养老服务工作开展专题调研。

        调研组了解到，近年来全县农村养老服务设施逐步完善，互助养老模式在不少村推开，但也存在护理人员短缺、部分养老设施利用率不高、服务内容较为单一等问题。

        调研组建议，要加大农村养老护理人才培养力度，盘活闲置养老设施，发展互助养老和助餐服务。县人大常委会将把调研报告交县人民政府研究处理。



        烈山区人大常委会检查农产品质量安全法实施情况

        □ 记者　陈思雨

        9月上旬，烈山区人大常委会组织执法检查组，深入石榴园、农产品检测站和农资经营门店，对农产品质量安全法在全县的贯彻实施情况开展执法检查。

        烈山石榴闻名全国，全县水果种植面积大、从业人员多。检查组了解到，全县农产品质量安全总体稳定，但也存在基层监管力量薄弱、部分农户安全用药意识不强、农资经营

        本报讯（记者 周立华 通讯员 张晓峰）近日，濉溪县人大常委会组织部分县人

        不规范等问题。

        检查组要求，要健全县乡村三级监管网络，推行食用农产品承诺达标合格证制度，守护好群众“舌尖上的安全”。县人大常委会将听取审议执法检查报告，督促有关部门抓好整改。

        编辑：吴　静
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.count, 2, "\(doc.sections.map(\.title))")
        XCTAssertEqual(doc.sections[0].title, "濉溪县人大常委会调研农村养老服务工作")
        XCTAssertEqual(doc.sections[0].authors, ["周立华", "张晓峰"])
        XCTAssertEqual(doc.sections[0].bodyLines, [23, 7, 9, 11])
        XCTAssertEqual(doc.sections[1].authors, ["陈思雨"])
    }

    /// A pull quote (`留得住乡愁、留得住游客`, a line printed apart that repeats words of its article's
    /// text) ends without punctuation but is whole: no cut, so it does not take the continuation of
    /// the cut at another article's column foot (`…聚焦这些问题` / `逐一发问，…`).
    func testAPullQuoteIsNoCut() {
        let page = """
        内江日报　2025年9月17日　第3版

        逐一发问，现场气氛热烈。

        图为专题询问会议现场。　李子豪 摄

        会议要求，要科学规划建设停车设施，盘活闲置停车资源，加强智慧停车管理。县人大常委会将对询问问题的整改情况跟踪督办。



        东 兴 区 人 大 代 表
        视察椑木古镇保护利用

        本报讯（通讯员 刘佳怡）近日，东兴区人大常委会组织部分区人大代表，走进椑木古镇，对古镇保护利用工作开展视察。

        代表们沿着古街察看了古建筑修缮、消防设施和业态布局等情况，并与商户、居民面对面交流。椑木古镇是千年盐运古镇，近年来游客逐年增多，

        但也存在部分古建筑年久失修、停车配套不足、业态同质化等问题。

        留得住乡愁、留得住游客

        代表们建议，要坚持保护优先，加快古建筑抢救性修缮，丰富文旅业态，让古镇留得住乡愁、留得住游客。区人大常委会将把代表建议交区人民政府研究办理。



        隆昌：专题询问破解城区停车难

        □ 本报记者　王雨桐

        9月中旬，县人大常委会召开会议，就城区停车难问题开展专题询问，县住建、公安交管、城管等部门负责人到会应询。

        会前，县人大常委会组织调研组走访了隆昌城区的老旧小区、学校和医院周边，梳理出停车泊位不足、占道停车多发等六个方面的突出问题。会上，常委会组成人员和县人大代表聚焦这些问题

        责任编辑：何　琳
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["16-18", "32-3"])
        XCTAssertFalse(doc.unresolvedCuts.contains(20), "\(doc.unresolvedCuts)")
        XCTAssertEqual(doc.sections.first { $0.title?.hasPrefix("隆昌") ?? false }?.bodyLines.prefix(4), [30, 32, 3, 7])
    }

    func fixturePage(_ name: String) -> Document { Fixtures.guardPage(name) }

    /// An article cut at `…组织人` goes on under the next article's header (`大代表…`) with the rest of
    /// its list, whose openings repeat its own (`坚持党的领导，…`, then `坚持人民至上，…`, `坚持改革创新，…`):
    /// the run is that article's; the header's own text starts after it (`推进新时代人大工作，…`).
    func testALandedRunOfTheOtherArticlesListGoesWithIt() {
        let doc = fixturePage("s8_landed_list")
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["7-15"])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 15, 17, 19], [21, 23, 25]])
    }

    /// A month in Chinese numerals opens an article's lead (`三月的巴马，…`) as one in digits does: the
    /// text joined under the header above it is the cut article's.
    func testAChineseNumeralMonthOpensAnArticle() {
        let doc = fixturePage("s8_month_opening")
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["14-21"])
        XCTAssertEqual(doc.sections.map { $0.authors }, [["覃海涛"], ["蒙丽芳"]])
        XCTAssertEqual(doc.sections[1].bodyLines.first, 27)
        XCTAssertTrue(doc.sections[0].bodyLines.contains(25))
        XCTAssertEqual(ReadingOrder.openingCue(Array("三月的巴马，砂糖橘基地里一片繁忙。".unicodeScalars)), 1.5)
    }

    /// The run under the header after a cut `…全过程人` | `民民主…` that names the cut article's place
    /// (`…奋力开创新安人大工作新局面。`) is that article's end; the header's own text starts after it.
    func testALandedRunNamingTheOtherArticlesPlaceGoesWithIt() {
        let doc = fixturePage("s8_landed_place")
        XCTAssertEqual(doc.joins.map { "\($0.0)-\($0.1)" }, ["9-17"])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 9, 17, 19], [21, 23]])
    }

    /// An article's last paragraph printed under the next header with no sentence cut: it names the
    /// article's title phrase (`“民生议事堂”`) and not the header's place, and the paragraph after it
    /// names that place first (`海宁市人大常委会承担着…`). It goes with its article.
    func testAnArticlesLastParagraphUnderTheNextHeaderGoesWithIt() {
        let doc = fixturePage("s8_tail_under_header")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 9, 16], [18, 20, 21]])
        XCTAssertEqual(ReadingOrder.quotedPhrases("“民生议事堂”里的协商民主"), [Array("民生议事堂".unicodeScalars)])
    }

    /// The header's own text may open where a cue says (`今年以来，…`) or where the run naming the cut
    /// article's place ends: the first of them whose moved text reads as the cut article's is taken
    /// (here the cue's moved text would hold the header's own lead).
    func testTheFirstOpeningWhoseMovedTextIsTheOthersIsTaken() {
        let doc = fixturePage("s8_landed_place_cue")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 7, 9, 17, 19], [21, 23]])
    }

    /// Two briefs on a page with a cut elsewhere, whose paragraphs `县人大常委会主要负责人表示，…` and
    /// `会上，常委会组成人员…` hold 常委会 in the same places: a frame with each other alone says they
    /// are alike, not which brief either belongs to, and neither moves.
    func testTwoPiecesFramedOnlyByEachOtherStay() {
        let doc = fixturePage("s9_mutual_frame")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 6, 7, 9, 10, 12, 13, 14], [18, 19, 21, 22, 23, 25, 26], [32, 33, 34, 35, 37, 38]])
    }

    /// A web page whose only cuts are line breaks inside a paragraph (`…截至7月底已全部办结答复,` /
    /// `代表对办理…`) is read in order: `据统计,今年州人代会…` shares 据 and 今年 with the other article's
    /// `据了解,今年以来…` by chance and stays where it is printed.
    func testLineBreaksInsideParagraphsAreNoColumnJumps() {
        let doc = fixturePage("s9_inorder_frame")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[5, 6, 7, 8], [14, 15, 16, 17]])
    }

    /// Two essays whose headers are printed one under the other over their texts interleaved
    /// paragraph by paragraph (a spread of two columns read across): the blocks are dealt out by
    /// the places and headline words they name and the columns' alternation, each essay gets its
    /// writer's footer and office, and its cut paragraph goes on in its own next block. (The last
    /// header held every paragraph; the first essay had no text.)
    func testStackedHeadersOverInterleavedColumnsDealTheirBlocks() {
        let doc = fixturePage("s9_interleaved")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[11, 12, 13, 18, 19, 24, 25, 30, 31, 33], [15, 16, 21, 22, 27, 28, 35, 36, 38]])
        XCTAssertEqual(doc.sections[0].office, "盘山县人大常委会党组书记、主任")
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["盘山县", "新民市"])
        // The first header's text printed elsewhere: the text under the headers opens with the
        // second's lead, and nothing moves.
        let alone = Fixtures.document("""
        守护辽河湿地 书写生态监督新篇章

        ■ 王立新（辽宁）

        以“三个到位”推动代表建议办理提质增效

        ■ 赵淑华 孙海涛（辽宁）

        代表建议是人大代表依法履职的重要形式。近年来，新民市人大常委会以“三个到位”为抓手，推动代表建议办理提质增效。

        交办到位，让每件建议有人管。我们实行建议分类交办，由主任会议成员牵头督办重点建议。

        督办到位，让每件建议有回音。常委会实行“重点督办+跟踪问效”机制，去年代表建议办结率达到100%。

        答复到位，让每件建议有实效。我们组织代表对办理结果进行满意度测评，推动湿地保护等建议落地。

        下一步，我们将不断拓展代表联系群众的广度和深度，为新民高质量发展贡献人大力量。
        """)
        XCTAssertEqual(alone.sections.map(\.bodyLines), [[], [9, 11, 13, 15, 17]])
    }

    /// A magazine spread printed out of order: an essay cut across the next header (`组织各级人` |
    /// `大代表…`) goes on under it with a paragraph repeating its own list's opening (`坚持…，…`) up to
    /// the next essay's lead; that essay is cut across a third header (`把全过程人` | `民民主…`) and goes
    /// on up to the third's lead naming its place early (`监督是…。迭部县人大常委会…`); the first essay's
    /// closing paragraph printed among the third's text (`新征程上，临潭县人大常委会将…`) goes back to it.
    func testASpreadsRunsUnderOtherHeadersAndAClosingPrintedElsewhere() {
        let doc = fixturePage("s9_spread_runs")
        let body = doc.sections.map(\.bodyLines)
        XCTAssertEqual(body.count, 3)
        XCTAssertEqual(body[0], Array(7...18) + Array(25...31) + [61, 62, 63])
        XCTAssertEqual(body[1], Array(33...45) + Array(51...54))
        XCTAssertEqual(body[2], [56, 57, 58, 59, 65, 66, 67, 68])
    }

    /// An essay's second paragraph cut across the next header (`党的二十大报告对…作出全面部署。雷山县人`
    /// | `大常委会…`), the header's office given by a footer of the first essay printed under it: the
    /// run under the header is the first essay's up to the lead naming a county new to the page
    /// (`从江县地处…`), its places deciding where the words are alike. (The cut's opening words and
    /// the footer's county had kept the run with the header.)
    func testARunUnderAHeaderGoesWithTheCutEssayWhoseCountyItNames() {
        let doc = fixturePage("s9_second_paragraph_cut")
        let body = doc.sections.map(\.bodyLines)
        XCTAssertEqual(Array(body[0].prefix(10)), [8, 9, 10, 11, 12, 13, 20, 21, 22, 23])
        XCTAssertTrue(body[0].contains(27))
        XCTAssertEqual(body[1].first, 30)
    }

    /// A quotation cut at a column's foot (`…督促“一府一委`) and closed at the top of a later column
    /// (`两院”依法履职…`) reads on there, though other pages of the drop open paragraphs with the same
    /// words (the tails of cut terms and quotations open paragraphs everywhere in a scrambled drop),
    /// rather than into the paragraph under the next header.
    func testAQuotationClosedAcrossTheSeamOutweighsItsOpeningElsewhere() throws {
        let url = Fixtures.testsDir.appendingPathComponent("Fixtures/guards/s10_footers_under_next_text.txt")
        let page = try SourceText(path: "page.txt", bytes: [UInt8](Data(contentsOf: url)))
        let others = ["依法履职，推动各项工作落地见效。", "依法行使职权，推动问题整改到位。", "工作，推动全县经济社会高质量发展。"].enumerated().map { k, rest in
            try! SourceText(path: "o\(k).txt", bytes: Array("县人大常委会监督工作纪实\n\n■ 张三（吉林）\n\n常委会将继续监督支持“一府一委\n\n两院”\(rest)\n\n下一步，常委会将持续加强监督。\n".utf8))
        }
        let doc = DocumentReader(background: NGramIndex.sample([page] + others)).read(page)
        XCTAssertTrue(doc.joins.contains { $0 == (53, 67) }, "\(doc.joins)")
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 25, 26, 27, 28, 30, 31, 32, 34, 36],
                                                    [38, 39, 40, 41, 43, 44, 45, 47, 48, 50, 51, 52, 53, 67, 68, 70, 71, 72, 74],
                                                    [60, 61, 62, 63, 65, 76, 77, 78, 79, 80, 82, 83, 84, 89, 90, 92]])
    }

    /// An article's cut paragraph read on under the next header (`…迎着累累硕` | another header |
    /// its continuation), the next article's own opening further down: once the text between is
    /// judged the first article's, the chain is cut right before that opening, so the first article
    /// keeps all of it (read with the n-gram statistics of a small drop, as the CLI reads a folder).
    func testARunJudgedTheOtherArticlesIsCutBeforeTheOpening() throws {
        let dir = Fixtures.testsDir.appendingPathComponent("Fixtures/corpus_moved_run")
        let sources = try ["g042", "g000", "g001"].map { name in
            try SourceText(path: name + ".txt", bytes: [UInt8](Data(contentsOf: dir.appendingPathComponent(name + ".txt"))))
        }
        let doc = DocumentReader(background: NGramIndex.sample(sources)).read(sources[0])
        XCTAssertEqual(doc.sections.count, 2)
        for line in [13, 19, 21, 23] {
            XCTAssertTrue(doc.sections[0].bodyLines.contains(line), "line \(line): \(doc.sections.map(\.bodyLines))")
            XCTAssertFalse(doc.sections[1].bodyLines.contains(line), "line \(line): \(doc.sections.map(\.bodyLines))")
        }
    }

    /// Three articles printed paragraph by paragraph in turn, each header inline above its first
    /// paragraph, their cuts leaping over the others' paragraphs (`…邀请提出问题的人` | another
    /// article's paragraph | `大代表全程参与跟踪…`): the pieces go to the article whose headline and
    /// opening share their rare words (台账, 议事亭, 结对帮扶; read with the seeds as the corpus).
    func testInterleavedArticlesWithInlineHeadersAreDealtByTopic() throws {
        let url = Fixtures.testsDir.appendingPathComponent("Fixtures/guards/s10_interleaved_inline.txt")
        let page = try SourceText(path: "page.txt", bytes: [UInt8](Data(contentsOf: url)))
        let sources = Fixtures.seedDocuments.map(\.source) + [page]
        let doc = DocumentReader(background: NGramIndex.sample(sources)).read(page)
        XCTAssertEqual(doc.sections.count, 3)
        let lines = doc.sections.map { Set($0.bodyLines) }
        XCTAssertTrue(lines[0].isSuperset(of: [7, 12, 41, 42, 48, 57, 58]), "\(doc.sections.map(\.bodyLines))")
        XCTAssertTrue(lines[1].isSuperset(of: [18, 24, 30, 31, 38, 54, 55]), "\(doc.sections.map(\.bodyLines))")
        XCTAssertTrue(lines[2].isSuperset(of: [35, 36, 50, 51, 52]), "\(doc.sections.map(\.bodyLines))")
        XCTAssertTrue(lines[2].isDisjoint(with: [30, 38, 41, 48, 54, 57]), "\(doc.sections.map(\.bodyLines))")
    }

    /// An article whose cut leaps over a pull quote under two news items (from a review of
    /// `InterleavedPieces`): no articles printed in turn, so its pieces stay, though the news item
    /// above shares its topic's rare words (read with the seeds as the corpus).
    func testALeapOverAPullQuoteDealsNothing() throws {
        let url = Fixtures.testsDir.appendingPathComponent("Fixtures/guards/s10_rev_pullquote_under_news.txt")
        let page = try SourceText(path: "page.txt", bytes: [UInt8](Data(contentsOf: url)))
        let doc = DocumentReader(background: NGramIndex.sample(Fixtures.seedDocuments.map(\.source) + [page])).read(page)
        XCTAssertEqual(doc.sections.count, 3)
        XCTAssertEqual(doc.sections[0].bodyLines, [5, 6, 7])
        XCTAssertTrue(Set(doc.sections[2].bodyLines).isSuperset(of: [18, 19, 21, 22, 26, 28, 29, 30, 32, 33, 35]), "\(doc.sections.map(\.bodyLines))")
    }
}
