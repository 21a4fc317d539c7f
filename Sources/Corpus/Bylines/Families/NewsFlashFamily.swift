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
