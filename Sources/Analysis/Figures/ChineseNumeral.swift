// Chinese numerals → numbers: 零, 两, 十二, 一亿零五百万, 一万亿, 三点五, 2.2万, 二〇二三.

/// Parses numbers written with Chinese numerals, ASCII digits, or a mix of the two.
///
/// Accepted forms:
/// - positional numerals: `十二` (十 may start a number), `一百零五`, `十万零二百零三`,
///   `一亿零五百万`, nested big units (`一万亿` = 10¹²), `两` as 2, `零`/`〇` as 0;
/// - financial (uppercase) numerals: `壹贰叁肆伍陆柒捌玖拾佰仟`, and `萬`/`億`;
/// - colloquial elision of a final digit: `三千五` = 3500, `两万五` = 25000;
/// - digit strings: `二〇二三` = 2023;
/// - decimals: `三点五`, `十二点零五`, and mixed forms `2.2万`, `16.39亿`, `572万`;
/// - a leading `负` for negative numbers.
///
/// Decimals are built from their decimal digits and converted once, so `2.2万` is exactly
/// 22000 and `三点一四` is the same `Double` as the literal `3.14`.
public enum ChineseNumeral {

    /// Parses a whole string; returns `nil` unless every scalar belongs to the number.
    public static func parse(_ s: some StringProtocol) -> Double? {
        let scalars = Array(s.unicodeScalars)
        return parse(scalars, 0..<scalars.count)
    }

    /// Parses `text[range]`; returns `nil` unless every scalar of the range belongs to the number.
    public static func parse(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Double? {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= text.count else { return nil }
        var lo = range.lowerBound
        var negative = false
        if text[lo] == "负" {
            negative = true
            lo += 1
            guard lo < range.upperBound else { return nil }
        }
        // Split at the decimal point, if any.
        var point: Int? = nil
        for i in lo..<range.upperBound where text[i] == "点" || text[i] == "." {
            if point != nil { return nil }
            point = i
        }
        let value: Double?
        if let p = point {
            value = parseDecimal(text, lo..<p, (p + 1)..<range.upperBound)
        } else {
            value = parseInteger(text, lo..<range.upperBound).map { Double($0) }
        }
        // `1.5亿亿亿…` past Double's range is not a number anyone printed.
        guard let v = value, v.isFinite else { return nil }
        return negative ? -v : v
    }

    // MARK: - Scalar classes (shared with the figure extractor)

    /// The digit value of a Chinese or ASCII digit scalar (`零〇一二两三四五六七八九`, `壹…玖`, `0…9`).
    static func digitValue(_ c: Unicode.Scalar) -> Int? {
        switch c.value {
        case 0x30...0x39: return Int(c.value - 0x30)
        default: break
        }
        switch c {
        case "零", "〇": return 0
        case "一", "壹": return 1
        case "二", "两", "贰", "貳": return 2
        case "三", "叁", "參": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆", "陸": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }

    /// 十 / 百 / 千 (and their financial forms).
    static func smallUnit(_ c: Unicode.Scalar) -> UInt64? {
        switch c {
        case "十", "拾": return 10
        case "百", "佰": return 100
        case "千", "仟": return 1000
        default: return nil
        }
    }

    /// 万 / 亿 as powers of ten (4 and 8).
    static func bigUnitExponent(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "万", "萬": return 4
        case "亿", "億": return 8
        default: return nil
        }
    }

    static func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// A Chinese digit or unit scalar (not ASCII digits, not 点).
    static func isChineseNumeralScalar(_ c: Unicode.Scalar) -> Bool {
        (digitValue(c) != nil && !isASCIIDigit(c)) || smallUnit(c) != nil || bigUnitExponent(c) != nil
    }

    // MARK: - Integers

    private static let maxValue: UInt64 = 1 << 60

    /// Positional integer, digit string, or ASCII digits with optional big units.
    static func parseInteger(_ t: [Unicode.Scalar], _ r: Range<Int>) -> UInt64? {
        guard !r.isEmpty else { return nil }
        // Digit-string form: only Chinese digits (二〇二三), at least two of them, or a lone digit.
        var allDigits = true
        for i in r where digitValue(t[i]) == nil || isASCIIDigit(t[i]) { allDigits = false; break }
        if allDigits {
            if r.count == 1 { return UInt64(digitValue(t[r.lowerBound])!) }
            // 两 and 零 do not write digit strings except 〇/零 as a zero digit; 两 is never a digit-string digit.
            var v: UInt64 = 0
            for i in r {
                if t[i] == "两" { return nil }
                v = v * 10 + UInt64(digitValue(t[i])!)
                if v > maxValue { return nil }
            }
            return v
        }

        var total: UInt64 = 0        // completed 亿-level groups
        var section: UInt64 = 0      // value below the current 亿 level (万 already applied)
        var group: UInt64 = 0        // value below the current 万 level
        var number: UInt64? = nil    // pending digit(s)
        var lastSmall: UInt64 = 10_000 // last small unit in the group (for descending order)
        var lastUnit: UInt64? = nil  // the unit just consumed (for elision 三千五)
        var afterZero = false
        var i = r.lowerBound
        var sawAny = false
        while i < r.upperBound {
            let c = t[i]
            if isASCIIDigit(c) {
                if number != nil { return nil }
                var v: UInt64 = 0
                var j = i
                while j < r.upperBound {
                    if isASCIIDigit(t[j]) {
                        v = v * 10 + UInt64(t[j].value - 0x30)
                        if v > maxValue { return nil }
                        j += 1
                    } else if t[j] == ",", j > i, j + 3 < r.upperBound,
                              isASCIIDigit(t[j + 1]), isASCIIDigit(t[j + 2]), isASCIIDigit(t[j + 3]),
                              j + 4 == r.upperBound || !isASCIIDigit(t[j + 4]) {
                        j += 1  // thousands separator: 3,357
                    } else { break }
                }
                number = v
                i = j
                lastUnit = nil
                afterZero = false
                sawAny = true
                continue
            }
            if let d = digitValue(c) {
                if d == 0 && c != "两" {
                    // 零 marks a gap; it may repeat but never carries a value.
                    if number != nil { return nil }
                    afterZero = true
                    lastUnit = nil
                    sawAny = true
                    i += 1
                    continue
                }
                if number != nil { return nil }
                // Elision: 三千五 = 3500, 两万五 = 25000 (only a final digit right after a unit ≥ 100).
                if let u = lastUnit, u >= 100, !afterZero, i == r.upperBound - 1 {
                    let add = UInt64(d) * (u / 10)
                    if u >= 10_000 {
                        // u is a big unit: add below it.
                        if u == 100_000_000 { total += add } else { section += add }
                    } else {
                        group += add
                    }
                    return combine(total, section, group, 0)
                }
                number = UInt64(d)
                lastUnit = nil
                afterZero = false
                sawAny = true
                i += 1
                continue
            }
            if let u = smallUnit(c) {
                if u >= lastSmall { return nil }
                var n = number ?? 0
                if number == nil {
                    // Implicit 1: 十 anywhere it has no digit (十二, 一百十), 百/千 only at the very start.
                    if u == 10 || (!sawAny && i == r.lowerBound) { n = 1 } else { return nil }
                }
                if n > 9 { return nil }
                group += n * u
                number = nil
                lastSmall = u
                lastUnit = u
                afterZero = false
                sawAny = true
                i += 1
                continue
            }
            if let e = bigUnitExponent(c) {
                let below = group + (number ?? 0)
                number = nil
                if e == 4 {
                    // 万: may follow a group, or stack under 亿 (一万亿).
                    if below == 0 && section == 0 { return nil }
                    if below == 0 { return nil }
                    guard let scaled = scaled(below, by: 10_000), let sum = combine(section, scaled, 0, 0) else { return nil }
                    section = sum
                    lastUnit = 10_000
                } else {
                    // 亿: everything so far (including an earlier 万 level: 一万亿) scales by 10⁸.
                    let s = section + below
                    if s == 0 && total == 0 { return nil }
                    // 万亿 chain (s == 0): scale the completed total. Overflow means no number.
                    guard let base = combine(total, s, 0, 0), let t = scaled(base, by: 100_000_000) else { return nil }
                    total = t
                    section = 0
                    lastUnit = 100_000_000
                }
                if total > maxValue || section > maxValue { return nil }
                group = 0
                lastSmall = 10_000
                afterZero = false
                sawAny = true
                i += 1
                continue
            }
            return nil
        }
        return combine(total, section, group, number ?? 0)
    }

    /// `a * b`, or nil when it exceeds `maxValue`.
    private static func scaled(_ a: UInt64, by b: UInt64) -> UInt64? {
        let (p, o) = a.multipliedReportingOverflow(by: b)
        return o || p > maxValue ? nil : p
    }

    private static func combine(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt64? {
        let (s1, o1) = a.addingReportingOverflow(b)
        let (s2, o2) = s1.addingReportingOverflow(c)
        let (s3, o3) = s2.addingReportingOverflow(d)
        if o1 || o2 || o3 || s3 > maxValue { return nil }
        return s3
    }

    // MARK: - Decimals

    /// `int` `点` `digits` [`千`|`百`] [`万`|`亿`…] (`1.2千`, `4.6千万`); the value is built as a decimal
    /// literal and converted once.
    private static func parseDecimal(_ t: [Unicode.Scalar], _ intRange: Range<Int>, _ fracRange: Range<Int>) -> Double? {
        guard !intRange.isEmpty, !fracRange.isEmpty else { return nil }
        guard let intPart = parseInteger(t, intRange) else { return nil }
        var digits = ""
        var exponent = 0
        var i = fracRange.lowerBound
        while i < fracRange.upperBound, let d = digitValue(t[i]), t[i] != "两" {
            digits.unicodeScalars.append(Unicode.Scalar(UInt8(0x30 + d)))
            i += 1
        }
        guard !digits.isEmpty else { return nil }
        // `1.2千`, `4.6千万`: a thousand (or hundred) after the fraction, then 万/亿.
        if i < fracRange.upperBound, let small = smallUnit(t[i]), small >= 100 {
            exponent += small == 1000 ? 3 : 2
            i += 1
        }
        while i < fracRange.upperBound, let e = bigUnitExponent(t[i]) {
            exponent += e
            i += 1
        }
        guard i == fracRange.upperBound else { return nil }
        // A decimal integer part must itself not end in a big unit (三万点五 is not a number).
        if let last = intRange.last, bigUnitExponent(t[last]) != nil { return nil }
        return Double("\(intPart).\(digits)e\(exponent)")
    }
}
