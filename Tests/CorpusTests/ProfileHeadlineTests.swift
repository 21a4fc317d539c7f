import XCTest
@testable import Corpus

/// Profile headlines: one printed right under its byline (`ProfileHeadlineUnderByline`), and the
/// person a `——记…` subtitle records (`SectionSimilarity.recordedPerson`).
final class ProfileHeadlineTests: XCTestCase {
    static let page = """
    代 表 风 采

    把根扎在大凉山

    ——记省人大代表、昭觉县三岔河镇三河村党支部书记吉克石一

    □ 本报记者 罗 艳

    初夏的三河村，新建的彝家新寨错落有致。
    说起村里的变化，吉克石一的话语里满是自豪。

    □ 本报通讯员  吉伍依作

    曲比阿果：
    做彝绣致富带头人

    在布拖特木里镇的彝绣车间，州人大代表曲比阿果正手把手地教学员配色、走针。
    从一个人、一根针起步，曲比阿果先后培训绣娘 1 200 余人次。
    """

    /// `曲比阿果：` / `做彝绣致富带头人` right under `□ 本报通讯员  吉伍依作` is that section's title,
    /// not its text.
    func testAProfileHeadlineUnderItsBylineIsTheTitle() throws {
        let doc = Fixtures.document(Self.page)
        XCTAssertEqual(doc.sections.count, 2)
        let profile = try XCTUnwrap(doc.sections.last)
        XCTAssertEqual(profile.titleLines, [14, 15])
        XCTAssertEqual(profile.title?.filter { $0 != " " }, "曲比阿果：做彝绣致富带头人")
        XCTAssertEqual(profile.bodyLines, [17, 18])
    }

    /// Any headline printed right under its byline, over text (`■ 孙 洁（河南）` / `代表联络站建在产业链上`
    /// / `临颍县是…`), titles that byline's piece; a numbered subhead there (`一、…`) stays a subhead.
    func testAHeadlineUnderItsBylineIsTheTitle() throws {
        let page = """
        县 区 论 坛


        在山乡大地上践行全过程人民民主

        舞阳县人大常委会党组书记、主任  郑 军

        　　舞阳是农业大县。近年来，舞阳县人大常委会坚持
        把发展全过程人民民主贯穿人大工作各方面全过程。


        ■ 孙 洁（河南）

        代表联络站建在产业链上

        　　临颍县是食品产业大县。走进县城的食品产业园，
        “人大代表联络站”的牌子格外醒目。
        　　去年以来，联络站共接待群众 1 300 余人次。
        """
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.count, 2)
        let piece = try XCTUnwrap(doc.sections.last)
        XCTAssertEqual(piece.title, "代表联络站建在产业链上")
        XCTAssertEqual(piece.titleLines, [14])
        XCTAssertEqual(piece.bodyLines, [16, 17, 18])
        let numbered = Fixtures.document(page.replacingOccurrences(of: "代表联络站建在产业链上", with: "一、把代表联络站建在产业链上"))
        XCTAssertNil(numbered.sections.last?.title)
        XCTAssertTrue(numbered.sections.last?.bodyLines.contains(14) ?? false)
    }

    /// A profile's headline in two lines over its photo (caption and credit), the byline under the
    /// photo (`王凤城` / `做大山里的茶产业“带头人”` / `王凤城（右）在茶园里…。` / `刘 畅  摄` / `□ 本报记者 刘 畅`):
    /// both lines are the headline, the photo the profile's, however the name reads (凤城 is a city).
    func testAHeadlineOverItsPhotoOverTheByline() throws {
        let doc = Fixtures.document("""
        漯河人大
        2024年10月30日  星期三
        第 3 版  代表风采


        王凤城
        做大山里的茶产业“带头人”

        王凤城（右）在茶园里查看茶苗长势。
        刘 畅  摄

        □ 本报记者 刘 畅

        清晨的舞阳县辛安镇，薄雾还没散开，
        王凤城已经来到了茶园里。作为舞阳
        县人大代表、一家茶叶专业合作社的
        理事长，他每天的第一件事，就是到
        茶园里看看茶苗的长势。
        """)
        XCTAssertEqual(doc.sections.count, 1)
        let profile = try XCTUnwrap(doc.sections.first)
        XCTAssertEqual(profile.titleLines, [6, 7])
        XCTAssertEqual(profile.authors, ["刘畅"])
        // (The photo's lines last, as captions are.)
        XCTAssertEqual(profile.bodyLines, [14, 15, 16, 17, 18, 9, 10])
        XCTAssertEqual(profile.captionLines.sorted(), [9, 10])
    }

    /// Only a name, a colon and 做 with a few words: no sentence, no clause, no other verb.
    func testWhatCountsAsAProfileHeadline() {
        func headline(_ s: String) -> Bool { ProfileHeadlineUnderByline.isProfileHeadline(Array(s.unicodeScalars)) }
        XCTAssertTrue(headline("曲比阿果：做彝绣致富带头人"))
        XCTAssertTrue(headline("李春兰:做咖啡农增收的“引路人”"))
        XCTAssertFalse(headline("曲比阿果：做彝绣致富带头人。"))
        XCTAssertFalse(headline("曲比阿果：做彝绣，带领绣娘致富"))
        XCTAssertFalse(headline("曲比阿果：彝绣致富带头人"))
        XCTAssertFalse(headline("会议强调：做好代表建议办理工作要在办成上下功夫"))
    }

    /// The person after a subtitle's last position word.
    func testTheRecordedPerson() {
        func person(_ s: String) -> String? { SectionSimilarity.recordedPerson(Array(s.unicodeScalars)).map { String(String.UnicodeScalarView($0)) } }
        XCTAssertEqual(person("把根扎在大凉山——记省人大代表、昭觉县三岔河镇三河村党支部书记吉克石一"), "吉克石一")
        XCTAssertEqual(person("一心为民解难题——记州人大代表、会理县鹿厂镇中心卫生院院长张德全"), "张德全")
        XCTAssertEqual(person("扎根山区二十年——记张德全"), "张德全")
        XCTAssertNil(person("代表之家里的故事——记者手记"))
        XCTAssertNil(person("一心为民解难题——记一次代表视察活动"))
        XCTAssertNil(person("一心为民解难题"))
    }
}
