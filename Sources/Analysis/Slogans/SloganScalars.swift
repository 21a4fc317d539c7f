// Character classes the slogan scanners share. Integer tests on scalar values; no Character.

enum SloganScalars {
    /// CJK unified ideographs (basic block and extension A) and 〇.
    @inline(__always)
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || v == 0x3007
    }

    /// A numeral that can open a numbered formulation: 一…十, 两, 双.
    @inline(__always)
    static func isFormulaNumeral(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, // 一二三四五六七八九十
             0x4E24, 0x53CC: // 两 双
            return true
        default:
            return false
        }
    }

    /// Any numeral character, Chinese or ASCII digit, including 百千万亿零〇 and 半, 几, 数:
    /// a formulation preceded by one of these is part of a larger number (二十大, 一百二十个).
    @inline(__always)
    static func isAnyNumeral(_ s: Unicode.Scalar) -> Bool {
        if isFormulaNumeral(s) { return true }
        switch s.value {
        case 0x30...0x39, 0xFF10...0xFF19,
             0x767E, 0x5343, 0x4E07, 0x4EBF, 0x96F6, 0x3007, // 百千万亿零〇
             0x534A, 0x51E0, 0x6570, 0x591A: // 半 几 数 多
            return true
        default:
            return false
        }
    }

    /// Measure words (and 大) that sit between a numeral and the head: 两个确立, 五大任务, 八项规定.
    @inline(__always)
    static func isMeasure(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E2A, 0x5927, 0x9879, 0x6761, 0x79CD: // 个 大 项 条 种
            return true
        default:
            return false
        }
    }

    /// 第: an ordinal, not a formulation (第二个百年奋斗目标, 第一议题).
    static let ordinalMarker: Unicode.Scalar = "\u{7B2C}"

    /// Heads that make a numeral + head a quantity, a date, an enumeration marker or an adverb
    /// rather than a formulation: time units (年月日天周岁), classifiers of concrete countables
    /// (名位人次级处家户件份批座台辆届期层), enumeration markers (是要则者来), and 方面边些样分成倍.
    /// The list is about Chinese grammar, not about any particular text.
    static let nonFormulaHeads: Set<UInt32> = {
        let s = "年月日天周岁时秒名位人次级处家户件份批座台辆届期层是要则者来方面边些样分成倍元米亩吨斤里亿万千百余多半几点起步线致般定切直旦同"
        return Set(s.unicodeScalars.map(\.value))
    }()

    /// A character that can be part of the head of a formulation: a Han character that is not a numeral.
    @inline(__always)
    static func isHeadChar(_ s: Unicode.Scalar) -> Bool {
        isHan(s) && !isAnyNumeral(s)
    }

    @inline(__always)
    static func isOpenQuote(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x201C || s.value == 0x300C || s.value == 0x300E // “ 「 『
    }

    @inline(__always)
    static func isCloseQuote(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x201D || s.value == 0x300D || s.value == 0x300F // ” 」 』
    }

    @inline(__always)
    /// `text` with straight double quotes (`"`, and full-width `＂` folded to it) paired within each
    /// paragraph as “ and ”, so `"两个确立"` reads like `“两个确立”`; a paragraph's unpaired last
    /// quote stays as it is. Offsets are unchanged (one scalar for one); a text without straight
    /// quotes is returned as it is.
    public static func pairingStraightQuotes(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard text.contains("\"") else { return text }
        var out = text
        var start = 0
        while start < out.count {
            var end = start
            while end < out.count && out[end] != "\n" { end += 1 }
            var quotes = [Int]()
            for k in start..<end where out[k] == "\"" { quotes.append(k) }
            var q = 0
            while q + 1 < quotes.count {
                out[quotes[q]] = "\u{201C}"
                out[quotes[q + 1]] = "\u{201D}"
                q += 2
            }
            start = end + 1
        }
        return out
    }

    static func closeQuote(for open: Unicode.Scalar) -> Unicode.Scalar {
        switch open.value {
        case 0x300C: return "\u{300D}"
        case 0x300E: return "\u{300F}"
        default: return "\u{201D}"
        }
    }

    /// Punctuation that ends a phrase (ASCII after width folding, plus CJK punctuation).
    @inline(__always)
    static func isPhraseEnd(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x28, 0x0A,  // , . ; : ! ? ) ( \n
             0x3001, 0x3002, 0x201D, 0x300D, 0x300F, 0x300B, 0x3009, 0x2019: // 、。” 」 』 》 〉 ’
            return true
        default:
            return false
        }
    }

    /// Function characters that do not begin or end a discovered phrase.
    static let functionChars: Set<UInt32> = {
        let s = "的了和与及是在对把将被并等也都就而或之其以为于从向由到着过这那此该各每要让使给"
        return Set(s.unicodeScalars.map(\.value))
    }()

    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars)
        return String(v)
    }
}
