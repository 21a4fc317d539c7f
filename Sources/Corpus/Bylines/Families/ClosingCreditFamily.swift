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
        // (`程 光  摄`: a photo's credit, `PhotoCreditFamily`'s.)
        if PhotoCreditFamily.endsWithSpacedMark(inner) { return nil }
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
            // A word of names up to the next space; letter-spaced names (`陈 静`, `王 倩 刘 洋`: single
            // characters only, up to the next role or `等`, the credit's first names) are read together by
            // `splitNames`.
            var j = i
            while j < inner.count && !ScalarClass.isSpace(inner.folded[j]) && BylineParts.role(in: inner, at: j) == nil { j += 1 }
            if j == i + 1, names.isEmpty, let run = ClosingCreditFamily.letterSpacedRun(inner, from: i) { j = run }
            guard let ns = PersonName.splitNames(inner.raw[i..<j]), ns.allSatisfy(PersonName.isPlausible) else { return nil }
            names += ns
            i = j
            // (`等` after the names: and others, unnamed.)
            let k = BylineParts.skipSpace(inner, i)
            if k + 1 == inner.count, inner.folded[k] == "等" { i = inner.count }
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

    /// The end of a run of single characters set apart by white space from `i` (`陈 静`, `王 倩 刘 洋`),
    /// up to a role, a longer word or `等`: two or more characters, none of them 据 (`据 新 华 社`
    /// credits a source, not writers). Nil for a single character alone.
    static func letterSpacedRun(_ line: LineScalars, from i: Int) -> Int? {
        let f = line.folded
        var j = i, count = 0, end = i
        while j < f.count {
            guard BylineParts.role(in: line, at: j) == nil, f[j] != "等", ScalarClass.isHan(f[j]),
                  j + 1 == f.count || ScalarClass.isSpace(f[j + 1]) else { break }
            if f[j] == "据" { return nil }
            count += 1
            end = j + 1
            j = BylineParts.skipSpace(line, j + 1)
        }
        return count >= 2 ? end : nil
    }

    /// An organisation a credit may name without a position: a congress unit, an office, or a body
    /// ending in 人大 (`大邑县人大`) or 人大办 (`县人大办`).
    static func isUnit(_ scalars: some BidirectionalCollection<Unicode.Scalar>) -> Bool {
        let a = Array(scalars.map(ScalarClass.fold))
        guard a.count >= 3, a.count <= 24, a.allSatisfy(ScalarClass.isHan) else { return false }
        if BylineParts.isCongressUnit(scalars) || BylineParts.isOffice(scalars) { return true }
        return ClosingCreditFamily.congressEnds.contains { w in a.count > w.count && a[(a.count - w.count)...].elementsEqual(w) }
    }

    /// Congress bodies named without a unit (`…常委会办公室` is already a congress unit).
    static let congressEnds = ["人大", "人大办"].map { Array($0.unicodeScalars) }
}
