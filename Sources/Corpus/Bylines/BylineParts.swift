/// Shared pieces of byline families: marks, role words, office shapes, bracketed places.
public enum BylineParts {
    /// The marks `isMark` accepts.
    static let markScalars: [Unicode.Scalar] = [0x25A0, 0x25A1, 0x25CF, 0x25CB, 0x25C6, 0x25C7, 0x25B2, 0x25B3, 0x2605, 0x2606, 0x25AA, 0x25AB,
                                                0x25CE, 0x25C9].map { Unicode.Scalar($0)! }

    /// Leading marks printed before bylines (`□ 本报记者 …`, `■ 白云萍（江苏）`).
    public static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x25A0, 0x25A1, 0x25CF, 0x25CB, 0x25C6, 0x25C7, 0x25B2, 0x25B3, 0x2605, 0x2606, 0x25AA, 0x25AB,
             0x25CE, 0x25C9: return true  // … ◎ ◉
        default: return false
        }
    }

    /// Reporter roles, longest first so `本报记者` wins over `记者`.
    public static let roleWords: [[Unicode.Scalar]] = [
        "本报特约评论员", "本刊特约评论员", "本报特约撰稿人", "本刊特约撰稿人", "本刊特约记者", "本报特约记者", "本报实习记者",
        "本报评论员", "本刊评论员", "本台评论员", "特约评论员", "特约撰稿人", "实习记者", "本报见习记者", "本报首席记者", "本报通讯员", "本刊通讯员", "本报记者", "本刊记者",
        "本报全媒体记者", "本刊全媒体记者", "本报融媒体记者", "本报融媒记者", "全媒体记者", "全媒记者", "融媒记者",
        "本台记者", "融媒体记者", "首席记者", "特约记者", "见习记者", "特约通讯员", "通讯员", "实习生", "评论员", "记者",
    ].map { Array($0.unicodeScalars) }

    /// First scalars of `roleWords`: most positions of a line start none.
    static let roleFirstScalars = ScalarSet(roleWords.compactMap(\.first))

    /// Words that show a text names an organisation that has offices.
    static let organisationWords: [[Unicode.Scalar]] = [
        "人大", "常委会", "政协", "委员会", "党委", "党组", "政府", "法院", "检察院", "办公室", "研究室",
        "县委", "市委", "区委", "旗委", "盟委", "州委", "省委", "工委", "学校", "大学", "中心",
        "公司", "集团", "支部", "村委会", "居委会", "医院", "事务所", "合作社", "协会", "商会",
    ].map { Array($0.unicodeScalars) }

    /// Position titles an office ends with.
    static let positionWords: [[Unicode.Scalar]] = [
        "副主任", "主任", "副书记", "书记", "副主席", "主席", "秘书长", "副秘书长", "委员", "副局长", "局长",
        "部长", "院长", "处长", "科长", "组长", "调研员", "干部", "代表", "主任委员", "副主任委员", "研究员",
        "教授", "常委", "负责人", "工作人员", "站长", "所长", "队长", "会长", "理事长", "馆长",
        "县长", "市长", "区长", "旗长", "州长", "盟长", "镇长", "乡长", "省长",
        "董事长", "总经理", "经理", "校长", "厂长", "社长", "医生", "律师", "教师",
    ].map { Array($0.unicodeScalars) }

    /// What a reporter of a named outlet is called after the outlet (`新华社记者`, `吉林日报记者`).
    static let outletRoles: [[Unicode.Scalar]] = ["记者", "通讯员", "评论员"].map { Array($0.unicodeScalars) }
    /// How outlet names end: 社, 报 (日报, 晚报), 网, 台 (电视台), 刊, 中心 (融媒体中心).
    static let outletEnds: [[Unicode.Scalar]] = ["社", "报", "网", "台", "刊", "中心"].map { Array($0.unicodeScalars) }

    /// Offset just past a role word at `i`, and the role, or nil: a word of `roleWords`, or an
    /// outlet name of up to ten Han characters followed by 记者 or 通讯员 (`新华社记者`, `人民网记者`).
    public static func role(in line: LineScalars, at i: Int) -> (end: Int, role: String)? {
        guard mayHoldRole(line) else { return nil }
        if i < line.count, roleFirstScalars.contains(line.folded[i]) {
            for w in roleWords where line.has(w, at: i) {
                return (i + w.count, line.text(i..<(i + w.count)))
            }
        }
        var j = i
        while j < line.count, j - i <= 10, ScalarClass.isHan(line.folded[j]) {
            if j - i >= 2, let r = outletRoles.first(where: { line.has($0, at: j) }),
               outletEnds.contains(where: { w in j - i >= w.count && line.folded[(j - w.count)..<j].elementsEqual(w) }) {
                return (j + r.count, line.text(i..<(j + r.count)))
            }
            j += 1
        }
        return nil
    }

    /// Organisation units a byline may give without a position (`宁城县人大常委会办公室 王芳`).
    public static let unitEnds: [[Unicode.Scalar]] = [
        "办公室", "研究室", "工作室", "委员会", "常委会", "工委", "联络站", "工作站", "联络处", "代表之家", "调研组", "课题组", "主席团",
    ].map { Array($0.unicodeScalars) }

    /// True if `scalars` names a people's congress unit without a position: it contains 人大 and
    /// ends with a unit (`敖汉旗人大常委会研究室`, `宁城县人大常委会`).
    public static func isCongressUnit(_ scalars: some BidirectionalCollection<Unicode.Scalar>) -> Bool {
        guard scalars.count >= 4, scalars.count <= 32, let last = scalars.last, congressUnitLastScalars.contains(ScalarClass.fold(last)) else { return false }
        let a = scalars.map(ScalarClass.fold)
        guard a.allSatisfy(ScalarClass.isHan), PersonName.contains(a, congress) else { return false }
        return unitEnds.contains { w in a.count > w.count && a[(a.count - w.count)...].elementsEqual(w) }
    }

    /// How the names of local media units end (`安吉县融媒体中心`, `巴中日报社`, `红原县广播电视台`).
    public static let outletUnitEnds: [[Unicode.Scalar]] = ["融媒体中心", "传媒中心", "新闻中心", "日报社", "报社", "电视台"].map { Array($0.unicodeScalars) }

    /// True if `scalars` names a media unit that credits its staff by name (`安吉县融媒体中心 王芳`).
    public static func isOutlet(_ scalars: some BidirectionalCollection<Unicode.Scalar>) -> Bool {
        guard scalars.count >= 4, scalars.count <= 16, let last = scalars.last, outletLastScalars.contains(ScalarClass.fold(last)) else { return false }
        let a = scalars.map(ScalarClass.fold)
        guard a.allSatisfy(ScalarClass.isHan) else { return false }
        return outletUnitEnds.contains { w in a.count > w.count && a[(a.count - w.count)...].elementsEqual(w) }
    }

    /// True if `scalars` looks like an office: names an organisation and ends with a position.
    public static func isOffice(_ scalars: some BidirectionalCollection<Unicode.Scalar>) -> Bool {
        guard scalars.count >= 4, scalars.count <= 48, let last = scalars.last, positionLastScalars.contains(ScalarClass.fold(last)) else { return false }
        let a = scalars.map(ScalarClass.fold)
        for s in a where ScalarClass.isSentenceFinal(s) || s == "," || s == "\"" || s == "“" { return false }
        // The position at the end first: it is cheaper to test, and few texts have one.
        guard positionWords.contains(where: { w in a.count >= w.count && a[(a.count - w.count)...].elementsEqual(w) }) else { return false }
        return organisationWords.contains(where: { PersonName.contains(a, $0) })
    }

    static let congress = Array("人大".unicodeScalars)

    /// Last scalars of `unitEnds`, `outletUnitEnds` and `positionWords`: the tests above reject
    /// a text by its last scalar before folding it into a new array.
    static let congressUnitLastScalars = ScalarSet(unitEnds.compactMap(\.last)), outletLastScalars = ScalarSet(outletUnitEnds.compactMap(\.last)),
               positionLastScalars = ScalarSet(positionWords.compactMap(\.last))

    /// True for a bar between fields or credits (folded): `|` (and `｜` folded to it) or `丨`.
    @inline(__always) public static func isBar(_ s: Unicode.Scalar) -> Bool { s == "|" || s == "丨" || s == "│" || s == "┃" }

    /// A role word naming no outlet (`记者`, `通讯员`, `特约通讯员`, `见习记者`, `实习生`): what a
    /// writer is, not where they work (`本报记者`, `本刊通讯员`, `新华社记者` name the outlet).
    public static func isBareRole(_ office: String) -> Bool {
        bareRoles.contains(office)
    }
    /// The role words (`roleWords`) that name no outlet of their own (`本报…`, `本刊…`, `本台…`).
    static let bareRoles: Set<String> = Set(roleWords.map { String(String.UnicodeScalarView($0)) }
        .filter { w in !["本报", "本刊", "本台"].contains(where: { w.hasPrefix($0) }) })

    /// An office that makes its holder one of the paper's reporters (`记者`, `本报记者`, `通讯员`,
    /// `本刊通讯员`, `本报评论员`): the piece is the paper's, not a local writer's.
    public static func isReporterOffice(_ office: String) -> Bool {
        office.contains("记者") || office.contains("通讯员") || office.hasPrefix("本刊") || office.hasPrefix("本报")
    }

    /// Names then their office or congress unit in brackets, filling `range` of the line
    /// (`刘建国（新化县人大常委会主任）`, `王芳 李强（宁城县人大常委会办公室）`); nil otherwise.
    public static func namesWithBracketedOffice(_ line: LineScalars, _ range: Range<Int>) -> (names: [String], office: String)? {
        let f = line.folded
        guard range.count >= 4, f[range.upperBound - 1] == ")", let open = f[range].lastIndex(of: "("), open > range.lowerBound else { return nil }
        let inner = (open + 1)..<(range.upperBound - 1)
        guard isOffice(line.raw[inner]) || isCongressUnit(line.raw[inner]),
              let names = PersonName.splitNames(line.raw[range.lowerBound..<open]) else { return nil }
        return (names, line.text(inner))
    }

    /// If the line ends with a bracketed place (`（江苏）`, `(内蒙古)`), the place and the offset of
    /// the opening bracket.
    public static func trailingBracket(_ line: LineScalars) -> (text: String, open: Int)? {
        let f = line.folded
        guard let last = f.last, last == ")" else { return nil }
        guard let open = f.lastIndex(of: "(") else { return nil }
        let inner = (open + 1)..<(f.count - 1)
        guard inner.count >= 2, inner.count <= 8, f[inner].allSatisfy(ScalarClass.isHan) else { return nil }
        return (line.text(inner), open)
    }

    /// Credit words that close a byline without naming anyone (`本报记者 何静 文/图`,
    /// `（记者 张三 报道）`); not 摄, which makes a photo credit (`PhotoCreditFamily`).
    static let creditWords: [[Unicode.Scalar]] = ["文/图", "图/文", "文图", "摄影报道", "报道", "报导", "整理"].map { Array($0.unicodeScalars) }

    /// `end` moved back past one credit word that follows white space, and past that space.
    static func trimmingCredit(_ line: LineScalars, from start: Int, to end: Int) -> Int {
        var e = end
        while e > start && ScalarClass.isSpace(line.folded[e - 1]) { e -= 1 }
        for w in creditWords where e - w.count > start && line.has(w, at: e - w.count) && ScalarClass.isSpace(line.folded[e - w.count - 1]) {
            e -= w.count
            while e > start && ScalarClass.isSpace(line.folded[e - 1]) { e -= 1 }
            break
        }
        return e
    }

    /// White space, a colon, a bar or a byline mark between a role and its names.
    static func isNameSeparator(_ c: Unicode.Scalar) -> Bool {
        ScalarClass.isSpace(c) || c == ":" || c == "|" || c == "｜" || isMark(c)
    }

    /// The end of a token at `i` that names an office, a congress unit or a media unit, followed
    /// by white space (`天台县人大常委会办公室 许晓东`), or nil.
    static func unitToken(_ line: LineScalars, at i: Int) -> Int? {
        var e = i
        while e < line.count && !ScalarClass.isSpace(line.folded[e]) { e += 1 }
        guard e > i, e < line.count else { return nil }
        let t = line.raw[i..<e]
        return isOffice(t) || isCongressUnit(t) || isOutlet(t) ? e : nil
    }

    /// Offset of the first non-space scalar at or after `i`.
    public static func skipSpace(_ line: LineScalars, _ i: Int) -> Int {
        var k = i
        while k < line.count && ScalarClass.isSpace(line.folded[k]) { k += 1 }
        return k
    }

    /// Offset just past a leading mark and the spaces after it, or 0 when there is no mark.
    public static func afterMark(_ line: LineScalars) -> Int? {
        guard let f = line.raw.first, isMark(f) else { return nil }
        return skipSpace(line, 1)
    }

    /// False when no role can occur on the line: every role (a role word, or an outlet's 记者 /
    /// 通讯员 / 评论员) holds 记者, 通讯员, 实习生, 评论员 or 撰稿人, so the line holds all the
    /// scalars of one of them (a test of its cues, no scan).
    static func mayHoldRole(_ line: LineScalars) -> Bool {
        let c = line.cues
        return c.holdsAll(roleCues.reporter) || c.holdsAll(roleCues.correspondent) || c.holdsAll(roleCues.intern)
            || c.holdsAll(roleCues.commentator) || c.holdsAll(roleCues.writer)
    }

    /// The cues of the words every role holds one of.
    static let roleCues = (reporter: ScalarCues("记者"), correspondent: ScalarCues("通讯员"), intern: ScalarCues("实习生"),
                           commentator: ScalarCues("评论员"), writer: ScalarCues("撰稿人"))
    /// The same, as a list (for a family's `LineGate`).
    static let roleCueSets = [roleCues.reporter, roleCues.correspondent, roleCues.intern, roleCues.commentator, roleCues.writer]

    /// Parses `role names (role names)*` from `start` to `end`; returns the first role and all names.
    public static func roleNames(_ line: LineScalars, from start: Int, to end: Int) -> (office: String, names: [String])? {
        guard mayHoldRole(line) else { return nil }
        var i = skipSpace(line, start)
        var office: String?
        var names = [String]()
        while i < end {
            guard let (roleEnd, role) = role(in: line, at: i) else { return nil }
            if office == nil { office = role }
            var j = roleEnd
            while j < end && self.role(in: line, at: j) == nil { j += 1 }
            // `本报记者：王芳`, `记者｜王芳`, `■ 本报记者 王芳 ■ 通讯员 李强`: separators and marks around
            // the names are not part of them.
            var a = roleEnd, b = j
            while a < b && isNameSeparator(line.folded[a]) { a += 1 }
            while b > a && isNameSeparator(line.folded[b - 1]) { b -= 1 }
            guard let part = PersonName.splitNames(line.raw[a..<b]), !part.isEmpty else { return nil }
            names += part
            i = skipSpace(line, j)
        }
        guard let o = office, !names.isEmpty else { return nil }
        return (o, names)
    }
}
