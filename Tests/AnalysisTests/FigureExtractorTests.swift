import XCTest
@testable import Analysis

final class FigureExtractorTests: XCTestCase {

    private func figs(_ s: String) -> [Figure] {
        FigureExtractor().figures(in: Array(s.unicodeScalars))
    }

    private func one(_ s: String, file: StaticString = #filePath, line: UInt = #line) -> Figure? {
        let f = figs(s)
        XCTAssertEqual(f.count, 1, "expected one figure in \(s), got \(f.map(\.surface))", file: file, line: line)
        return f.first
    }

    private func none(_ s: String, file: StaticString = #filePath, line: UInt = #line) {
        let f = figs(s)
        XCTAssertTrue(f.isEmpty, "expected no figure in \(s), got \(f.map(\.surface))", file: file, line: line)
    }

    func testCountsWithDigits() {
        let f = one("要求,3357名县乡级人大代表全部上线")
        XCTAssertEqual(f?.value, 3357); XCTAssertEqual(f?.unit, "名"); XCTAssertEqual(f?.kind, .count)
        XCTAssertEqual(f?.approx, false); XCTAssertEqual(f?.surface, "3357名"); XCTAssertEqual(f?.range, 3..<8)
        XCTAssertEqual(one("截至目前,全市628个基层家站点")?.value, 628)
        let m = one("点击量达到572万次。")
        XCTAssertEqual(m?.value, 5_720_000); XCTAssertEqual(m?.unit, "次")
        XCTAssertEqual(one("将14个乡镇化整为零")?.unit, "个")
        XCTAssertEqual(one("有38条意见建议被采纳")?.value, 38)
    }

    func testApproxInsideTheQuantity() {
        let a = one("可实现一键直达;6500多名代表")
        XCTAssertEqual(a?.value, 6500); XCTAssertEqual(a?.unit, "名"); XCTAssertEqual(a?.approx, true)
        XCTAssertEqual(a?.surface, "6500多名")
        let b = one("参与代表共2.2万余人次。")
        XCTAssertEqual(b?.value, 22_000); XCTAssertEqual(b?.unit, "人次"); XCTAssertEqual(b?.approx, true)
        let c = one("完成40余部法规草案的意见建议收集")
        XCTAssertEqual(c?.value, 40); XCTAssertEqual(c?.unit, "部"); XCTAssertEqual(c?.approx, true)
        let d = one("先后开展视察三十余次")
        XCTAssertEqual(d?.value, 30); XCTAssertEqual(d?.unit, "次"); XCTAssertEqual(d?.approx, true)
        XCTAssertEqual(one("参与人数达1万余人次")?.value, 10_000)
    }

    /// 多/余 before the magnitude (`120多万元`), and a bare magnitude after 近 or before 余万.
    func testApproxBeforeAMagnitude() {
        for (text, value, unit) in [("投入120多万元,", 1_200_000.0, "元"), ("筹集十余万元。", 100_000, "元"),
                                    ("覆盖十多万人次", 100_000, "人次"), ("一百二十余万元", 1_200_000, "元"),
                                    ("共计百余万元", 1_000_000, "元"), ("开展宣讲近百场", 100, "场"),
                                    ("投资1.5亿余元", 150_000_000, "元"), ("30多亿元", 3_000_000_000, "元")] {
            let f = one(text)
            XCTAssertEqual(f?.value, value, text); XCTAssertEqual(f?.unit, unit, text); XCTAssertEqual(f?.approx, true, text)
        }
        none("人口120多万")  // no unit
    }

    /// Digits grouped by spaces are one number, or no figure at all: never the last group alone.
    func testSpaceGroupedDigits() {
        let a = one("共有代表3 357名")
        XCTAssertEqual(a?.value, 3357); XCTAssertEqual(a?.surface, "3 357名")
        XCTAssertEqual(one("投入1 200万元")?.value, 12_000_000)
        XCTAssertEqual(one("总计1 234 567元")?.value, 1_234_567)
        none("开展1 20次活动")
    }

    func testApproxWords() {
        XCTAssertEqual(one("约300人参加")?.approx, true)
        XCTAssertEqual(one("近200名代表")?.approx, true)
        XCTAssertEqual(one("超过500人参加")?.approx, true)
        XCTAssertEqual(one("逾80人参加")?.approx, true)
        XCTAssertEqual(one("50人左右参加")?.approx, true)
        XCTAssertEqual(one("最近3个项目")?.approx, false)
        XCTAssertEqual(one("节约300元")?.approx, false)
        XCTAssertEqual(one("收支结余3万元")?.approx, false)
        XCTAssertEqual(one("其余5个乡镇")?.approx, false)
        XCTAssertEqual(one("两年多的时间")?.approx, true)
    }

    func testMoneyAndPercent() {
        let m = one("总投资16.39亿元,")
        XCTAssertEqual(m?.value, 1_639_000_000); XCTAssertEqual(m?.unit, "元"); XCTAssertEqual(m?.kind, .money)
        XCTAssertEqual(one("资金3,500万元")?.value, 35_000_000)
        let p = one("增长35%。")
        XCTAssertEqual(p?.value, 35); XCTAssertEqual(p?.unit, "%"); XCTAssertEqual(p?.kind, .percent)
        let q = one("占百分之三十五。")
        XCTAssertEqual(q?.value, 35); XCTAssertEqual(q?.kind, .percent); XCTAssertEqual(q?.surface, "百分之三十五")
        XCTAssertEqual(one("提高2.5个百分点")?.kind, .percent)
    }

    func testChineseNumeralCounts() {
        let a = one("实现了全盟六个旗县市基层立法联系点全覆盖")
        XCTAssertEqual(a?.value, 6); XCTAssertEqual(a?.unit, "个")
        XCTAssertEqual(one("从以下三个方面谈谈体会")?.value, 3)
        XCTAssertEqual(one("修建三个集中饲养区")?.value, 3)
        XCTAssertEqual(one("可归纳为三种类型:")?.unit, "种")
        let b = one("共有五处提到“防”")
        XCTAssertEqual(b?.value, 5); XCTAssertEqual(b?.unit, "处")
    }

    /// `N级` naming tiers of government (after a level, or before what each tier has) is no count;
    /// a grade elsewhere still is.
    func testTiersOfGovernmentAreNotFigures() {
        none("镇两级人大代表")
        none("全县共有县乡两级人大代表")
        none("组织县镇两级人大代表轮流值守")
        none("国家、省、市三级人大代表陆续上线")
        none("覆盖市、区(市)、镇三级人大代表")
        none("确保市、区(市)、镇(街)三级人大机构上下联动")
        none("组织好旗、苏木镇两级人大代表深入学习")
        none("全县共有五级人大代表")
        none("县乡两级政府")
        none("省市县三级联动")
        none("实行三级联动机制")
        none("压实五级书记抓乡村振兴责任")
        XCTAssertEqual(figs("覆盖全县一级预算单位106个、二级预算单位300余个").map(\.value), [106, 300])
        let f = figs("县乡两级人大代表一千八百余名")
        XCTAssertEqual(f.map(\.value), [1800]); XCTAssertEqual(f.map(\.unit), ["名"])
        XCTAssertEqual(one("职级晋升两级")?.value, 2, "a grade, not tiers: still a figure")
        XCTAssertEqual(one("将风险等级分为三级,")?.unit, "级")
    }

    func testBareOneNeedsAParallelCount() {
        let f = figs("有八处提到“健康”,两处提到“管理”,一处提到“基层”。")
        XCTAssertEqual(f.map(\.value), [8, 2, 1])
        none("作为一名人大工作者,这是一次历史性盛会,是今后一个时期的重要任务")
        none("一步一个脚印、一项一项地抓落实")
    }

    /// A bare 一 that measures time is a span, not an article; a determiner or a repeat makes it none.
    func testBareOneMeasuringTime() {
        let f = one("由财经委提前一个月介入")
        XCTAssertEqual(f?.value, 1); XCTAssertEqual(f?.unit, "个月"); XCTAssertEqual(f?.kind, .duration)
        XCTAssertEqual(one("过去一年,全县经济运行稳中有进")?.unit, "年")
        XCTAssertEqual(one("推出了“午间一小时”接待")?.unit, "小时")
        none("安排部署新一年人大工作")
        none("一年一度的代表培训")
        none("这一天,代表们走进社区")
        none("作为一名人大工作者")
        // Either half of a repeat, and a stretch a word before it picks out (not `提前`).
        none("一年又一年,代表们坚守岗位"); none("日子一天比一天好"); none("会议前一天,代表们报到"); none("头一年试点")
    }

    /// Units added from later drops: 期 (rounds of a course), 头 and 口 (head of livestock, wells
    /// and cages) after digits or ten and more; 家 before 乡镇.
    func testCountsOfRoundsHeadAndPieces() {
        XCTAssertEqual(one("举办代表培训班3期,培训520人次".components(separatedBy: ",")[0])?.unit, "期")
        none("会议期间,代表提出建议")
        // A phase in Chinese numerals before its noun is a stage, not a count.
        none("园区二期建设顺利推进"); XCTAssertEqual(one("举办代表培训班三期,")?.value, 3)
        let h = one("目前全市奶牛存栏12.6万头,日产鲜奶")
        XCTAssertEqual(h?.value, 126_000); XCTAssertEqual(h?.unit, "头")
        XCTAssertEqual(one("推动完成1.2万口传统渔排升级改造")?.unit, "口")
        none("代表们一头扎进田间地头")
        none("他们夫妻两口子一起值守")
        let j = one("已向12家乡镇卫生院派驻医生")
        XCTAssertEqual(j?.value, 12); XCTAssertEqual(j?.unit, "家")
    }

    func testDurations() {
        let a = figs("过去五年的工作和新时代十年的伟大变革")
        XCTAssertEqual(a.map(\.value), [5, 10]); XCTAssertEqual(a.map(\.kind), [.duration, .duration])
        XCTAssertEqual(one("过去5年工作")?.unit, "年")
        XCTAssertEqual(one("人大这 10 年".replacingOccurrences(of: " ", with: ""))?.value, 10)
        XCTAssertEqual(one("连续两年开展活动")?.value, 2)
        let h = one("打造代表与群众半小时“联络圈”")
        XCTAssertEqual(h?.value, 0.5); XCTAssertEqual(h?.unit, "小时"); XCTAssertEqual(h?.kind, .duration)
        XCTAssertEqual(one("用了一年半时间")?.value, 1.5)
        XCTAssertEqual(one("历时3个多月")?.approx, true)
        none("上半年工作")
    }

    func testBoundsRoundMagnitudesAndCompoundUnits() {
        let a = one("开展宣讲活动560余场次")
        XCTAssertEqual(a?.unit, "场次"); XCTAssertEqual(a?.value, 560); XCTAssertEqual(a?.approx, true)
        XCTAssertEqual(one("接待群众120件次")?.unit, "件次")
        let b = one("办结逾百件")
        XCTAssertEqual(b?.value, 100); XCTAssertEqual(b?.approx, true)
        let c = one("惠及上百户群众")
        XCTAssertEqual(c?.value, 100); XCTAssertEqual(c?.approx, true)
        XCTAssertEqual(one("满意率达30%以上")?.approx, true)
        XCTAssertEqual(one("参会人员5人以下")?.approx, true)
        XCTAssertEqual(one("满意率达30%")?.approx, false)
        none("数百名代表")
    }

    /// A bare 百/千/万/亿 scaled by a larger 万/亿 (`百亿`, `千万`, `百万`) is a round figure too.
    func testBareMagnitudesScaledByWanAndYi() {
        for (text, value, unit) in [("实现旅游收入近百亿元。", 10_000_000_000.0, "元"), ("投入近百万元", 1_000_000, "元"),
                                    ("筹集资金近千万元", 10_000_000, "元"), ("接待游客上千万人次,", 10_000_000, "人次"),
                                    ("撬动社会资本上亿元", 100_000_000, "元"), ("总投资逾百亿元", 10_000_000_000, "元"),
                                    ("惠及群众上百万人", 1_000_000, "人"), ("投资近万亿元", 1_000_000_000_000, "元"),
                                    ("筹集千余万元", 10_000_000, "元"), ("募集百万余元", 1_000_000, "元")] {
            let f = one(text)
            XCTAssertEqual(f?.value, value, text); XCTAssertEqual(f?.unit, unit, text); XCTAssertEqual(f?.approx, true, text)
        }
        // Magnitudes that step down or repeat are words: 亿万人民, 万万不可, 千千万万.
        none("造福亿万人民,万万不可,千千万万个家庭")
        none("上亿万元")
        none("千万不要")
    }

    func testDatesAndOrdinalsAreNotFigures() {
        none("10月16日上午,收看开幕会")
        none("对2023年工作系统进行部署")
        none("11月14号,召开会议")
        none("二〇二三年十月")
        none("中国共产党第二十次全国代表大会")
        none("十九届中央委员会和二十大、十九大")
        none("市人大常委会第11次会议")
        none("报告第六部分专题")
        none("第三种类型较少")
        none("金秋十月")
        // Meetings numbered without 第.
        none("县十九届人大三次会议审议通过")
        none("县十九届人大常委会二十次会议")
        none("十四届全国人大一次会议")
        none("县人大常委会十四次主任会议")
        none("县政协十届二次全体会议")
        XCTAssertEqual(one("常委会召开3次会议")?.value, 3, "a verb before the number: a count")
        XCTAssertEqual(one("全年召开常委会会议八次")?.value, 8)
        XCTAssertEqual(one("人大代表三次提出建议")?.unit, "次", "次 not before a meeting: a count")
    }

    func testSlogansAreNotFigures() {
        none("坚决拥护“两个确立”,增强“四个意识”,坚定“四个自信”")
        none("牢记“三个务必”,推进“五位一体”和“四个全面”")
        none("监督“一府一委两院”,学习两会精神,开展双联系")
        none("开展“三个一”活动")
        none("落实中央八项规定精神")
        none("向第二个百年奋斗目标进军")
        none("德伯斯镇的“80 后”女孩".replacingOccurrences(of: " ", with: ""))
        // a count right after a closing quote is still a count
        XCTAssertEqual(one("宣传引导”六个方面进行探索")?.value, 6)
    }

    func testIdiomsAreNotFigures() {
        none("一步一个脚印,送到千家万户,奋战在一线,一体运行,一系列举措,一些成效")
        none("围坐在一起,思想统一,重要内容之一,一是加强领导,二是完善机制")
        none("一方面要加强,第一时间学习,十分重要,关系百姓利益,百年大计")
        none("三四个人,五六年间")
        none("四处奔走,三番五次")
        none("总结了部分经验,三部分")
    }

    func testVagueAndRoundNumbers() {
        none("几十个村,数十名代表")
        let a = one("百余名代表参加")
        XCTAssertEqual(a?.value, 100); XCTAssertEqual(a?.approx, true); XCTAssertEqual(a?.unit, "名")
        XCTAssertEqual(one("走访千余户")?.value, 1000)
        let h = one("会议持续两个多小时")
        XCTAssertEqual(h?.value, 2); XCTAssertEqual(h?.unit, "小时"); XCTAssertEqual(h?.approx, true)
        XCTAssertEqual(one("用时三个月")?.unit, "个月")
    }

    /// Arbitrary scalar soup never traps, and every range maps back to its surface.
    func testNoTrapsOnArbitraryText() {
        let pool = Array("一二两三十百千万亿零〇点.,0123456789个名年元%余多约近第“”。,半分之人次小时月\n 结其".unicodeScalars)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let x = FigureExtractor()
        for len in 0..<400 {
            var t: [Unicode.Scalar] = []
            for _ in 0..<(len % 40) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                t.append(pool[Int(state >> 33) % pool.count])
            }
            for f in x.figures(in: t) {
                XCTAssertTrue(f.range.lowerBound >= 0 && f.range.upperBound <= t.count)
                var v = String.UnicodeScalarView(); v.append(contentsOf: t[f.range])
                XCTAssertEqual(String(v), f.surface)
                XCTAssertTrue(f.value.isFinite)
            }
            for r in x.unparsedNumbers(in: t) { XCTAssertTrue(r.upperBound <= t.count && !r.isEmpty) }
            _ = ChineseNumeral.parse(t, 0..<t.count)
        }
    }

    func testUnparsedNumbers() {
        let x = FigureExtractor()
        let t = Array("共十十个,另有3357名和三四个".unicodeScalars)
        XCTAssertEqual(x.unparsedNumbers(in: t), [1..<3])
        XCTAssertEqual(x.unparsedNumbers(in: Array("一亿零五百万元".unicodeScalars)), [])
        XCTAssertEqual(x.unparsedNumbers(in: Array("版本1.2.3万元".unicodeScalars)).count, 1)
    }

    func testOffsetsAreScalarOffsets() {
        let s = "①路线:“家站点”共计628个,总投资16.39亿元"
        let t = Array(s.unicodeScalars)
        let f = FigureExtractor().figures(in: t)
        XCTAssertEqual(f.count, 2)
        for g in f {
            var v = String.UnicodeScalarView(); v.append(contentsOf: t[g.range])
            XCTAssertEqual(String(v), g.surface)
        }
        XCTAssertEqual(f.first?.surface, "628个")
    }

    func testRangesGiveBothBounds() {
        let f = figs("全县用3至5年时间建成代表联络站")
        XCTAssertEqual(f.map(\.value), [3, 5]); XCTAssertEqual(f.map(\.unit), ["年", "年"])
        XCTAssertEqual(f.map(\.bound), [.lower, .upper]); XCTAssertEqual(f.map(\.surface), ["3至5年", "5年"])
        XCTAssertEqual(figs("建成20—30个站点").map(\.value), [20, 30])
        XCTAssertEqual(figs("每年投入100万~200万元").map(\.value), [1_000_000, 2_000_000])
        // The upper bound's magnitude carries over; 约 before the range marks both bounds.
        let m = figs("约3至5万元")
        XCTAssertEqual(m.map(\.value), [30_000, 50_000]); XCTAssertEqual(m.map(\.approx), [true, true])
        XCTAssertEqual(figs("开展二至三次视察").map(\.value), [2, 3])
        XCTAssertEqual(figs("占比10-15%").map(\.unit), ["%", "%"])
        // A single figure stays unbounded.
        XCTAssertNil(one("3357名代表")?.bound)
    }

    func testRangesThatAreNoFigures() {
        none("依照第3至5条规定")          // ordinals: neither bound
        none("2023-2024年工作要点")       // years
        none("5-6月开展视察")             // months
        none("如图1-2所示")               // a figure number, and 所示 is no unit
        XCTAssertEqual(one("型号A3-5个")?.value, 5)  // inside an ASCII token: only the upper
        XCTAssertEqual(figs("3至五年").count, 1)  // bounds written differently are no range
    }

    func testFractionsAndTenthsAreShares() {
        let f = one("三分之二的代表参加视察")
        XCTAssertEqual(f?.value, 66.67); XCTAssertEqual(f?.unit, "%"); XCTAssertEqual(f?.kind, .percent)
        XCTAssertEqual(one("千分之五")?.value, 0.5)
        let t = one("近三成群众参与")
        XCTAssertEqual(t?.value, 30); XCTAssertEqual(t?.approx, true); XCTAssertEqual(t?.surface, "三成")
        XCTAssertEqual(one("五成以上")?.approx, true)
        none("这项工作十分重要")
        none("一成不变")
        none("会议决定三成员回避")   // 成员: a word, not tenths
        none("七八成")               // a numeral range
        none("第三分之一")
    }

    func testVotesAreasVolumesAndMeasureWords() {
        XCTAssertEqual(figs("赞成2883票,反对8票,弃权11票").map(\.value), [2883, 8, 11])
        XCTAssertEqual(one("面积13.3万公顷")?.value, 133_000)
        XCTAssertEqual(one("面积4.6千公顷")?.value, 4600)
        XCTAssertEqual(one("新增3万立方米")?.unit, "立方米")
        XCTAssertEqual(one("组建14支队伍")?.unit, "支")
        XCTAssertEqual(one("藏书3000册")?.value, 3000)
        XCTAssertEqual(one("安装850盏路灯")?.unit, "盏")
        let km = one("全长12千米")
        XCTAssertEqual(km?.value, 12); XCTAssertEqual(km?.unit, "千米")
        XCTAssertEqual(one("服务1.2千人次")?.value, 1200)
        none("大力支持代表工作")   // 支持 is a verb
        none("凭票据报销")
    }

    func testUpperBoundsAreApproximate() {
        XCTAssertEqual(one("不足七成")?.approx, true)
        XCTAssertEqual(one("投入不到2万元")?.approx, true)
        XCTAssertEqual(one("达到3000人")?.approx, false)
        XCTAssertEqual(one("不少于5万元")?.approx, true)
        XCTAssertEqual(one("至少2次")?.approx, true)
        XCTAssertEqual(one("控制在3.5%以内")?.approx, true)
        XCTAssertEqual(one("赠书3000本")?.unit, "本")
        XCTAssertEqual(one("分成5组")?.unit, "组")
        none("全县5组织")   // 组织 is a word
        XCTAssertEqual(one("全年投入突破600万元")?.approx, true)
        XCTAssertEqual(one("办理时限压缩至0.5个工作日")?.unit, "工作日")
        XCTAssertEqual(one("5个工作日内办结")?.kind, .duration)
    }

    func testRangeBoundsStayInOrder() {
        // The upper's magnitude carries over only while the lower bound stays the smaller.
        XCTAssertEqual(figs("投入5000至1万元").map(\.value), [5000, 10_000])
        XCTAssertEqual(figs("全长3-5千米").map(\.value), [3, 5])
        XCTAssertEqual(figs("两到三成").map(\.value), [20, 30])
        XCTAssertEqual(figs("三至五千人").map(\.value), [3000, 5000])
        XCTAssertEqual(figs("二至三百人").map(\.value), [200, 300])
        // A lower bound above the upper is an abbreviated span of years: no figure at all.
        none("2019-23年规划")
        // Bounds written differently are no range: only the upper (五年) is a figure.
        XCTAssertEqual(one("3至五年")?.bound, nil)
        // 以上 after a fraction or 百分之 marks it approximate, as after 30%.
        XCTAssertEqual(one("三分之二以上")?.approx, true)
        XCTAssertEqual(one("百分之九十以上")?.approx, true)
    }

    func testRangesWithTheUnitOnBothSidesAndTableRows() {
        let r = figs("增长6%至7%")
        XCTAssertEqual(r.map(\.value), [6, 7]); XCTAssertEqual(r.map(\.bound), [.lower, .upper])
        XCTAssertEqual(figs("投入3000万元至5000万元").map(\.bound), [.lower, .upper])
        // Two figures of different units side by side are no range.
        XCTAssertEqual(figs("3年-5个").map(\.bound), [nil, nil])
        // A decimal after a space in a flattened table row is its own figure; a space-grouped
        // integer still reads as one number.
        XCTAssertEqual(figs("城乡建设 68 49 15 4 72.1%").map(\.value), [72.1])
        XCTAssertEqual(figs("地区生产总值 712.6 5.8%").map(\.value), [5.8])
        XCTAssertEqual(figs("3 357名").map(\.value), [3357])
    }

    func testNumeralsInsidePlaceNamesAreNoFigures() {
        // A township, county or city whose name starts with a number and a measure word.
        none("深入桥头河镇、杨市镇、六亩塘镇等地调研")
        none("七台河市人大代表视察")
        none("五家渠市人大常委会召开会议")
        none("在十里铺镇召开座谈会")
        // A township whose name ends right after the measure word (六所镇, 三家镇) may be a count of
        // the township's institutions.
        XCTAssertEqual(figs("全县新建、改扩建六所镇中心幼儿园,新增学位2400个;引导三家镇办企业捐资助学").map(\.surface), ["六所", "2400个", "三家"])
        // Counts of places stay counts.
        XCTAssertEqual(figs("走访两个镇、三个贫困村、五个街道").map(\.value), [2, 3, 5])
        XCTAssertEqual(one("全县14个乡镇")?.value, 14)
        // A count right before a place name is still a count.
        XCTAssertEqual(one("组织30名代表到六亩塘镇视察")?.value, 30)
    }

    func testReignYearsAreDatesNotDurations() {
        none("奉国寺大雄殿建于辽开泰九年,是我国现存规模较大的辽代木构建筑")
        none("始建于清光绪二十年")
        none("民国三年迁至现址")
        none("明洪武三年设县")
        // A duration after a word that is no era name stays one.
        XCTAssertEqual(one("持续开展三年")?.unit, "年")
        XCTAssertEqual(one("历时九年建成")?.value, 9)
        // A reign title that is also a county or a word counts as one only after a dynasty.
        XCTAssertEqual(one("扎根景泰三十年,他带领群众引黄灌溉")?.value, 30)
        none("始建于明景泰三年")
        XCTAssertEqual(figs("每人给予一次性补贴5000元和两年创业担保贷款贴息").map(\.surface), ["5000元", "两年"])
    }

    func testSecondRoundsRanksAndOneByOneAreNoCounts() {
        none("条例草案提请常委会会议二次审议")
        none("对代表不满意的建议实行二次交办")
        XCTAssertEqual(one("共审议十二次")?.value, 12)
        XCTAssertEqual(one("开展两次视察")?.value, 2)
        // At a sentence's end 二次 counts.
        XCTAssertEqual(one("已就食品安全开展专题视察二次,督促整改问题")?.value, 2)
        none("县人大常委会二级调研员张三出席")
        none("四级调研员李四、一级主任科员王五参加")
        none("被评为一级教师")
        // One by one: 一个问题一个问题地盯、一件一件地抓, even beside a count of the same unit.
        XCTAssertEqual(figs("梳理出12个问题,一个问题一个问题地盯、一件一件地抓。").map(\.surface), ["12个"])
        // A single 一 beside a count of the same unit still counts (no reduplication).
        XCTAssertEqual(figs("全县建成一个中心、12个站点").map(\.value), [1, 12])
    }
}
