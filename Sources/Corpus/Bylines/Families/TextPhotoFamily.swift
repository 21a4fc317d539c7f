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
