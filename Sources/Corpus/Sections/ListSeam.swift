/// An enumeration cut by a column seam (`…详细了解良种繁育、饲草` | `种植、屠宰加工和品牌建设等情况。`):
/// a tail whose last clause is a list left open goes on with a head whose first clause closes a
/// list (`等情况`, `等问题`). (A head whose first clause only holds a list may open a sentence of its
/// own, `视察组走进保种场、养殖场和加工企业，…`; one that holds and closes a list goes on from any
/// tail cut at a word, so says nothing of which.) Lists are the
/// usual body of these reports (what the inspectors saw, what the deputies raised), and column
/// seams fall inside them often; corpus statistics know nothing across such a seam (`饲草|种植`).
enum ListSeam {
    /// The enumeration comma `、`.
    static let enumerationComma: Unicode.Scalar = "\u{3001}"

    /// How far into a head its first clause is read for a list's end (with eight more).
    static let reach = 24

    /// The end of a clause: sentence-final punctuation, a comma or a colon (not `、`).
    @inline(__always) static func endsClause(_ c: Unicode.Scalar) -> Bool {
        let f = ScalarClass.fold(c)
        return ScalarClass.isSentenceFinal(f) || f == "," || f == ":"
    }

    /// Whether `tail` ends inside an item (a Han character) of a list its last clause holds, after
    /// a clause of its own (`…加工企业，详细了解良种繁育、饲草`): a line of parallel phrases alone
    /// (`让古城留下记忆、留住乡愁`) is a subhead, not a cut list.
    static func openAtEnd(_ tail: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = tail.last, ScalarClass.isHan(last) else { return false }
        var k = tail.endIndex - 1
        var comma = false
        while k >= tail.startIndex {
            let c = tail[k]
            if endsClause(c) { return comma }
            if c == enumerationComma {
                // The item cut is short: after a long one the list has closed
                // (`察看了水源地、水厂建设运行情况并听取了`).
                if !comma && tail.endIndex - k - 1 > maximumCutItem { return false }
                comma = true
            }
            k -= 1
        }
        return false
    }

    /// The most characters after the last enumeration comma of a list still open at a cut.
    static let maximumCutItem = 6

    /// What a list's closing `等` is followed by in a list's rest: the kind of things listed
    /// (`等情况`, `等问题`; and the means listed, `…、问卷调查等方式`, `…等渠道`), not a verb
    /// (`…张国华等参加`) or a place (`…韩山镇等地`).
    static let closingNouns: [[Unicode.Scalar]] = [
        "情况", "问题", "方面", "环节", "工作", "领域", "内容", "事项", "难题", "短板", "措施", "项目", "建议", "意见", "困难",
        "方式", "形式", "渠道", "途径", "手段", "方法", "活动",
    ].map { Array($0.unicodeScalars) }

    /// Openings of a sentence of its own (a subject or a preposition before its list: `代表们围绕…、…等话题`,
    /// `针对项目用地难、融资难等问题，…`): no list's rest.
    static let sentenceOpenings: [[Unicode.Scalar]] = [
        "代表们", "委员们", "与会", "围绕", "针对", "聚焦", "调研组", "视察组", "检查组", "常委会", "县人大", "市人大", "区人大",
        "就", "对", "在", "为", "从", "经", "据",
    ].map { Array($0.unicodeScalars) }

    /// Function words that open with a one-character preposition (`经过…`, `对于…`, `为了…`): still
    /// a sentence's opening.
    static let prepositionWords: [[Unicode.Scalar]] = [
        "经过", "对于", "为了", "从而", "从此", "从来", "从严", "就是", "就此", "据说", "据悉", "在于", "在此", "为此", "对此", "经由",
    ].map { Array($0.unicodeScalars) }

    /// Whether `head` opens a sentence of its own (`sentenceOpenings`). A one-character preposition
    /// that makes a common word with the character after it is no preposition there (`从业人员…`,
    /// `经济…`, `对象…`), unless that word is itself a function word (`经过…`).
    static func opensSentence(_ head: ArraySlice<Unicode.Scalar>, words: CommonWords?) -> Bool {
        guard let opening = sentenceOpenings.first(where: { head.starts(with: $0) }) else { return false }
        guard opening.count == 1, let w = words, head.count >= 2 else { return true }
        let a = head[head.startIndex], b = head[head.startIndex + 1]
        guard w.isWord(a, b) else { return true }
        return prepositionWords.contains { $0[0] == a && $0[1] == b }
    }

    /// The most characters before a list's rest shows its first enumeration comma or `等`.
    static let maximumLead = 12

    /// What the first clause of `head` does with a list: holds an enumeration comma (`comma`),
    /// closes a list with `等` and a kind of things listed right before the clause ends (`closing`:
    /// `…和品牌建设等情况。`). Not a sentence of its own (`sentenceOpenings`), nor one whose list starts
    /// late (more than `maximumLead` characters before its first `、` or `等`).
    static func atStart(_ head: ArraySlice<Unicode.Scalar>, words: CommonWords? = nil) -> (comma: Bool, closing: Bool) {
        var comma = false
        if opensSentence(head, words: words) { return (false, false) }
        var k = head.startIndex
        while k < head.endIndex && k - head.startIndex < reach + 8 {
            let c = head[k]
            if endsClause(c) { return (comma, false) }
            if (c == enumerationComma || c == "等") && !comma && k - head.startIndex > maximumLead { return (false, false) }
            if c == enumerationComma { comma = true }
            if c == "等" {
                let after = head[(k + 1)...]
                if let noun = closingNouns.first(where: { after.starts(with: $0) }),
                   k + 1 + noun.count < head.endIndex, endsClause(head[k + 1 + noun.count]) { return (comma, true) }
            }
            k += 1
        }
        return (comma, false)
    }

    /// Whether the first clause of `head` is a list's last items and nothing more: short (ten
    /// characters at most before its comma or full stop), an item, a conjunction (`和`, `及`, `与`) and one more item of
    /// six characters at most (`餐馆和旅行社，并召开…`), not a sentence of its own (`sentenceOpenings`).
    /// The item opens with a common word (`餐馆`): a head opening with a word's tail (`署要求和…`, the
    /// rest of `部署`) goes on from some other cut.
    /// A tail left open after an enumeration comma (`…走访了 17 家客栈、`) goes on with such a head.
    static func closesWithLastItem(_ head: ArraySlice<Unicode.Scalar>, words: CommonWords?) -> Bool {
        guard let words, head.count >= 2 else { return false }
        // (The clause's shape first, scalar by scalar: most heads fail it within a few characters,
        // before any word is looked up.)
        var k = head.startIndex
        var conjunction: Int?
        while k < head.endIndex && k - head.startIndex <= 10 {
            let c = head[k]
            if endsClause(c) {
                guard let m = conjunction, k - m - 1 >= 1 && k - m - 1 <= 6 else { return false }
                return words.isWord(head[head.startIndex], head[head.startIndex + 1]) && !opensSentence(head, words: words)
            }
            guard ScalarClass.isHan(c) else { return false }
            if (c == "和" || c == "及" || c == "与") && k > head.startIndex + 1 && conjunction == nil { conjunction = k }
            k += 1
        }
        return false
    }

    /// Whether the first clause of `head` is a whole list closed as an object is, by `等`, a kind of
    /// things listed and, it may be, their count (`自来水入户、小区停车等问题 96 件。`, `道路、饮水等问题，`):
    /// the object of a verb closed by `了` at a cut (`…推动解决了`), not a sentence of its own. Its first
    /// item is short (eight characters at most).
    static func isListObject(_ head: ArraySlice<Unicode.Scalar>, words: CommonWords? = nil) -> Bool {
        guard !opensSentence(head, words: words) else { return false }
        var k = head.startIndex
        var comma = false
        while k < head.endIndex && k - head.startIndex < reach + 8 {
            let c = head[k]
            if endsClause(c) { return false }
            if c == enumerationComma {
                // (Its first item short: a clause of its own before a list, `综合运用听取和审议专项报告、…
                // 等方式，`, is no object.)
                if !comma && k - head.startIndex > 8 { return false }
                comma = true
            }
            if c == "等" {
                guard comma, let noun = closingNouns.first(where: { head[(k + 1)...].starts(with: $0) }) else { return false }
                var e = k + 1 + noun.count
                // (Its count: digits, spaces between, one measure word.)
                var digits = 0
                while e < head.endIndex && (ScalarClass.isDigit(ScalarClass.fold(head[e])) || ScalarClass.isSpace(head[e])) {
                    if ScalarClass.isDigit(ScalarClass.fold(head[e])) { digits += 1 }
                    e += 1
                }
                if digits > 0 {
                    guard e < head.endIndex, ScalarClass.isHan(head[e]) else { return false }
                    e += 1
                }
                return e < head.endIndex && endsClause(head[e])
            }
            k += 1
        }
        return false
    }

    /// Whether a head goes on as a list's item does: a `、` or the list's closing `等` within its first
    /// six characters, before its clause ends (`卷调查等方式，…`, `调查、走访…`).
    static func goesOnAsList(_ head: [Unicode.Scalar]) -> Bool {
        for c in head.prefix(6) {
            if endsClause(c) { return false }
            if c == enumerationComma || c == "等" { return true }
        }
        return false
    }

    /// Whether a seam between a tail whose list is open (`openAtEnd`) or not and a head whose first
    /// clause does `start` (`atStart`) reads on as one list: the head closes the list the tail left
    /// open.
    static func continues(openTail: Bool, _ start: (comma: Bool, closing: Bool)) -> Bool {
        openTail && start.closing
    }
}
