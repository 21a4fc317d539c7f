/// Terms of the congress genre, four characters or more, that a column seam can cut
/// (`完善人民代|表大会制度`, `全过程人民|民主`): when the text before a seam ends with the start of
/// one and the text after it goes on with the rest, the two read on. The two-character word list
/// (`CommonWords`) cannot see such a seam when the characters on each side form no word together
/// (`人民|民主`: 民民).
public struct SeamTerms: Sendable {
    /// The terms, as scalars.
    let terms: [[Unicode.Scalar]]

    /// The built-in list: the standard formulations renpa counts and the names of the institutions
    /// and offices these pages are about.
    public static let shared = SeamTerms(terms: [
        "全过程人民民主", "人民民主", "人民代表大会制度", "人民代表大会常务委员会", "人民代表大会", "常务委员会", "代表大会", "人民当家作主", "以人民为中心",
        "人大代表", "人大常委会", "人大工作", "人民政府", "人民法院", "人民检察院", "监察委员会",
        "代表之家", "代表联络站", "民有所呼", "我有所应", "密切联系群众", "备案审查", "法治政府",
        "两个确立", "两个维护", "四个意识", "四个自信", "党的全面领导", "习近平新时代中国特色社会主义思想",
        "中国特色社会主义", "习近平法治思想", "党的二十大", "中国式现代化", "中华民族伟大复兴",
        "高质量发展", "新发展理念", "新发展格局", "乡村振兴", "共同富裕", "依法治国", "基层治理", "营商环境",
        "生态文明", "铸牢中华民族共同体意识", "执法检查", "专题询问", "满意度测评", "意见建议", "代表建议",
        "议案建议", "主任会议", "党组书记",
    ])

    /// A term's start that a tail ends with: the term, how many of its characters the tail holds,
    /// and whether that start is a listed term of its own (`人民代表大会` of `人民代表大会制度`), so the
    /// tail may well be complete.
    typealias Opening = (term: Int, held: Int, whole: Bool)

    /// For each scalar, the term starts whose last character it is (for one term, the longest
    /// first): a tail is tried only against the terms its last character can end a start of.
    let byLast: [Unicode.Scalar: [Opening]]
    /// For each term, whether it names an institution or its members, which a level or a session
    /// precedes (`县人大常委会`, `各级人大代表`, `第十八届人民代表大会`): not a formulation (`各级人|民民主`
    /// reads nothing; `…各级人` goes on as 各级人大代表).
    let followsLevel: [Bool]

    /// The first one or two characters of the institutions' names (`人`, `人大`, `人民`, `监察`…).
    let institutionStarts: Set<[Unicode.Scalar]>

    /// Terms a level or a session may precede (`followsLevel`).
    static let institutions: Set<String> = ["人民代表大会常务委员会", "人民代表大会", "常务委员会", "代表大会", "人大代表", "人大常委会",
                                            "人大工作", "人民政府", "人民法院", "人民检察院", "监察委员会"]

    init(terms: [String]) {
        // A three-character term could only split 1+2 or 2+1, which the rule below never takes.
        let list = terms.map { Array($0.unicodeScalars) }.filter { $0.count >= 4 }
        self.terms = list
        let institution = list.map { SeamTerms.institutions.contains(String(String.UnicodeScalarView($0))) }
        followsLevel = institution
        institutionStarts = Set(list.indices.filter { institution[$0] }.flatMap { t in [Array(list[t].prefix(1)), Array(list[t].prefix(2))] })
        let listed = Set(list)
        var index = [Unicode.Scalar: [Opening]]()
        for (t, term) in list.enumerated() {
            for k in stride(from: term.count - 1, through: 1, by: -1) where k >= 3 || term.count - k >= 3 || (k == 2 && term.count == 4) {
                index[term[k - 1], default: []].append((t, k, listed.contains(Array(term[..<k]))))
            }
        }
        byLast = index
    }

    /// The terms whose start ends `tail`, those holding the longest start only. One side of the
    /// seam must hold three characters or more (a split into a short word and one character,
    /// `常委|会`, is as often two words that happen to meet), or the term is two words of two
    /// (`人大|代表`, `乡村|振兴`).
    func openings(atEndOf tail: [Unicode.Scalar]) -> [Opening] {
        var out = [Opening]()
        guard let last = tail.last, let pairs = byLast[last] else { return out }
        // The longest start held is the reading: `…全过程人民` goes on as 全过程人民民主, not as
        // 人民政府 or 人民民主.
        var longest = 0
        for o in pairs where o.held <= tail.count && o.held >= longest && !out.contains(where: { $0.term == o.term }) {
            let term = terms[o.term]
            var same = true
            for d in 0..<o.held where tail[tail.count - o.held + d] != term[d] { same = false; break }
            guard same else { continue }
            if o.held > longest { out.removeAll(); longest = o.held }
            out.append(o)
        }
        return out
    }

    /// `openings`, but for a formulation's first one or two characters right after a level or a
    /// session (`…组织常委会组成人员和各级人` | `民民主在…`): there they start an institution's name
    /// (`各级人大代表`), and a paragraph opening with the formulation's rest goes on from another cut.
    func openingsRead(atEndOf tail: [Unicode.Scalar]) -> [Opening] {
        openings(atEndOf: tail).filter { o in
            guard o.held < 3, tail.count > o.held, SeamTerms.levels.contains(tail[tail.count - o.held - 1]) else { return true }
            return startsAfterLevel(o)
        }
    }

    /// Whether a term's first one or two characters, held right after a level or a session, may
    /// start that term there: an institution's name may; a formulation may only where those
    /// characters start no institution's name (`…全县法治` | `政府建设`, not `…各级人` | `民民主`).
    func startsAfterLevel(_ o: Opening) -> Bool {
        followsLevel[o.term] || !institutionStarts.contains(Array(terms[o.term][..<o.held]))
    }

    /// The term starts `tail` ends with that mark a cut inside a term: three of its characters or
    /// more held, and the start no listed term of its own (`…全过程人民`, not `…人民代表大会`).
    func cutOpenings(atEndOf tail: [Unicode.Scalar]) -> [Opening] {
        openings(atEndOf: tail).filter { $0.held >= 3 && !$0.whole }
    }

    /// The term starts `tail` ends with that mark a cut inside a term when a paragraph opens with
    /// the rest: `cutOpenings`, or one or two characters held whose rest is three or more, right
    /// after a level or a session (`…与会的市人` | `大代表建议…`, `…徽县人大` | `常委会有关负责人…`,
    /// `…第十八届人民` | `代表大会…`). Elsewhere such an ending is a subhead's last word
    /// (`打造群众身边的人大`, `代表来自人民`), and paragraphs open with `常委会…` or `检察院…` anyway.
    func cutOpeningsBeforeLongRest(atEndOf tail: [Unicode.Scalar]) -> [Opening] {
        openings(atEndOf: tail).filter { o in
            guard !o.whole else { return false }
            if o.held >= 3 { return true }
            guard startsAfterLevel(o), terms[o.term].count - o.held >= 3, tail.count > o.held else { return false }
            return SeamTerms.levels.contains(tail[tail.count - o.held - 1])
        }
    }

    /// Levels and a session, before an institution's name (`市人大`, `县人民政府`, `届人民代表大会`,
    /// `各级人大代表`).
    static let levels = ScalarSet(Array("省市县区旗州盟镇乡届级".unicodeScalars))

    /// True when `head` goes on with the rest of one of `openings` (a term spans the seam).
    func continues(_ openings: [Opening], _ head: [Unicode.Scalar]) -> Bool {
        for (t, k, _) in openings {
            let rest = terms[t][k...]
            if head.count >= rest.count && head[..<rest.count].elementsEqual(rest) { return true }
        }
        return false
    }
}
