/// The set phrases an article's title puts in quotation marks (`“暖心台账”记下群众冷暖`): a report names
/// its own project so, in its title and again in its text, and rarely another article's. A piece
/// of text quoting a phrase that exactly one title quotes, of the articles it is scored against, is
/// that article's:
/// `SectionSimilarity` adds this to the rare bigrams it shares. Shared formulations are no
/// signature: a phrase holding a numeral (`“三个工作法”`, `“两个确立”`) or a genre term (`“网上代表之家”`)
/// is left out.
struct SignatureQuotes {
    /// The shortest and longest quoted phrase kept, in Han characters.
    static let minimumLength = 2, maximumLength = 10

    /// Per phrase, the one section position quoting it, or -1 when several do.
    private var owner: [[Unicode.Scalar]: Int] = [:]

    init() {}

    /// Records the phrases `text` (a title) quotes as quoted by the section at `position`.
    mutating func add(_ text: [Unicode.Scalar], position: Int) {
        for q in SignatureQuotes.phrases(in: text) {
            if let known = owner[q] { if known != position { owner[q] = -1 } } else { owner[q] = position }
        }
    }

    /// The section positions whose phrase (quoted by no other section) `text` quotes, ascending.
    func owners(quotedIn text: [Unicode.Scalar]) -> [Int] {
        guard !owner.isEmpty else { return [] }
        var out = [Int]()
        for q in SignatureQuotes.phrases(in: text) {
            if let o = owner[q], o >= 0, !out.contains(o) { out.append(o) }
        }
        return out.sorted()
    }

    /// The Han phrases between a pair of double quotation marks or corner brackets (`“…”`, `「…」`,
    /// `『…』`), two to ten characters, that are no shared formulation (`isShared`), in order.
    static func phrases(in text: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var out = [[Unicode.Scalar]]()
        var i = 0
        while i < text.count {
            let kind = QuoteSeam.openKind(text[i])
            guard kind == 0 || kind == 2 || kind == 3 else { i += 1; continue }
            var j = i + 1
            while j < text.count && j - i <= maximumLength + 1 && ScalarClass.isHan(text[j]) { j += 1 }
            if j < text.count && QuoteSeam.closeKind(text[j]) == kind && j - i - 1 >= minimumLength && j - i - 1 <= maximumLength {
                let q = Array(text[(i + 1)..<j])
                if !isShared(q) { out.append(q) }
                i = j + 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// Chinese numerals: a numbered formulation (`三个工作法`) is shared by many articles.
    static let numerals = ScalarSet(Array("〇零一二三四五六七八九十百千万两".unicodeScalars))

    /// Whether quoted phrase `q` is a formulation many articles share: it holds a numeral or a
    /// genre term (`SeamTerms`).
    static func isShared(_ q: [Unicode.Scalar]) -> Bool {
        if q.contains(where: { numerals.contains($0) }) { return true }
        return SeamTerms.shared.terms.contains { t in t.count <= q.count && PersonName.contains(q, t) }
    }
}
