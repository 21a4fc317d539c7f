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
        // (`作者分别系…`: the plain footer of several writers.)
        guard name != "分别" else { return nil }
        guard led ? PersonName.isPlausible(name) : PersonName.isLikelyAlone(name) else { return nil }
        // `（作者系…）` itself is the plain footer: no name.
        return ([name], j + 1)
    }
    /// Leads of a footer giving several writers' offices in turn.
    static let severalWriters: [[Unicode.Scalar]] = ["作者分别系", "作者分别为"].map { Array($0.unicodeScalars) }
    static let authorColon = Array("作者:".unicodeScalars)
    static let unitColon = Array("作者单位:".unicodeScalars)
    /// How a bracket naming a compiled piece's sources opens.
    static let ownCompilations: [[Unicode.Scalar]] = ["本报综合", "本刊综合", "综合"].map { Array($0.unicodeScalars) }
    /// How the outlets a compiled piece cites end (新华社, 人民网, 法治日报, 央视新闻客户端).
    static let outletEnds: [[Unicode.Scalar]] = ["社", "网", "报", "台", "客户端"].map { Array($0.unicodeScalars) }

    /// The inside of a source bracket (folded): `本报综合` alone, or `综合`/`据` before outlets separated
    /// by 、 (`综合新华社、人民网`, `据新华社`) — not an aside (`据悉，…`, `综合来看，…`).
    static func isSourceCredit(_ inner: some Collection<Unicode.Scalar>) -> Bool {
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

    /// Where `作者单位：` starts near a footer's opening bracket, after names with no lead
    /// (`（苟玉兰　作者单位：…`): within the first 18 scalars, room for up to four names.
    static func unitLeadAfterNames(_ line: LineScalars) -> Int? {
        (3..<min(line.folded.count - 1, 18)).first { line.has(unitColon, at: $0) }
    }

    /// One to four plausible names (`赵海涛`, `王　芳、李建国`), or nil.
    static func creditedNames(_ scalars: some Collection<Unicode.Scalar>) -> [String]? {
        guard let names = PersonName.splitNames(scalars), !names.isEmpty, names.count <= 4,
              names.allSatisfy(PersonName.isPlausible) else { return nil }
        return names
    }

    /// A bracketed closing credit: `names`, then the unit after `作者单位：` at `unitLead` as the office;
    /// nil when the unit is empty.
    static func unitCredit(_ line: LineScalars, names: [String], unitLead u: Int) -> BylineMatch? {
        let end = line.folded.count - 1
        let unit = BylineParts.skipSpace(line, u + unitColon.count)
        guard unit < end else { return nil }
        return BylineMatch(authors: names, office: line.text(unit..<end), placement: .closing, span: 0..<line.count)
    }

    /// `（NAMES　作者单位：UNIT）` (folded brackets): one to four plausible names (white space, 、 or a
    /// comma between them and before the unit), then the unit as the office.
    static func namesBeforeUnit(_ line: LineScalars) -> BylineMatch? {
        let f = line.folded
        guard f.count >= 10, f.first == "(", f.last == ")", ScalarClass.isHan(f[1]),
              let u = unitLeadAfterNames(line), PersonName.isNameSeparator(f[u - 1]),
              let names = creditedNames(line.raw[1..<u]) else { return nil }
        return unitCredit(line, names: names, unitLead: u)
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
        // `（苟玉兰　作者单位：苍溪县人大常委会研究室）`: the names with no lead, then the unit.
        if let named = AuthorFooterFamily.namesBeforeUnit(line) { return named }
        for w in AuthorFooterFamily.leads where line.has(w, at: 1) {
            var s = 1 + w.count
            s = BylineParts.skipSpace(line, s)
            guard s < f.count - 1 else { return nil }
            // `（作者：周建军）`: names after the colon are the authors, not an office.
            if w == AuthorFooterFamily.authorColon, let ns = AuthorFooterFamily.creditedNames(line.raw[s..<(f.count - 1)]) {
                return BylineMatch(authors: ns, placement: .closing, span: 0..<line.count)
            }
            // `（作者：赵海涛　作者单位：威县人大常委会研究室）`: the names, then the unit as the office.
            if w == AuthorFooterFamily.authorColon, let u = (s..<(f.count - 1)).first(where: { line.has(AuthorFooterFamily.unitColon, at: $0) }),
               let names = AuthorFooterFamily.creditedNames(line.raw[s..<u]) {
                return AuthorFooterFamily.unitCredit(line, names: names, unitLead: u)
            }
            // `（作者分别系宿松县人大常委会副主任，宿松县人大常委会代表工作室主任）`: the writers' offices in
            // turn; the first writer's is the byline's office.
            var end = f.count - 1
            if AuthorFooterFamily.severalWriters.contains(w), let k = (s..<end).first(where: { f[$0] == "," || f[$0] == ";" }), k - s >= 2 {
                end = k
            }
            return BylineMatch(kind: .footer, authors: [], office: line.text(s..<end),
                               placement: .closing, span: 0..<line.count)
        }
        return nil
    }
}
