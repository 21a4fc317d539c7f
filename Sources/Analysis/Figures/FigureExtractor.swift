// Quantities with units in normalized section text: 3357名, 2.2万余人次, 16.39亿元, 五年, 35%.

import Corpus

/// Finds quantities with units in a section's normalized analysis text.
///
/// The input is the caller's normalized text as scalars: full-width ASCII folded to ASCII,
/// whitespace removed except a single space between two ASCII letters or digits, wrapped lines
/// joined, paragraphs separated by `\n`. Offsets in the results index that array.
///
/// What counts as a figure: a number (ASCII digits, Chinese numerals, or mixed like `2.2万`),
/// optionally `余`/`多`, then a unit from a fixed list of measure words (`名`, `个`, `人次`, `次`,
/// `处`, `年`, `元`, `%`, …). What does not:
/// - dates and years: `10月16日` (月/日 are not units), `2023年` (a four-digit year), `二〇二三年`;
/// - ordinals: anything right after `第` (`第二十次`, `第六部分`), and meetings numbered without it
///   (`十九届人大三次会议`, `人大常委会十四次主任会议`; but `召开3次会议` is a count);
/// - numbered slogans: a number right after an opening quote whose quotation closes within a few
///   characters (`“两个确立”`, `“三个一”`), and small Chinese numerals whose unit is followed by an
///   abstract slogan head (`八项规定`, `五位一体`);
/// - numeral ranges (`三四个`), idioms whose first scalar is 百/千/万/亿 (`百姓`, `千家万户`);
/// - tiers of government named by `N级` (`县乡两级人大代表`, `五级人大代表`, `一级预算单位`,
///   `三级联动`; see `namesTiers`);
/// - a bare `一` (one, "a"), unless the same unit is counted with another number in the same
///   sentence (`八处…五处…一处`): `一名人大代表`, `一次盛会`, `一个时期` are articles, not counts.
///
/// A bare magnitude is a round, approximate figure after 近/逾/上 or before 余/多, scaled by a
/// larger 万/亿 if one follows (`近百场`, `百余万元`, `近百亿元`, `上千万人次`, `上亿元`).
///
/// Ranges give both bounds (`3至5年` → 3 年 and 5 年, the lower taking the upper's unit and
/// magnitude when it stays the smaller); shares written as fractions or tenths are percent
/// (`三分之二` → 66.67 %, `近三成` → 30 %); 约/近/超/逾/突破/不足/不到 before and 左右/以上/以下 after mark a
/// figure approximate.
public struct FigureExtractor: Sendable {

    /// Creates an extractor with the built-in unit and slogan lists.
    public init() {}

    /// All figures in `text`, in text order. They do not overlap, except that the lower bound of a
    /// range spans the whole range and so contains its upper bound (`3至5年`, `5年`).
    public func figures(in text: [Unicode.Scalar]) -> [Figure] {
        var found: [Candidate] = []
        scan(text) { c in found.append(c) }
        // `6%至7%`, `3000万元至5000万元`: two figures of one unit joined by a range sign are a range.
        var k = 0
        while k + 1 < found.count {
            let a = found[k], b = found[k + 1]
            if a.bound == nil, b.bound == nil, a.unit == b.unit, a.range.upperBound + 1 == b.range.lowerBound,
               Self.isRangeSign(text[a.range.upperBound]), a.value <= b.value {
                found[k].range = a.range.lowerBound..<b.range.upperBound
                found[k].bound = .lower
                found[k].bareOne = false
                found[k + 1].bound = .upper
                found[k + 1].bareOne = false
                k += 2
            } else {
                k += 1
            }
        }
        // A bare 一 is an article unless the sentence counts the same unit with another number.
        var out: [Figure] = []
        out.reserveCapacity(found.count)
        for (k, c) in found.enumerated() {
            // 一件一件地抓, 一个问题一个问题地盯: one by one, no count.
            if text[c.range.lowerBound] == "一", Self.isReduplicated(text, c.range) { continue }
            if c.bareOne, !Self.isSpanOfOne(text, c) {
                let (s, e) = sentenceBounds(text, around: c.range.lowerBound)
                // Candidates are in text order: look only at neighbours inside the sentence.
                var parallel = false
                var j = k - 1
                while !parallel, j >= 0, found[j].range.lowerBound >= s {
                    parallel = !found[j].bareOne && found[j].unit == c.unit
                    j -= 1
                }
                j = k + 1
                while !parallel, j < found.count, found[j].range.upperBound <= e {
                    parallel = !found[j].bareOne && found[j].unit == c.unit
                    j += 1
                }
                if !parallel { continue }
            }
            out.append(Figure(range: c.range, value: c.value, unit: c.unit, approx: c.approx,
                              kind: c.kind, surface: Self.string(text, c.range), bound: c.bound))
        }
        return out
    }

    /// A bare 一 that measures time (`提前一个月介入`, `过去一年`, `午间一小时`): a span, not an
    /// article, unless a determiner makes it one particular stretch (`新一年`, `这一天`, `上一年`,
    /// `头一年`, `另一天`, `会议前一天`; not `提前`) or it repeats (`一年一度`, `一年四季`, `一天比一天`,
    /// `一天天`, `一年又一年`: either half).
    private static func isSpanOfOne(_ t: [Unicode.Scalar], _ c: Candidate) -> Bool {
        guard c.kind == .duration else { return false }
        let lo = c.range.lowerBound, hi = c.range.upperBound
        if lo > 0 {
            let before = t[lo - 1]
            if spanDeterminers.contains(before) || spanRepeats.contains(before) { return false }
            if before == "前" && !(lo > 1 && t[lo - 2] == "提") { return false }
        }
        if hi < t.count, spanRepeatsAfter.contains(t[hi]) { return false }
        return true
    }
    /// What makes a bare 一 of time one particular stretch, right before it (`isSpanOfOne`).
    private static let spanDeterminers = Set("新每这那哪某同有上下当头后次另".unicodeScalars)
    /// What joins the halves of a repeat, right before the second (`一年又一年`, `一天比一天`).
    private static let spanRepeats = Set("又比复到".unicodeScalars)
    /// What follows the first half of a repeat or a set phrase (`一年一度`, `一年四季`, `一天天`).
    private static let spanRepeatsAfter = Set("一四到比又天年月周复".unicodeScalars)

    /// Spans that look like a number with a unit but do not parse as a number (`十十个`,
    /// `1.2.3万元`, `三百五十十名`): material for a lint rule. Ranges cover the numeral only.
    public func unparsedNumbers(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        let n = text.count
        let bits = Self.numeralBits
        while i < n {
            let c = text[i]
            guard Self.startsNumber(c, bits) else { i += 1; continue }
            if ChineseNumeral.isASCIIDigit(c), i > 0, Self.isASCIIAlnum(text[i - 1]) || text[i - 1] == "." {
                i = Self.numeralRunEnd(text, from: i); continue
            }
            let end = Self.numeralRunEnd(text, from: i)
            defer { i = max(end, i + 1) }
            guard ChineseNumeral.isASCIIDigit(c) || (ChineseNumeral.digitValue(c) != nil && c != "零" && c != "〇") || c == "十" else { continue }
            var u = end
            if u < n, text[u] == "余" || text[u] == "多" { u += 1 }
            guard Self.matchUnit(text, at: u) != nil else { continue }
            if ChineseNumeral.parse(text, i..<end) == nil, !Self.isDigitRange(text, i..<end) {
                out.append(i..<end)
            }
        }
        return out
    }

    // MARK: - Scanning

    private struct Candidate {
        var range: Range<Int>
        var value: Double
        var unit: String
        var approx: Bool
        var kind: FigureKind
        var bareOne: Bool
        var bound: RangeBound? = nil
    }

    private func scan(_ text: [Unicode.Scalar], _ emit: (Candidate) -> Void) {
        let n = text.count
        var i = 0
        let bits = Self.numeralBits
        while i < n {
            i = Self.nextStart(text, from: i, bits)
            guard i < n else { break }
            let c = text[i]
            // 百分之三十五
            if c == "百", i + 3 < n, text[i + 1] == "分", text[i + 2] == "之" {
                let s = i + 3
                let e = Self.numeralRunEnd(text, from: s)
                if e > s, let v = ChineseNumeral.parse(text, s..<e) {
                    emit(Candidate(range: i..<e, value: v, unit: "%", approx: Self.approxBefore(text, i) || Self.approxAfter(text, e),
                                   kind: .percent, bareOne: false))
                    i = e
                    continue
                }
            }
            // 半小时, 半年 (not 上半年, 一半, 大半年)
            if c == "半", i + 1 < n, let m = Self.matchUnit(text, at: i + 1), m.kind == .duration {
                let prev: Unicode.Scalar = i > 0 ? text[i - 1] : " "
                if !"上下大前后过一多".unicodeScalars.contains(prev) && !ChineseNumeral.isChineseNumeralScalar(prev) {
                    emit(Candidate(range: i..<m.end, value: 0.5, unit: m.unit,
                                   approx: Self.approxBefore(text, i), kind: m.kind, bareOne: false))
                    i = m.end
                    continue
                }
            }
            guard Self.startsNumber(c, bits) else { i += 1; continue }
            // 三分之二, 千分之五: a share, in percent.
            if c.value >= 0x80, i + 2 < n, text[i + 1] == "分" || text[i + 2] == "分", let f = fraction(text, start: i) {
                emit(f)
                i = f.range.upperBound
                continue
            }
            let end = Self.numeralRunEnd(text, from: i)
            switch rangeLowerBound(text, start: i, end: end) {
            case .none:
                if let cand = candidate(text, start: i, end: end) { emit(cand) }
                i = max(end, i + 1)
            case .lower(let low, let upper):
                emit(low)
                emit(upper)
                i = upper.range.upperBound
            case .neither(let next):
                i = next
            }
        }
    }

    /// What a numeral run followed by a range sign (`至`, `到`, `-`, `—`, `~`) and a figure is.
    private enum RangeStart {
        /// The lower bound, and the upper bound (the figure after the sign, marked as such).
        case lower(Candidate, upper: Candidate)
        /// An ordinal range (`第3至5条`) or a span of years (`2019-23年`): neither bound is a figure;
        /// scanning goes on at `next`.
        case neither(next: Int)
    }

    /// A range `3至5年`, `20—30个`, `100万~200万元`, `三至五万元`: the run `start..<end` is its lower
    /// bound when a range sign follows and then a number that is a figure. The lower bound takes
    /// the upper's unit, kind and magnitude (`3至5万元` is 30000 元) and spans the whole range.
    /// Dates (`2023-2024年`, `5-6月`) stay no figure: their upper bound is none.
    private func rangeLowerBound(_ t: [Unicode.Scalar], start: Int, end: Int) -> RangeStart? {
        let n = t.count
        guard end + 1 < n, Self.isRangeSign(t[end]), Self.startsNumber(t[end + 1]) else { return nil }
        let first = t[start]
        let ascii = ChineseNumeral.isASCIIDigit(first)
        // Both bounds written alike: `3至五年` or `5-十` are no ranges.
        guard ascii == ChineseNumeral.isASCIIDigit(t[end + 1]) else { return nil }
        if ascii {
            if start > 0, Self.isASCIIAlnum(t[start - 1]) || t[start - 1] == "." || t[start - 1] == "-" { return nil }
        } else if first == "零" || first == "〇" || (ChineseNumeral.digitValue(first) == nil && first != "十") {
            return nil
        }
        let upperEnd = Self.numeralRunEnd(t, from: end + 1)
        guard let upper = candidate(t, start: end + 1, end: upperEnd) else { return nil }
        let prev: Unicode.Scalar = start > 0 ? t[start - 1] : "\n"
        if "第初周星".unicodeScalars.contains(prev) { return .neither(next: upper.range.upperBound) }
        if prev == "几" || prev == "数" { return nil }
        guard var low = ChineseNumeral.parse(t, start..<end) else { return nil }
        // The upper's number as the candidate read it (a 千 of 千米 is the unit's).
        let upperNumberEnd = Self.valueEnd(t, start: end + 1, runEnd: upperEnd)
        // The upper's magnitude (万, 亿, 千, 百) carries over to a lower bound written without one
        // when the lower bound then stays the smaller: `3至5万元` is 30000 元, `5000至1万元` 5000 元.
        if ChineseNumeral.bigUnitExponent(t[end - 1]) == nil && ChineseNumeral.smallUnit(t[end - 1]) == nil {
            var k = upperNumberEnd
            var scale = 1.0
            while k > end + 2 {
                let c = t[k - 1]
                guard let e = ChineseNumeral.bigUnitExponent(c) ?? (c == "千" ? 3 : c == "百" ? 2 : nil) else { break }
                scale *= pow10(e)
                k -= 1
            }
            if low * scale <= upper.value { low *= scale }
        }
        // Tenths (两到三成) are percent: the lower bound too.
        if upper.unit == "%", upperNumberEnd < n, t[upperNumberEnd] == "成" { low *= 10 }
        // A lower bound above the upper is an abbreviated span of years (`2019-23年`): no figure.
        guard low <= upper.value else { return .neither(next: upper.range.upperBound) }
        var lower = upper
        lower.range = start..<upper.range.upperBound
        lower.value = low
        lower.approx = Self.approxBefore(t, start)
        lower.bareOne = false
        lower.bound = .lower
        var up = upper
        up.approx = upper.approx || lower.approx
        up.bareOne = false
        up.bound = .upper
        return .lower(lower, upper: up)
    }

    /// Where the number of the run `start..<runEnd` ends: `12千米`, `3千克` give the 千 the run
    /// took to the unit.
    static func valueEnd(_ t: [Unicode.Scalar], start: Int, runEnd: Int) -> Int {
        guard ChineseNumeral.isASCIIDigit(t[start]), runEnd - start >= 2, t[runEnd - 1] == "千", runEnd < t.count,
              t[runEnd] == "米" || t[runEnd] == "克" else { return runEnd }
        return runEnd - 1
    }

    private func pow10(_ e: Int) -> Double {
        var v = 1.0
        for _ in 0..<e { v *= 10 }
        return v
    }

    /// Signs that join the bounds of a range: 至, 到, ASCII and full-width hyphens (folded), en and
    /// em dashes, tildes.
    static func isRangeSign(_ c: Unicode.Scalar) -> Bool {
        c == "至" || c == "到" || c == "-" || c == "—" || c == "–" || c == "~" || c == "〜"
    }

    /// Decides whether the numeral run `start..<end` plus what follows is a figure.
    private func candidate(_ t: [Unicode.Scalar], start: Int, end runEnd: Int) -> Candidate? {
        let n = t.count
        let first = t[start]
        let ascii = ChineseNumeral.isASCIIDigit(first)
        // Inside an ASCII token (A3, V2.0) or a Chinese idiom starting with 百/千/万/亿/零.
        if ascii {
            if start > 0, Self.isASCIIAlnum(t[start - 1]) || t[start - 1] == "." { return nil }
        } else {
            if first == "零" || first == "〇" { return nil }
            if ChineseNumeral.digitValue(first) == nil && first != "十" {
                return roundHundreds(t, start: start, end: runEnd)
            }
        }
        let prev: Unicode.Scalar = start > 0 ? t[start - 1] : "\n"
        // Ordinals and days: 第二十次, 初三, 周一.
        if prev == "第" || prev == "初" || prev == "周" || prev == "星" { return nil }
        // Vague magnitudes: 几十个, 数十名.
        if prev == "几" || prev == "数" { return nil }
        if !ascii && Self.isDigitRange(t, start..<runEnd) { return nil }  // 三四个, 二〇二三年
        // Digits grouped by spaces (`3 357名`, `1 200万元`): one number when every later group has
        // three digits; a run after `digit space` that is no such group is no figure (never `357名`).
        var end = Self.valueEnd(t, start: start, runEnd: runEnd)
        var value: Double
        // (A decimal after a space is a number of its own, as in a flattened table row:
        // `城乡建设 68 49 15 4 72.1%`.)
        if ascii, start >= 2, t[start - 1] == " ", ChineseNumeral.isASCIIDigit(t[start - 2]), !t[start..<runEnd].contains(".") { return nil }
        if ascii, let g = Self.digitGroups(t, start: start, end: end) {
            guard let v = ChineseNumeral.parse(g.scalars, 0..<g.scalars.count) else { return nil }
            value = v
            end = g.end
        } else {
            guard let v = ChineseNumeral.parse(t, start..<end) else { return nil }
            value = v
        }

        // Approximation between the number and the unit: 6500多名, 40余部, 三十余次, 1万余人次,
        // and before a magnitude: 120多万元, 十余万元.
        var u = end
        var approx = false
        if u < n, t[u] == "余" || t[u] == "多" {
            approx = true
            u += 1
            if u + 1 < n, let scale = Self.magnitude(t[u]), Self.matchUnit(t, at: u + 1) != nil {
                value *= scale
                u += 1
            }
        }
        // 3个多月: 个 + 多/余 + 月.
        var unitMatch: UnitMatch? = nil
        if !approx, u + 2 < n, t[u] == "个", t[u + 1] == "多" || t[u + 1] == "余", t[u + 2] == "月" {
            // 3个多月
            unitMatch = UnitMatch(end: u + 3, unit: "个月", kind: .duration)
            approx = true
        } else if !approx, u + 2 < n, t[u] == "个", t[u + 1] == "多" || t[u + 1] == "余",
           let d = Self.matchUnit(t, at: u + 2), d.kind == .duration {
            // 两个多小时
            unitMatch = d
            approx = true
        } else if !approx, u + 1 < n, t[u] == "个", t[u + 1] == "月" {
            unitMatch = UnitMatch(end: u + 2, unit: "个月", kind: .duration)
        } else if !approx, u + 2 < n, t[u] == "个", t[u + 1] == "小", t[u + 2] == "时" {
            unitMatch = UnitMatch(end: u + 3, unit: "小时", kind: .duration)
        } else if !ascii, !approx, end - start == 1, value >= 1, value <= 9, first != "一", u < n, t[u] == "成",
                  u + 1 >= n || !Self.tenthsBlocked.contains(t[u + 1]) {
            // 三成, 近七成: tenths, as a percent share (not 一成不变, 八成员, 两成立).
            value *= 10
            unitMatch = UnitMatch(end: u + 1, unit: "%", kind: .percent)
        } else {
            unitMatch = Self.matchUnit(t, at: u)
        }
        guard var m = unitMatch else { return nil }
        if t[end..<u].isEmpty == false, m.isUnit("%") { return nil }
        if m.wordAfterSmallNumeral, !ascii, value < 10 { return nil }

        // Years: 2023年 (four ASCII digits), not durations.
        if m.isUnit("年") && ascii && !approx {
            let digits = end - start
            if digits == 4, value >= 1000, value <= 2999 { return nil }
            // 年 followed by a month: 23年5月.
            if m.end < n, ChineseNumeral.isASCIIDigit(t[m.end]) { return nil }
        }
        // Slogans: “两个确立”, “三个一”, “80后” — a number right after an opening quote whose
        // quotation closes soon after the unit.
        if Self.isOpeningQuote(prev) && Self.quoteClosesSoon(t, from: m.end) { return nil }
        // Small Chinese numerals + an abstract head: 八项规定, 五位一体, 两个百年.
        if !ascii, value <= 10, m.isUnit("个") || m.isUnit("项") || m.isUnit("位"),
           Self.hasSloganHead(t, at: m.end, personUnit: m.isUnit("位")) { return nil }
        // Idioms: 四处 (everywhere), 三番五次.
        if !ascii, m.isUnit("处"), first == "四", end - start == 1 { return nil }
        if prev == "番" { return nil }
        // Session ordinals written without 第: 十九届人大三次会议, 人大常委会十四次主任会议.
        if m.isUnit("次"), Self.isSessionOrdinal(t, start: start, unitEnd: m.end) { return nil }
        // Tiers of government named, not counted: 县乡两级人大代表, 五级人大代表, 一级预算单位, 三级联动.
        if m.isUnit("级"), u == end, Self.namesTiers(t, start: start, unitEnd: m.end) { return nil }

        // 二次 is "second" (二次审议, 二次交办): a count of two says 两次.
        // (At a sentence's end, `视察二次。`, it counts.)
        if m.isUnit("次"), !ascii, !approx, end - start == 1, first == "二", m.end < n, ScalarClass.isHan(t[m.end]) { return nil }
        // A phase in Chinese numerals names a stage before its noun (`园区二期建设`, `预计三期投产`);
        // rounds counted stand after theirs (`举办培训班3期`, `培训班三期，`).
        if m.isUnit("期"), !ascii, m.end < n, ScalarClass.isHan(t[m.end]) { return nil }
        // A reign year is a date: 光绪二十年, 民国三年, 辽开泰九年.
        if m.isUnit("年"), Self.followsEraName(t, start) { return nil }
        // A place whose name starts with a number and a measure word: 六亩塘镇, 七台河市, 五家渠市
        // (written in Chinese numerals, one or two of them).
        if !ascii, end - start <= 2, m.end < n, ScalarClass.isHan(t[m.end]), Self.insidePlaceName(t, start: start, end: m.end) { return nil }

        var approxOut = approx || Self.approxBefore(t, start) || Self.approxAfter(t, m.end)
        if m.kind == .duration, m.end < n, t[m.end] == "多" {
            let after: Unicode.Scalar = m.end + 1 < n ? t[m.end + 1] : "\n"
            if "的来,。;、)\n".unicodeScalars.contains(after) { approxOut = true }
        }
        // 一年半
        var v = value
        if m.kind == .duration, m.end < n, t[m.end] == "半", !approx {
            v += 0.5
            m = UnitMatch(end: m.end + 1, unit: m.unit, kind: m.kind)
        }
        let bareOne = !ascii && end - start == 1 && (first == "一" || first == "壹") && !approxOut && v == value
        return Candidate(range: start..<m.end, value: v, unit: m.unit, approx: approxOut, kind: m.kind,
                         bareOne: bareOne)
    }

    /// `D分之N` (三分之二, 十分之一, 千分之五) as a percent share, rounded to hundredths. `十分` alone
    /// (very) and `百分之…` (handled as a percent) are not fractions here.
    private func fraction(_ t: [Unicode.Scalar], start: Int) -> Candidate? {
        let n = t.count
        guard t[start] != "百" || start + 1 >= n || t[start + 1] != "分" else { return nil }
        var j = start
        while j < n, ChineseNumeral.isChineseNumeralScalar(t[j]) { j += 1 }
        guard j > start, j + 2 < n, t[j] == "分", t[j + 1] == "之", Self.startsNumber(t[j + 2]),
              !ChineseNumeral.isASCIIDigit(t[j + 2]) else { return nil }
        if start > 0, t[start - 1] == "第" || ChineseNumeral.isChineseNumeralScalar(t[start - 1]) { return nil }
        let e = Self.numeralRunEnd(t, from: j + 2)
        guard let d = ChineseNumeral.parse(t, start..<j), d > 0,
              let num = ChineseNumeral.parse(t, (j + 2)..<e), num <= d else { return nil }
        let v = (num / d * 10_000).rounded() / 100
        return Candidate(range: start..<e, value: v, unit: "%", approx: Self.approxBefore(t, start) || Self.approxAfter(t, e),
                         kind: .percent, bareOne: false)
    }

    /// Reign titles and calendar eras whose years are written `TITLE + numeral + 年` (光绪二十年,
    /// 民国三年): such a year is a date, never a duration. These are no place's name and no common word.
    static let eraNames: Set<String> = [
        "公元", "公元前", "民国", "宣统", "光绪", "同治", "道光", "嘉庆", "乾隆", "雍正", "康熙", "顺治",
        "崇祯", "天启", "万历", "隆庆", "嘉靖", "弘治", "成化", "洪武", "永乐", "至正", "开泰", "统和",
        "重熙", "熙宁", "元丰", "元祐", "绍圣", "崇宁", "宣和", "靖康", "建炎", "淳熙", "绍熙", "开禧",
        "端平", "嘉熙", "淳祐", "宝祐", "景定", "咸淳", "德祐", "雍熙", "淳化", "咸平", "景德", "天禧",
        "天圣", "景祐", "庆历", "皇祐", "嘉祐", "武德", "贞观", "永徽", "显庆", "麟德", "乾封", "总章",
        "咸亨", "仪凤", "调露", "开耀", "永淳", "神龙", "景龙", "开元", "天宝", "大历", "贞元", "永贞",
        "长庆", "宝历", "会昌", "咸通", "乾符", "广明", "光启", "龙纪", "景福", "乾宁", "天复", "天祐",
        "开皇", "大业", "元狩", "元鼎", "元封", "征和", "黄初",
    ]
    /// Reign titles that are also places or common words (景泰县, 仁寿县, 太和县, 绍兴市, 中和, 元和):
    /// a date only right after a dynasty (`明景泰三年`, `唐元和十年`).
    static let ambiguousEraNames: Set<String> = [
        "景泰", "仁寿", "太和", "泰和", "政和", "咸丰", "康定", "绍兴", "嘉定", "宝应", "永平", "中和", "元和",
        "大安", "广德", "永泰", "上元", "先天", "大中", "文德", "大顺", "建中", "兴元", "乾元", "至德", "天会",
        "大定", "明昌", "承安", "清宁", "大康", "寿昌", "天庆", "元贞", "中统", "延祐", "至大", "泰定", "至顺",
        "建文", "天顺", "正统", "宣德", "正德", "隆兴", "乾道", "庆元", "嘉泰", "宝庆", "建武", "建初", "永元",
        "乾德", "开宝", "至道", "明道", "宝元", "至和", "治平", "元符", "大观", "重和", "龙朔", "弘道",
        "景云", "永隆", "开成", "大和", "光化", "太康", "至元", "大德", "太初", "太始", "永和", "太平",
    ]
    /// Dynasties and states named before a reign title (`明景泰`, `北宋政和`).
    static let dynasties = Set("夏商周秦汉晋隋唐宋元明清辽金".unicodeScalars)
    /// The last scalar of every era name, plain or ambiguous.
    static let eraNameEnds = Set(eraNames.union(ambiguousEraNames).map { $0.unicodeScalars.last! })
    /// Scalars with no canonical decomposition and combining class 0 (a string ending with one
    /// equals a name only if the name ends with it): ASCII, CJK punctuation (not the tone marks
    /// U+302A–302F), the basic block of ideographs, full-width forms.
    @inline(__always) static func isPlainForEras(_ v: UInt32) -> Bool {
        v < 0x80 || (v >= 0x3000 && v <= 0x3029) || (v >= 0x3030 && v <= 0x303F)
            || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xFF01 && v <= 0xFF60)
    }

    /// Whether the text right before `start` ends with an era name (`光绪` in `光绪二十年`; an ambiguous
    /// one only after a dynasty: `明景泰三年`).
    static func followsEraName(_ t: [Unicode.Scalar], _ start: Int) -> Bool {
        // Most years follow no era: the scalar right before one that ends no era's name, and that
        // no canonical equivalence can turn into one (an ideograph of the basic block, ASCII,
        // CJK or full-width punctuation), rules every name out without building and hashing three
        // strings (a `Set<String>` lookup of Han text normalises it first).
        if start >= 2, isPlainForEras(t[start - 1].value), !eraNameEnds.contains(t[start - 1]) { return false }
        for len in 2...4 where start >= len {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: t[(start - len)..<start])
            let name = String(s)
            if eraNames.contains(name) { return true }
            if ambiguousEraNames.contains(name), start > len, dynasties.contains(t[start - len - 1]) { return true }
        }
        return false
    }

    /// Whether the figure at `r`, with up to four scalars after it, is repeated right after or
    /// right before itself (`一件一件`, `一个问题一个问题`): a reduplication meaning "one by one".
    static func isReduplicated(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        let n = t.count
        for k in 0...4 {
            let len = r.count + k
            let s = r.lowerBound
            if s + 2 * len <= n, t[s..<(s + len)].elementsEqual(t[(s + len)..<(s + 2 * len)]) { return true }
            if s >= len, s + len <= n, t[(s - len)..<s].elementsEqual(t[s..<(s + len)]) { return true }
        }
        return false
    }

    /// Whether `start..<end` (a number and its unit, followed by a Han scalar) lies inside a place
    /// name of the gazetteer that goes on past the unit: 六亩塘镇, 七台河市, 五家渠市, 十里铺镇.
    static func insidePlaceName(_ t: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        // Place names are short: a window around the figure holds any name that could cover it.
        let lo = max(0, start - 6), hi = min(t.count, end + 8)
        let mentions = Gazetteer.shared.mentions(in: Array(t[lo..<hi]))
        // A township name ending right after the measure word (`六所镇`, `三家镇`) is as often a count
        // of the township's institutions (`新建六所镇中心幼儿园`): only a name that goes on past the
        // measure word before its suffix (`六亩塘镇`, `八家子镇`) or a county-level one counts.
        return mentions.contains { m in
            m.range.lowerBound + lo <= start && m.range.upperBound + lo > end
                && (m.kind != .township || m.range.upperBound + lo > end + 1)
        }
    }

    /// Scalars that make `N成` a word rather than tenths (成员, 成立, 成果, 成为…).
    static let tenthsBlocked = Set("员立果为功本效绩熟长就型都交年人份品分批套全语才事家婚亲器像".unicodeScalars)

    /// Meetings named by their number: `N次` right after the body that holds them (`届`, `人大`,
    /// `常委会`, `代表大会`, `政协`) and right before the meeting (`会议`, `全体会议`, `主任会议`…).
    /// `召开3次会议` (a verb before the number) stays a count.
    static func isSessionOrdinal(_ t: [Unicode.Scalar], start: Int, unitEnd: Int) -> Bool {
        let meetings = ["会议", "全体会议", "主任会议", "常委会会议", "常务会议", "党组会议"]
        guard meetings.contains(where: { startsWith(t, at: unitEnd, $0) }) else { return false }
        let bodies = ["届", "人大", "常委会", "代表大会", "政协", "委员会"]
        return bodies.contains { endsWith(t, at: start, $0) }
    }

    /// `N级` naming tiers of government or a rank rather than counting anything: the numeral
    /// (written right before 级, with no 余/多 between) either
    /// - follows a level of government, the last of an enumeration of levels, maybe with a
    ///   parenthesised alternative (`县乡两级`, `县镇两级`, `省市县三级`, `国家、省、市三级`,
    ///   `市、区(市)、镇(街)三级`, `苏木镇两级`, `村组两级`; also `全县一级…`), or
    /// - comes before what exists at each tier or rank: its bodies, people, budgets and
    ///   cross-tier working (`五级人大代表`, `两级政府`, `一级预算单位`, `二级预算单位`,
    ///   `三级联动`, `五级书记`, `三级网格`).
    /// Either way `N级` is the name of a set of tiers (`三级联动` alone or after `县乡村` alike),
    /// not a figure. A grade elsewhere (`提高一级`, `分为三级`, `6级地震`) stays a figure.
    static func namesTiers(_ t: [Unicode.Scalar], start: Int, unitEnd: Int) -> Bool {
        if tierHeads.contains(where: { startsWith(t, at: unitEnd, $0) }) { return true }
        // Skip one parenthesised alternative right before the numeral: 镇(街)三级, 村(社区)两级.
        var i = start
        if i > 0, t[i - 1] == ")" || t[i - 1] == "）" {
            var k = i - 2
            while k >= 0, k >= i - 8, t[k] != "(" && t[k] != "（" { k -= 1 }
            if k >= 0, k >= i - 8 { i = k }
        }
        guard i > 0 else { return false }
        return tierLevels.contains(t[i - 1]) || tierLevelWords.contains { endsWith(t, at: i, $0) }
    }

    /// Last scalars of level names: 省, 市, 州, 盟, 县, 区 (自治区, 社区), 旗, 乡, 镇 (苏木镇), 街, 村, 组.
    static let tierLevels = Set("省市州盟县区旗乡镇街村组".unicodeScalars)
    /// Level names not ending in one of `tierLevels`.
    static let tierLevelWords = ["国家", "中央", "街道", "苏木", "嘎查"]
    /// What each tier has: 人大 and its 代表, governments, Party committees and their secretaries,
    /// organs and cadres, budget units and finance, and the working across tiers (联动, 联创…).
    static let tierHeads = ["人大", "人民代表", "代表", "政府", "党委", "党组织", "书记", "干部", "机关", "机构",
                            "法院", "检察", "预算", "财政", "联动", "联创", "联建", "联席", "网格", "平台", "体系", "架构",
                            // Ranks and grades: 二级调研员, 一级巡视员, 四级主任科员, 一级教师, 三级甲等医院.
                            "调研员", "巡视员", "主任科员", "科员", "法官", "检察官", "警长", "警督", "警司", "教师",
                            "甲等", "乙等"]

    private static func startsWith(_ t: [Unicode.Scalar], at i: Int, _ word: String) -> Bool {
        var k = i
        for c in word.unicodeScalars {
            guard k < t.count, t[k] == c else { return false }
            k += 1
        }
        return true
    }

    private static func endsWith(_ t: [Unicode.Scalar], at i: Int, _ word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        guard i >= w.count else { return false }
        return t[(i - w.count)..<i].elementsEqual(w)
    }

    /// 百余名, 千余次, 万余人: a bare magnitude counts only when 余/多 and a unit follow, or right
    /// after 近/逾/上 (百年, 百姓, 千家万户 are words, not figures).
    ///
    /// The bare magnitude is 百, 千, 万 or 亿, optionally scaled by larger magnitudes, each bigger
    /// than the one before (`百万`, `千万`, `百亿`, `万亿`): `近百亿元` is 10¹⁰ 元, `上千万人次` 10⁷
    /// 人次, `上亿元` 10⁸ 元, all approximate. `亿万`, `万万`, `千千万万` step down or repeat: no figure.
    private func roundHundreds(_ t: [Unicode.Scalar], start: Int, end: Int) -> Candidate? {
        guard end < t.count, let (v, last) = Self.bareMagnitude(t, start..<end) else { return nil }
        // 近百场, 逾百件, 上百户: a bare magnitude after 近/逾/上 is a round, approximate figure too.
        let nearly = start > 0 && "近逾上".unicodeScalars.contains(t[start - 1])
        guard nearly || (end + 1 < t.count && (t[end] == "余" || t[end] == "多")) else { return nil }
        if start > 0, "几数成".unicodeScalars.contains(t[start - 1]) { return nil }
        var u = nearly ? end : end + 1
        var value = v
        if !nearly, u + 1 < t.count, let scale = Self.magnitude(t[u]), scale > last, Self.matchUnit(t, at: u + 1) != nil {
            value *= scale  // 百余万元
            u += 1
        }
        guard let m = Self.matchUnit(t, at: u) else { return nil }
        return Candidate(range: start..<m.end, value: value, unit: m.unit, approx: true, kind: m.kind, bareOne: false)
    }

    /// The value of a run of magnitudes only (`百`, `千万`, `百亿`, `万亿`) and its last magnitude:
    /// 百/千/万/亿 first, then 万/亿, each larger than the one before; nil for anything else.
    static func bareMagnitude(_ t: [Unicode.Scalar], _ r: Range<Int>) -> (value: Double, last: Double)? {
        guard !r.isEmpty else { return nil }
        var value = 1.0, last = 0.0
        for k in r {
            let m: Double
            switch t[k] {
            case "百": m = 100
            case "千": m = 1000
            case "万": m = 10_000
            case "亿": m = 100_000_000
            default: return nil
            }
            if k > r.lowerBound, m < 10_000 || m <= last { return nil }
            value *= m
            last = m
        }
        return (value, last)
    }

    // MARK: - Units

    private struct UnitMatch {
        var end: Int
        var unit: String
        var kind: FigureKind
        /// A unit that after a small number in Chinese numerals is mostly a word of its own
        /// (`一头雾水`, `两头跑`, `两口子`): a figure only after digits or ten and more.
        var wordAfterSmallNumeral = false

        /// Whether the unit is the one scalar `u`: as `unit == String(u)` (the units are this file's
        /// literals, plain ideographs and ASCII, none canonically equivalent to another), without
        /// the canonical comparison `==` makes of two different Han strings (most of the figure
        /// checks' cost, asked several times per figure).
        @inline(__always) func isUnit(_ u: Unicode.Scalar) -> Bool {
            var it = unit.unicodeScalars.makeIterator()
            return it.next() == u && it.next() == nil
        }
    }

    private struct UnitEntry: Sendable {
        let scalars: [Unicode.Scalar]
        let unit: String
        let kind: FigureKind
        /// Scalars that, right after the unit, make it part of another word (年代, 部分, 人大).
        let blocked: Set<Unicode.Scalar>
        /// Words that open with a blocked scalar and still follow the unit as its noun
        /// (`12家乡镇卫生院`: 家 + 乡镇, not 家乡).
        let nounsAfter: [[Unicode.Scalar]]
        /// See `UnitMatch.wordAfterSmallNumeral`.
        let wordAfterSmallNumeral: Bool
    }

    private static func entry(_ s: String, _ unit: String? = nil, _ kind: FigureKind = .count,
                              blocked: String = "", nounsAfter: [String] = [],
                              wordAfterSmallNumeral: Bool = false) -> UnitEntry {
        UnitEntry(scalars: Array(s.unicodeScalars), unit: unit ?? s, kind: kind,
                  blocked: Set(blocked.unicodeScalars), nounsAfter: nounsAfter.map { Array($0.unicodeScalars) },
                  wordAfterSmallNumeral: wordAfterSmallNumeral)
    }

    /// Longest first.
    private static let units: [UnitEntry] = {
        let list: [UnitEntry] = [
            entry("个百分点", "百分点", .percent),
            entry("百分点", "百分点", .percent),
            entry("%", "%", .percent),
            entry("平方公里"), entry("平方米"), entry("立方米"), entry("公顷"),
            entry("个月", "个月", .duration),
            entry("个工作日", "工作日", .duration), entry("工作日", "工作日", .duration),
            entry("小时", "小时", .duration),
            entry("分钟", "分钟", .duration),
            entry("周年", "周年", .duration),
            entry("年", "年", .duration, blocked: "代度级龄轻华会鉴报终初底末份月"),
            entry("天", "天", .duration, blocked: "然下地气津空"),
            entry("周", "周", .duration, blocked: "边围末到岁"),
            entry("美元", "美元", .money),
            entry("元", "元", .money, blocked: "素旦宵首老年"),
            entry("人次"), entry("场次"), entry("件次"), entry("户次"), entry("批次"), entry("架次"),
            entry("人", blocked: "大民才士员心们格"),
            entry("名", blocked: "义称单誉额字片著校牌言气列次"),
            entry("位", blocked: "置于居列"),
            entry("个"),
            entry("次", blocked: "要序"),
            entry("处", blocked: "理长室分置罚于在事"),
            entry("种", blocked: "植子"),
            entry("部", blocked: "分署长"),
            entry("份", blocked: "额"),
            entry("条", blocked: "例件理款"),
            entry("件", blocked: "事"),
            entry("项", blocked: "目"),
            entry("家", blocked: "庭乡属园长", nounsAfter: ["乡镇", "乡村"]),
            entry("所", blocked: "以在有属谓长示述"),
            entry("类", blocked: "型似别"),
            entry("批", blocked: "评准示复"),
            entry("场", blocked: "所景地合馆"),
            entry("篇", blocked: "章"),
            entry("起", blocked: "来点草步始诉"),
            entry("级", blocked: "别"),
            entry("户", blocked: "口籍外"),
            entry("轮"),
            entry("座"),
            entry("套"),
            entry("台", blocked: "阶"),
            entry("辆"),
            entry("亩"),
            entry("公里"),
            entry("千米"),
            entry("公斤"),
            entry("千克"),
            entry("吨"),
            entry("倍"),
            entry("岁"),
            entry("票", blocked: "据证务选房价"),
            entry("支", blocked: "持援付出撑柱部书"),
            entry("册", blocked: "子"),
            entry("盏"),
            entry("本", blocked: "报刊次届市县区地单人部科级职期着领色土位"),
            entry("组", blocked: "织成建长团委合"),
            entry("期", blocked: "间限待望盼满末中刊工项货许"),
            entry("头", blocked: "脑条版号部等像衔疼绪发", wordAfterSmallNumeral: true),
            entry("口", blocked: "号径岸头子述碑气罩味音袋腔语令吻", wordAfterSmallNumeral: true),
        ]
        return list.sorted { $0.scalars.count > $1.scalars.count }
    }()

    private static func matchUnit(_ t: [Unicode.Scalar], at i: Int) -> UnitMatch? {
        guard i < t.count else { return nil }
        // Most scalars start no unit: one bit test instead of trying every unit.
        let v = t[i].value
        if v < 0x10000 {
            if unitFirsts[Int(v >> 6)] & (1 << UInt64(v & 63)) == 0 { return nil }
        } else if !unitFirstAstral {
            return nil
        }
        for e in units where i + e.scalars.count <= t.count {
            var ok = true
            for (k, s) in e.scalars.enumerated() where t[i + k] != s { ok = false; break }
            guard ok else { continue }
            let after = i + e.scalars.count
            if after < t.count, e.blocked.contains(t[after]),
               !e.nounsAfter.contains(where: { after + $0.count <= t.count && t[after..<(after + $0.count)].elementsEqual($0) }) {
                return nil
            }
            return UnitMatch(end: after, unit: e.unit, kind: e.kind, wordAfterSmallNumeral: e.wordAfterSmallNumeral)
        }
        return nil
    }

    /// First scalars of `units` in the Basic Multilingual Plane, one bit each; and whether any
    /// unit starts beyond it.
    private static let unitFirsts: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for e in units {
            guard let f = e.scalars.first, f.value < 0x10000 else { continue }
            bits[Int(f.value >> 6)] |= 1 << UInt64(f.value & 63)
        }
        return bits
    }()
    private static let unitFirstAstral = units.contains { ($0.scalars.first?.value ?? 0) >= 0x10000 }

    // MARK: - Context helpers

    /// 万 and 亿 after an approximation (`120多万元`): the number's magnitude.
    static func magnitude(_ c: Unicode.Scalar) -> Double? {
        c == "万" ? 10_000 : c == "亿" ? 100_000_000 : nil
    }

    /// ASCII digits grouped by single spaces, `3 357` or `1 200万`: the run `start..<end` is one to
    /// three digits and every following group (after one space) has exactly three digits; returns
    /// the number without the spaces (with any 万/亿 after the last group) and where it ends.
    static func digitGroups(_ t: [Unicode.Scalar], start: Int, end: Int) -> (scalars: [Unicode.Scalar], end: Int)? {
        let n = t.count
        guard end - start <= 3, end + 4 <= n, t[end] == " ", t[start..<end].allSatisfy(ChineseNumeral.isASCIIDigit) else { return nil }
        var out = Array(t[start..<end])
        var j = end
        while j + 4 <= n, t[j] == " ", t[(j + 1)..<(j + 4)].allSatisfy(ChineseNumeral.isASCIIDigit),
              j + 4 == n || !ChineseNumeral.isASCIIDigit(t[j + 4]) {
            out += t[(j + 1)..<(j + 4)]
            j += 4
        }
        guard j > end else { return nil }
        // A decimal part or a magnitude after the last group: `1 200.5万`.
        let rest = numeralRunEnd(t, from: j - 3)
        out += t[j..<rest]
        return (out, rest)
    }

    @inline(__always) private static func startsNumber(_ c: Unicode.Scalar) -> Bool {
        startsNumber(c, numeralBits)
    }

    /// `startsNumber` with `numeralBits` fetched by the caller, once per scan: read on every
    /// scalar, the lazily made table cost a one-time-initialisation check each time.
    @inline(__always) private static func startsNumber(_ c: Unicode.Scalar, _ bits: [UInt64]) -> Bool {
        let v = c.value
        if v < 0x80 { return ChineseNumeral.isASCIIDigit(c) }
        if v >= numeralBitsStart && v < numeralBitsEnd {
            let k = Int(v - numeralBitsStart)
            return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
        }
        return ChineseNumeral.isChineseNumeralScalar(c)
    }

    /// The first offset from `i` on whose scalar may start a figure (`百`, `半` or a number,
    /// `startsNumber`), or the text's end: the scan passes over the rest in a loop of its own,
    /// through the buffers (most scalars start nothing, and each checked read of the text and the
    /// table cost more than the test).
    @inline(__always) private static func nextStart(_ text: [Unicode.Scalar], from i: Int, _ bits: [UInt64]) -> Int {
        text.withUnsafeBufferPointer { t in
            bits.withUnsafeBufferPointer { b in
                var j = i
                while j < t.count {
                    let c = t[j]
                    let v = c.value
                    if v >= numeralBitsStart && v < numeralBitsEnd {
                        let k = Int(v &- numeralBitsStart)
                        if b[k >> 6] & (1 << UInt64(k & 63)) != 0 || c == "百" || c == "半" { return j }
                    } else if v < 0x80 ? ChineseNumeral.isASCIIDigit(c) : ChineseNumeral.isChineseNumeralScalar(c) {
                        return j
                    }
                    j &+= 1
                }
                return j
            }
        }
    }

    /// `isChineseNumeralScalar` for U+3000–U+9FFF (CJK punctuation to the ideographs), one bit per
    /// scalar, worked out once: the chain of comparisons cost more than the rest of the scan.
    private static let numeralBitsStart: UInt32 = 0x3000
    private static let numeralBitsEnd: UInt32 = 0xA000
    private static let numeralBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: Int(numeralBitsEnd - numeralBitsStart + 63) / 64)
        for v in numeralBitsStart..<numeralBitsEnd {
            guard let c = Unicode.Scalar(v), ChineseNumeral.isChineseNumeralScalar(c) else { continue }
            let k = Int(v - numeralBitsStart)
            bits[k >> 6] |= 1 << UInt64(k & 63)
        }
        return bits
    }()

    static func isASCIIAlnum(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    /// End of the numeral run starting at `i`: ASCII digits with `,ddd` groups and one `.digits`,
    /// or Chinese digits/units with `点` + digits; then trailing 万/亿 (and 千/百 after ASCII).
    static func numeralRunEnd(_ t: [Unicode.Scalar], from i: Int) -> Int {
        let n = t.count
        var j = i
        if ChineseNumeral.isASCIIDigit(t[i]) || t[i] == "." || t[i] == "," {
            while j < n {
                let c = t[j]
                if ChineseNumeral.isASCIIDigit(c) { j += 1; continue }
                if (c == "." || c == ","), j + 1 < n, ChineseNumeral.isASCIIDigit(t[j + 1]), j > i { j += 1; continue }
                break
            }
            while j < n, ChineseNumeral.bigUnitExponent(t[j]) != nil || t[j] == "千" { j += 1 }
            return j
        }
        while j < n {
            let c = t[j]
            if ChineseNumeral.isChineseNumeralScalar(c) { j += 1; continue }
            if c == "点", j > i, j + 1 < n, let _ = ChineseNumeral.digitValue(t[j + 1]),
               !ChineseNumeral.isASCIIDigit(t[j + 1]) { j += 1; continue }
            break
        }
        return j
    }

    /// Chinese digits only, with no 十/百/千 (三四, 五六, 二〇二三): a range or a year, not a count.
    static func isDigitRange(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count >= 2 else { return false }
        for i in r where ChineseNumeral.digitValue(t[i]) == nil || ChineseNumeral.isASCIIDigit(t[i]) { return false }
        return true
    }

    private static func isOpeningQuote(_ c: Unicode.Scalar) -> Bool {
        c == "“" || c == "「" || c == "‘" || c == "『" || c == "\""
    }

    /// A closing quote within 8 scalars, with no sentence punctuation before it.
    private static func quoteClosesSoon(_ t: [Unicode.Scalar], from i: Int) -> Bool {
        var j = i
        while j < t.count && j < i + 8 {
            let c = t[j]
            if c == "”" || c == "」" || c == "’" || c == "』" || c == "\"" { return true }
            if "。,;!?、\n“".unicodeScalars.contains(c) { return false }
            j += 1
        }
        return false
    }

    /// Heads that make `numeral + 个/项/位…` a numbered formulation rather than a count.
    private static let sloganHeads: [[Unicode.Scalar]] = [
        "确立", "维护", "意识", "自信", "全面", "务必", "机关", "规定", "一体", "一", "百年",
        "倡导", "坚持", "必须", "牢牢", "有利于", "没有变", "代表", "文明", "统筹", "不动摇",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    private static func hasSloganHead(_ t: [Unicode.Scalar], at i: Int, personUnit: Bool) -> Bool {
        // 位 counts people (三位代表); only 五位一体 is a formulation.
        let heads = personUnit ? [Array("一体".unicodeScalars)] : sloganHeads
        for h in heads where i + h.count <= t.count {
            var ok = true
            for (k, s) in h.enumerated() where t[i + k] != s { ok = false; break }
            if ok { return true }
        }
        return false
    }

    /// 约/近/超/逾/超过/突破/不足/不到/至少/不少于 right before the number (not 最近, 制约, 赶超…).
    private static func approxBefore(_ t: [Unicode.Scalar], _ start: Int) -> Bool {
        guard start > 0 else { return false }
        let p = t[start - 1]
        let pp: Unicode.Scalar = start > 1 ? t[start - 2] : "\n"
        switch p {
        case "约": return !"制节签契公条履邀预违相".unicodeScalars.contains(pp)
        case "近": return !"最附临靠亲贴走就".unicodeScalars.contains(pp)
        case "超": return pp != "赶"
        case "逾": return true
        case "过": return pp == "超"
        case "破": return pp == "突"         // 突破600万元: more than
        case "足", "到": return pp == "不"   // 不足七成, 不到2万元: an upper bound
        case "少": return pp == "至"         // 至少2次
        case "于": return start > 2 && (t[start - 3] == "不") && (pp == "少" || pp == "低" || pp == "高" || pp == "超")  // 不少于5万元
        default: return false
        }
    }

    /// 左右, 以上, 以下 or 以内 right after a figure (`300公里左右`, `30%以上`, `三分之二以上`, `3.5%以内`).
    static func approxAfter(_ t: [Unicode.Scalar], _ end: Int) -> Bool {
        guard end + 1 < t.count else { return false }
        return (t[end] == "左" && t[end + 1] == "右") || (t[end] == "以" && (t[end + 1] == "上" || t[end + 1] == "下" || t[end + 1] == "内"))
    }

    /// The sentence (between 。!?;\n) containing offset `i`.
    private func sentenceBounds(_ t: [Unicode.Scalar], around i: Int) -> (Int, Int) {
        func stop(_ c: Unicode.Scalar) -> Bool { c == "。" || c == "!" || c == "?" || c == ";" || c == "\n" }
        var s = i
        while s > 0, !stop(t[s - 1]) { s -= 1 }
        var e = i
        while e < t.count, !stop(t[e]) { e += 1 }
        return (s, e)
    }

    /// The text of `t[r]`, encoded straight into the string (through a `UnicodeScalarView` it
    /// cost about 4,500 instructions a figure).
    static func string(_ t: [Unicode.Scalar], _ r: Range<Int>) -> String {
        String(scalars: t[r])
    }
}
