import Corpus

/// `structure/implausible-author`: an author that does not read as a person's name: digits or other
/// non-Han characters, one character, an office or role word, or more than four Han characters
/// without a separating dot (two names run together?). Five- and six-character names that read as
/// transliterated Mongolian, Tibetan or Uyghur names (`宋照日格图`) are accepted.
public struct ImplausibleAuthorRule: CheckRule {
    public let id = "structure/implausible-author"
    public let summary = "An author name is not a plausible person's name."
    public let defaultSeverity = Severity.warning
    public let stage = CheckStage.document
    public init() {}

    public func check(_ subject: CheckSubject) -> [Diagnostic] {
        guard let doc = subject.document else { return [] }
        var out = [Diagnostic]()
        for (i, s) in doc.sections.enumerated() {
            for name in s.authors {
                guard let why = ImplausibleAuthorRule.problem(name) else { continue }
                let sum = SectionSummary(doc, index: i)
                var line = sum.line, column = sum.column
                if let b = s.byline {
                    line = b.line
                    column = ImplausibleAuthorRule.column(of: name, inLine: b.line, doc.source) ?? doc.source.column(at: b.range.lowerBound)
                }
                out.append(diagnostic(subject, line: line, column: column,
                    "author '\(name)' of \(sum.label) \(why); check the byline"))
            }
        }
        return out
    }

    /// Why `name` is not a plausible name, or nil when it is.
    public static func problem(_ name: String) -> String? {
        let sc = Array(name.unicodeScalars)
        if sc.contains(where: ScalarClass.isDigit) { return "contains digits" }
        let dots = sc.filter { $0 == "·" || $0 == "•" || $0 == "・" }.count
        let han = sc.filter(ScalarClass.isHan).count
        if han + dots < sc.count { return "contains characters that are not Han characters" }
        if han < 2 { return "is shorter than two characters" }
        if !PersonName.isPlausible(name) { return "contains an office or role word, or is too long for a name" }
        if dots == 0 && han > 4 && !readsAsTransliteration(sc) {
            return "has \(han) Han characters and no separating dot (two names run together?)"
        }
        return nil
    }

    /// Characters that make up most transliterated Mongolian, Tibetan and Uyghur names.
    static let transliterationCharacters: Set<Unicode.Scalar> = Set(
        "阿巴白宝毕布朝其达旦德都多额尔敦噶格根古哈罕赫呼胡吉加嘉江杰金卡克拉兰勒力丽鲁伦玛买麦曼孟米敏木穆那娜纳尼聂帕琪其钦琴热日仁如萨赛桑色森沙苏索塔太特提图吐托瓦旺乌吾西希夏锡雅央伊依音英尤扎珠卓孜兹次措"
            .unicodeScalars)

    /// True when, after a one-character surname, at least three in four characters are
    /// transliteration characters.
    static func readsAsTransliteration(_ sc: [Unicode.Scalar]) -> Bool {
        let given = sc.dropFirst()
        let hits = given.filter { transliterationCharacters.contains($0) }.count
        return hits * 4 >= given.count * 3
    }

    /// Column of `name` within a line (letter-spaced names are looked up without their spaces).
    static func column(of name: String, inLine line: Int, _ src: SourceText) -> Int? {
        let r = src.lineRange(line)
        let target = Array(name.unicodeScalars)
        guard let first = target.first else { return nil }
        var i = r.lowerBound
        while i < r.upperBound {
            if src.scalars[i] == first {
                var j = i, k = 0
                while j < r.upperBound && k < target.count {
                    if src.scalars[j] == target[k] { k += 1 } else if !ScalarClass.isSpace(src.scalars[j]) { break }
                    j += 1
                }
                if k == target.count { return i - r.lowerBound + 1 }
            }
            i += 1
        }
        return nil
    }
}
