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
        "责任编辑", "发布时间", "发布日期", "更新时间", "信息来源", "文章来源", "稿件来源", "浏览次数", "阅读次数", "点击数",
        "访问量", "浏览量", "阅读量", "点击量", "来源", "作者", "撰稿", "编辑", "时间", "日期", "发布", "审核", "校对", "字体", "字号",
        "一审", "二审", "三审", "初审", "复审", "终审", "编审", "供稿", "责编", "美编", "监制", "排版", "统筹",
        "文字", "图片", "摄影", "摄像", "视频", "记者", "通讯员",
        // A site's counters in short (`浏览：2 056`, `人气：318`), after the longer fields they begin.
        "浏览", "点击", "人气",
    ].map { Array($0.unicodeScalars) }
    static let author = Array("作者".unicodeScalars)
    static let writer = Array("撰稿".unicodeScalars)
    /// `文字：NAME` in a WeChat export's closing credits: the writer.
    static let textBy = Array("文字".unicodeScalars)
    /// `记者：NAME　通讯员：NAME` among a site's fields: the writers too. (Alone, `记者：` labels an
    /// interviewer's question, which is no list of names and fails the line.)
    static let reporter = Array("记者".unicodeScalars), correspondent = Array("通讯员".unicodeScalars)
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
            if w == WebExportFamily.author || w == WebExportFamily.writer || w == WebExportFamily.textBy
                || w == WebExportFamily.reporter || w == WebExportFamily.correspondent {
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
