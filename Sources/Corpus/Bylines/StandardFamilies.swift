/// `科尔沁区人大常委会党组书记、主任 乌力吉`: an office, white space, one or more names; or a
/// congress unit without a position (`敖汉旗人大常委会研究室 李刚 刘敏`).
public struct OfficeNameFamily: BylineFamily {
    public let name = "office-name"
    /// Up to 64 scalars, white space between office and names.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...64, cueSets: [ScalarCues.space])
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 64, line.cues.holdsAll(ScalarCues.space) else { return nil }
        let start = BylineParts.afterMark(line) ?? 0
        // Two tokens at least, and the office whole tokens before white space: a line none of whose
        // tokens before a space ends as offices and units do (主任, 办公室, 报社…) holds no office.
        guard OfficeNameFamily.mayHoldOffice(line, from: start) else { return nil }
        var tokens = [Range<Int>]()
        var i = start
        while i < line.count {
            i = BylineParts.skipSpace(line, i)
            guard i < line.count else { break }
            var j = i
            while j < line.count && !ScalarClass.isSpace(line.folded[j]) { j += 1 }
            tokens.append(i..<j)
            i = j
        }
        guard tokens.count >= 2 else { return nil }
        for k in 1..<tokens.count {
            let office = tokens[0].lowerBound..<tokens[k - 1].upperBound
            guard OfficeNameFamily.officeLastScalars.contains(line.folded[office.upperBound - 1]) else { continue }
            guard BylineParts.isOffice(line.raw[office]) || BylineParts.isCongressUnit(line.raw[office])
                    || (k == 1 && BylineParts.isOutlet(line.raw[office])) else { continue }
            if let names = OfficeNameFamily.names(line, tokens[k...]) {
                return BylineMatch(authors: names, office: line.text(office), span: 0..<line.count)
            }
        }
        return nil
    }

    /// Last scalars of what `isOffice`, `isCongressUnit` and `isOutlet` accept: positions, units
    /// and media units.
    static let officeLastScalars = ScalarSet((BylineParts.positionWords + BylineParts.unitEnds + BylineParts.outletUnitEnds).compactMap(\.last))

    /// False unless a token from `start` is followed by white space and ends with a scalar an
    /// office, a congress unit or a media unit can end with (folded, as those tests compare).
    static func mayHoldOffice(_ line: LineScalars, from start: Int) -> Bool {
        let f = line.folded
        var k = start + 1
        while k < f.count {
            if ScalarClass.isSpace(f[k]) && !ScalarClass.isSpace(f[k - 1]) && officeLastScalars.contains(f[k - 1]) { return true }
            k += 1
        }
        return false
    }

    /// Names, or names of several officers each after a position (`王芳 副主任 李刚`).
    static func names(_ line: LineScalars, _ tokens: ArraySlice<Range<Int>>) -> [String]? {
        var out = [String]()
        var group = tokens.startIndex
        // A second office with its own names (`赤水市人大常委会 袁志刚 古蔺县人大常委会 曾小燕`) splits
        // like a position.
        for k in tokens.indices where k > group && (BylineParts.positionWords.contains(Array(line.folded[tokens[k]]))
                                                    || BylineParts.isCongressUnit(line.raw[tokens[k]]) || BylineParts.isOffice(line.raw[tokens[k]])) {
            guard let ns = PersonName.splitNames(line.raw[tokens[group].lowerBound..<tokens[k - 1].upperBound]) else { return nil }
            out += ns
            group = k + 1
        }
        guard group < tokens.endIndex,
              let ns = PersonName.splitNames(line.raw[tokens[group].lowerBound..<tokens[tokens.endIndex - 1].upperBound]) else { return nil }
        return out + ns
    }
}

/// `□ 本报记者 梁英杰`, `■ 本报记者 NAME 实习生 NAME`, `记者 NAME 通讯员 NAME`.
public struct ReporterFamily: BylineFamily {
    public let name = "reporter"
    /// Up to 64 scalars, and a role (`BylineParts.mayHoldRole`).
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...64, cueSets: BylineParts.roleCueSets)
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 64, BylineParts.mayHoldRole(line) else { return nil }
        let start = BylineParts.afterMark(line) ?? 0
        // A credit word after the names says what they did, not who: `本报记者 何静 文/图`.
        guard BylineParts.role(in: line, at: BylineParts.skipSpace(line, start)) != nil else { return nil }
        var end = BylineParts.trimmingCredit(line, from: start, to: line.count)
        // `记者 王芳 摄影 李强`: the photographer after the writers is no author.
        if let p = ReporterFamily.photoCredit(line, from: start, to: end) { end = p }
        guard let (office, names) = BylineParts.roleNames(line, from: start, to: end) else { return nil }
        return BylineMatch(authors: names, office: office, span: 0..<line.count)
    }

    static let photoWords: [[Unicode.Scalar]] = ["摄影", "图片", "摄", "图"].map { Array($0.unicodeScalars) }

    /// Where a photographer's credit (` 摄影 NAME`, ` 图 NAME`) starts after the names, if any.
    static func photoCredit(_ line: LineScalars, from start: Int, to end: Int) -> Int? {
        var i = start + 1
        while i < end {
            if ScalarClass.isSpace(line.folded[i - 1]) {
                for w in photoWords where line.has(w, at: i) && i + w.count < end
                    && (ScalarClass.isSpace(line.folded[i + w.count]) || line.folded[i + w.count] == "/" || line.folded[i + w.count] == ":") {
                    var e = i
                    while e > start && ScalarClass.isSpace(line.folded[e - 1]) { e -= 1 }
                    return e
                }
            }
            i += 1
        }
        return nil
    }
}

/// `□ 本报评论员`, `人民日报评论员`: a commentary signed by the outlet's commentator, with no
/// personal name. The pen name is the author (the section is bylined); with names after it
/// (`本报评论员 王芳`) the reporter family reads the line instead.
public struct CommentatorFamily: BylineFamily {
    public let name = "commentator"
    /// Up to 16 scalars ending with 评论员.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...16, lastScalars: "员")
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 16, line.folded.last == "员" else { return nil }
        let start = BylineParts.afterMark(line) ?? 0
        guard let (end, role) = BylineParts.role(in: line, at: start), end == line.count,
              role.unicodeScalars.suffix(3).elementsEqual("评论员".unicodeScalars) else { return nil }
        return BylineMatch(authors: [role], span: 0..<line.count)
    }
}

/// `■ 白云萍（江苏）`, `■ 张宇 朱自强（河南）`: a mark, names, a bracketed province; without a mark,
/// a bracket naming a place by its suffix (`王芳（四川省巴中市）`). A bracketed office
/// (`■ 刘建国（湖南省人大代表）`) is left to the office families.
public struct MarkProvinceFamily: BylineFamily {
    public let name = "mark-province"
    /// Up to 40 scalars ending with a bracket.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...40, lastScalars: ")")
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 40, let (place, open) = BylineParts.trailingBracket(line) else { return nil }
        let start = BylineParts.afterMark(line) ?? 0
        if start == 0, !(place.unicodeScalars.last.map { "省市县区旗州盟".unicodeScalars.contains($0) } ?? false) { return nil }
        let inner = line.raw[(open + 1)..<(line.count - 1)]
        guard !BylineParts.isOffice(inner), !BylineParts.isCongressUnit(inner),
              open > start, let names = PersonName.splitNames(line.raw[start..<open]) else { return nil }
        return BylineMatch(authors: names, provinceHint: place, span: 0..<line.count)
    }
}

/// `刘建国（湖南新化）`, `王芳（湖南）`: likely names with no mark and a bracket made of place names
/// only, a province first. A byline only under a headline (`LineClassifier.contextual`): in text
/// the shape is a place with its province (`张家界（湖南）`) or a person introduced (`李白（四川江油人）`).
public struct NameProvinceFamily: BylineFamily {
    public static let familyName = "name-province"
    public let name = NameProvinceFamily.familyName
    /// Up to 40 scalars ending with a bracket.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...40, lastScalars: ")")
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 40, let first = line.folded.first, ScalarClass.isHan(first),
              let (place, open) = BylineParts.trailingBracket(line),
              Gazetteer.shared.isPlaceNamesOnly(Array(line.raw[(open + 1)..<(line.count - 1)]), provinceFirst: true),
              let names = PersonName.splitNames(line.raw[0..<open]),
              names.allSatisfy({ PersonName.isLikelyAlone($0) && !NameProvinceFamily.isPlace($0) }) else { return nil }
        return BylineMatch(authors: names, provinceHint: place, span: 0..<line.count)
    }

    /// True when `name` is a county or larger place, its suffix printed or not (`张家界`, `黄山`).
    static func isPlace(_ name: String) -> Bool {
        let a = Array(name.unicodeScalars)
        return Gazetteer.shared.mentions(in: a).contains { $0.range == 0..<a.count && $0.kind != .township }
    }
}

/// `□ 吴永红（彭阳县人大常委会副主任）`: a mark, names, and the office in brackets.
public struct MarkNameOfficeFamily: BylineFamily {
    public let name = "mark-name-office"
    /// Up to 64 scalars, a mark first and a bracket last.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...64, needsMark: true, lastScalars: ")")
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 64, let start = BylineParts.afterMark(line),
              let (names, office) = BylineParts.namesWithBracketedOffice(line, start..<line.count) else { return nil }
        return BylineMatch(authors: names, office: office, span: 0..<line.count)
    }
}

/// `刘建国（新化县人大常委会主任）`, `王芳 李强（宁城县人大常委会办公室）`: names, each starting as
/// names do, and the office or congress unit in brackets, with no mark before them. A byline only
/// under a headline (`LineClassifier.contextual`): in text the shape attributes a quotation to its
/// speaker (`“…”` / `刘建国（新化县人大代表）`).
public struct NameOfficeFamily: BylineFamily {
    public static let familyName = "name-office"
    public let name = NameOfficeFamily.familyName
    /// Up to 64 scalars ending with a bracket.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...64, lastScalars: ")")
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 64, let first = line.folded.first, ScalarClass.isHan(first),
              let (names, office) = BylineParts.namesWithBracketedOffice(line, 0..<line.count),
              names.count <= 4, names.allSatisfy(PersonName.hasNameStart) else { return nil }
        return BylineMatch(authors: names, office: office, span: 0..<line.count)
    }
}

/// `□包玉莲`, `■ 张三 李四`: a mark and names alone on a line, each starting as names do (a
/// column label such as `■ 基层动态` is no name).
public struct MarkNameFamily: BylineFamily {
    public let name = "mark-name"
    /// Up to 32 scalars, a mark first.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...32, needsMark: true)
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 32, let start = BylineParts.afterMark(line), start < line.count,
              let names = PersonName.splitNames(line.raw[start...]), names.allSatisfy(PersonName.hasNameStart) else { return nil }
        return BylineMatch(authors: names, span: 0..<line.count)
    }
}

/// `本报讯（赵峰）…`, `本报讯（记者 NAME 通讯员 NAME）…`, `新华社北京10月16日电（记者 NAME NAME）…`:
/// a dateline at the start of the first paragraph; the rest of the line is body.
public struct NewsFlashFamily: BylineFamily {
    public let name = "news-flash"
    /// 本 (opening an unbracketed dateline), or a bracket and 讯, 电 or 消息 (ending a bracketed one).
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(cueSets: [ScalarCues("本"), ScalarCues("(讯"), ScalarCues("(电"), ScalarCues("(息")])
    static let leads: [[Unicode.Scalar]] = ["本报讯", "本刊讯", "本台讯", "讯"].map { Array($0.unicodeScalars) }
    public init() {}
    static let reported: [[Unicode.Scalar]] = ["报道", "报导"].map { Array($0.unicodeScalars) }

    /// `本报讯 通讯员王芳报道：…`, `本报讯 记者王芳 通讯员李强 报道 …`: the credit without brackets,
    /// closed by 报道 and a colon or a space.
    func unbracketed(_ line: LineScalars) -> BylineMatch? {
        let f = line.folded
        let s0 = BylineParts.afterMark(line) ?? 0
        let leadEnd: Int
        if let lead = NewsFlashFamily.leads.prefix(3).first(where: { line.has($0, at: s0) }) {
            leadEnd = s0 + lead.count
        } else if let e = NewsFlashFamily.placeDatelineEnd(line, from: s0) {
            leadEnd = e
        } else {
            return nil
        }
        let start = BylineParts.skipSpace(line, leadEnd)
        guard start > leadEnd || (start < f.count && BylineParts.role(in: line, at: start) != nil) else { return nil }
        if let m = NewsFlashFamily.spacedCredit(line, from: start) { return m }
        var k = start
        while k < min(f.count, start + 40) {
            if let w = NewsFlashFamily.reported.first(where: { line.has($0, at: k) }) {
                let after = k + w.count
                guard after < f.count, f[after] == ":" || ScalarClass.isSpace(f[after]) else { return nil }
                var e = k
                while e > start && ScalarClass.isSpace(f[e - 1]) { e -= 1 }
                guard e > start, let (office, names) = BylineParts.roleNames(line, from: start, to: e) else { return nil }
                return BylineMatch(authors: names, office: office, span: 0..<(after + (f[after] == ":" ? 1 : 0)))
            }
            if ScalarClass.isSentenceFinal(f[k]) || f[k] == "," || f[k] == ":" { return nil }
            k += 1
        }
        return nil
    }

    static let ownPaper: [[Unicode.Scalar]] = ["本报", "本刊", "本台"].map { Array($0.unicodeScalars) }

    /// The end of a paper's dateline naming a place (`本报瑞金讯`, `本报银川6月5日电`): 本报, up to
    /// fourteen Han characters or date digits, then 讯 or 电.
    static func placeDatelineEnd(_ line: LineScalars, from s0: Int) -> Int? {
        guard ownPaper.contains(where: { line.has($0, at: s0) }) else { return nil }
        let f = line.folded
        var k = s0 + 2
        while k < f.count && k - s0 <= 16 {
            if f[k] == "讯" || f[k] == "电" { return k - s0 > 2 ? k + 1 : nil }
            guard ScalarClass.isHan(f[k]) || ScalarClass.isDigit(f[k]) else { return nil }
            k += 1
        }
        return nil
    }

    /// `记者郝瑞 通讯员李强 近日，…`: role-led names each closed by a space, then the text; or the
    /// credit alone on its line (`本报讯 记者刘建国 通讯员王丽萍`).
    static func spacedCredit(_ line: LineScalars, from start: Int) -> BylineMatch? {
        let f = line.folded
        var i = start
        var office: String?
        var names = [String]()
        while i < f.count, let (roleEnd, role) = BylineParts.role(in: line, at: i) {
            let nameStart = BylineParts.skipSpace(line, roleEnd)
            var j = nameStart
            while j < f.count && !ScalarClass.isSpace(f[j]) { j += 1 }
            guard j > nameStart, let ns = PersonName.splitNames(line.raw[nameStart..<j]), ns.count == 1 else { return nil }
            if office == nil { office = role }
            names += ns
            i = BylineParts.skipSpace(line, j)
        }
        guard !names.isEmpty, i > start else { return nil }
        return BylineMatch(authors: names, office: office, span: 0..<i)
    }

    /// Cues of a bracketed dateline: 讯, 电 or 消息 before its bracket (`ScalarCues.bracket`).
    static let datelineEnds = ScalarCues("讯电息")

    public func recognize(_ line: LineScalars) -> BylineMatch? {
        let f = line.folded
        // Cheap first: an unbracketed credit follows 本 (本报讯, 本报银川6月5日电) after any mark; a
        // bracketed one needs a bracket and 讯, 电 or 消息 before it.
        let s0 = BylineParts.afterMark(line) ?? 0
        guard (s0 < f.count && f[s0] == "本") || (line.cues.holdsAll(ScalarCues.bracket) && line.cues.holdsAny(NewsFlashFamily.datelineEnds)) else {
            return nil
        }
        guard let open = f.firstIndex(of: "("), open >= 1, open <= 24 else { return unbracketed(line) }
        // What precedes the bracket must be a dateline: `本报讯` or `…电` (wire services).
        var lead = open
        while lead > 0 && ScalarClass.isSpace(f[lead - 1]) { lead -= 1 }
        let head = Array(f[0..<lead])
        let isDateline = NewsFlashFamily.leads.contains { w in head.count >= w.count && Array(head.suffix(w.count)) == w }
            || (head.last == "电" && head.count <= 20)
            || (head.count >= 4 && head.count <= 22 && head[head.count - 2] == "消" && head[head.count - 1] == "息")
        guard isDateline, head.allSatisfy({ !ScalarClass.isSentenceFinal($0) && $0 != "," }) else { return nil }
        guard let close = f[(open + 1)...].firstIndex(of: ")"), close - open <= 40,
              var (office, authors) = NewsFlashFamily.credit(line, (open + 1)..<close) else { return nil }
        // A second bracket right after the first: `（记者 张三）（通讯员 李四）`.
        var end = close + 1
        let next = BylineParts.skipSpace(line, end)
        if next < f.count, f[next] == "(", let close2 = f[(next + 1)...].firstIndex(of: ")"), close2 - next <= 40,
           let (o2, more) = NewsFlashFamily.credit(line, (next + 1)..<close2) {
            authors += more
            if office == nil { office = o2 }
            end = close2 + 1
        }
        if authors.isEmpty { return nil }
        return BylineMatch(authors: authors, office: office, span: 0..<end)
    }

    /// The office and names inside a dateline bracket: `记者 NAME 通讯员 NAME`, `NAME NAME`, or an
    /// office then names (`县人大办 李四`).
    static func credit(_ line: LineScalars, _ inner: Range<Int>) -> (office: String?, names: [String])? {
        let r = inner.lowerBound..<BylineParts.trimmingCredit(line, from: inner.lowerBound, to: inner.upperBound)
        guard !r.isEmpty else { return nil }
        if let (o, ns) = BylineParts.roleNames(line, from: r.lowerBound, to: r.upperBound) { return (o, ns) }
        if let ns = PersonName.splitNames(line.raw[r]) { return (nil, ns) }
        // An office, a space, names: the office must name an organisation.
        guard let k = (r.lowerBound..<r.upperBound).last(where: { ScalarClass.isSpace(line.folded[$0]) }) else { return nil }
        var oe = k
        while oe > r.lowerBound && ScalarClass.isSpace(line.folded[oe - 1]) { oe -= 1 }
        let office = Array(line.folded[r.lowerBound..<oe])
        guard office.count >= 2, BylineParts.organisationWords.contains(where: { PersonName.contains(office, $0) }) || PersonName.contains(office, Array("人大".unicodeScalars)),
              let ns = PersonName.splitNames(line.raw[(k + 1)..<r.upperBound]) else { return nil }
        return (line.text(r.lowerBound..<oe), ns)
    }
}

/// `张妍  摄`, `（记者 NAME 摄）`, `NAME/摄`: a photo credit closing a picture story or caption.
public struct PhotoCreditFamily: BylineFamily {
    public let name = "photo-credit"
    /// Three scalars at least, ending with 摄 or a bracket.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 3...Int.max, lastScalars: ")摄")
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        var f = line.folded
        var end = f.count
        var bracketed = false
        if f.last == ")" { bracketed = true; end -= 1 }
        guard end >= 3, f[end - 1] == "摄" else { return nil }
        var k = end - 1
        while k > 0 && (ScalarClass.isSpace(f[k - 1]) || f[k - 1] == "/" || f[k - 1] == ":") { k -= 1 }
        let namesEnd = k
        // Names run left to an opening bracket, a wide gap, or the line start.
        var j = namesEnd
        var gap = 0
        while j > 0 {
            let c = f[j - 1]
            if bracketed && c == "(" { break }
            if ScalarClass.isSpace(c) {
                gap += 1
                if gap >= 2 && j - 1 > 0 && ScalarClass.isSpace(f[j - 2]) && !bracketed { break }
            } else {
                if !ScalarClass.isHan(c) && c != "·" { break }
                gap = 0
            }
            j -= 1
        }
        while j < namesEnd && ScalarClass.isSpace(f[j]) { j += 1 }
        var spanStart = j
        if bracketed {
            guard j > 0, f[j - 1] == "(" else { return nil }
            spanStart = j - 1
        } else if j > 0 {
            // Not bracketed: the credit must stand apart from the text before it.
            guard ScalarClass.isSpace(f[j - 1]) else { return nil }
        }
        var nameStart = j
        var office: String?
        if let (roleEnd, role) = BylineParts.role(in: line, at: j) { office = role; nameStart = roleEnd }
        guard nameStart < namesEnd, let names = PersonName.splitNames(line.raw[nameStart..<namesEnd]), names.count <= 3 else { return nil }
        f = []
        return BylineMatch(authors: names, office: office, placement: .closing, role: "photographer",
                           span: spanStart..<line.count)
    }
}

/// A credit that closes a short news item, alone on its line after the text: `（崇州市人大常委会 谢婷婷）`,
/// `（大邑县人大 罗小兵）`, `（县人大办 王芳 李强）`, `（通讯员 李强）`, `（记者 王芳 通讯员 李强）`. A unit
/// (one word naming an organisation: `…人大`, `…常委会`, `…办公室`, an office with a position) and
/// names, or reporter roles and names; a bracket holding only a name is not taken (`（待续）`).
public struct ClosingCreditFamily: BylineFamily {
    public let name = "closing-credit"
    /// Four scalars at least, ending with a bracket.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 4...Int.max, lastScalars: ")")
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        let f = line.folded
        guard f.count >= 4, f.last == ")" else { return nil }
        if f.first == "(" { return f.count <= 40 ? ClosingCreditFamily.bracketCredit(line) : nil }
        // `…交由41个承办单位办理。（光泽县人大办 傅春燕）`: the credit printed after the last sentence.
        guard f.count >= 8, let open = f.lastIndex(of: "("), f.count - open <= 32, open >= 1 else { return nil }
        var k = open - 1
        while k > 0 && ScalarClass.isSpace(f[k]) { k -= 1 }
        while k > 0 && ScalarClass.isClosing(f[k]) { k -= 1 }
        guard ScalarClass.isSentenceFinal(f[k]), var m = ClosingCreditFamily.bracketCredit(line.slice(open..<f.count)) else { return nil }
        m.span = open..<line.count
        return m
    }

    /// Words in brackets that are no one's name, though their first character is a surname.
    static let bracketWords: Set<String> = ["全文", "节选", "摘编", "待续", "未完", "续完", "未完待续", "图片", "原文", "摘要", "附件", "有删节"]

    /// The credit of a line that is one bracket, `（…）`.
    static func bracketCredit(_ line: LineScalars) -> BylineMatch? {
        let f = line.folded
        guard f.count >= 4, f.first == "(", f.last == ")", !PageFurnitureFamily.isEndMark(f) else { return nil }
        let start = BylineParts.skipSpace(line, 1)
        var end = f.count - 1
        while end > start && ScalarClass.isSpace(f[end - 1]) { end -= 1 }
        guard end > start else { return nil }
        if let (office, names) = BylineParts.roleNames(line, from: start, to: BylineParts.trimmingCredit(line, from: start, to: end)) {
            return BylineMatch(authors: names, office: office, placement: .closing, span: 0..<line.count)
        }
        var unitEnd = start
        while unitEnd < end && !ScalarClass.isSpace(f[unitEnd]) { unitEnd += 1 }
        let namesStart = BylineParts.skipSpace(line, unitEnd)
        let hasUnit = namesStart < end && ClosingCreditFamily.isUnit(line.raw[start..<unitEnd])
        // `（县人大常委会研究室 林志远 文/图）`: a credit word after the names is not one of them.
        let namesEnd = hasUnit ? BylineParts.trimmingCredit(line, from: namesStart, to: end) : end
        if hasUnit, namesEnd > namesStart, let names = PersonName.splitNames(line.raw[namesStart..<namesEnd]), !names.isEmpty, names.count <= 4 {
            return BylineMatch(authors: names, office: line.text(start..<unitEnd), placement: .closing, span: 0..<line.count)
        }
        // `（县人大办）`, `（信丰县人大常委会办公室）`: the unit alone credits the item.
        if unitEnd == end, ClosingCreditFamily.isUnit(line.raw[start..<end]) {
            return BylineMatch(authors: [], office: line.text(start..<end), placement: .closing, span: 0..<line.count)
        }
        // What an opening byline says, in brackets under the text: `（记者 王芳 摄影报道）`,
        // `（文/图 王芳）`, `（王芳 整理）`, `（准旗人大 郝丽娜 摄影报道）`, `（达旗人大 王芳 实习生 李强）`,
        // or names alone (`（马晓东 杨帆）`).
        let from = hasUnit ? namesStart : start
        guard !bracketWords.contains(line.text(from..<end)), let inner = ClosingCreditFamily.credit(line.slice(from..<end)) else { return nil }
        return BylineMatch(authors: inner.authors, office: hasUnit ? line.text(start..<unitEnd) : inner.office,
                           placement: .closing, role: inner.role, span: 0..<line.count)
    }

    /// The credit inside a closing bracket: a reporter's, a text/photo or names-then-role credit,
    /// names with roles between them, or names alone (at most four, each a plausible name).
    static func credit(_ whole: LineScalars) -> BylineMatch? {
        guard !whole.isEmpty else { return nil }
        // A credit word after the names says what they did (`王芳 摄影报道`, `张伟 文/图`).
        let e = BylineParts.trimmingCredit(whole, from: 0, to: whole.count)
        let inner = e < whole.count ? whole.slice(0..<e) : whole
        guard !inner.isEmpty else { return nil }
        if let m = ReporterFamily().recognize(inner) ?? TextPhotoFamily().recognize(inner) ?? NamesThenRoleFamily().recognize(inner) {
            return m
        }
        // Names, then roles with more names: `王芳 实习生 李强`.
        var names = [String]()
        var office: String?
        // A credit word after the names (报道, 整理) vouches for them as a role does.
        var sawRole = e < whole.count
        var i = 0
        while i < inner.count {
            i = BylineParts.skipSpace(inner, i)
            guard i < inner.count else { break }
            if let (end, role) = BylineParts.role(in: inner, at: i) {
                if office == nil && names.isEmpty { office = role }
                sawRole = true
                i = end
                continue
            }
            var j = i
            while j < inner.count && !ScalarClass.isSpace(inner.folded[j]) && BylineParts.role(in: inner, at: j) == nil { j += 1 }
            guard let ns = PersonName.splitNames(inner.raw[i..<j]), ns.allSatisfy(PersonName.isPlausible) else { return nil }
            names += ns
            i = j
        }
        guard !names.isEmpty, names.count <= 4 else { return nil }
        // Names with nothing beside them must look like names on their own (not `未完待续`, `大邑县`),
        // or, several of them, one must and the others be names of any origin (`扎西 李娜`).
        if !sawRole && !names.allSatisfy(PersonName.isLikelyAlone)
            && !(names.count >= 2 && names.contains(where: PersonName.isLikelyAlone) && names.allSatisfy({ PersonName.isLikelyAlone($0) || PersonName.isLikelyBesideOthers($0) })) {
            return nil
        }
        return BylineMatch(authors: names, office: office, span: 0..<inner.count)
    }

    /// An organisation a credit may name without a position: a congress unit, an office, or a body
    /// ending in 人大 (`大邑县人大`) or 人大办 (`县人大办`).
    static func isUnit(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let a = Array(scalars.map(ScalarClass.fold))
        guard a.count >= 3, a.count <= 24, a.allSatisfy(ScalarClass.isHan) else { return false }
        if BylineParts.isCongressUnit(scalars) || BylineParts.isOffice(scalars) { return true }
        return ClosingCreditFamily.congressEnds.contains { w in a.count > w.count && Array(a[(a.count - w.count)...]) == w }
    }

    /// Congress bodies named without a unit (`…常委会办公室` is already a congress unit).
    static let congressEnds = ["人大", "人大办"].map { Array($0.unicodeScalars) }
}

/// `（作者系巴彦淖尔市人大常委会主任）`, `（作者单位：…）`: a footer giving the writer's office.
public struct AuthorFooterFamily: BylineFamily {
    public let name = "author-footer"
    /// Four to 80 scalars, ending with a bracket or with 供稿.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 4...80, lastScalars: ")稿")
    static let leads: [[Unicode.Scalar]] = ["本文作者系", "作者分别系", "作者分别为", "作者均系", "作者系", "作者为", "作者是",
                                            "作者单位:", "作者单位", "作者:"].map { Array($0.unicodeScalars) }
    public init() {}
    static let supplied = Array("供稿".unicodeScalars)
    static let writerLeads: [[Unicode.Scalar]] = ["本文作者", "作者"].map { Array($0.unicodeScalars) }

    /// `（NAME系…）` or `（本文作者NAME系…）`: the names (2–4 characters, a likely name alone unless
    /// 作者 precedes it) and where the office after 系 starts.
    static func namedWriter(_ line: LineScalars) -> (names: [String], officeStart: Int)? {
        let f = line.folded
        var i = 1
        var led = false
        if let w = writerLeads.first(where: { line.has($0, at: 1) }) { i += w.count; led = true }
        // 系 two to four characters later, with Han characters (or a middle dot) before it.
        var j = i
        while j < min(f.count, i + 5) && f[j] != "系" { j += 1 }
        guard j < f.count, f[j] == "系", j - i >= 2, j - i <= 4 else { return nil }
        let name = line.text(i..<j)
        guard led ? PersonName.isPlausible(name) : PersonName.isLikelyAlone(name) else { return nil }
        // `（作者系…）` itself is the plain footer: no name.
        return ([name], j + 1)
    }
    static let authorColon = Array("作者:".unicodeScalars)
    /// How a bracket naming a compiled piece's sources opens.
    static let ownCompilations: [[Unicode.Scalar]] = ["本报综合", "本刊综合", "综合"].map { Array($0.unicodeScalars) }
    /// How the outlets a compiled piece cites end (新华社, 人民网, 法治日报, 央视新闻客户端).
    static let outletEnds: [[Unicode.Scalar]] = ["社", "网", "报", "台", "客户端"].map { Array($0.unicodeScalars) }

    /// The inside of a source bracket (folded): `本报综合` alone, or `综合`/`据` before outlets separated
    /// by 、 (`综合新华社、人民网`, `据新华社`) — not an aside (`据悉，…`, `综合来看，…`).
    static func isSourceCredit(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
        let a = Array(inner)
        if ownCompilations.contains(a) { return true }
        let lead: Int
        if a.starts(with: ownCompilations[2]) { lead = 2 } else if a.first == "据" { lead = 1 } else { return false }
        let outlets = a[lead...].split(separator: "、", omittingEmptySubsequences: false)
        guard !outlets.isEmpty else { return false }
        return outlets.allSatisfy { o in
            o.count >= 2 && o.count <= 10 && o.allSatisfy(ScalarClass.isHan)
                && outletEnds.contains { w in o.count > w.count && o.suffix(w.count).elementsEqual(w) }
        }
    }

    /// True for an office's supply credit (`（惠安县人大 供稿）`, `县人大常委会办公室供稿`).
    public static func isSupplyCredit(_ text: String) -> Bool { suppliedUnit(LineScalars(text)) != nil }

    /// The unit of a supply credit, bracketed or not (`（惠安县人大 供稿）`, `县人大常委会办公室供稿`):
    /// an organisation, white space allowed before 供稿.
    static func suppliedUnit(_ line: LineScalars) -> Range<Int>? {
        let f = line.folded
        let bracketed = f.first == "("
        guard f.count <= (bracketed ? 80 : 30), !bracketed || f.last == ")" else { return nil }
        let start = bracketed ? 1 : 0, end = bracketed ? f.count - 1 : f.count
        guard end - start > supplied.count, line.has(supplied, at: end - supplied.count) else { return nil }
        var e = end - supplied.count
        while e > start && ScalarClass.isSpace(f[e - 1]) { e -= 1 }
        return ClosingCreditFamily.isUnit(line.raw[start..<e]) ? start..<e : nil
    }

    public func recognize(_ line: LineScalars) -> BylineMatch? {
        let f = line.folded
        // Cheap first: every footer closes with a bracket or with 供稿.
        guard let last = f.last, last == ")" || last == "稿" else { return nil }
        // `县人大常委会办公室供稿`, `（邛崃市人大常委会办公室供稿）`, `（惠安县人大 供稿）`: the office that
        // supplied the piece.
        if f.count >= 5, let unit = AuthorFooterFamily.suppliedUnit(line) {
            return BylineMatch(kind: .footer, authors: [], office: line.text(unit), placement: .closing, span: 0..<line.count)
        }
        // `（本报综合）`, `（综合新华社、人民网）`, `（据新华社）`: the piece's sources, no writer.
        if f.count >= 4, f.count <= 40, f.first == "(", f.last == ")", AuthorFooterFamily.isSourceCredit(f[1..<(f.count - 1)]) {
            return BylineMatch(kind: .footer, authors: [], office: line.text(1..<(f.count - 1)), placement: .closing, span: 0..<line.count)
        }
        guard f.count >= 6, f.count <= 80, f.first == "(", f.last == ")" else { return nil }
        // `（谭金凤系湖北省人大代表，利川市谋道镇卫生院医生）`, `（本文作者谭金凤系…）`: the writer
        // named, then 系 and the office.
        if let (names, officeStart) = AuthorFooterFamily.namedWriter(line), officeStart < f.count - 1 {
            return BylineMatch(kind: .footer, authors: names, office: line.text(officeStart..<(f.count - 1)),
                               placement: .closing, span: 0..<line.count)
        }
        for w in AuthorFooterFamily.leads where line.has(w, at: 1) {
            var s = 1 + w.count
            s = BylineParts.skipSpace(line, s)
            guard s < f.count - 1 else { return nil }
            // `（作者：周建军）`: names after the colon are the authors, not an office.
            if w == AuthorFooterFamily.authorColon, let ns = PersonName.splitNames(line.raw[s..<(f.count - 1)]),
               ns.count <= 4, ns.allSatisfy(PersonName.isPlausible) {
                return BylineMatch(authors: ns, placement: .closing, span: 0..<line.count)
            }
            return BylineMatch(kind: .footer, authors: [], office: line.text(s..<(f.count - 1)),
                               placement: .closing, span: 0..<line.count)
        }
        return nil
    }
}

/// Web-export header lines: `来源：… 作者：NAME 编辑：NAME 时间：…`, one or several per line, and
/// the site's own fields (`发布时间：… 信息来源：… 浏览次数：1234 【字体：大 中 小】`,
/// `一审：… 二审：…`). `作者：`, `撰稿：` and `文字：` name the authors.
public struct WebExportFamily: BylineFamily {
    public let name = "web-export"
    /// Up to 120 scalars opening with a field or a bracket, with a colon after a field.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...120, openingScalarSet: openingsOrStamp, lastScalarSet: nil, cueSets: [ScalarCues.colon, ScalarCues.bar])
    /// The openings and the digits of a timestamp printed before the fields.
    static let openingsOrStamp = ScalarSet(fields.map { $0[0] } + "【[】]0123456789".unicodeScalars)
    static let fields: [[Unicode.Scalar]] = [
        "责任编辑", "发布时间", "发布日期", "更新时间", "信息来源", "文章来源", "浏览次数", "阅读次数", "点击数",
        "访问量", "来源", "作者", "撰稿", "编辑", "时间", "日期", "发布", "审核", "校对", "字体", "字号",
        "一审", "二审", "三审", "初审", "复审", "终审", "编审", "供稿", "责编", "美编", "监制", "排版", "统筹",
        "文字", "图片", "摄影", "摄像", "视频",
    ].map { Array($0.unicodeScalars) }
    static let author = Array("作者".unicodeScalars)
    static let writer = Array("撰稿".unicodeScalars)
    /// `文字：NAME` in a WeChat export's closing credits: the writer.
    static let textBy = Array("文字".unicodeScalars)
    /// Scalars a header line can open with: the fields' first scalars and the brackets.
    static let openings = ScalarSet(fields.map { $0[0] } + "【[】]".unicodeScalars)
    static func opening(_ s: Unicode.Scalar) -> Bool { openings.contains(s) }
    /// Brackets around a field on web pages (`【字体：大 中 小】`), and bars between fields
    /// (`来源：…｜作者：…｜时间：…`).
    static func isFieldBracket(_ s: Unicode.Scalar) -> Bool { s == "【" || s == "】" || s == "[" || s == "]" || BylineParts.isBar(s) }
    public init() {}
    /// The end of a date and time opening the line (four digits, then 年, -, / or .; digits, 年月日,
    /// -/.: and spaces after), past the bars and spaces after it; nil when the line opens otherwise.
    static func stampEnd(_ line: LineScalars, from start: Int) -> Int? {
        let f = line.folded
        var k = start
        while k < f.count && ScalarClass.isDigit(f[k]) { k += 1 }
        guard k - start == 4, k < f.count, "年-/.".unicodeScalars.contains(f[k]) else { return nil }
        while k < f.count && (ScalarClass.isDigit(f[k]) || "年月日-/.:".unicodeScalars.contains(f[k]) || ScalarClass.isSpace(f[k])) { k += 1 }
        while k < f.count && (ScalarClass.isSpace(f[k]) || BylineParts.isBar(f[k])) { k += 1 }
        return k
    }

    /// Where a field's value starts: after the colon right after its name (`作者：`), or after a bar
    /// with white space around it allowed (`来源 | `, `编辑丨`). Nil when neither follows.
    static func valueStart(_ line: LineScalars, afterName j: Int) -> Int? {
        guard j < line.count else { return nil }
        if line.folded[j] == ":" { return j + 1 }
        let k = BylineParts.skipSpace(line, j)
        guard k < line.count, BylineParts.isBar(line.folded[k]) else { return nil }
        return k + 1
    }

    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 120, line.cues.holdsAll(ScalarCues.colon) || line.cues.holdsAny(ScalarCues.bar) else { return nil }
        var i = BylineParts.skipSpace(line, 0)
        // A timestamp before the fields (`2024年06月12日09:01 | 来源：…`, `2024-06-12 09:30:12 来源：…`).
        if i < line.count, ScalarClass.isDigit(line.folded[i]) {
            guard let e = WebExportFamily.stampEnd(line, from: i) else { return nil }
            i = e
        }
        // Most lines open with no field name nor bracket: one table test before trying the fields.
        guard i < line.count, WebExportFamily.opening(line.folded[i]) else { return nil }
        var fields = 0
        var authors = [String]()
        var office: String?
        while i < line.count {
            if WebExportFamily.isFieldBracket(line.folded[i]) { i = BylineParts.skipSpace(line, i + 1); continue }
            guard let w = WebExportFamily.fields.first(where: { line.has($0, at: i) }) else { return nil }
            guard let j = WebExportFamily.valueStart(line, afterName: i + w.count) else { return nil }
            let valueStart = BylineParts.skipSpace(line, j)
            // The value runs to the next field name that is followed by a colon.
            var k = valueStart
            while k < line.count {
                if ScalarClass.isSpace(line.folded[k]) || WebExportFamily.isFieldBracket(line.folded[k]) {
                    var n = BylineParts.skipSpace(line, k)
                    if n < line.count, WebExportFamily.isFieldBracket(line.folded[n]) { n = BylineParts.skipSpace(line, n + 1) }
                    if let w2 = WebExportFamily.fields.first(where: { line.has($0, at: n) }),
                       WebExportFamily.valueStart(line, afterName: n + w2.count) != nil { break }
                }
                k += 1
            }
            var valueEnd = k
            while valueEnd > valueStart && (ScalarClass.isSpace(line.folded[valueEnd - 1]) || WebExportFamily.isFieldBracket(line.folded[valueEnd - 1])) { valueEnd -= 1 }
            if w == WebExportFamily.author || w == WebExportFamily.writer || w == WebExportFamily.textBy {
                // `作者：本报记者 李志强`, `作者：吉林日报记者 张宁`: a role before the names.
                if let (ns, o) = BylineParts.namesWithBracketedOffice(line, valueStart..<valueEnd) {
                    // `作者：刘建国（新化县人大常委会）`
                    authors += ns
                    if office == nil { office = o }
                } else if let (o, ns) = BylineParts.roleNames(line, from: valueStart, to: valueEnd) {
                    authors += ns
                    if office == nil { office = o }
                } else if let ns = PersonName.splitNames(line.raw[valueStart..<valueEnd]) {
                    authors += ns
                } else if let unitEnd = BylineParts.unitToken(line, at: valueStart), unitEnd < valueEnd,
                          let ns = PersonName.splitNames(line.raw[BylineParts.skipSpace(line, unitEnd)..<valueEnd]) {
                    // `作者：阜平县人大常委会研究室 赵立新`
                    authors += ns
                    if office == nil { office = line.text(valueStart..<unitEnd) }
                } else { return nil }
            }
            fields += 1
            i = BylineParts.skipSpace(line, k)
        }
        guard fields > 0 else { return nil }
        return BylineMatch(kind: authors.isEmpty ? .metadata : .byline, authors: authors, office: office, span: 0..<line.count)
    }
}

/// `文/图 NAME`, `文/NAME 图/NAME`, `文 | NAME`, `撰文 NAME`, `作者 NAME`, `作者｜NAME`, `撰稿：NAME`,
/// `整理：NAME`, `口述：NAME 整理：NAME`, `文·图/NAME`, `文/NAME 摄影/NAME`. The authors are
/// the writers: a photographer (`图/`, `摄影/`, `摄/`) is an author only of a photo-only credit.
public struct TextPhotoFamily: BylineFamily {
    public let name = "text-photo"
    /// Up to 40 scalars opening (after any mark) with a lead.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...40, openingScalarSet: leadStarts, lastScalarSet: nil)
    static let leads: [[Unicode.Scalar]] = ["文/图", "图/文", "文·图", "图·文", "文图", "图文", "撰文", "作者", "撰稿", "口述", "整理", "摄影",
                                            "文", "图", "摄"].map { Array($0.unicodeScalars) }
    static let textLead = Array("文".unicodeScalars), photoLead = Array("图".unicodeScalars), textAndPhoto = Array("文/图".unicodeScalars)
    /// Leads that credit the pictures only.
    static let photoLeads: [[Unicode.Scalar]] = ["图", "摄影", "摄"].map { Array($0.unicodeScalars) }
    /// First scalars of `leads`: the line (after a mark) opens with one.
    static let leadStarts = ScalarSet(leads.map { $0[0] })
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 40 else { return nil }
        var i = BylineParts.afterMark(line) ?? 0
        guard i < line.count, TextPhotoFamily.leadStarts.contains(line.folded[i]) else { return nil }
        var authors = [String]()
        var office: String?
        var photographers = [String]()
        var photoOnly = true
        var parts = 0
        while i < line.count {
            guard var w = TextPhotoFamily.leads.first(where: { line.has($0, at: i) }) else { return nil }
            var j = i + w.count
            var sep = false
            func skipSeparators() {
                while j < line.count && (ScalarClass.isSpace(line.folded[j]) || line.folded[j] == "/" || line.folded[j] == "|" || line.folded[j] == ":") {
                    if !ScalarClass.isSpace(line.folded[j]) || w.count > 1 { sep = true }
                    j += 1
                }
            }
            skipSeparators()
            // `文　图/杨再兴`: 文/图 with a space for the slash.
            if !sep && w.count == 1 && j > i + 1 && j < line.count,
               (w == TextPhotoFamily.textLead && line.folded[j] == "图") || (w == TextPhotoFamily.photoLead && line.folded[j] == "文") {
                w = TextPhotoFamily.textAndPhoto
                j += 1
                skipSeparators()
                guard sep else { return nil }
            }
            // A one-character lead with a space only (`文 刘建国`, `图 王芳`) leads a likely name.
            if !sep && w.count == 1 && j > i + 1 {
                var k = j
                while k < line.count && !ScalarClass.isSpace(line.folded[k]) { k += 1 }
                // (`文 明实践`, `图 书馆藏`: the lead and what follows make a word.)
                if PersonName.isLikelyAlone(line.text(j..<k)), !CommonWords.shared.isWord(line.folded[i], line.folded[j]) { sep = true }
            }
            guard sep || w.count > 1 else { return nil }
            // `文/图 本报见习记者 孙浩`: a role before the names; `文/天台县人大常委会办公室 许晓东`,
            // `文 | 乌镇镇人大主席团 沈建华`: an office.
            if let (roleEnd, r) = BylineParts.role(in: line, at: j) {
                if office == nil { office = r }
                j = BylineParts.skipSpace(line, roleEnd)
            } else if let unitEnd = BylineParts.unitToken(line, at: j) {
                if office == nil { office = line.text(j..<unitEnd) }
                j = BylineParts.skipSpace(line, unitEnd)
            }
            var k = j
            while k < line.count && !(ScalarClass.isSpace(line.folded[k]) && TextPhotoFamily.leads.contains(where: { line.has($0, at: BylineParts.skipSpace(line, k)) })) { k += 1 }
            var e = k
            while e > j && ScalarClass.isSpace(line.folded[e - 1]) { e -= 1 }
            guard e > j, let ns = TextPhotoFamily.names(line, j..<e) else { return nil }
            if TextPhotoFamily.photoLeads.contains(w) { photographers += ns } else { photoOnly = false; authors += ns }
            parts += 1
            i = BylineParts.skipSpace(line, k)
        }
        guard parts > 0 else { return nil }
        return BylineMatch(authors: photoOnly ? photographers : authors, office: office, role: photoOnly ? "photographer" : nil, span: 0..<line.count)
    }

    /// The names in `range`, which may hold further roles between them (`整理：本报记者 张伟 通讯员
    /// 刘洋`): each run of names between roles must split into names.
    static func names(_ line: LineScalars, _ range: Range<Int>) -> [String]? {
        var out = [String]()
        var start = range.lowerBound
        var k = range.lowerBound
        while k < range.upperBound {
            let atToken = k == range.lowerBound || ScalarClass.isSpace(line.folded[k - 1])
            if atToken, let (roleEnd, _) = BylineParts.role(in: line, at: k), roleEnd < range.upperBound,
               ScalarClass.isSpace(line.folded[roleEnd]) {
                if k > start {
                    guard let ns = PersonName.splitNames(line.raw[start..<k]) else { return nil }
                    out += ns
                }
                start = BylineParts.skipSpace(line, roleEnd)
                k = start
                continue
            }
            k += 1
        }
        guard start < range.upperBound, let ns = PersonName.splitNames(line.raw[start..<range.upperBound]) else { return nil }
        return out + ns
    }
}

/// An office alone as the credit under a headline (`县人大常委会代表工作委员会`, `■ 县人大常委会研究室`):
/// a people's congress unit or a media unit with no name. `LineClassifier` takes it as a byline only
/// right under a heading; elsewhere the line is text.
public struct OfficeOnlyFamily: BylineFamily {
    public static let familyName = "office-only"
    /// Six to 34 scalars ending as a unit ends (`unitLastScalars`).
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 6...34, openingScalarSet: nil, lastScalarSet: unitLastScalars)
    static let levels = ScalarSet("省市县区旗州盟乡镇".unicodeScalars)
    /// Last scalars of congress units (`BylineParts.unitEnds`: 办公室, 工作室, 委员会, 联络处, …) and
    /// media units (融媒体中心, 报社, 电视台).
    static let unitLastScalars = ScalarSet((BylineParts.unitEnds + BylineParts.outletUnitEnds).compactMap(\.last))
    public let name = OfficeOnlyFamily.familyName
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 34 else { return nil }
        let start = BylineParts.afterMark(line) ?? 0
        var end = line.count
        while end > start && ScalarClass.isSpace(line.folded[end - 1]) { end -= 1 }
        // Cheap first: every line of text reaches this family. A unit ends as units do.
        guard end - start >= 6, OfficeOnlyFamily.unitLastScalars.contains(line.folded[end - 1]) else { return nil }
        let unit = line.raw[start..<end]
        guard BylineParts.isCongressUnit(unit) || BylineParts.isOutlet(unit) else { return nil }
        // A unit names its level or its place (`县人大常委会…`, `睢宁县人大…`), not `地方人大常委会`
        // (“local congresses”, a headline's first line).
        let a = Array(unit.map(ScalarClass.fold))
        guard OfficeOnlyFamily.levels.contains(a[0])
                || Gazetteer.shared.mentions(in: a).contains(where: { $0.range.lowerBound == 0 && !$0.isBare }) else { return nil }
        return BylineMatch(authors: [], office: line.text(start..<end), span: 0..<line.count)
    }
}

/// Names alone under a headline (`王芳`, `王芳 李强`): each a name that can stand alone (a common
/// surname, never a place). `LineClassifier` takes the line as a byline only right under a headline
/// with text below (and never to complete a wrapped byline); elsewhere it is text or a subhead.
public struct NamesAloneFamily: BylineFamily {
    public static let familyName = "names-alone"
    /// Two to 16 scalars whose first scalar after any mark can open a surname (the gate skips a
    /// mark, as every gate does; the family itself wants the surname first).
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 2...16, openingScalarSet: PersonName.surnameFirsts, lastScalarSet: nil)
    public let name = NamesAloneFamily.familyName
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        // Cheap first: every short line of text reaches this family (its last scalar or a
        // punctuation mark in it rejects it before any allocation).
        guard line.count >= 2, line.count <= 16, PersonName.mayBeNames(line.raw), let first = line.folded.first,
              PersonName.commonSurnames.contains(first)
                || (PersonName.compoundSurnameFirsts.contains(first) && PersonName.compoundSurnames.contains(where: { line.has($0, at: 0) })),
              // One name with no separator nor name dot stands alone at four scalars at most
              // (`isLikelyAlone`): a short heading (`高质量发展`) stops here.
              line.count <= 4 || line.raw.contains(where: { PersonName.isNameDot($0) || PersonName.isNameSeparator(ScalarClass.fold($0)) }),
              let names = PersonName.splitNames(line.raw[...]), names.count <= 3, names.allSatisfy(PersonName.isLikelyAlone) else { return nil }
        // (Common words are not excluded: the word list holds many names, 王芳 among them; the
        // context gate in `LineClassifier` keeps the family to a byline's place.)
        return BylineMatch(authors: names, span: 0..<line.count)
    }
}

/// Names followed by what they did: `王芳 报道`, `王芳 李强/文`, `王芳 文  陈刚 图`, `王芳 撰文`. The
/// writers are the authors; a line that credits photographs only (`王芳 摄`) is left to
/// `PhotoCreditFamily`.
public struct NamesThenRoleFamily: BylineFamily {
    public let name = "names-role"
    /// Three to 30 scalars ending with a role word (`roleEnds`).
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 3...30, openingScalarSet: nil, lastScalarSet: roleEnds)
    static let writerRoles: Set<String> = ["文", "文图", "图文", "报道", "摄影报道", "图文报道", "撰文", "口述", "整理", "撰稿"]
    static let photoRoles: Set<String> = ["图", "摄", "摄影"]
    public init() {}
    /// Last scalars of the role words: a line must end with one.
    static let roleEnds = ScalarSet("文图摄道导影理稿述".unicodeScalars)

    public func recognize(_ line: LineScalars) -> BylineMatch? {
        let f = line.folded
        guard f.count >= 3, f.count <= 30, let last = f.last, NamesThenRoleFamily.roleEnds.contains(last),
              let first = f.first, ScalarClass.isHan(first),
              f.contains(where: { ScalarClass.isSpace($0) || $0 == "/" }) else { return nil }
        var tokens = [String]()
        var gaps = [Int]()  // before each token after the first: the spaces between
        var cur = String.UnicodeScalarView()
        var gap = 0
        for (k, c) in f.enumerated() {
            if ScalarClass.isSpace(c) || c == "/" {  // `王芳 文`, `李强/文`
                if !cur.isEmpty { tokens.append(String(cur)); cur = String.UnicodeScalarView(); gap = 0 }
                gap += c == "/" ? NamesThenRoleFamily.slashGap : 1
            } else if ScalarClass.isHan(c) || c == "·" {
                if cur.isEmpty && !tokens.isEmpty { gaps.append(gap) }
                cur.append(line.raw[k])
            } else {
                return nil
            }
        }
        if !cur.isEmpty { tokens.append(String(cur)) }
        if let spaced = NamesThenRoleFamily.regroupLetterSpaced(tokens, gaps: gaps) { tokens = spaced }
        var writers = [String](), pending = [String]()
        var sawRole = false, sawWriterRole = false
        for t in tokens {
            if NamesThenRoleFamily.writerRoles.contains(t) || NamesThenRoleFamily.photoRoles.contains(t) {
                guard !pending.isEmpty else { return nil }
                if NamesThenRoleFamily.writerRoles.contains(t) { writers += pending; sawWriterRole = true }
                pending = []
                sawRole = true
            } else if PersonName.isPlausible(t), t.unicodeScalars.count <= 3 || t.contains("·") {
                pending.append(t)
            } else {
                return nil
            }
        }
        guard sawRole, sawWriterRole, pending.isEmpty, !writers.isEmpty else { return nil }
        return BylineMatch(authors: writers, span: 0..<line.count)
    }

    /// What a slash between tokens counts as in `regroupLetterSpaced`: wider than any run of spaces,
    /// so it always parts two credits (`王 芳/文`).
    static let slashGap = 1_000

    /// A letter-spaced credit (`王 芳 文  陈 刚 图`, `王  芳    文`): every token one character, the
    /// credits set apart by wider gaps than the letters. Each group of letters is a name, or a
    /// name and its role when it ends with one (`王芳文` → `王芳`, `文`). Nil for any other line.
    static func regroupLetterSpaced(_ tokens: [String], gaps: [Int]) -> [String]? {
        guard tokens.count >= 3, gaps.count == tokens.count - 1, tokens.allSatisfy({ $0.unicodeScalars.count == 1 }),
              let narrow = gaps.min(), gaps.contains(where: { $0 > narrow }) else { return nil }
        var groups = [[String]]()
        var cur = [tokens[0]]
        for (k, g) in gaps.enumerated() {
            if g > narrow { groups.append(cur); cur = [] }
            cur.append(tokens[k + 1])
        }
        groups.append(cur)
        var out = [String]()
        for g in groups {
            if g.count >= 3, let last = g.last, writerRoles.contains(last) || photoRoles.contains(last) {
                out.append(g.dropLast().joined())
                out.append(last)
            } else {
                out.append(g.joined())
            }
        }
        return out
    }
}

/// A WeChat export's header for a signed original: `原创　和丽萍　玉龙县人大　2024年09月20日 18:30　云南`
/// — 原创, the author, the account, the date and time (and the place). The author is the word after
/// 原创 when an account follows it and it reads as a person's name; a header with the account alone
/// (`原创 贺兰人大 贺兰县人大常委会 2024年05月20日 18:30 宁夏`: an account's nickname, then its name) is
/// page furniture (`PageFurnitureFamily`).
public struct OriginalMarkFamily: BylineFamily {
    public let name = "wechat-original"
    /// Up to 80 scalars opening with 原.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...80, openingScalars: "原")
    /// Last characters of a unit's name (`宣传科`, `信息部`, `办公室`).
    static let unitEnds = ScalarSet(Array("科部室处办局组站委会队所".unicodeScalars))
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        let f = line.folded
        guard PageFurnitureFamily.isOriginalMark(f) else { return nil }
        let words = f.split(whereSeparator: ScalarClass.isSpace).map { Array($0) }
        // The words before the date: 原创, then the author and the account.
        guard let date = words.firstIndex(where: { PageFurnitureFamily.isFullDate($0) || PageFurnitureFamily.isTimestamp($0) }),
              date >= 3 else { return nil }
        // A person's name, not a department (`宣传科`), a place's name (`华宁`, `张家港`) or a word
        // (`江城`, `文明`) an account goes by, nor the start of the account's name.
        func person(_ a: [Unicode.Scalar], before account: [Unicode.Scalar]) -> Bool {
            guard PersonName.isLikelyAlone(String(String.UnicodeScalarView(a))), let last = a.last,
                  !OriginalMarkFamily.unitEnds.contains(last), !(a.count == 2 && CommonWords.shared.isWord(a[0], a[1])),
                  !Gazetteer.shared.mentions(in: a).contains(where: { $0.range == 0..<a.count }) else { return false }
            return !account.starts(with: a)
        }
        // Several authors before the account (`原创　巩丽萍　豆志强　正宁人大　…`) when every word
        // between 原创 and the account reads as a name; else the one after 原创.
        let names = Array(words[1..<(date - 1)])
        if names.count >= 2, names.allSatisfy({ person($0, before: words[date - 1]) }) {
            return BylineMatch(authors: names.map { String(String.UnicodeScalarView($0)) }, span: 0..<line.count)
        }
        guard person(words[1], before: words[2]) else { return nil }
        return BylineMatch(authors: [String(String.UnicodeScalarView(words[1]))], span: 0..<line.count)
    }
}

/// Lines that only carry page furniture, kept out of titles and text: a web address
/// (`http://www.npc.gov.cn/…`), a timestamp (`2023-05-16 10:00:12`), a page number between dashes
/// (`— 12 —`, `-12-`) or `第12版`/`第 12 页`, running heads (`巴中日报 2024年5月10日 星期五 第4版`,
/// `今日宁海 2024年5月22日 A3`, `徐州日报·丰县新闻 第4版`), jump lines (`（下转第4版）`), column labels
/// (`【人大代表风采】`), breadcrumbs, site chrome. They are header lines without authors (`metadata`).
public struct PageFurnitureFamily: BylineFamily {
    public let name = "page-furniture"
    /// Up to 120 scalars.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...120)
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        let f = line.folded
        guard let first = f.first, f.count <= 120 else { return nil }
        // What the tests after the opening ones need, from the line's cues (a line of text is not
        // scanned at all): an issue head or a masthead has 期/./月 or 版/星/月 and no sentence or
        // clause punctuation (a masthead not even a point; an issue head a point between digits
        // only), an issue head a number (`第6期`, `总第312期`, `2024.4`), a masthead a date or a page
        // (`第4版`), an account line 发表于, a copyright footer 版权所有 or ICP备.
        let cues = line.cues, c = PageFurnitureFamily.cues
        let plain = !cues.holdsAny(c.punctuation)
        let issue = plain && cues.holdsAny(c.issue) && cues.holdsAny(c.digit)
        let masthead = plain && !cues.holdsAll(c.point) && cues.holdsAny(c.masthead) && (cues.holdsAny(c.digit) || cues.holdsAll(c.edition))
        let account = cues.holdsAll(c.account)
        // A time of day with no sentence or clause punctuation (`新化人大 2024-06-12 18:30 湖南`).
        let clock = !cues.holdsAny(c.sentence) && cues.holdsAll(ScalarCues.colon) && cues.holdsAny(c.digit)
        let copyright = first != "C" && first != "c" && (first == "©" || cues.holdsAll(c.rights) || cues.holdsAll(c.icp))
        // Every line reaches this family when no other matched: one with none of those cues and
        // an opening no test below looks at is text.
        guard issue || masthead || account || clock || copyright || PageFurnitureFamily.testedOpenings.contains(first) else { return nil }
        switch first {
        case "h", "w":
            if line.has(PageFurnitureFamily.http, at: 0) || line.has(PageFurnitureFamily.https, at: 0) || line.has(PageFurnitureFamily.www, at: 0),
               !f.contains(where: ScalarClass.isSpace) { return furniture(line) }
        case "0"..."9":
            if PageFurnitureFamily.isTimestamp(f) || PageFurnitureFamily.isDateAlone(f) { return furniture(line) }
        case "-", "—", "–", "─", "－", "第", "·", "•", "・", "‧", "∙":
            if PageFurnitureFamily.isPageNumber(f) { return furniture(line) }
        case "首", "当", "您", "所":
            if PageFurnitureFamily.isBreadcrumb(f) { return furniture(line) }
        case "C", "c", "©":
            if PageFurnitureFamily.isCopyright(f) { return furniture(line) }
        case "地":
            if PageFurnitureFamily.isSiteContact(f) { return furniture(line) }
        case "主", "承", "协", "技":
            if PageFurnitureFamily.isSiteSponsor(f) { return furniture(line) }
        default: break
        }
        if PageFurnitureFamily.isWebChrome(f) || PageFurnitureFamily.isColumnLabel(f) { return furniture(line) }
        if (first == "(" || first == "—" || first == "-" || first == "E" || first == "e") && PageFurnitureFamily.isEndMark(f) { return furniture(line) }
        if (first == "(" || first == "下" || first == "上" || first == "转" || first == "接" || first == "续") && PageFurnitureFamily.isJumpMarker(f[...]) {
            return furniture(line)
        }
        if first == "原" && PageFurnitureFamily.isOriginalMark(f) { return furniture(line) }
        if (issue && PageFurnitureFamily.isIssueHead(f)) || (masthead && PageFurnitureFamily.isMasthead(f))
            || (account && PageFurnitureFamily.isAccountLine(f)) || (clock && PageFurnitureFamily.isStampedAccountLine(f))
            || (copyright && PageFurnitureFamily.isCopyright(f)) {
            return furniture(line)
        }
        return nil
    }

    /// Every opening scalar a test of `recognize` looks at first: web addresses, timestamps and
    /// dates, page numbers, breadcrumbs, copyright and contact footers (the first switch), web
    /// chrome, column labels (a bracket or a mark), end marks, jump lines, original marks.
    static let testedOpenings = ScalarSet(Array("hw0123456789-—–─－第·•・‧∙首当您所Cc©地主承协技".unicodeScalars) + chromeStartScalars
                                          + "【(—-下上转接续原Ee".unicodeScalars + BylineParts.markScalars)

    /// The cues an issue head, a masthead, an account line and a copyright footer need (one
    /// static: each is read on every line that reaches the family).
    static let cues = (issue: ScalarCues("期.月"), masthead: ScalarCues("版星月"), point: ScalarCues("."),
                       punctuation: ScalarCues("。,:"), sentence: ScalarCues("。,"), account: ScalarCues("发表于"), rights: ScalarCues("版权"), icp: ScalarCues("ICP"),
                       digit: ScalarCues("0"), edition: ScalarCues("版"))

    /// Buttons and boilerplate of web and WeChat pages, alone on a line, bracketed or not:
    /// `【打印本页】 【关闭窗口】`, `点击蓝字 关注我们`, `阅读原文`, `往期推荐`.
    static let chromeTokens: [[Unicode.Scalar]] = [
        "点击上方蓝字关注我们", "点击蓝字关注我们", "长按识别二维码", "长按二维码关注", "打印本页", "关闭窗口", "返回顶部",
        "收藏本页", "关注我们", "阅读原文", "往期推荐", "往期回顾", "分享到", "扫一扫", "打印", "关闭", "收藏", "分享",
        "返回", "点赞", "在看", "推荐阅读", "相关阅读", "延伸阅读", "精彩推荐", "热门推荐", "相关链接", "相关新闻",
        "猜你喜欢", "阅读",
    ].map { Array($0.unicodeScalars) }

    /// Chrome tokens a count may follow (`阅读 1326`, `在看 12`, `点赞 3.2万`, `阅读 10万+`).
    static let countedTokens: [[Unicode.Scalar]] = ["阅读", "在看", "点赞", "分享", "收藏"].map { Array($0.unicodeScalars) }

    /// Whether `c` can be part of a count printed after a chrome token.
    static func isCountScalar(_ c: Unicode.Scalar) -> Bool {
        ScalarClass.isDigit(c) || c == "万" || c == "+" || c == "." || c == "w" || c == "W"
    }

    /// The first two scalars of every chrome token.
    static let chromePairs = Set(chromeTokens.map { UInt64($0[0].value) << 32 | UInt64($0[1].value) })

    /// Spaces and the brackets and bars chrome is printed between.
    static func isChromeFiller(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "【", "】", "[", "]", "·", ":": return true
        default: return ScalarClass.isSpace(c) || BylineParts.isBar(c)
        }
    }

    /// Chrome that heads a list of links to other articles (`往期推荐`, `推荐阅读`): the headlines
    /// listed under it are furniture too (`LineClassifier` takes them).
    static let linkListLeads: [[Unicode.Scalar]] = [
        "往期推荐", "往期回顾", "推荐阅读", "相关阅读", "延伸阅读", "精彩推荐", "热门推荐", "相关链接", "相关新闻", "猜你喜欢",
    ].map { Array($0.unicodeScalars) }

    /// True if `f` (folded) is a link-list lead alone on its line, bracketed or not.
    public static func isLinkListLead(_ f: [Unicode.Scalar]) -> Bool {
        guard f.count <= 16 else { return false }
        let core = f.filter { !ScalarClass.isSpace($0) && !"【】[]|｜·:".unicodeScalars.contains($0) }
        return linkListLeads.contains { $0 == core }
    }

    /// First scalars of `chromeTokens` and the brackets around them: a cheap test before any work.
    static let chromeStarts = ScalarSet(chromeStartScalars)
    static let chromeStartScalars = Array("点长打关返收阅往分扫在推相延精热猜【[|".unicodeScalars)

    static func isWebChrome(_ f: [Unicode.Scalar]) -> Bool {
        guard f.count <= 40, let first = f.first(where: { !ScalarClass.isSpace($0) }), chromeStarts.contains(first) else { return false }
        // The first two scalars of the core must open a token (在看, 推荐…): most lines of text that
        // start with 在, 推 or 相 stop here, before any allocation.
        var a: UInt64 = 0, seen = 0
        for c in f where !isChromeFiller(c) {
            a = a << 32 | UInt64(c.value)
            seen += 1
            if seen == 2 { break }
        }
        guard seen == 2, chromePairs.contains(a) || engagementPairs.contains(a) else { return false }
        let core = f.filter { !isChromeFiller($0) }
        guard !core.isEmpty else { return false }
        if isEngagementPrompt(core) { return true }
        var i = 0
        while i < core.count {
            guard let t = chromeTokens.first(where: { i + $0.count <= core.count && Array(core[i..<(i + $0.count)]) == $0 }) else { return false }
            i += t.count
            // A count after it (`阅读 1326`): the spaces between were dropped with the filler.
            if countedTokens.contains(t), i < core.count, ScalarClass.isDigit(core[i]) {
                while i < core.count && isCountScalar(core[i]) { i += 1 }
            }
        }
        return true
    }

    /// The first two scalars of an engagement prompt (点击 is a chrome token's too).
    static let engagementPairs = Set(["点个", "点亮"].map { w -> UInt64 in
        let p = Array(w.unicodeScalars)
        return UInt64(p[0].value) << 32 | UInt64(p[1].value)
    })

    /// A WeChat post's closing prompt to like or share it: `点击“在看”，让更多人看到`, `点个“在看”吧`,
    /// `点亮“在看”，一起关注代表履职` — 点击/点个/点亮 first, 在看/点赞/关注/分享 in it, twenty characters
    /// at most (quotation marks and punctuation aside).
    static func isEngagementPrompt(_ core: [Unicode.Scalar]) -> Bool {
        let words = core.filter { !ScalarClass.isClosing($0) && !ScalarClass.isOpening($0) && !ScalarClass.isClausePunct($0)
            && !ScalarClass.isSentenceFinal($0) && $0 != "~" }
        guard words.count >= 4, words.count <= 20, words[0] == "点", "击个亮".unicodeScalars.contains(words[1]) else { return false }
        let rest = Array(words[2...])
        let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [("在", "看"), ("点", "赞"), ("关", "注"), ("分", "享")]
        return rest.indices.dropLast().contains { k in pairs.contains { $0.0 == rest[k] && $0.1 == rest[k + 1] } }
    }

    /// A site's copyright footer: `Copyright © 2024 …人大常委会 版权所有 蜀ICP备12345678号-1`.
    static func isCopyright(_ f: [Unicode.Scalar]) -> Bool {
        if f.first == "©" { return true }
        if f.count >= 9, f.first == "C" || f.first == "c",
           String(String.UnicodeScalarView(f[0..<9])).lowercased() == "copyright" { return true }
        return contains(f, copyrightWord) || contains(f, icpWord)
    }

    static let copyrightWord = Array("版权所有".unicodeScalars), icpWord = Array("ICP备".unicodeScalars)
    static let publishedAt = Array("发表于".unicodeScalars)

    /// Whether `word` occurs in `f` (no allocation: every line that reaches this family is tested).
    static func contains(_ f: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
        guard let w0 = word.first, f.count >= word.count else { return false }
        var i = 0
        while i + word.count <= f.count {
            if f[i] == w0 {
                var k = 1
                while k < word.count && f[i + k] == word[k] { k += 1 }
                if k == word.count { return true }
            }
            i += 1
        }
        return false
    }

    /// A site's contact footer: `地址：绵阳市安州区花荄镇 电话：0816-4321234`.
    static func isSiteContact(_ f: [Unicode.Scalar]) -> Bool {
        // The colon third before building a string: lines of text that open with 地 stop here.
        guard f.count >= 3, f[2] == ":" else { return false }
        let s = String(String.UnicodeScalarView(f))
        return s.hasPrefix("地址:") && (s.contains("电话") || s.contains("邮编"))
    }

    /// A site's sponsor footer: `主办单位：蓝田县人大常委会办公室`, `承办单位：…信息中心`, `技术支持：…公司`
    /// (a labelled field alone on its line, no sentence in it, naming a site's operator: an office,
    /// a committee, an information centre, a company or a site). A suggestion's `承办单位：县交通运输局`
    /// in an article's list is text.
    static func isSiteSponsor(_ f: [Unicode.Scalar]) -> Bool {
        guard f.count >= 6, f.count <= 60, !f.contains(where: ScalarClass.isSentenceFinal) else { return false }
        guard let label = sponsorLabels.first(where: { f.count > $0.count + 1 && f.starts(with: $0) && f[$0.count] == ":" }) else { return false }
        let value = Array(f[(label.count + 1)...].filter { !ScalarClass.isSpace($0) })
        return operatorEnds.contains { value.count > $0.count && value.suffix($0.count).elementsEqual($0) }
    }

    static let sponsorLabels: [[Unicode.Scalar]] = ["主办单位", "承办单位", "协办单位", "技术支持"].map { Array($0.unicodeScalars) }
    static let operatorEnds: [[Unicode.Scalar]] = ["办公室", "常委会", "委员会", "中心", "公司", "网"]
        .map { Array($0.unicodeScalars) }

    /// A WeChat account line: `江油人大 2024-06-18 17:30 发表于四川` — words with a timestamp and
    /// `发表于`.
    static func isAccountLine(_ f: [Unicode.Scalar]) -> Bool {
        guard f.count <= 60, contains(f, publishedAt) else { return false }
        let words = f.split(whereSeparator: ScalarClass.isSpace)
        guard words.count <= 6, let last = words.last, last.starts(with: "发表于".unicodeScalars) else { return false }
        return words.contains { isTimestamp(Array($0)) }
    }

    /// A WeChat account line that gives the poster's province instead of `发表于`: `新化人大
    /// 2024-06-12 18:30 湖南` — the account's name, a date, a time of day, and a province or nothing
    /// after them.
    static func isStampedAccountLine(_ f: [Unicode.Scalar]) -> Bool {
        guard f.count <= 60 else { return false }
        let words = f.split(whereSeparator: ScalarClass.isSpace).map(Array.init)
        // One word before the date, the account's name (`新化人大`): not a notice's label
        // (`会议时间 2024年6月12日 18:30`, `报名截止 …`, `开幕 …`).
        guard words.count >= 3, words.count <= 4, words[0].count >= 3, words[0].allSatisfy(ScalarClass.isHan),
              !noticeLabelEnds.contains(where: { words[0].count > $0.count && words[0].suffix($0.count).elementsEqual($0) }),
              isTimestamp(words[1]) || isFullDate(words[1]), isClock(words[2]) else { return false }
        // Nothing after the time, or the poster's province.
        return words.count == 3 || Gazetteer.shared.isProvinceName(words[3])
    }

    /// How the label of a notice's date ends (`会议时间`, `报名截止`, `开幕日期`).
    static let noticeLabelEnds: [[Unicode.Scalar]] = ["时间", "日期", "截止", "开始", "结束", "开幕", "闭幕", "召开", "举行"].map { Array($0.unicodeScalars) }

    /// `18:30`, `9:05`.
    static func isClock(_ w: [Unicode.Scalar]) -> Bool {
        var i = 0
        guard digitRun(w, &i, 1, 2), i < w.count, w[i] == ":" else { return false }
        i += 1
        return digitRun(w, &i, 2, 2) && i == w.count
    }

    /// A column label alone on a line: `【人大代表风采】`, `◆履职故事◆`, `■ 基层动态 ■` — a bracket or
    /// a mark on both sides of two to six Han characters (spaces and middle dots between them); a
    /// longer bracketed line (`【践行全过程人民民主】`) is a subhead.
    static func isColumnLabel(_ f: [Unicode.Scalar]) -> Bool {
        guard f.count >= 4, f.count <= 16, let first = f.first, let last = f.last else { return false }
        guard (first == "【" && last == "】") || (BylineParts.isMark(first) && BylineParts.isMark(last)) else { return false }
        var han = 0
        for c in f[1..<(f.count - 1)] {
            if ScalarClass.isHan(c) { han += 1 } else if !(ScalarClass.isSpace(c) || c == "·") { return false }
        }
        return han >= 2 && han <= 6
    }

    /// A site's breadcrumb trail: `首页 > 人大新闻 > 基层动态`, `当前位置：首页 > …`, `您现在的位置：首页>>…`,
    /// `您当前的位置：…` (any short label ending in 位置 before a colon).
    static func isBreadcrumb(_ f: [Unicode.Scalar]) -> Bool {
        guard f.count <= 80, f.contains(where: { $0 == ">" || $0 == "»" || $0 == "›" }) else { return false }
        if f.starts(with: breadcrumbHome) { return true }
        guard let colon = f.prefix(10).firstIndex(of: ":"), colon >= 2 else { return false }
        return f[colon - 2] == "位" && f[colon - 1] == "置"
    }
    static let breadcrumbHome = Array("首页".unicodeScalars)

    /// A date alone on a line (`2024年6月28日`, `2024年6月28日 星期五`): a dateline under a headline.
    static func isDateAlone(_ f: [Unicode.Scalar]) -> Bool {
        guard f.count <= 20 else { return false }
        let words = f.split(whereSeparator: ScalarClass.isSpace).map(Array.init)
        guard let first = words.first, isFullDate(first), words.count <= 2 else { return false }
        return words.count == 1 || (words[1].count == 3 && words[1][0] == "星" && words[1][1] == "期")
    }

    /// An article's end mark alone on a line: `（完）`, `（全文完）`, `——完——`, `-完-`.
    static func isEndMark(_ f: [Unicode.Scalar]) -> Bool {
        guard f.count <= 12 else { return false }
        let core = f.filter { !ScalarClass.isSpace($0) && $0 != "(" && $0 != ")" && $0 != "—" && $0 != "-" && $0 != "－" }
        // `END` needs no decoration (a WeChat article's last line); `完` alone could be text.
        return (core.count < f.count || core.first == "E" || core.first == "e") && endMarks.contains(core)
    }
    static let endMarks: [[Unicode.Scalar]] = ["完", "全文完", "本文完", "END", "end"].map { Array($0.unicodeScalars) }

    /// A newspaper's jump line (folded): `（下转第4版）`, `（上接第1版）`, `下转A3版`, `（转第二版）`, `接A1`
    /// — 下转/上接/转/接/续, 第 optionally, a page (a capital letter optionally, one or two digits or
    /// numerals), then 版, 页 or 面 optionally; brackets and spaces around it allowed.
    public static func isJumpMarker(_ f: ArraySlice<Unicode.Scalar>) -> Bool { jumpDirection(f) != nil }

    /// The direction of a jump line: `.out` for 下转/转 (the text goes on elsewhere), `.in` for
    /// 上接/接/续 (the text comes from elsewhere).
    public enum Jump: Sendable { case out, `in` }

    /// The jump `f` (folded) marks, or nil when it is no jump line.
    public static func jumpDirection(_ f: ArraySlice<Unicode.Scalar>) -> Jump? {
        guard f.count <= 16 else { return nil }
        let core = f.filter { !ScalarClass.isSpace($0) }
        var i = 0
        if core.first == "(" {
            guard core.last == ")" else { return nil }
            i = 1
        }
        let end = core.first == "(" ? core.count - 1 : core.count
        func at(_ w: String) -> Bool {
            let a = Array(w.unicodeScalars)
            return i + a.count <= end && Array(core[i..<(i + a.count)]) == a
        }
        let jump: Jump
        if at("下转") { i += 2; jump = .out } else if at("上接") || at("上续") { i += 2; jump = .in }
        else if at("转") { i += 1; jump = .out } else if at("接") || at("续") { i += 1; jump = .in } else { return nil }
        if at("第") { i += 1 }
        if i < end, core[i].value >= 0x41, core[i].value <= 0x5A { i += 1 }
        let digits = i
        while i < end && i - digits < 2 && isDigitOrNumeral(core[i]) { i += 1 }
        guard i > digits else { return nil }
        if i < end, core[i] == "版" || core[i] == "页" || core[i] == "面" { i += 1 }
        return i == end ? jump : nil
    }

    /// A WeChat export's header: `原创 贺兰人大 贺兰县人大常委会 2024年05月20日 18:30 宁夏` — 原创 first,
    /// then a few words, a date and a time.
    static func isOriginalMark(_ f: [Unicode.Scalar]) -> Bool {
        guard f.count <= 80, f.count >= 2, f[0] == "原", f[1] == "创" else { return false }
        let words = f.split(whereSeparator: ScalarClass.isSpace)
        guard words.count >= 3, words.count <= 9, words[0].count == 2 else { return false }
        let date = words.contains { w in let a = Array(w); return isFullDate(a) || isTimestamp(a) }
        let time = words.contains { w in w.count == 5 && w[w.startIndex + 2] == ":" }
        return date && time && !f.contains(where: ScalarClass.isSentenceFinal)
    }

    /// A running head that names the issue: `2023年第6期    人民之声`, `人大研究 2023年第6期`,
    /// `总第312期` — at most three space-separated words, one of them the issue number.
    static func isIssueHead(_ f: [Unicode.Scalar]) -> Bool {
        guard f.contains(where: { $0 == "期" || $0 == "." || $0 == "月" }) else { return false }
        let all = f.split(whereSeparator: ScalarClass.isSpace)
        // A magazine's name in capitals beside its Chinese name (`浙江人大 ZHEJIANG RENDA`) adds words
        // but no text.
        func isLatin(_ w: ArraySlice<Unicode.Scalar>) -> Bool { w.allSatisfy { ($0.value | 0x20) >= 0x61 && ($0.value | 0x20) <= 0x7A } }
        let latin = all.filter(isLatin)
        let words = all.filter { !isLatin($0) }
        guard words.count <= 3, latin.count <= 6, words.reduce(0, { $0 + $1.count }) <= 30 else { return false }
        return words.contains { w in
            var i = w.startIndex
            func digits(_ lo: Int, _ hi: Int) -> Bool { digitRun(w, &i, lo, hi) }
            if w.first == "总" { i += 1 } else if digits(4, 4) {
                // `2024.4`, `2024年4月` beside a name: the issue by its month.
                if words.count >= 2, i < w.endIndex, w[i] == "." || w[i] == "年" {
                    let sep = w[i]
                    var j = i + 1
                    if digitRun(w, &j, 1, 2), (sep == "." && j == w.endIndex) || (sep == "年" && j + 1 == w.endIndex && w[j] == "月") { return true }
                }
                guard i < w.endIndex, w[i] == "年" else { return false }
                i += 1
            }
            guard i < w.endIndex, w[i] == "第" else { return false }
            i += 1
            guard digits(1, 4), i < w.endIndex, w[i] == "期" else { return false }
            return i + 1 == w.endIndex
        } && !f.enumerated().contains { k, c in
            // (A point between digits, `2024.4`, is part of the issue.)
            let inNumber = c == "." && k > 0 && k + 1 < f.count && isDigit(f[k - 1]) && isDigit(f[k + 1])
            return !inNumber && (ScalarClass.isSentenceFinal(c) || ScalarClass.isClausePunct(c))
        }
    }

    /// A newspaper's running head: a few short words holding a full date and a weekday or an
    /// edition (`巴中日报  2024年5月10日 星期五  第4版  人大视窗`, `2024年5月10日 星期五`), often the
    /// first line after a page break (`\f`).
    ///
    /// An edition may be a page code (`今日宁海 2024年5月22日 A3`, `A03版`); without a date, a paper's
    /// name and its page (`徐州日报·丰县新闻 第4版`) is one too.
    static func isMasthead(_ f: [Unicode.Scalar]) -> Bool {
        guard f.count <= 80, f.contains(where: { $0 == "版" || $0 == "星" || $0 == "月" }) else { return false }
        let words = f.split(whereSeparator: ScalarClass.isSpace)
        guard words.count <= 6, !f.contains(where: { ScalarClass.isSentenceFinal($0) || ScalarClass.isClausePunct($0) }) else { return false }
        var date = false, weekdayOrEdition = false, page = false, paper = false
        for w in words {
            let a = Array(w)
            let full = isFullDate(a)
            if full { date = true }
            if a.count == 3, a[0] == "星", a[1] == "期" { weekdayOrEdition = true }
            if full, a[a.count - 3] == "星" { weekdayOrEdition = true }
            // `第4版`, `第四版`, `第A05版`.
            if a.count >= 3, a.first == "第", a.last == "版",
               a.dropFirst().dropLast().allSatisfy(isDigitOrNumeral) || isPageCode(Array(a.dropFirst())) { weekdayOrEdition = true; page = true }
            if isPageCode(a) { weekdayOrEdition = true }
            if a.count >= 4, a.count <= 16, a.allSatisfy({ ScalarClass.isHan($0) || $0 == "·" }),
               isNewspaperName(a) { paper = true }
        }
        // (A paper's name and a full date need no page: `朝阳日报　2024年7月11日　人大视窗`.)
        return (date && weekdayOrEdition) || (page && paper && words.count <= 3) || (date && paper && words.count <= 4)
    }

    /// A page code: one capital letter, one or two digits, and 版 optionally (`A3`, `B12`, `A03版`).
    static func isPageCode(_ a: [Unicode.Scalar]) -> Bool {
        var b = a[...]
        if b.last == "版" { b = b.dropLast() }
        guard b.count >= 2, b.count <= 3, let c = b.first, c.value >= 0x41, c.value <= 0x5A else { return false }
        return b.dropFirst().allSatisfy(isDigit)
    }

    /// A paper's name: a word ending in 日报, 晚报, 时报, 新闻 or 报 (`徐州日报·丰县新闻`, `巴中日报`).
    static func isNewspaperName(_ a: [Unicode.Scalar]) -> Bool {
        guard let last = a.last else { return false }
        if last == "报" { return true }
        return a.count >= 2 && a[a.count - 2] == "新" && last == "闻"
    }

    /// `2024年5月10日` (optionally followed by `星期五`).
    static func isFullDate(_ w: [Unicode.Scalar]) -> Bool {
        var i = 0
        func digits(_ lo: Int, _ hi: Int) -> Bool { digitRun(w, &i, lo, hi) }
        guard digits(4, 4), i < w.count, w[i] == "年" else { return false }
        i += 1
        guard digits(1, 2), i < w.count, w[i] == "月" else { return false }
        i += 1
        guard digits(1, 2), i < w.count, w[i] == "日" else { return false }
        i += 1
        return i == w.count || (i + 3 == w.count && w[i] == "星" && w[i + 1] == "期")
    }

    static func isDigitOrNumeral(_ s: Unicode.Scalar) -> Bool {
        isDigit(s) || LineClassifier.isNumeral(s)
    }

    static let http = Array("http://".unicodeScalars), https = Array("https://".unicodeScalars), www = Array("www.".unicodeScalars)

    private func furniture(_ line: LineScalars) -> BylineMatch {
        BylineMatch(kind: .metadata, authors: [], span: 0..<line.count)
    }

    /// On folded scalars (full-width digits are already ASCII).
    static func isDigit(_ s: Unicode.Scalar) -> Bool { ScalarClass.isDigit(s) }

    /// Moves `i` past the digits at `i` in `w`; true when there were `lo`…`hi` of them.
    static func digitRun<C: Collection>(_ w: C, _ i: inout Int, _ lo: Int, _ hi: Int) -> Bool
        where C.Element == Unicode.Scalar, C.Index == Int {
        let s = i
        while i < w.endIndex, isDigit(w[i]) { i += 1 }
        return i - s >= lo && i - s <= hi
    }

    /// `2023-05-16`, `2023/5/16 09:30`, `2023-05-16 10:00:12`, `2023.05.16`.
    static func isTimestamp(_ f: [Unicode.Scalar]) -> Bool {
        var i = 0
        func digits(_ lo: Int, _ hi: Int) -> Bool { digitRun(f, &i, lo, hi) }
        guard digits(4, 4), i < f.count, "-/.".unicodeScalars.contains(f[i]) else { return false }
        let sep = f[i]; i += 1
        guard digits(1, 2), i < f.count, f[i] == sep else { return false }
        i += 1
        guard digits(1, 2) else { return false }
        if i == f.count { return true }
        guard ScalarClass.isSpace(f[i]) else { return false }
        while i < f.count, ScalarClass.isSpace(f[i]) { i += 1 }
        guard digits(1, 2), i < f.count, f[i] == ":" else { return false }
        i += 1
        guard digits(2, 2) else { return false }
        if i < f.count, f[i] == ":" { i += 1; guard digits(2, 2) else { return false } }
        return i == f.count
    }

    /// `— 12 —`, `-12-`, `－ 3 －`, `第12版`, `第 12 页`.
    static func isPageNumber(_ f: [Unicode.Scalar]) -> Bool {
        let core = f.filter { !ScalarClass.isSpace($0) }
        guard core.count >= 3, core.count <= 10 else { return false }
        // Dashes or dots around the number: `— 12 —`, `-12-`, `·12·`, `• 12 •`.
        let dashes: Set<Unicode.Scalar> = ["-", "—", "–", "─", "－", "·", "•", "・", "‧", "∙"]
        if dashes.contains(core.first!), dashes.contains(core.last!) {
            let mid = core.drop { dashes.contains($0) }.reversed().drop { dashes.contains($0) }
            return !mid.isEmpty && mid.count <= 4 && mid.allSatisfy(isDigit)
        }
        if core.first == "第", core.last == "版" || core.last == "页" {
            let mid = core.dropFirst().dropLast()
            return !mid.isEmpty && mid.count <= 4 && mid.allSatisfy(isDigit)
        }
        return false
    }
}
