import XCTest
@testable import Corpus

/// A page of profiles whose columns are dealt among them (`ProfileDealer`): each piece goes to the
/// profile of the person it names, or speaks of as 她 or 他.
final class ProfileDealingTests: XCTestCase {
    static let page = """
    普洱人大


    代 表 风 采

    2024年7月18日  第4版


    李春兰：做咖啡农增收的“引路人”


    □ 记者 王晓东 通讯员 刀文清

    李春兰是市、县两级人大代表，也是当
    地一家咖啡专业合作社的负责人。八年
    来，她带领周边农户种咖啡、烘咖啡，
    合作社社员从最初的9户发展到现在的
    214户。
    “当代表，就要替群众把事办好。”这
    是李春兰常说的一句话。
    在走访中她发现，不少农户缺乏技术，


    从乡村教师到县人大代表，澜沧竹塘
    乡的字国和在山区教书已有二十年。

    课余走村入户，倾听群众心声、反映
    群众诉求，成了他履职的日常。

    字国和：做山区群众的“传声筒”


    □ 记者 王晓东 通讯员 罗丽华

    咖啡品质上不去、价格卖不高。她多次
    邀请专家进村授课，组织社员外出学习，
    并在县人代会上提出加强咖啡种植技术
    培训的建议，推动县里安排专项资金。


    竹塘乡地处山区，群众居住分散，上学
    难一度是困扰当地群众的难题。当选代
    表后，字国和把这件事作为履职重点，
    先后提出改善乡村学校条件等建议6件。


    如今，李春兰又把目光投向了咖啡庄园
    旅游。她说：“下一步，我想让更多游
    客走进山里，让乡亲们的日子越过越好。”

    “群众信任我，选我当代表，我就要对
    得起这份信任。”字国和说，他会继续
    扎根山区，当好群众的“传声筒”。

    责任编辑：段丽萍  版式设计：赵云
    """

    /// The piece naming the second profile's person (printed above its headline, with the lead's
    /// 他 after it) opens that profile; the pieces under the second header speaking of a 她, or
    /// naming the first profile's person, are the first profile's.
    func testPiecesGoToThePersonTheyNameOrSpeakOf() {
        let doc = Fixtures.document(Self.page)
        XCTAssertEqual(doc.sections.count, 2)
        // (Line 21, `在走访中她发现，…缺乏技术，`, goes on at line 35 in the first profile; the repair joins
        // it to line 24 instead, and the dealer moves what it joined as one: not asserted here.)
        let first = doc.sections[0].bodyLines.filter { $0 != 21 }, second = doc.sections[1].bodyLines.filter { $0 != 21 }
        XCTAssertEqual(first, [14, 15, 16, 17, 18, 19, 20, 35, 36, 37, 38, 47, 48, 49])
        XCTAssertEqual(second, [24, 25, 27, 28, 41, 42, 43, 44, 51, 52, 53])
    }

    /// A seam that read one profile's sentence into a paragraph naming the other's person
    /// (`…在走访中李春兰发现，不少农户缺乏技术，` | `从乡村教师到县人大代表，…字国和…`) parts the two
    /// profiles' texts: the paragraph goes to its person's profile, the text before it stays.
    func testAJoinAcrossTwoPersonsTextsIsParted() {
        let page = Self.page.replacingOccurrences(of: "在走访中她发现，不少农户缺乏技术，", with: "在走访中李春兰发现，不少农户缺乏技术，")
        let doc = Fixtures.document(page)
        XCTAssertEqual(doc.sections.count, 2)
        XCTAssertEqual(Array(doc.sections[0].bodyLines.prefix(8)), [14, 15, 16, 17, 18, 19, 20, 21])
        XCTAssertEqual(Array(doc.sections[1].bodyLines.prefix(4)), [24, 25, 27, 28])
    }

    /// A profile's headline names its person before 做 even with a rare surname; without 做 the
    /// name must look like one alone.
    func testAProfileHeadlineNamesItsPerson() {
        func subject(_ title: String) -> String? {
            var s = Section()
            s.title = title
            return SectionSimilarity.titleSubject(s).map { String(String.UnicodeScalarView($0)) }
        }
        XCTAssertEqual(subject("字国和：做山区群众的“传声筒”"), "字国和")
        XCTAssertEqual(subject("李春兰：做咖啡农增收的“引路人”"), "李春兰")
        XCTAssertNil(subject("字国和：山区群众的“传声筒”"))
        XCTAssertNil(subject("高效 做好代表工作"))
    }

    /// 她 and 他 speak of a person; 他们, 其他, 他人 and 他乡 do not.
    func testPronouns() {
        func p(_ s: String) -> Pronouns { Pronouns(Array(s.unicodeScalars)) }
        XCTAssertEqual(p("她多次邀请专家"), .she)
        XCTAssertEqual(p("成了他履职的日常"), .he)
        XCTAssertEqual(p("他们和其他代表一起，远走他乡，帮助他人"), [])
        XCTAssertEqual(p("她说，他也来了"), [.she, .he])
        XCTAssertFalse(p("她说，他也来了").isSole)
    }
}
