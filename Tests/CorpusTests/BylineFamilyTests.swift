import Corpus
import XCTest

/// One test per byline family, seen in the seeds and unseen, on lines written here.
final class BylineFamilyTests: XCTestCase {
    let recognizer = BylineRecognizer()

    func recognize(_ s: String) -> (kind: BylineMatch.Kind, byline: Byline)? { recognizer.recognize(LineScalars(s)) }

    func testOfficeAndName() {
        let b = recognize("科尔沁区人大常委会党组书记、主任 乌力吉")!.byline
        XCTAssertEqual(b.family, "office-name")
        XCTAssertEqual(b.authors, ["乌力吉"])
        XCTAssertEqual(b.office, "科尔沁区人大常委会党组书记、主任")
    }

    /// Rows of a list of people (`王　芳　县人大代表　西井镇卫生院`: a name, a role, a workplace) are no
    /// bylines: no office opens with a person's name.
    func testAListRowOpeningWithANameIsNoByline() {
        for row in ["王　芳　县人大代表　西井镇卫生院", "王志刚　县人大代表　程家山村", "李建华　市人大代表　县农技中心"] {
            XCTAssertNotEqual(recognize(row)?.byline.family, "office-name", row)
            XCTAssertFalse(recognize(row)?.byline.authors.contains(where: { $0.hasSuffix("村") || $0.hasSuffix("中心") || $0.hasSuffix("院") }) ?? false, row)
        }
        // (An office that opens with a unit's name keeps its byline.)
        XCTAssertEqual(recognize("王家镇人大主席团主席　李建华")?.byline.authors, ["李建华"])
    }

    func testOfficeWithTwoNamesAndLongMongolianName() {
        XCTAssertEqual(recognize("某县人大常委会副主任 宋照日格图")!.byline.authors, ["宋照日格图"])
        XCTAssertEqual(recognize("市人大常委会研究室主任 王明 李华")!.byline.authors, ["王明", "李华"])
    }

    func testReporterWithMark() {
        let b = recognize("□ 本报记者 梁英杰")!.byline
        XCTAssertEqual(b.family, "reporter")
        XCTAssertEqual(b.office, "本报记者")
        XCTAssertEqual(b.authors, ["梁英杰"])
    }

    func testReporterAndIntern() {
        let b = recognize("■ 本报记者 张三 实习生 李四")!.byline
        XCTAssertEqual(b.authors, ["张三", "李四"])
        XCTAssertEqual(b.office, "本报记者")
    }

    func testRolesSeparatorsAndMarksBetweenNames() {
        XCTAssertEqual(recognize("特约撰稿人 欧阳明辉")!.byline.authors, ["欧阳明辉"])
        XCTAssertEqual(recognize("本报特约撰稿人 欧阳明辉")!.byline.office, "本报特约撰稿人")
        XCTAssertEqual(recognize("记者 陈嘉欣 实习记者 黎子豪")!.byline.authors, ["陈嘉欣", "黎子豪"])
        XCTAssertEqual(recognize("本报记者：王芳")!.byline.authors, ["王芳"])
        XCTAssertEqual(recognize("记者｜王芳")!.byline.authors, ["王芳"])
        XCTAssertEqual(recognize("■ 本报记者 王芳  ■ 通讯员 李强")!.byline.authors, ["王芳", "李强"])
        // `文/图` after a mark is a credit, not a name (文图).
        XCTAssertEqual(recognize("■ 文/图 马海军")!.byline.authors, ["马海军"])
    }

    /// `文　图/NAME` is 文/图 with a space for the slash; a closing `文字：A　摄影：B` credits the writer.
    func testTextAndPhotoWithASpaceAndAClosingTextAndPhotoCredit() {
        XCTAssertEqual(recognize("文　图/杨再兴")?.byline.authors, ["杨再兴"])
        XCTAssertEqual(recognize("文 图/杨再兴")?.byline.authors, ["杨再兴"])
        XCTAssertNil(recognize("文 图书馆藏"), "a word, not a credit")
        XCTAssertEqual(recognize("文字：成晓丽　摄影：吴国平")?.byline.authors, ["成晓丽"])
        XCTAssertEqual(recognize("文字：成晓丽　视频：吴国平")?.byline.authors, ["成晓丽"])
    }

    func testPhotographersOutletsAndTwoOffices() {
        let b = recognize("记者 王芳 摄影 李强")!.byline
        XCTAssertEqual(b.authors, ["王芳"]); XCTAssertEqual(b.office, "记者")
        XCTAssertEqual(recognize("本报记者 王芳 图/李强")!.byline.authors, ["王芳"])
        let outlet = recognize("安吉县融媒体中心 王芳")!.byline
        XCTAssertEqual(outlet.authors, ["王芳"]); XCTAssertEqual(outlet.office, "安吉县融媒体中心")
        let two = recognize("赤水市人大常委会 袁志刚 古蔺县人大常委会 曾小燕")!.byline
        XCTAssertEqual(two.authors, ["袁志刚", "曾小燕"]); XCTAssertEqual(two.office, "赤水市人大常委会")
        // A name that begins with 图 is still a name.
        XCTAssertEqual(recognize("记者 图门巴雅尔")!.byline.authors, ["图门巴雅尔"])
    }

    func testCongressWorkRoomsAndStations() {
        let b = recognize("沂水县人大常委会代表工作室 刘海涛")!.byline
        XCTAssertEqual(b.authors, ["刘海涛"]); XCTAssertEqual(b.office, "沂水县人大常委会代表工作室")
        XCTAssertEqual(recognize("城关镇人大代表工作站 王芳")?.byline.authors, ["王芳"])
        // Alone under a headline, every unit ending counts (联络处 was missing from the quick test).
        let doc = Fixtures.document("沂水县代表建议办理情况\n\n沂水县人大常委会代表联络处\n\n今年，县人大常委会确定5件重点建议。\n")
        XCTAssertEqual(doc.sections.map(\.office), ["沂水县人大常委会代表联络处"])
    }

    /// Mongolian and other transcribed names after a mark are names; two common words are a label.
    func testTranscribedNamesAfterAMark() {
        XCTAssertEqual(recognize("□ 图门巴雅尔")?.byline.authors, ["图门巴雅尔"])
        XCTAssertEqual(recognize("■ 格日勒图")?.byline.authors, ["格日勒图"])
        XCTAssertNil(recognize("■ 基层动态"))
    }

    func testOfficesAfterCreditLeadsAndTownshipPresidia() {
        let a = recognize("文/天台县人大常委会办公室 许晓东  汤佳佳")!.byline
        XCTAssertEqual(a.authors, ["许晓东", "汤佳佳"]); XCTAssertEqual(a.office, "天台县人大常委会办公室")
        XCTAssertEqual(recognize("文 | 乌镇镇人大主席团 沈建华")!.byline.office, "乌镇镇人大主席团")
        XCTAssertEqual(recognize("乌镇镇人大主席团 沈建华")!.byline.authors, ["沈建华"])
        let web = recognize("作者：阜平县人大常委会研究室 赵立新")!.byline
        XCTAssertEqual(web.authors, ["赵立新"]); XCTAssertEqual(web.office, "阜平县人大常委会研究室")
        // A full-width full stop between the parts of a transcribed name.
        XCTAssertEqual(recognize("记者 阿依古丽·艾买提  通讯员 买买提．吐尔逊")!.byline.authors, ["阿依古丽·艾买提", "买买提．吐尔逊"])
    }

    func testAllMediaReportersAndCreditWordsAfterAnOffice() {
        for (line, office) in [("全媒体记者 李小红", "全媒体记者"), ("本报全媒体记者 李小红", "本报全媒体记者"), ("本报融媒记者 李小红", "本报融媒记者")] {
            let b = recognize(line)!.byline
            XCTAssertEqual(b.authors, ["李小红"], line); XCTAssertEqual(b.office, office, line)
        }
        XCTAssertEqual(recognize("全媒体记者 李小红 通讯员 王强")!.byline.authors, ["李小红", "王强"])
        // What the names did is not a name: 文/图, 整理, 供稿.
        XCTAssertEqual(recognize("（县人大常委会研究室 林志远 文/图）")!.byline.authors, ["林志远"])
        XCTAssertEqual(recognize("（南安市人大常委会办公室 王芳 整理）")!.byline.authors, ["王芳"])
        XCTAssertEqual(recognize("（县人大常委会研究室 林志远 撰稿）")?.byline.authors, ["林志远"])
        XCTAssertEqual(recognize("（李秀英 口述）")?.byline.authors, ["李秀英"])
        let supplied = recognize("（惠安县人大 供稿）")!
        XCTAssertEqual(supplied.kind, .footer); XCTAssertEqual(supplied.byline.authors, []); XCTAssertEqual(supplied.byline.office, "惠安县人大")
        XCTAssertNotEqual(recognize("县人大常委会选举任免联络工委 整理")?.byline.authors, ["整理"])
        XCTAssertTrue(PersonName.isPlausible("李文图"))
    }

    /// An office alone under a headline credits the piece; the same line in the text, or a
    /// headline's first line naming no place (`地方人大常委会`), does not.
    func testAnOfficeAloneUnderAHeadline() {
        let doc = Fixtures.document("睢宁县重点代表建议督办情况\n\n县人大常委会代表工作委员会\n\n今年，县人大常委会确定5件重点建议，由主任会议成员领衔督办。\n")
        XCTAssertEqual(doc.sections.map(\.title), ["睢宁县重点代表建议督办情况"])
        XCTAssertEqual(doc.sections.map(\.office), ["县人大常委会代表工作委员会"])
        XCTAssertEqual(doc.sections.first?.region?.county, "睢宁县")
        XCTAssertNil(recognize("地方人大常委会"))
        let inText = Fixtures.document("代表建议办理\n\n本报记者 王芳\n\n今年确定5件重点建议。\n\n县人大常委会代表工作委员会\n\n将持续跟踪督办。\n")
        XCTAssertEqual(inText.sections.count, 1)
        XCTAssertEqual(inText.sections.first?.authors, ["王芳"])
    }

    /// A bare name right under a headline, over text, credits the piece; a list of names under a
    /// short label does not, nor a name in the text.
    func testNamesAloneUnderAHeadline() {
        let doc = Fixtures.document("代表建议办理见实效\n\n王芳 李强\n\n近日，霍州市人大常委会组织代表视察建议办理情况。\n")
        XCTAssertEqual(doc.sections.map(\.authors), [["王芳", "李强"]])
        XCTAssertEqual(doc.sections.map(\.title), ["代表建议办理见实效"])
        let list = Fixtures.document("代表风采\n\n王芳\n李强\n赵兵\n\n近日，霍州市人大常委会表彰优秀代表。\n")
        XCTAssertEqual(list.sections.flatMap(\.authors), [])
        // Three-character names joined into one heading are still a list, not a headline.
        let longer = Fixtures.document("代表风采\n\n王晓明\n李建国\n赵卫东\n\n近日，霍州市人大常委会表彰优秀代表。\n")
        XCTAssertEqual(longer.sections.flatMap(\.authors), [])
        let inText = Fixtures.document("代表建议办理见实效\n\n本报记者 张伟\n\n近日，霍州市人大常委会组织代表视察。\n\n王芳\n\n代表们表示将继续履职。\n")
        XCTAssertEqual(inText.sections.map(\.authors), [["张伟"]])
        XCTAssertNil(recognize("金堂县"))
    }

    func testOralHistoryNarratorAndRecorders() {
        // The narrator and whoever wrote it down are the authors; a role between the recorders' names.
        let a = recognize("口述：李秀英  整理：本报记者 张伟 通讯员 刘洋")!.byline
        XCTAssertEqual(a.authors, ["李秀英", "张伟", "刘洋"]); XCTAssertEqual(a.office, "本报记者")
        XCTAssertEqual(recognize("口述 谭金凤  整理 向明")!.byline.authors, ["谭金凤", "向明"])
        XCTAssertEqual(recognize("李秀英 口述  张伟 整理")!.byline.authors, ["李秀英", "张伟"])
        XCTAssertNil(recognize("口述历史：一位老代表的回忆"))
    }

    func testCommentatorWithoutName() {
        let b = recognize("□ 本报评论员")!.byline
        XCTAssertEqual(b.family, "commentator")
        XCTAssertEqual(b.authors, ["本报评论员"])
        XCTAssertNil(b.office)
        XCTAssertEqual(recognize("人民日报评论员")!.byline.authors, ["人民日报评论员"])
        XCTAssertEqual(recognize("本 刊 评 论 员")!.byline.authors, ["本刊评论员"])
        // With a name the commentator is an office, like a reporter's.
        let named = recognize("■ 本报评论员 王芳")!.byline
        XCTAssertEqual(named.authors, ["王芳"]); XCTAssertEqual(named.office, "本报评论员")
        // A sentence that mentions commentators is no byline.
        XCTAssertNil(recognize("本报评论员指出，要坚持人民至上。"))
    }

    func testMarkAndProvince() {
        let b = recognize("■ 白云萍（江苏）")!.byline
        XCTAssertEqual(b.family, "mark-province")
        XCTAssertEqual(b.authors, ["白云萍"])
        XCTAssertEqual(b.provinceHint, "江苏")
        XCTAssertNil(b.office)
    }

    func testMarkTwoNamesAndProvinceInASCIIBrackets() {
        let b = recognize("■ 张宇 朱自强(河南)")!.byline
        XCTAssertEqual(b.authors, ["张宇", "朱自强"])
        XCTAssertEqual(b.provinceHint, "河南")
    }

    func testNewsFlashLeavesTheRestOfTheLineAsBody() {
        let line = LineScalars("本报讯（赵峰）自治区两会闭幕后，乌市人")
        let b = recognizer.recognize(line)!.byline
        XCTAssertEqual(b.family, "news-flash")
        XCTAssertEqual(b.authors, ["赵峰"])
        XCTAssertEqual(b.text, "本报讯（赵峰）")
        XCTAssertEqual(b.range.upperBound, "本报讯（赵峰）".unicodeScalars.count)
    }

    func testNewsFlashWithReporterAndCorrespondent() {
        let b = recognize("本报讯（记者 王小明 通讯员 赵大力）近日，某县召开会议")!.byline
        XCTAssertEqual(b.authors, ["王小明", "赵大力"])
        XCTAssertEqual(b.office, "记者")
    }

    func testTwoAuthorWireByline() {
        let b = recognize("新华社北京3月5日电（记者 张三 李四）十四届全国人大一次会议")!.byline
        XCTAssertEqual(b.authors, ["张三", "李四"])
    }

    /// Datelines with a place (`本报瑞金讯`, `本报银川6月5日电`), a web outlet's `…消息（记者 NAME）`, and
    /// credits closed by a space rather than 报道; and a long first paragraph still reaches them.
    func testPlaceDatelinesAndMessageDatelines() {
        let a = recognize("本报瑞金讯 记者刘志华 通讯员钟丽萍报道：6月14日，瑞金市人大常委会召开会议。")!.byline
        XCTAssertEqual(a.authors, ["刘志华", "钟丽萍"]); XCTAssertEqual(a.text, "本报瑞金讯 记者刘志华 通讯员钟丽萍报道：")
        let b = recognize("本报银川6月5日电 记者郝瑞 近日，宁夏回族自治区固原市西吉县人大常委会组织开展活动。")!.byline
        XCTAssertEqual(b.authors, ["郝瑞"]); XCTAssertEqual(b.office, "记者")
        XCTAssertEqual(recognize("央广网银川6月5日消息（记者 郝瑞）近日，宁夏西吉县人大常委会组织开展活动。")!.byline.authors, ["郝瑞"])
        let long = "本报讯 通讯员钟丽萍报道：6月14日，瑞金市第十八届人大常委会第二十次会议听取和审议了市政府关于红色文化资源保护利用工作情况的报告。"
        XCTAssertEqual(recognize(long)!.byline.authors, ["钟丽萍"])
        XCTAssertNil(recognize("本报记者近日从县人大常委会获悉，全县人大代表积极建言。"))
    }

    func testMarkAndNameAlone() {
        let b = recognize(" □包玉莲")!.byline
        XCTAssertEqual(b.family, "mark-name")
        XCTAssertEqual(b.authors, ["包玉莲"])
    }

    func testPhotoCreditClosesAndKeepsTextBefore() {
        let line = LineScalars("生产。                                       张妍  摄")
        let b = recognizer.recognize(line)!.byline
        XCTAssertEqual(b.family, "photo-credit")
        XCTAssertEqual(b.placement, .closing)
        XCTAssertEqual(b.role, "photographer")
        XCTAssertEqual(b.authors, ["张妍"])
        XCTAssertEqual(b.text, "张妍  摄")
    }

    /// A photographer's credit with a reporter's title and letter-spaced names (`本报记者 吴 昊  摄`) is
    /// a photo credit as the unspaced one is, and 摄 is no third character of the name.
    func testATitledPhotoCreditWithLetterSpacedNames() {
        for text in ["本报记者 吴 昊  摄", "本报记者 吴昊  摄"] {
            let b = recognize(text)!.byline
            XCTAssertEqual(b.family, "photo-credit", text)
            XCTAssertEqual(b.authors, ["吴昊"], text)
            XCTAssertEqual(b.office, "本报记者", text)
            XCTAssertEqual(b.role, "photographer", text)
        }
        // (A writer's credit before the photographer's, `文`, keeps the line the writer's byline.)
        let both = recognize("本报记者 何 静 文  王 芳  摄")!.byline
        XCTAssertEqual(both.family, "reporter")
        XCTAssertEqual(both.authors.first, "何静")
    }

    func testBracketedPhotoCredit() {
        let b = recognize("图为代表们在调研。（记者 刘洋 摄）")!.byline
        XCTAssertEqual(b.authors, ["刘洋"])
        XCTAssertEqual(b.placement, .closing)
    }

    func testAuthorFooterGivesOfficeNotAuthors() {
        let r = recognize("（作者系巴彦淖尔市人大常委会主任）")!
        XCTAssertEqual(r.kind, .footer)
        XCTAssertEqual(r.byline.office, "巴彦淖尔市人大常委会主任")
        XCTAssertTrue(r.byline.authors.isEmpty)
        XCTAssertEqual(recognize("（作者单位：某市人大常委会研究室）")!.byline.office, "某市人大常委会研究室")
    }

    /// A footer giving several writers' offices in turn gives the first writer's as the office.
    func testAFooterOfSeveralWritersGivesTheFirstOffice() {
        XCTAssertEqual(recognize("（作者分别系宿松县人大常委会副主任，宿松县人大常委会代表工作室主任）")?.byline.office, "宿松县人大常委会副主任")
        XCTAssertEqual(recognize("（作者分别为肃南裕固族自治县人大常委会党组书记、主任；自治县人大常委会研究室主任）")?.byline.office,
                       "肃南裕固族自治县人大常委会党组书记、主任")
        // (One writer's office with a comma inside stays whole.)
        XCTAssertEqual(recognize("（作者系某县人大常委会主任，法学博士）")?.byline.office, "某县人大常委会主任，法学博士")
    }

    func testWebExportHeader() {
        let r = recognize("来源：某市人大网  作者：陈晓  编辑：刘一  时间：2023-03-01")!
        XCTAssertEqual(r.kind, .byline)
        XCTAssertEqual(r.byline.authors, ["陈晓"])
        XCTAssertEqual(recognize("来源：中国人大网")!.kind, .metadata)
    }

    /// A site's one metadata line naming its reporter and correspondent among its fields
    /// (`稿件来源：… 记者：NAME 通讯员：NAME 发布时间：…`) gives both as authors; an interviewer's
    /// question labelled `记者：` is no byline.
    func testWebExportReporterAndCorrespondentFields() {
        let r = recognize("稿件来源：呼伦贝尔日报　　记者：关晓梅　　通讯员：莫日根　　发布时间：2023年07月04日")
        XCTAssertEqual(r?.kind, .byline)
        XCTAssertEqual(r?.byline.authors, ["关晓梅", "莫日根"])
        XCTAssertEqual(r?.byline.family, "web-export")
        XCTAssertEqual(recognize("发布时间：2023年06月28日　　来源：乌海市人大常委会　　浏览量：2 318")?.kind, .metadata)
        XCTAssertNil(recognize("记者：请您谈谈代表联络站建设的做法。").flatMap { $0.kind == .byline ? $0 : nil })
        // Nor is a short question with no punctuation (`还有呢`, `效果怎么样`) or a thanks a name.
        for line in ["记者：还有呢", "记者：效果怎么样", "记者：谢谢"] {
            XCTAssertNil(recognize(line).flatMap { $0.kind == .byline ? $0 : nil }, line)
        }
        XCTAssertEqual(recognize("记者：赵明亮")?.byline.authors, ["赵明亮"])
    }

    /// Names with their office or province in brackets and no mark, and web headers whose fields
    /// are parted by bars or give the writer's unit in brackets.
    func testUnmarkedNamesWithBracketsAndBarredWebHeaders() {
        let cases: [(String, [String], String?, String)] = [
            ("刘建国（新化县人大常委会主任）", ["刘建国"], "新化县人大常委会主任", "name-office"),
            ("刘建国 王丽萍（新化县人大常委会办公室）", ["刘建国", "王丽萍"], "新化县人大常委会办公室", "name-office"),
            ("刘建国（湖南新化）", ["刘建国"], nil, "name-province"),
            ("作者：刘建国（新化县人大常委会）", ["刘建国"], "新化县人大常委会", "web-export"),
            ("来源：新化县人大｜作者：刘建国｜时间：2024-05-01", ["刘建国"], nil, "web-export"),
            ("来源：新化县人大 | 作者：刘建国 | 时间：2024-05-01", ["刘建国"], nil, "web-export"),
            ("刘建国 摄影报道", ["刘建国"], nil, "names-role"), ("图文/刘建国", ["刘建国"], nil, "text-photo"),
            ("文 刘建国", ["刘建国"], nil, "text-photo"), ("文 刘建国  图 王丽萍", ["刘建国"], nil, "text-photo"),
            // A news flash's credit alone on its line; offices outside government.
            ("本报讯 记者刘建国 通讯员王丽萍", ["刘建国", "王丽萍"], "记者", "news-flash"),
            ("湖南省人大代表、新化县宏达公司董事长 刘建国", ["刘建国"], "湖南省人大代表、新化县宏达公司董事长", "office-name"),
            ("新化县洋溪镇中心学校校长 刘建国", ["刘建国"], "新化县洋溪镇中心学校校长", "office-name"),
        ]
        for (line, authors, office, family) in cases {
            let b = recognize(line)?.byline
            XCTAssertEqual(b?.authors, authors, line)
            XCTAssertEqual(b?.office, office, line)
            XCTAssertEqual(b?.family, family, line)
        }
        XCTAssertEqual(recognize("刘建国（湖南新化）")?.byline.provinceHint, "湖南新化")
        // No office, no province, or no name in front: no byline.
        for line in ["张伟（代表）", "人大代表（新化县人大常委会）", "县人大常委会（新化县人大常委会主任）", "会议（湖南长沙）", "文 件精神", "图 片来源",
                     "文 明实践", "文 史资料", "张家界（湖南）", "黄山（安徽）", "武汉（湖北省会）", "周末（湖南卫视）", "李白（四川江油人）"] {
            XCTAssertNil(recognize(line).flatMap { $0.kind == .byline ? $0 : nil }, line)
        }
        // A bracketed office is an office, marked or not, even when it opens with a province.
        XCTAssertEqual(recognize("刘建国（湖南省人大代表）")?.byline.office, "湖南省人大代表")
        XCTAssertEqual(recognize("■ 刘建国（湖南省人大代表）")?.byline.office, "湖南省人大代表")
        // Notices with a date and a time are text, not a WeChat account line.
        for line in ["会议时间 2024年6月12日 18:30", "报名截止 2024-06-30 17:00", "开幕 2024年6月12日 9:30 湖南"] {
            XCTAssertNil(recognize(line), line)
        }
        // Unmarked names with an office or a province are a byline only under a headline: in text
        // they attribute a quotation to its speaker.
        let interview = Fixtures.document("""
        新化县人大代表畅谈履职体会

        本报记者 王芳

        近日，记者采访了几位县人大代表，请他们谈谈一年来的履职体会。

        “我们要把群众的急难愁盼作为履职的重点，多为群众办实事。”

        刘建国（新化县人大代表）

        “要持续优化营商环境，为企业发展解难题。”

        王丽萍（新化县人大代表）
        """)
        XCTAssertEqual(interview.sections.count, 1)
        XCTAssertEqual(interview.sections.first?.authors, ["王芳"])
        // An office's supply credit under the headline: the headline titles the text below.
        let doc = Fixtures.document("新化县人大常委会开展专题调研活动\n\n新化县人大常委会办公室供稿\n\n5月20日，新化县人大常委会组织部分人大代表开展专题调研。\n")
        XCTAssertEqual(doc.sections.map(\.title), ["新化县人大常委会开展专题调研活动"])
        XCTAssertEqual(doc.sections.first?.office, "新化县人大常委会办公室")
        XCTAssertEqual(doc.furnitureLines, [])
    }

    func testMoreBylineShapesOfMagazinesAndCountyPapers() {
        let cases: [(String, [String], String?)] = [
            ("◎ 王芳", ["王芳"], nil), ("首席记者 王芳", ["王芳"], "首席记者"), ("本刊特约记者 王芳", ["王芳"], "本刊特约记者"),
            ("作者 王芳", ["王芳"], nil), ("作者｜王芳", ["王芳"], nil), ("文·图/王芳", ["王芳"], nil), ("整理：王芳", ["王芳"], nil),
            ("王芳（四川省巴中市）", ["王芳"], nil), ("王芳 报道", ["王芳"], nil), ("王芳 李强/文", ["王芳", "李强"], nil),
            ("王芳 文  陈刚 图", ["王芳"], nil), ("通江县人民政府县长 王芳", ["王芳"], "通江县人民政府县长"),
            // Letter-spaced credits: the wider gaps part the credits, a role ends each (not `王芳文`).
            ("王 芳 文  陈 刚 图", ["王芳"], nil), ("王  芳  文    陈  刚  图", ["王芳"], nil), ("王  芳    文", ["王芳"], nil),
            ("张 文 军 文  陈 刚 摄", ["张文军"], nil),
        ]
        for (line, authors, office) in cases {
            let b = recognize(line)?.byline
            XCTAssertEqual(b?.authors, authors, line)
            if let office { XCTAssertEqual(b?.office, office, line) }
        }
        XCTAssertEqual(recognize("王芳（四川省巴中市）")?.byline.provinceHint, "四川省巴中市")
        XCTAssertEqual(recognize("王芳 摄")?.byline.role, "photographer", "a photo credit stays one")
        for line in ["张伟（代表）", "代表 报道", "学习贯彻 文"] {
            XCTAssertNil(recognize(line).flatMap { $0.kind == .byline ? $0 : nil }, line)
        }
        // Names alone are a byline only in a byline's place (`testNamesAloneUnderAHeadline`).
        XCTAssertEqual(recognize("王芳 李强")?.byline.family, NamesAloneFamily.familyName)
    }

    func testNewsFlashCreditsWithoutBrackets() {
        let a = recognize("本报讯 通讯员王芳报道：5月8日，通江县人大常委会组织代表视察。")!.byline
        XCTAssertEqual(a.authors, ["王芳"]); XCTAssertEqual(a.office, "通讯员"); XCTAssertEqual(a.text, "本报讯 通讯员王芳报道：")
        XCTAssertEqual(recognize("本报讯 记者王芳 通讯员李强 报道 5月9日，县人大常委会召开会议。")?.byline.authors, ["王芳", "李强"])
        XCTAssertNil(recognize("本报讯 县人大常委会近日召开会议，报道了有关情况。"))
        XCTAssertNil(recognize("本报讯 王芳报道：县人大常委会召开会议。"), "no role: the text may start with a name")
    }

    func testWebSiteHeaderFields() {
        let r = recognize("发布时间：2024-06-18 10:20:31  信息来源：安州区人大常委会办公室  浏览次数：1234  【字体：大 中 小】")
        XCTAssertEqual(r?.kind, .metadata)
        XCTAssertEqual(r?.byline.family, "web-export")
        XCTAssertEqual(recognize("撰稿：王芳  编辑：李强")?.byline.authors, ["王芳"], "撰稿 names the writer")
        XCTAssertEqual(recognize("一审：刘丽 二审：陈军 三审：赵明")?.kind, .metadata)
    }

    func testTextAndPhotoCredits() {
        XCTAssertEqual(recognize("文/图 王海")!.byline.authors, ["王海"])
        XCTAssertEqual(recognize("文/李明 图/赵刚")!.byline.authors, ["李明"], "the photographer did not write the text")
        XCTAssertEqual(recognize("文/王芳 李强 摄影/陈刚")!.byline.authors, ["王芳", "李强"])
        XCTAssertEqual(recognize("图/赵刚")!.byline.authors, ["赵刚"], "a photo-only credit names the photographer")
        XCTAssertEqual(recognize("记者 王芳 摄影报道")!.byline.authors, ["王芳"], "摄影报道 is a credit, not a name")
        XCTAssertNil(recognize("记者手记"), "a column genre, not a reporter named 手记")
        XCTAssertNil(recognize("记者观察"))
    }

    func testHeadlinesAndBodyAreNotBylines() {
        XCTAssertNil(recognize("权艳红 做人民健康安全的守护者"), "profile headline")
        XCTAssertNil(recognize("思于心 勇于行 善于新"), "title with spaces")
        XCTAssertNil(recognize("10月17日，市人大常委会党组书记、主任刘振国要求，各级人大要真学真懂"), "body naming an office")
        XCTAssertNil(recognize("乌市人大：细化目标任务  实现推进有序"), "headline")
        XCTAssertNil(recognize("（以下称“家站点”）建设"), "bracket in body")
    }

    func testImplausibleNamesAreRejected() {
        XCTAssertFalse(PersonName.isPlausible("人大代表"))
        XCTAssertFalse(PersonName.isPlausible("张三123"))
        XCTAssertFalse(PersonName.isPlausible("做人民健康安全的守护者"))
        XCTAssertTrue(PersonName.isPlausible("阿不都·热合曼"))
    }

    // MARK: - Shapes found by probing unseen drops

    func testReporterOfANamedOutlet() {
        let wire = recognize("新华社记者 王晓燕 刘铭")!.byline
        XCTAssertEqual(wire.authors, ["王晓燕", "刘铭"])
        XCTAssertEqual(wire.office, "新华社记者")
        XCTAssertEqual(recognize("吉林日报记者 张宁")!.byline.office, "吉林日报记者")
        XCTAssertEqual(recognize("□ 县融媒体中心记者 李华")!.byline.authors, ["李华"])
        XCTAssertNil(recognize("我们记者 王明"), "an outlet name ends with 社, 报, 网, 台, 刊 or 中心")
    }

    func testWebExportAuthorWithARole() {
        let r = recognize("来源：平山县人大  作者：本报记者 李志强  编辑：王丽  时间：2023-05-16 09:30")!
        XCTAssertEqual(r.kind, .byline)
        XCTAssertEqual(r.byline.authors, ["李志强"])
        XCTAssertEqual(r.byline.office, "本报记者")
        XCTAssertEqual(recognize("作者：吉林日报记者 张宁")!.byline.authors, ["张宁"])
    }

    func testCongressUnitWithoutAPosition() {
        let b = recognize("敖汉旗人大常委会研究室 李刚 刘敏")!.byline
        XCTAssertEqual(b.authors, ["李刚", "刘敏"])
        XCTAssertEqual(b.office, "敖汉旗人大常委会研究室")
        XCTAssertEqual(recognize("宁城县人大常委会 王芳")!.byline.office, "宁城县人大常委会")
        XCTAssertNil(recognize("宁城县人大常委会 扎实开展代表履职活动"))
    }

    func testNameWithTheOfficeInBrackets() {
        let b = recognize("□ 吴永红（彭阳县人大常委会副主任）")!.byline
        XCTAssertEqual(b.authors, ["吴永红"])
        XCTAssertEqual(b.office, "彭阳县人大常委会副主任")
        XCTAssertEqual(recognize("■ 白云萍（江苏）")!.byline.family, "mark-province")
    }

    func testDatelineVariants() {
        XCTAssertEqual(recognize("本报讯（记者 张三 报道）3月8日，某县人大常委会召开会议。")!.byline.authors, ["张三"])
        let two = recognize("本报讯（记者 张三）（通讯员 李四）3月8日，某县人大常委会召开会议。")!.byline
        XCTAssertEqual(two.authors, ["张三", "李四"])
        XCTAssertEqual(two.text, "本报讯（记者 张三）（通讯员 李四）")
        let unit = recognize("本报讯（县人大办 李四）3月8日，某县人大常委会召开会议。")!.byline
        XCTAssertEqual(unit.authors, ["李四"]); XCTAssertEqual(unit.office, "县人大办")
    }

    func testFooterVariants() {
        XCTAssertEqual(recognize("（本文作者系富平县人大常委会副主任）")!.byline.office, "富平县人大常委会副主任")
        XCTAssertEqual(recognize("（作者分别系阳谷县人大常委会主任、研究室主任）")!.byline.office, "阳谷县人大常委会主任、研究室主任")
    }

    func testTextPhotoAndCreditWordsWithRoles() {
        let a = recognize("文/图 本报见习记者 孙浩")!.byline
        XCTAssertEqual(a.authors, ["孙浩"]); XCTAssertEqual(a.office, "本报见习记者")
        XCTAssertEqual(recognize("文/本报记者 孙浩  图/刘洋")!.byline.authors, ["孙浩"])
        XCTAssertEqual(recognize("本报记者 何静 文/图")!.byline.authors, ["何静"])
    }

    func testLetterSpacedNames() {
        XCTAssertEqual(recognize("□ 张 文 军")!.byline.authors, ["张文军"])
        XCTAssertEqual(recognize("■ 张 文 军（内蒙古）")!.byline.authors, ["张文军"])
        XCTAssertEqual(recognize("■ 王 瑞 李 强")!.byline.authors, ["王瑞", "李强"])
        let spaced = recognize("□ 本 报 记 者   张 文 军")!.byline
        XCTAssertEqual(spaced.authors, ["张文军"]); XCTAssertEqual(spaced.office, "本报记者")
        XCTAssertEqual(spaced.text, "□ 本 报 记 者   张 文 军")
    }

    func testTwoOfficersOnOneByline() {
        let b = recognize("宁城县人大常委会主任 王芳 副主任 李刚")!.byline
        XCTAssertEqual(b.authors, ["王芳", "李刚"])
        XCTAssertEqual(b.office, "宁城县人大常委会主任")
    }

    func testPageFurnitureLines() {
        for line in ["http://www.npc.gov.cn/npc/c2/c30834/202305/t20230516.html", "2023-05-16 10:00:12", "2023/5/16 09:30",
                     "2023-05-16", "— 12 —", "-12-", "第 13 页", "第4版",
                     "2023年第6期                                      人民之声", "人大研究 2023年第6期", "总第312期",
                     "黔南人大　2024年第2期　　　　　　　　代 表 风 采", "汾河人大　2023年第5期　　　　学习贯彻党的二十大精神·县（市、区）人大主任笔谈",
                     "汾河人大　2023年第11期　　　　发展全过程人民民主　推动人大工作高质量发展", "宿州人大  2024 年第 5 期",
                     "巴中日报  2024年5月10日 星期五  第4版    人大视窗", "2024年5月10日 星期五", "2024年5月10日星期五",
                     "人大视窗    巴中日报  2024年5月10日  第三版", "【打印本页】 【关闭窗口】", "点击蓝字 关注我们", "阅读原文",
                     "Copyright © 2024 绵阳市安州区人大常委会 版权所有  蜀ICP备12345678号-1", "©2024 某县人大常委会",
                     "地址：绵阳市安州区花荄镇 电话：0816-4321234", "江油人大 2024-06-18 17:30 发表于四川"] {
            let r = recognize(line)
            XCTAssertEqual(r?.kind, .metadata, line)
            XCTAssertEqual(r?.byline.family, "page-furniture", line)
        }
        for line in ["2023年5月16日，县人大常委会召开会议。", "12", "— 十二 —", "第12次会议", "2023-05-16 召开",
                     "2023年第6期人大讲堂开讲", "第二期培训班开班", "县人大 第3期 履职 培训 开班", "县人大 2023年第5期 代表、委员（市、区）", "2024年第1期　　法律法规　　宪法　　代表法",
                     "第1期　县直（机关、企事业）代表培训班　62人", "2024 年第 1 期　　法律法规　　宪法　　代表法",
                     "县人大 2023 年第 5 期 代表、委员（市、区）", "2023 年第 6 期人大讲堂开讲", "联络站于 2024 年 5 月",
                     "2024年5月10日 县人大常委会召开会议", "2024年5月10日，星期五，县人大常委会召开第4版会议",
                     "关注民生 打印清单", "代表们点赞在看", "地址：县人大常委会三楼会议室", "江油人大发表于四川日报的文章"] {
            XCTAssertNotEqual(recognize(line)?.byline.family, "page-furniture", line)
        }
    }
}
