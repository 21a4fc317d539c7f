/// A paragraph printed with its article's closing credit on the same line
/// (`…让农村群众喝上安全水、放心水。（刘晓峰）`) ends that article, wherever the page printed it.
///
/// On a scrambled page such a paragraph can sit inside another article's text: the credit then
/// becomes the byline of the article it closes (the assembler sees to that), while the paragraph's
/// text was read on with its neighbours. This moves the paragraph to the end of the section whose
/// byline the credit is. Only whole sentences move (the paragraph and the text before it in its
/// old section end a sentence, as does the last text of its new section), so no phrase across a
/// seam is made or broken and per-file counts stay as they were.
struct CreditedParagraphPlacement {
    /// Moves each section's inline closing-credit paragraph out of another section's body.
    func place(_ sections: inout [Section], source: SourceText) {
        for s in sections.indices {
            guard let b = sections[s].byline, b.placement == .closing else { continue }
            for t in sections.indices where t != s {
                guard let k = sections[t].body.firstIndex(where: { $0.line == b.line && $0.range.upperBound <= b.range.lowerBound }) else { continue }
                let piece = sections[t].body[k]
                guard endsSentence(piece, source),
                      k == 0 || endsSentence(sections[t].body[k - 1], source),
                      sections[s].body.last.map({ endsSentence($0, source) }) ?? true,
                      !sections[t].captionLines.contains(piece.line) else { break }
                sections[t].body.remove(at: k)
                sections[s].body.append(piece)
                break
            }
        }
    }

    /// Whether a piece's printed text ends a sentence (trailing spaces aside).
    func endsSentence(_ p: LinePiece, _ source: SourceText) -> Bool {
        var e = p.range.upperBound
        while e > p.range.lowerBound && ScalarClass.isSpace(source.scalars[e - 1]) { e -= 1 }
        return e > p.range.lowerBound && LineClassifier.endsSentence(source, (e - 1)..<e)
    }
}
