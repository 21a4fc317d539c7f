/// Paragraph openings that start a sentence of their own: a free-standing time or discourse
/// adverbial set off by a comma (`近日，`, `今年以来，`, `此外，`), a date (`6月3日，`, `2024年5月，`,
/// `8月下旬，`) or a scene's time of day or season (`清晨六点，`, `初冬季节，`).
///
/// A sentence cut at a column bottom (`…推动文物保护利用工作取得`) does not go on with such an
/// opening (`近日，蒙阴县人大常委会…`): what follows a cut mid-clause continues the clause. The
/// adverbials are the ones that stand alone; those that attach to a noun before them
/// (`会议|期间，`, `截至|目前，`) are left out, and so is any tail ending in a preposition or a verb
/// of time that takes them (`于|近日，`, `截至|6月底，`).
enum SentenceOpening {
    /// Adverbials that open a sentence and never continue the words before them.
    static let adverbials: [[Unicode.Scalar]] = [
        "近日", "日前", "近期", "近年来", "今年以来", "去年以来", "年初以来", "入夏以来", "入冬以来",
        "一直以来", "长期以来", "多年来", "当前", "如今", "此外", "另外", "与此同时", "总之",
        "据了解", "据悉", "据介绍", "据统计",
    ].map { Array($0.unicodeScalars) }

    /// How many scalars of a head the tests read: the longest date with its comma (`2024年12月31日，`).
    static let readLength = 12

    /// Times of day and seasons that open a scene (`清晨六点，`, `傍晚时分，`, `初冬季节，`): on their
    /// own, with a clock time (`六点`, `8时许`) or with `时分`/`时节`/`季节`, before a comma.
    static let settings: [[Unicode.Scalar]] = [
        "清晨", "凌晨", "早上", "早晨", "上午", "中午", "下午", "傍晚", "晚上", "深夜", "午后", "黎明", "入夜",
        "初春", "早春", "暮春", "初夏", "盛夏", "仲夏", "初秋", "深秋", "金秋", "初冬", "隆冬", "深冬", "寒冬",
    ].map { Array($0.unicodeScalars) }

    /// Parts of the day that as often go on from the day named before them (`…16日|上午，`, `当天|下午，`):
    /// a setting only with a clock time or 时分.
    static let dayParts: [[Unicode.Scalar]] = ["早上", "上午", "中午", "下午", "晚上"].map { Array($0.unicodeScalars) }

    /// What may follow a setting before its comma: a span of the day or year, or a clock time's unit.
    static let settingTails: [[Unicode.Scalar]] = ["时分", "时节", "季节"].map { Array($0.unicodeScalars) }

    /// The first scalars of `adverbials` and `settings`.
    static let firstScalars = ScalarSet(adverbials.map { $0[0] } + settings.map { $0[0] })

    /// Tail endings that take a time expression after them (`截至`, `于`, `自`, `从`, `到`, `至`, `在`).
    /// (年 and 月 end a date the head may finish: `…于2024年5月|20日，`.)
    static let timeTakers = ScalarSet(["至", "于", "自", "从", "到", "在", "截", "以", "与", "除", "年", "月"] as [Unicode.Scalar])

    /// Whether `head` (a paragraph's normalised opening) opens a sentence
    /// with an adverbial or a date set off by a comma (`readLength` scalars are enough).
    static func opensWithAdverbial(_ head: some Collection<Unicode.Scalar>) -> Bool {
        // Most paragraphs open with neither: their first scalar says so.
        guard let first = head.first, firstScalars.contains(first) || ScalarClass.isDigit(first) else { return false }
        let h = Array(head.prefix(readLength))
        for w in adverbials where h.count > w.count && h.starts(with: w) && ScalarClass.fold(h[w.count]) == "," {
            return true
        }
        if let end = settingLength(h), end < h.count, ScalarClass.fold(h[end]) == "," { return true }
        return dateLength(h).map { $0 < h.count && ScalarClass.fold(h[$0]) == "," } ?? false
    }

    /// The length of a setting at the start of `h` (`清晨`, `清晨六点`, `上午8时许`, `傍晚时分`,
    /// `初冬季节`); nil when `h` does not open with one.
    static func settingLength(_ h: [Unicode.Scalar]) -> Int? {
        guard let w = settings.first(where: { h.count > $0.count && h.starts(with: $0) }) else { return nil }
        var i = w.count
        if let t = settingTails.first(where: { h.count >= i + $0.count && h[i..<(i + $0.count)].elementsEqual($0) }) {
            return i + t.count
        }
        if h.count > i && ScalarClass.fold(h[i]) == "," && dayParts.contains(where: { $0 == w }) { return nil }
        // A clock time: one to three numerals, 点 or 时, then 许, 多, 半 or 左右 (`六点`, `8时许`, `十点半`).
        var d = i
        while d < h.count && d - i < 3 && (ScalarClass.isDigit(h[d]) || numerals.contains(h[d])) { d += 1 }
        if d > i && d < h.count && (h[d] == "点" || h[d] == "时") {
            i = d + 1
            if i < h.count && (h[i] == "许" || h[i] == "多" || h[i] == "半" || h[i] == "钟") { i += 1 }
            else if h.count >= i + 2 && h[i] == "左" && h[i + 1] == "右" { i += 2 }
        }
        return i
    }

    /// The length of a date at the start of `h` (`6月3日`, `12月`, `2024年5月`, `2024年5月20日`),
    /// digits ASCII or full-width; nil when `h` does not open with one.
    static func dateLength(_ h: [Unicode.Scalar]) -> Int? {
        var i = 0
        var units = 0
        while i < h.count {
            var d = i
            while d < h.count && ScalarClass.isDigit(h[d]) { d += 1 }
            guard d > i, d - i <= 4, d < h.count, h[d] == "年" || h[d] == "月" || h[d] == "日" else { break }
            units += 1
            i = d + 1
            if h[d] == "日" { break }
        }
        guard units > 0 && (h[i - 1] == "月" || h[i - 1] == "日") else { return nil }
        // A part of the month after it (`8月下旬`, `6月初`, `9月底`).
        if h[i - 1] == "月" {
            for part in SentenceOpening.monthParts where h.count >= i + part.count && h[i..<(i + part.count)].elementsEqual(part) {
                return i + part.count
            }
        }
        return i
    }

    /// Parts of a month that follow it in a date (`8月下旬`, `6月初`).
    static let monthParts: [[Unicode.Scalar]] = ["上旬", "中旬", "下旬", "初", "底", "末", "中"].map { Array($0.unicodeScalars) }

    /// Whether a paragraph opens a sentence with a short setting or speaker clause before its first
    /// comma: `审议中，`, `会上，`, `调研时，`, `会后，`, `视察组建议，`, `有委员提出，`. Such a paragraph
    /// starts its own sentence; it is no weak landing for a cut that nothing else continues.
    static func opensWithSettingOrSpeaker(_ t: [Unicode.Scalar]) -> Bool {
        guard let comma = t.prefix(9).firstIndex(where: { ScalarClass.fold($0) == "," }), comma >= 2 else { return false }
        let clause = t[..<comma]
        guard clause.allSatisfy(ScalarClass.isHan) else { return false }
        if clause.count <= 4, let last = clause.last, "中上后时前间".unicodeScalars.contains(last) { return true }
        return speechVerbs.contains { w in clause.count > w.count && clause.suffix(w.count).elementsEqual(w) }
    }
    /// Whether a paragraph opens with a meeting's setting or what the meeting said (`会前，…`, `会上，…`,
    /// `会后，…`, `会议要求，…`, `会议强调，…`): a sentence of its own, which no clause cut mid-word goes
    /// on with (`…视察重点项目建设进` | `会前，区人大常委会…`), whatever the words across the seam
    /// (`推进会`) say.
    static func opensAtMeeting(_ t: [Unicode.Scalar]) -> Bool {
        t.first == "会" && opensWithSettingOrSpeaker(t)
    }
    /// Whether position `p` of `t` is where its first sentence's subject may stand: its start, or
    /// right after a short opening clause closed by a comma (`近日，`, `6月18日，`, `8月下旬，`).
    static func opensWithin(_ t: [Unicode.Scalar], at p: Int) -> Bool {
        if p == 0 { return true }
        guard p >= 2, p <= 12, p < t.count, ScalarClass.fold(t[p - 1]) == "," else { return false }
        return !t[..<(p - 1)].contains { c in
            let f = ScalarClass.fold(c)
            return ScalarClass.isSentenceFinal(f) || f == "," || f == ":"
        }
    }

    /// Whether a paragraph opens with an interview's turn: a questioner's role (`记者：`, `问：`,
    /// `主持人：`) or a person's name (`夏振华：`) before a colon. Such a paragraph starts its own
    /// sentence, however the paragraph above it was cut.
    static func opensWithTurn(_ t: [Unicode.Scalar]) -> Bool {
        guard let colon = t.prefix(12).firstIndex(where: { ScalarClass.fold($0) == ":" }), colon >= 1, colon + 1 < t.count else { return false }
        let who = t[..<colon]
        guard who.allSatisfy({ ScalarClass.isHan($0) || PersonName.isNameDot($0) }) else { return false }
        if turnRoles.contains(where: { who.elementsEqual($0) }) { return true }
        return who.count >= 2 && PersonName.isLikelyAlone(String(String.UnicodeScalarView(who)))
    }
    /// Who takes an interview's turns besides its named guests.
    static let turnRoles: [[Unicode.Scalar]] = ["记者", "问", "答", "主持人", "本报记者", "本刊记者"].map { Array($0.unicodeScalars) }

    /// Verbs that close a speaker clause (`视察组建议，`, `有委员提出，`).
    static let speechVerbs: [[Unicode.Scalar]] = ["指出", "建议", "提出", "表示", "认为", "要求", "强调", "介绍"]
        .map { Array($0.unicodeScalars) }

    /// Whether a paragraph opens in the middle of a clause: one to three Han characters, then a
    /// comma or an enumeration comma (`情况，梳理出…`, `分散、加工转化率低…`), that are no ordinal
    /// (`一、`), no standing adverbial or date (`近日，`, `同时，`, `目前，`) and no setting or speaker
    /// clause (`会上，`). What is left is the end of a noun phrase begun above a column cut.
    static func opensMidClause(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count > 4, let k = t.prefix(4).firstIndex(where: { let c = ScalarClass.fold($0); return c == "," || c == "、" }),
              k >= 1 else { return false }
        let clause = t[..<k]
        guard clause.allSatisfy({ ScalarClass.isHan($0) && !numerals.contains($0) }) else { return false }
        if shortAdverbials.contains(where: { clause.elementsEqual($0) }) { return false }
        // A speaker (`他说，`) or a list of levels (`县、乡两级…`, `镇、村干部…`: one character before `、`).
        if clause.last == "说" || (k == 1 && ScalarClass.fold(t[k]) == "、") { return false }
        return !opensWithAdverbial(t[...]) && !opensWithSettingOrSpeaker(t)
    }
    /// The length of the number a text opens with (`76.5`, `1 860`: digits, a decimal point, a
    /// space between digit groups), or 0. A date (`2023年`, `3月`) is no quantity: 0 too.
    static func leadingQuantity(_ t: [Unicode.Scalar]) -> Int {
        var k = 0
        while k < t.count {
            let c = ScalarClass.fold(t[k])
            if ScalarClass.isDigit(c) || (k > 0 && (c == "." || c == " ") && k + 1 < t.count && ScalarClass.isDigit(ScalarClass.fold(t[k + 1]))) { k += 1 } else { break }
        }
        guard k > 0, k < t.count, !"年月日号时".unicodeScalars.contains(t[k]) else { return 0 }
        return k
    }

    /// Whether a text opens with a percentage closed by a comma (`76.5%，西江…`): the end of a
    /// sentence cut before its figure, never a sentence's opening.
    static func opensWithPercent(_ t: [Unicode.Scalar]) -> Bool {
        let k = leadingQuantity(t)
        guard k > 0, k + 1 < t.count, ScalarClass.fold(t[k]) == "%" else { return false }
        let c = ScalarClass.fold(t[k + 1])
        return c == "," || c == "、" || c == ";"
    }

    /// Whether a cut tail ending on a word that takes a figure after it (`…提高到`, `…达`, `…占`)
    /// goes on with a head opening with a percentage (`76.5%，…`). (Not any number: `…居民代表共|112件`
    /// is as likely `共|同商议`, and a count opens sentences, `112件建议…`.)
    static func quantityAcross(tail last: Unicode.Scalar, head: [Unicode.Scalar]) -> Bool {
        guard quantityTakers.contains(last) else { return false }
        let k = leadingQuantity(head)
        return k > 0 && k < head.count && ScalarClass.fold(head[k]) == "%"
    }
    /// Whether a head opens with a number's group of exactly three digits (`136名…`, `050个…`): the
    /// rest of a number whose thousands were set apart and cut between them.
    static func opensWithThousandsGroup(_ head: [Unicode.Scalar]) -> Bool {
        guard head.count > 3, head[..<3].allSatisfy({ ScalarClass.isDigit(ScalarClass.fold($0)) }) else { return false }
        let next = ScalarClass.fold(head[3])
        return !ScalarClass.isDigit(next) && next != "." && next != ","
    }
    /// Whether a cut tail ending on a verb closed by `了` (`…连续走访了`) goes on with a head opening
    /// with a count (`二十多户牧民…`, `12家企业…`): the count is the verb's object, as sure a reading
    /// as a term's rest (the tail, cut with no punctuation, ended no sentence on `了`).
    static func countAcross(tail last: Unicode.Scalar, head: [Unicode.Scalar]) -> Bool {
        last == "了" && opensWithCount(head)
    }
    /// Whether a cut tail ending on a figure's number (`…坚持每月 15`, `…推动解决群众急难愁盼问题 270`,
    /// `…报告指出，过去一`) goes on with a head opening with that figure's unit (`日为“代表接待日”…`,
    /// `件。`, `余人次…`, `年全市…`): a column cut between a number and its measure word, as sure a
    /// reading as a term's rest (no sentence ends on a bare number, and none opens with a measure
    /// word, `opensWithUnit`).
    static func unitAcross(tail: [Unicode.Scalar], head: [Unicode.Scalar]) -> Bool {
        endsWithNumber(tail) && opensWithUnit(head)
    }
    /// Whether a tail ends on a number: digits, or Chinese numerals that end no word of their own
    /// (`过去一`, `走访了三`; not `统一`, `之一`, `唯一`, `初一`).
    static func endsWithNumber(_ tail: [Unicode.Scalar]) -> Bool {
        guard let last = tail.last else { return false }
        if ScalarClass.isDigit(ScalarClass.fold(last)) { return true }
        guard numerals.contains(last) else { return false }
        var k = tail.count - 1
        while k > 0 && numerals.contains(tail[k - 1]) { k -= 1 }
        // (A magnitude alone, `…连着百` | `姓冷暖`, is as often a word's start: a number has a digit before it.)
        if k == tail.count - 1 && (last == "百" || last == "千") { return false }
        // (`第一` is an ordinal's number: `第一|次`.)
        return k == 0 || tail[k - 1] == "第" || !CommonWords.shared.isWord(tail[k - 1], tail[k])
    }
    /// Whether a head opens with a measure word no clause opens with, after a clause closed at the
    /// seam (`…翻开笔记本，` / `年全市地区生产总值…`, `…、` / `个县市…`): the unit of a number cut off
    /// elsewhere. Not a share per unit (`户均`, `人均`, `亩均`), nor a period that opens a clause as
    /// a rate (`年收入超过5万元`, `月均`): a period counts as cut from its number only before what opens
    /// a clause's subject or closes a span (`年全市…`, `年我县…`, `年以来…`).
    static func opensWithBareUnit(_ head: [Unicode.Scalar]) -> Bool {
        guard opensWithUnit(head), let first = head.first else { return false }
        let next = head.count > 1 ? head[1] : nil
        // (Nor a measure word doubled, `件件有回音`, `人人参与`: every one of them.)
        if next == "均" || next == first { return false }
        if periodUnits.contains(first) { return next.map { periodSubjects.contains($0) } ?? false }
        return true
    }
    /// Units of time that also make rates (`年收入`, `日产`): see `opensWithBareUnit`.
    static let periodUnits = ScalarSet(Array("年月日天".unicodeScalars))
    /// What opens a clause's subject or closes a span right after a period (`opensWithBareUnit`).
    static let periodSubjects = ScalarSet(Array("全我各本该共累以来".unicodeScalars))
    /// Whether a head opens with a figure's unit (`日为“代表接待日”…`, `件。`, `余人次…`, `%，`): a
    /// word no sentence or clause opens with. A head opening with a word that only starts with a
    /// measure character (`人大代表…`, `个人…`, `多年来…`, `万众…`, `日常工作…`, `项目建设…`, `期间，…`,
    /// `所以…`) opens with no unit, unless the word is a figure's (`年来`, `个月`).
    static func opensWithUnit(_ head: [Unicode.Scalar]) -> Bool {
        guard let first = head.first else { return false }
        let next = head.count > 1 ? head[1] : nil
        if ScalarClass.fold(first) == "%" { return true }
        if first == "人" || first == "万" || first == "亿" || first == "余" {
            // (`人次`, `人，`, `万元`, `余人次`, `余件`: the unit goes on or ends the clause.)
            guard let n = next else { return true }
            return !ScalarClass.isHan(n) || unitSecond.contains(n)
        }
        guard figureUnits.contains(first) else { return false }
        if let n = next, ScalarClass.isHan(n), CommonWords.shared.isWord(first, n),
           !unitWords.contains(where: { $0[0] == first && $0[1] == n }) { return false }
        return true
    }
    /// Whether a tail ends on a day's digits after its month (`…坚持每月 15`, `…于9月 2`): a date cut
    /// before its `日`/`号`, the only words that go on from it. (Not a count of months, `3个月 15`.)
    static func endsWithMonthDigits(_ tail: [Unicode.Scalar]) -> Bool {
        var k = tail.count - 1
        var digits = 0
        while k >= 0 && ScalarClass.isDigit(ScalarClass.fold(tail[k])) { k -= 1; digits += 1 }
        guard digits >= 1, digits <= 2 else { return false }
        while k >= 0 && ScalarClass.fold(tail[k]) == " " { k -= 1 }
        return k >= 0 && tail[k] == "月" && !(k > 0 && tail[k - 1] == "个")
    }
    /// Whether a head opens with a day's word (`日为“代表接待日”`, `号，…`) that goes on from a tail
    /// ending on a month's day (`…每月 15`): as sure a reading as a genre term's rest. (A head opening
    /// with a word `日` starts, `日常…`, is none; `号召开` is the day's `号` and a verb.)
    static func monthDayAcross(tail: [Unicode.Scalar], head: [Unicode.Scalar]) -> Bool {
        opensWithDay(head) && endsWithMonthDigits(tail)
    }
    /// Whether a head opens with a day's word, `日` or `号` (`monthDayAcross`).
    static func opensWithDay(_ head: [Unicode.Scalar]) -> Bool {
        guard let first = head.first, first == "日" || first == "号" else { return false }
        return !(first == "日" && head.count > 1 && ScalarClass.isHan(head[1]) && CommonWords.shared.isWord(first, head[1]))
    }
    /// Whether a tail's last sentence opens a span of time it does not close (`自 2020 年被确定为
    /// 省人大常委会基层立法联系点`: `自`/`从`/`自从` and a year or an event, `今年`, `成立`, `当选`…, with no
    /// `以来` or `起` after it) and a head opens with its close (`以来，…`): a column cut inside the
    /// frame `自…以来`, as sure a reading as a figure's unit. (`来自`, `各自`, `从事`… open no frame.)
    static func sinceFrameAcross(tail: [Unicode.Scalar], head: [Unicode.Scalar]) -> Bool {
        closesSpan(head) && spanOpenAtEnd(tail)
    }
    /// Whether a head opens with a span's close, `以来`.
    static func closesSpan(_ head: [Unicode.Scalar]) -> Bool {
        head.count >= 2 && head[0] == "以" && head[1] == "来"
    }
    /// Whether a tail's last sentence opens a span of time it does not close (`sinceFrameAcross`).
    static func spanOpenAtEnd(_ tail: [Unicode.Scalar]) -> Bool {
        var start = tail.count
        while start > 0 && !ScalarClass.isSentenceFinal(ScalarClass.fold(tail[start - 1])) { start -= 1 }
        var k = tail.count - 1
        while k >= start {
            let c = tail[k]
            // (A frame closed after the opener, `自…以来，…从`, leaves nothing open.)
            if c == "来" && k > start && tail[k - 1] == "以" { return false }
            // (`起` closes it where it makes no word, `自 2020 年起`; not `发起`, `起草`, `一起`.)
            if c == "起", !(k > start && ScalarClass.isHan(tail[k - 1]) && CommonWords.shared.isWord(tail[k - 1], c)),
               !(k + 1 < tail.count && ScalarClass.isHan(tail[k + 1]) && CommonWords.shared.isWord(c, tail[k + 1])) { return false }
            if c == "自" || c == "从" {
                var b = k
                if c == "从" && b > start && tail[b - 1] == "自" { b -= 1 }
                let prev = b > start ? tail[b - 1] : nil
                if prev.map({ ScalarClass.isHan($0) && CommonWords.shared.isWord($0, tail[b]) }) != true,
                   SentenceOpening.opensTimeSpan(tail[(k + 1)...]) { return true }
            }
            k -= 1
        }
        return false
    }
    /// Whether words open a point in time a span starts from: a year or a month (`2020 年`, `二〇二〇年`,
    /// `3月`) or an event counted from (`今年`, `成立`, `当选`, `实施`…).
    static func opensTimeSpan(_ t: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = t.startIndex
        while i < t.endIndex && ScalarClass.fold(t[i]) == " " { i += 1 }
        guard i < t.endIndex else { return false }
        // (A year or a month: digits or numerals, then `年` or `月`; not a count, `从三个方面`.)
        var k = i
        while k < t.endIndex, ScalarClass.isDigit(ScalarClass.fold(t[k])) || t[k] == "〇" || numerals.contains(t[k]) || ScalarClass.fold(t[k]) == " " { k += 1 }
        if k > i { return k < t.endIndex && (t[k] == "年" || t[k] == "月") }
        guard i + 1 < t.endIndex else { return false }
        return SentenceOpening.spanEvents.contains { $0[0] == t[i] && $0[1] == t[i + 1] }
    }
    /// Points a span of time is counted from (`自今年以来`, `自成立以来`, `从当选以来`).
    static let spanEvents: [[Unicode.Scalar]] = ["今年", "去年", "上年", "年初", "成立", "设立", "建立", "开展", "实施",
                                                 "启动", "当选", "履职", "换届", "任职", "担任", "挂牌", "运行", "创建"].map { Array($0.unicodeScalars) }
    /// Units of a count per month (`每月 2|次`, `每月 4|场`): after a month's digits they are still a
    /// figure's unit, not a day's.
    static let frequencyUnits = ScalarSet(Array("次天期场批件项人".unicodeScalars))
    /// Words a figure's unit opens (`3 年来`, `6 个月`, `8 天内`).
    static let unitWords: [[Unicode.Scalar]] = ["年来", "个月", "月份", "天内", "天来", "次会", "届人"].map { Array($0.unicodeScalars) }
    /// Measure words and units that follow a figure and open no sentence (`件`, `名`, `日`, `岁`): the
    /// count words but those that open words or take a unit of their own (`家`, `人`, `多`, `余`,
    /// `万`, `亿`: asked apart), and the units of dates, ages and lengths.
    static let figureUnits = ScalarSet(Array(countWordScalars.filter { !"家人多余万亿".unicodeScalars.contains($0) }) + Array("年月日号届期岁倍公米斤".unicodeScalars))
    /// The second character of a unit opened by `人`/`万`/`亿`/`余` (`人次`, `万元`, `余人`, `亿元`).
    static let unitSecond = ScalarSet(Array("次元人件条个户名项场亩吨公千".unicodeScalars))

    /// Whether a text opens with a count: digits or Chinese numerals and then a measure word or
    /// `多`/`余` (`二十多户`, `12家`), not a date (`2023年`), an enumeration (`一是`, `二要`, `一、`)
    /// nor a percentage.
    static func opensWithCount(_ t: [Unicode.Scalar]) -> Bool {
        var k = leadingQuantity(t)
        if k == 0 { while k < t.count && numerals.contains(t[k]) { k += 1 } }
        return k > 0 && k < t.count && countWords.contains(t[k])
    }
    /// Measure words and `多`/`余`/`万`/`亿` after a number (`户`, `家`, `名`, `件`, `次`, …).
    static let countWords = ScalarSet(countWordScalars)
    static let countWordScalars = Array("个户家名人件条次项场位所座万亿多余批份处台辆吨亩元天趟遍轮".unicodeScalars)
    /// Characters a percentage follows: `提高到`, `达`, `为`, `至`, `约`, `近`, `占`.
    static let quantityTakers = ScalarSet(Array("到达为至约近占".unicodeScalars))

    /// Adverbials and connectives that open a sentence before a comma.
    static let shortAdverbials: [[Unicode.Scalar]] = [
        "同时", "为此", "对此", "目前", "今年", "去年", "明年", "随后", "其中", "首先", "其次", "再次", "最后", "然而", "因此",
        "但是", "此后", "之后", "其后", "届时", "当天", "次日", "对于", "另外", "此外", "近日", "日前", "近期", "当前", "如今",
        "总之", "可见", "例如", "比如", "同样", "本次", "今后", "以往", "过去", "现在", "未来", "一是", "二是", "三是", "四是",
        "据悉", "据了解", "据统计", "据介绍", "眼下", "当时", "后来", "其实", "当然", "不过", "所以", "于是", "然后", "接着",
        "尤其是", "特别是", "另一方面", "一方面", "首先是", "最终", "如此", "为此", "因而", "从而", "此前", "目前来看",
    ].map { Array($0.unicodeScalars) }
    /// Chinese numerals (an ordinal before `、` is an enumeration, not a cut).
    static let numerals = ScalarSet(Array("〇零一二三四五六七八九十百千两".unicodeScalars))

    /// Whether a cut tail (its last scalar `last`) could not go on with a head that opens a sentence
    /// with an adverbial: the tail ends mid-clause on a Han character that takes no time after it.
    static func tailRefuses(_ last: Unicode.Scalar) -> Bool {
        ScalarClass.isHan(last) && !timeTakers.contains(last)
    }
}
