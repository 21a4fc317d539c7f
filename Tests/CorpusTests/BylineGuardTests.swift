import Corpus
import XCTest

/// The cheap guards families run before their work (cues, first and last scalars, office ends)
/// are necessary conditions: bylines at the edge of each guard still get through, each family
/// tried on its own so no other family can stand in for it.
final class BylineGuardTests: XCTestCase {
    func match(_ family: some BylineFamily, _ s: String) -> BylineMatch? { family.recognize(LineScalars(s)) }

    /// Unbracketed datelines open with 本 after any mark; bracketed ones need 讯, 电 or 消息.
    func testNewsFlashGuardLetsDatelinesThrough() throws {
        let f = NewsFlashFamily()
        XCTAssertEqual(try XCTUnwrap(match(f, "■本报讯 记者王芳 通讯员李强 报道：近日，县人大常委会召开会议。")).authors, ["王芳", "李强"])
        XCTAssertEqual(try XCTUnwrap(match(f, "本报银川6月5日电 记者王芳 近日，自治区人大常委会召开会议。")).authors, ["王芳"])
        XCTAssertEqual(try XCTUnwrap(match(f, "新华社北京10月16日电（记者 王芳 李强）十届全国人大…")).authors, ["王芳", "李强"])
        XCTAssertEqual(try XCTUnwrap(match(f, "本报综合消息（记者 王芳）近日，…")).authors, ["王芳"])
        XCTAssertNil(match(f, "会议指出（记者 王芳）近日，…"))
    }

    /// The office before white space ends as a position, a congress unit or a media unit does,
    /// whatever the white space (an ideographic space folds to a space).
    func testOfficeNameGuardLetsEveryKindOfOfficeThrough() throws {
        let f = OfficeNameFamily()
        XCTAssertEqual(try XCTUnwrap(match(f, "科尔沁区人大常委会党组书记、主任\u{3000}乌力吉")).authors, ["乌力吉"])
        XCTAssertEqual(try XCTUnwrap(match(f, "敖汉旗人大常委会研究室 李刚 刘敏")).authors, ["李刚", "刘敏"])
        XCTAssertEqual(try XCTUnwrap(match(f, "安吉县融媒体中心 王芳")).office, "安吉县融媒体中心")
        XCTAssertEqual(try XCTUnwrap(match(f, "□ 宁城县人大常委会 王芳")).authors, ["王芳"])
        XCTAssertNil(match(f, "县人大常委会开展 执法检查"))
    }

    /// Offices, congress units and media units are told by their last scalar first.
    func testUnitTestsByLastScalar() {
        func s(_ t: String) -> ArraySlice<Unicode.Scalar> { ArraySlice(t.unicodeScalars) }
        XCTAssertTrue(BylineParts.isOffice(s("县人大常委会副主任")))
        XCTAssertTrue(BylineParts.isOffice(s("某县人大常委会工作人员")))
        XCTAssertFalse(BylineParts.isOffice(s("县人大常委会开会")))
        XCTAssertTrue(BylineParts.isCongressUnit(s("宁城县人大常委会")))
        XCTAssertTrue(BylineParts.isCongressUnit(s("某县人大代表之家")))
        XCTAssertFalse(BylineParts.isCongressUnit(s("宁城县人大常委")))
        XCTAssertTrue(BylineParts.isOutlet(s("安吉县融媒体中心")))
        XCTAssertTrue(BylineParts.isOutlet(s("巴中日报社")))
        XCTAssertFalse(BylineParts.isOutlet(s("安吉县融媒体")))
    }

    /// Every role holds 记者, 通讯员, 实习生, 评论员 or 撰稿人, an outlet's role included.
    func testRoleGuardLetsEveryRoleThrough() throws {
        let f = ReporterFamily()
        XCTAssertEqual(try XCTUnwrap(match(f, "吉林日报记者 张宁")).office, "吉林日报记者")
        XCTAssertEqual(try XCTUnwrap(match(f, "本报特约撰稿人 王芳")).office, "本报特约撰稿人")
        XCTAssertEqual(try XCTUnwrap(match(f, "实习生 李强")).authors, ["李强"])
        XCTAssertEqual(try XCTUnwrap(match(f, "人民网评论员 李强")).authors, ["李强"])
        XCTAssertEqual(try XCTUnwrap(match(f, "本报通讯员 王芳")).authors, ["王芳"])
        XCTAssertNil(match(f, "书记 王芳"))
        XCTAssertEqual(BylineParts.role(in: LineScalars("新华社记者 王芳"), at: 0)?.role, "新华社记者")
        XCTAssertNil(BylineParts.role(in: LineScalars("记录者 王芳"), at: 0))
    }

    /// Web fields need a colon, full-width or not; credits open with a lead after any mark.
    func testWebExportAndTextPhotoGuards() throws {
        XCTAssertEqual(try XCTUnwrap(match(WebExportFamily(), "作者：王芳　编辑：李强")).authors, ["王芳"])
        XCTAssertNil(match(WebExportFamily(), "作者 王芳"))
        XCTAssertEqual(try XCTUnwrap(match(TextPhotoFamily(), "□ 文/图 王芳")).authors, ["王芳"])
        XCTAssertEqual(try XCTUnwrap(match(TextPhotoFamily(), "口述：王芳 整理：李强")).authors, ["王芳", "李强"])
    }

    /// Names alone may be joined by separators and hold name dots; text is no names.
    func testNamesAloneGuard() throws {
        XCTAssertEqual(try XCTUnwrap(match(NamesAloneFamily(), "王芳、李强")).authors, ["王芳", "李强"])
        XCTAssertEqual(try XCTUnwrap(match(NamesAloneFamily(), "王 芳")).authors, ["王芳"])
        XCTAssertNil(match(NamesAloneFamily(), "王芳，李强。"))
        XCTAssertNil(match(NamesAloneFamily(), "高质量发展"))
        XCTAssertEqual(try XCTUnwrap(match(NamesAloneFamily(), "欧阳明辉")).authors, ["欧阳明辉"])
        XCTAssertEqual(try XCTUnwrap(match(NamesAloneFamily(), "阿不都·热合曼")).authors, ["阿不都·热合曼"])
        XCTAssertEqual(try XCTUnwrap(match(NamesAloneFamily(), "王芳/李强")).authors, ["王芳", "李强"])
    }

    /// Footers close with a bracket or with 供稿; compound surnames stand alone.
    func testAuthorFooterAndCompoundSurnameGuards() throws {
        XCTAssertEqual(try XCTUnwrap(match(AuthorFooterFamily(), "县人大常委会办公室供稿")).office, "县人大常委会办公室")
        XCTAssertEqual(try XCTUnwrap(match(AuthorFooterFamily(), "（作者系巴彦淖尔市人大常委会主任）")).office, "巴彦淖尔市人大常委会主任")
        XCTAssertEqual(try XCTUnwrap(match(NamesAloneFamily(), "欧阳明 李强")).authors, ["欧阳明", "李强"])
        XCTAssertEqual(try XCTUnwrap(match(OfficeNameFamily(), "市人大常委会研究室主任 王明 李华")).authors, ["王明", "李华"])
    }

    /// Furniture found by the scalars its tests need, folded (full-width digits, Ｉ, ．).
    func testPageFurnitureCues() throws {
        XCTAssertEqual(match(PageFurnitureFamily(), "２０２３年第６期　人民之声")?.kind, .metadata)
        XCTAssertEqual(match(PageFurnitureFamily(), "人大研究 2024．4")?.kind, .metadata)
        XCTAssertEqual(match(PageFurnitureFamily(), "巴中日报  2024年5月10日 星期五  第4版")?.kind, .metadata)
        XCTAssertEqual(match(PageFurnitureFamily(), "某县人大常委会 蜀ＩＣＰ备12345678号")?.kind, .metadata)
        XCTAssertEqual(match(PageFurnitureFamily(), "江油人大 2024-06-18 17:30 发表于四川")?.kind, .metadata)
        XCTAssertEqual(match(PageFurnitureFamily(), "© 2024 某县人大常委会")?.kind, .metadata)
        XCTAssertEqual(match(PageFurnitureFamily(), "某县人大常委会 版权所有")?.kind, .metadata)
        XCTAssertNil(match(PageFurnitureFamily(), "2024年5月10日，星期五，第4版"))
        XCTAssertEqual(match(PageFurnitureFamily(), "地址：绵阳市安州区花荄镇 电话：0816-4321234")?.kind, .metadata)
        XCTAssertNil(match(PageFurnitureFamily(), "地方人大常委会 电话会议"))
        XCTAssertEqual(match(PageFurnitureFamily(), "【打印本页】 【关闭窗口】")?.kind, .metadata)
        XCTAssertEqual(match(PageFurnitureFamily(), "点击蓝字｜关注我们")?.kind, .metadata)
        XCTAssertNil(match(PageFurnitureFamily(), "在看守所工作的代表"))
    }
}
