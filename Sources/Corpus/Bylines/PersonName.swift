/// Rules for what can be a person's name in a byline.
///
/// A name is 2–6 Han characters (Mongolian, Tibetan and Uyghur names run longer than the usual
/// 2–4), optionally with a middle dot (`阿不都·热合曼`), and contains no office or role word.
public enum PersonName {
    /// Words that mark an office, role or organisation, never a name.
    static let officeWords: [[Unicode.Scalar]] = [
        "人大", "常委", "委员", "主任", "书记", "记者", "通讯员", "本报", "编辑", "来源", "作者", "实习生",
        "政府", "代表", "会议", "办公室", "主席", "秘书", "部长", "局长", "县委", "市委", "党组", "工作",
        // Roles and column genres that follow 记者 or a credit (`记者手记`, `记者观察`, `摄影报道`).
        "摄影", "报道", "手记", "观察", "调查", "感言", "札记", "体验", "随笔", "点评", "评论", "述评",
        "视点", "采访", "连线", "直击", "探访", "走笔",
        // What a credit says was done (`（…办公室 王芳 整理）`, `（惠安县人大 供稿）`).
        "整理", "供稿", "撰稿", "口述",
    ].map { Array($0.unicodeScalars) }

    /// Credit words that are a name's shape but whole only (`文/图` read as two letter-spaced
    /// characters; a name may hold them, 李文图).
    static let creditTokens: Set<[Unicode.Scalar]> = Set(["文图", "图文"].map { Array($0.unicodeScalars) })

    /// Common single-character surnames (about 400, covering nearly every Han name printed in a
    /// byline), for places where a name stands with nothing else to vouch for it.
    static let commonSurnameScalars: [Unicode.Scalar] = Array("""
    王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟    谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢    安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛    靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵    苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟    冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿    薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智    幸奉植衡富尧闭由达拉赖洪凤扶钮萧宝
    """.unicodeScalars.filter { ScalarClass.isHan($0) })
    /// The same, as a table.
    static let commonSurnames = ScalarSet(commonSurnameScalars)

    /// Last characters of place names (县, 区, 市…): a token ending in one is no name alone.
    static let placeEnds = ScalarSet("县区市旗州盟镇乡村".unicodeScalars)

    /// Two-character surnames (`欧阳`, `司马`).
    static let compoundSurnames: [[Unicode.Scalar]] = [
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "轩辕", "端木",
        "独孤", "长孙", "宇文", "呼延", "西门", "南宫", "万俟", "闻人", "澹台", "申屠",
    ].map { Array($0.unicodeScalars) }

    /// The first two characters of four-character names transcribed from Yi (family names: `吉克`,
    /// `沙马`, `阿苦`) and Tibetan (`次仁`, `扎西`, `达瓦`): a name printed alone in a credit
    /// (`（吉克伍呷）`) that starts with one is as likely a name as a Han name with a common surname.
    static let transcribedNameStarts: Set<[Unicode.Scalar]> = Set([
        // Yi (Nuosu) family names.
        "吉克", "沙马", "阿苦", "马海", "曲比", "吉木", "阿鲁", "阿约", "俄木", "勒格", "海来", "瓦其", "巴莫",
        "阿牛", "吉伍", "吉尔", "阿尔", "阿说", "阿苏", "日火", "木乃", "尔古", "沙玛", "阿的", "曲木", "吉史",
        "吉觉", "阿衣", "俄底", "洛古", "拉马", "苏呷", "的日", "阿克", "阿洛", "吉拉", "吉利", "瓦扎", "阿都",
        // Tibetan name elements that open a name.
        "次仁", "扎西", "达瓦", "尼玛", "格桑", "多吉", "旦增", "洛桑", "平措", "索朗", "拉巴", "德吉", "央金",
        "边巴", "普布", "巴桑", "强巴", "白玛", "益西", "阿旺", "才旦", "仁增", "贡布", "卓玛", "顿珠", "群培",
        "桑珠", "米玛", "琼达", "曲珍", "旺堆", "土登", "丹增", "嘎玛", "次旦", "仁青", "措姆",
    ].map { Array($0.unicodeScalars) })

    /// `扎西德勒` is a greeting, not a name.
    static let tashiDelek = Array("扎西德勒".unicodeScalars)

    /// First scalars of `compoundSurnames`.
    static let compoundSurnameFirsts = ScalarSet(compoundSurnames.map { $0[0] })
    /// Every scalar a surname opens with: the common surnames and the compound surnames' first.
    static let surnameFirsts = ScalarSet(commonSurnameScalars + compoundSurnames.map { $0[0] })

    /// A name that can stand alone, with no role or office beside it (`（马晓东 杨帆）` under a news
    /// item): plausible, and a common surname with one or two characters after it, a compound
    /// surname with one or two, or a transcribed name with a middle dot (`阿不都·热合曼`).
    public static func isLikelyAlone(_ name: String) -> Bool {
        let a = Array(name.unicodeScalars)
        guard isPlausible(ArraySlice(a)), let last = a.last else { return false }
        // The shape first (cheap; every short line of text reaches `NamesAloneFamily`), then the
        // gazetteer: a place (`金堂县`, `和县`, `义乌`) is no name, whatever its first character.
        let shaped = a.contains(where: isNameDot)
            || (a.count >= 3 && a.count <= 4 && compoundSurnames.contains(where: { a.starts(with: $0) }))
            || (a.count <= 3 && commonSurnames.contains(a[0]))
            || (a.count == 4 && transcribedNameStarts.contains(Array(a[..<2])) && a != tashiDelek)
        guard shaped, !placeEnds.contains(last) else { return false }
        return !Gazetteer.shared.mentions(in: a).contains(where: { $0.range == 0..<a.count && !$0.isBare })
    }

    /// A name that need not start with a common surname (`扎西`, `达瓦卓玛`, `图门巴雅尔` beside `李娜`) but
    /// is no county or larger place and, at two characters, no common word (`图片`, `来源`): what a name printed
    /// beside a likely one (`isLikelyAlone`) must be.
    public static func isLikelyBesideOthers(_ name: String) -> Bool {
        let a = Array(name.unicodeScalars)
        guard isPlausible(ArraySlice(a)), a.count >= 2, let last = a.last, !placeEnds.contains(last) else { return false }
        if a.count == 2 && CommonWords.shared.isWord(a[0], a[1]) { return false }
        // A county or larger named whole (`义乌`, `金堂`) is a place; a township's stem (`扎西` of
        // 扎西镇) is as often a name.
        return !Gazetteer.shared.mentions(in: a).contains(where: { $0.range == 0..<a.count && $0.kind != .township })
    }

    /// A name that begins as names do: two or three characters, a longer name starting with a
    /// common or compound surname or with a middle dot, or one that is not two common words. A
    /// four-character column label after a mark (`■ 基层动态`, `■履职故事`) is two words.
    public static func hasNameStart(_ name: String) -> Bool {
        let a = Array(name.unicodeScalars)
        guard let first = a.first else { return false }
        if a.count <= 3 { return true }
        if a.contains(where: isNameDot) || commonSurnames.contains(first) { return true }
        if compoundSurnames.contains(where: { a.count > $0.count && a.starts(with: $0) }) { return true }
        // A transcribed name (`图门巴雅尔`, `格日勒图`) is no pair of common words as a label is
        // (`基层|动态`, `履职|故事`).
        let words = CommonWords.shared
        return !(a.count == 4 && words.isWord(a[0], a[1]) && words.isWord(a[2], a[3]))
    }

    /// The dots that join the parts of a transcribed name (`阿不都·热合曼`, `买买提．吐尔逊`).
    static func isNameDot(_ s: Unicode.Scalar) -> Bool {
        s == "·" || s == "•" || s == "・" || s == "．" || s == "‧" || s == "∙"
    }

    /// True if `scalars` is a plausible name.
    public static func isPlausible(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var han = 0
        var dots = 0
        for s in scalars {
            if ScalarClass.isHan(s) { han += 1 }
            else if isNameDot(s) { dots += 1 }
            else { return false }
        }
        guard dots <= 2, han >= 2, han <= (dots > 0 ? 10 : 6) else { return false }
        let a = Array(scalars)
        if creditTokens.contains(a) { return false }
        for w in officeWords where contains(a, w) { return false }
        // An interviewer's short question after `记者：` (`还有呢`, `效果怎么样`, `谢谢`) is no name.
        if let last = a.last, questionEnds.contains(last) { return false }
        for w in questionWords where contains(a, w) { return false }
        return true
    }

    /// Sentence particles no name ends with, and words of a question or a thanks no name holds.
    static let questionEnds = ScalarSet("呢吗吧啊嘛呀么".unicodeScalars)
    static let questionWords: [[Unicode.Scalar]] = ["什么", "怎么", "怎样", "哪些", "如何", "谢谢", "为何", "多少"].map { Array($0.unicodeScalars) }

    /// Convenience for strings.
    public static func isPlausible(_ s: String) -> Bool { isPlausible(ArraySlice(s.unicodeScalars)) }

    static func contains(_ a: [Unicode.Scalar], _ w: [Unicode.Scalar]) -> Bool {
        firstOffset(of: w, in: a) != nil
    }

    /// Where `w` first occurs in `a` (0 for an empty `w`), by plain scalar comparison.
    static func firstOffset(of w: [Unicode.Scalar], in a: [Unicode.Scalar]) -> Int? {
        guard a.count >= w.count else { return nil }
        guard let first = w.first else { return 0 }
        // Through the buffers, each position tested on `w`'s first scalar alone (section
        // similarity asks this of every scored section's place, over the whole text).
        return a.withUnsafeBufferPointer { ap in
            w.withUnsafeBufferPointer { wp in
                let m = wp.count, last = ap.count - m
                var i = 0
                while i <= last {
                    if ap[i] == first {
                        var k = 1
                        while k < m && ap[i + k] == wp[k] { k += 1 }
                        if k == m { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// False when `scalars` cannot split into plausible names (`splitNames` gives nil): a scalar
    /// other than a Han character, a name dot or a separator between names. A scan with no
    /// allocation, for lines of text (`作用，贡献人大力量。`) that reach `NamesAloneFamily`.
    static func mayBeNames(_ scalars: some BidirectionalCollection<Unicode.Scalar>) -> Bool {
        // The last scalar first: lines of text end with punctuation.
        guard let last = scalars.last, ScalarClass.isHan(last) || isNameDot(last) || isNameSeparator(ScalarClass.fold(last)) else { return false }
        for s in scalars where !(ScalarClass.isHan(s) || isNameDot(s) || isNameSeparator(ScalarClass.fold(s))) { return false }
        return true
    }

    /// What `splitNames` splits at (folded).
    @inline(__always) static func isNameSeparator(_ f: Unicode.Scalar) -> Bool {
        ScalarClass.isSpace(f) || f == "、" || f == "," || f == "，" || f == "/" || f == ";"
    }

    /// Splits a run of printed names (`张宇 朱自强`, `张三、李四`, `王  瑞`) into names.
    /// Returns nil if any part is not a plausible name. Two single characters separated by a
    /// space are one letter-spaced two-character name.
    public static func splitNames(_ scalars: some Collection<Unicode.Scalar>) -> [String]? {
        var tokens = [[Unicode.Scalar]]()
        var cur = [Unicode.Scalar]()
        for s in scalars {
            let f = ScalarClass.fold(s)
            if isNameSeparator(f) {
                if !cur.isEmpty { tokens.append(cur); cur = [] }
            } else {
                cur.append(s)
            }
        }
        if !cur.isEmpty { tokens.append(cur) }
        guard !tokens.isEmpty else { return nil }
        var merged = [[Unicode.Scalar]]()
        var i = 0
        while i < tokens.count {
            // Letter-spaced names: three single characters are one name (`张 文 军`), an even run
            // is names of two (`王 瑞 李 强`).
            var k = i
            while k < tokens.count && tokens[k].count == 1 { k += 1 }
            if k - i == 3 {
                merged.append(tokens[i] + tokens[i + 1] + tokens[i + 2])
                i = k
                continue
            }
            if k - i >= 2 && (k - i) % 2 == 0 {
                while i < k { merged.append(tokens[i] + tokens[i + 1]); i += 2 }
                continue
            }
            if tokens[i].count == 1 && i + 1 < tokens.count && tokens[i + 1].count <= 2 {
                merged.append(tokens[i] + tokens[i + 1])
                i += 2
            } else {
                merged.append(tokens[i])
                i += 1
            }
        }
        var out = [String]()
        for t in merged {
            guard isPlausible(ArraySlice(t)) else { return nil }
            out.append(String(scalars: t[...]))
        }
        return out
    }
}
