/// Two narrow columns extracted line by line in turn: a PDF whose two columns sit a little apart in
/// height comes out with one column's line, then the other's, then the first's again
/// (`8月20日，平顺县十七届人` / `8月22日，壶关县人大常委` / `大常委会第十九次会议召开，` / `会就全县…`).
/// Read in file order every line break lands in the other column's text; read two lines apart, the
/// words go on across the breaks (`人|大常委会`, `委|会就`, `候选|项目`).
///
/// A run of paragraph lines with no blank line between them is read both ways. Where a stretch of
/// it goes on across the breaks two lines apart clearly more often than across its own breaks,
/// its lines are dealt into two streams, each cut into paragraphs as the classifier cuts a column;
/// the lines before and after the stretch stay paragraphs of their own. Pages never extracted so
/// leave every run as it was: their breaks go on with the next line, not the one after.
enum InterleavedColumns {
    /// Shortest stretch taken for two columns in turn, in lines.
    static let minLines = 8
    /// How many more breaks must go on two lines apart than one line apart.
    static let minMargin = 4

    /// `units` with each stretch of interleaved lines dealt into the two columns' paragraphs.
    /// `width` is the page's column width (lines of a full column).
    static func split(_ units: [LayoutUnit], source: SourceText, width: Double) -> [LayoutUnit] {
        var out = [LayoutUnit]()
        out.reserveCapacity(units.count)
        var k = 0
        while k < units.count {
            // A run of paragraphs printed line under line, with no blank line or other unit between.
            var end = k
            if units[k].kind == .paragraph {
                while end + 1 < units.count, units[end + 1].kind == .paragraph,
                      units[end + 1].firstLine == units[end].lastLine + 1 { end += 1 }
            }
            let pieces = units[k].kind == .paragraph ? units[k...end].flatMap(\.pieces) : []
            guard pieces.count >= minLines, consecutive(pieces), let (p, q) = stretch(pieces, source: source) else {
                out.append(contentsOf: units[k...end])
                k = end + 1
                continue
            }
            let streamA = stride(from: p, through: q, by: 2).map { pieces[$0] }
            let streamB = stride(from: p + 1, through: q, by: 2).map { pieces[$0] }
            for part in [Array(pieces[..<p]), streamA, streamB, Array(pieces[(q + 1)...])] where !part.isEmpty {
                out.append(contentsOf: paragraphs(part, source: source, width: width))
            }
            // (The run's first paragraph may open after a dateline: so does the first one made.)
            if let first = out.firstIndex(where: { $0.pieces.first == units[k].pieces.first }) {
                out[first].afterDateline = units[k].afterDateline
                out[first].jumpsIn = out[first].jumpsIn || units[k].jumpsIn
            }
            k = end + 1
        }
        return out
    }

    /// Whether the pieces are whole lines in line order, one per line.
    static func consecutive(_ pieces: [LinePiece]) -> Bool {
        zip(pieces, pieces.dropFirst()).allSatisfy { $1.line == $0.line + 1 }
    }

    /// The stretch `p...q` of `pieces` read best as two columns in turn, if any: the one where the
    /// breaks going on two lines apart outnumber those going on with the next line by the most.
    static func stretch(_ pieces: [LinePiece], source: SourceText) -> (Int, Int)? {
        let n = pieces.count
        var last = [Unicode.Scalar](), first = [Unicode.Scalar]()
        last.reserveCapacity(n)
        first.reserveCapacity(n)
        for piece in pieces {
            let scalars = source.scalars[piece.range]
            last.append(scalars.last(where: { !ScalarClass.isSpace($0) }).map(ScalarClass.fold) ?? " ")
            first.append(scalars.first(where: { !ScalarClass.isSpace($0) }).map(ScalarClass.fold) ?? " ")
        }
        let words = CommonWords.shared
        func goesOn(_ a: Int, _ b: Int) -> Int { continues(last[a], first[b], words: words) ? 1 : 0 }
        // Each break's evidence: `across[i]` whether line i goes on in line i + 2, `next[i]` in i + 1.
        let across = (0..<n).map { i in i + 2 < n ? goesOn(i, i + 2) : 0 }
        let next = (0..<n).map { i in i + 1 < n ? goesOn(i, i + 1) : 0 }
        // Cheap first: a run whose breaks two lines apart never outnumber its own is left at once.
        guard across.reduce(0, +) >= next.reduce(0, +) + minMargin else { return nil }
        var best: (score: Int, p: Int, q: Int)? = nil
        for p in 0..<n {
            var score = 0
            for q in p..<n {
                // Lines p...q in turn: breaks i → i + 2 inside the stretch count for it, breaks
                // i → i + 1 inside it against it.
                if q - 2 >= p { score += across[q - 2] }
                if q - 1 >= p { score -= next[q - 1] }
                if q - p + 1 >= minLines, score >= minMargin, best.map({ score > $0.score }) ?? true { best = (score, p, q) }
            }
        }
        return best.map { ($0.p, $0.q) }
    }

    /// Whether a line ending with `a` goes on in a line opening with `b`: a common word across the
    /// break (`人|大`), or a number going on into its digits, approximation or unit (`260 |余公里`).
    static func continues(_ a: Unicode.Scalar, _ b: Unicode.Scalar, words: CommonWords) -> Bool {
        if ScalarClass.isDigit(a) { return ScalarClass.isDigit(b) || numberTails.contains(b) }
        return words.isWord(a, b)
    }

    /// What goes on right after a number: approximation marks and units.
    static let numberTails = ScalarSet(Array("余多万亿个名件条人年元次项户家位场%．.".unicodeScalars))

    /// A column's lines cut into paragraphs as the classifier cuts them: a line ending a sentence
    /// short of the column's width ends its paragraph.
    static func paragraphs(_ pieces: [LinePiece], source: SourceText, width: Double) -> [LayoutUnit] {
        var out = [LayoutUnit]()
        var current = [LinePiece]()
        func flush() {
            guard let head = current.first, let tail = current.last else { return }
            var u = LayoutUnit(kind: .paragraph, pieces: current)
            u.cutEnd = !LineClassifier.endsSentence(source, tail.range)
            u.continuationStart = LineClassifier.startsMidSentence(source, head.range)
            u.opensIndented = LineClassifier.isIndented(source, head)
            u.indentedInside = current.dropFirst().contains { LineClassifier.isIndented(source, $0) }
            u.jumpsIn = LineClassifier.jump(source, atStartOf: head.range) == .in
            u.jumpsOut = LineClassifier.jump(source, atEndOf: tail.range) == .out
            out.append(u)
            current = []
        }
        for piece in pieces {
            current.append(piece)
            let visible = source.scalars[piece.range].reduce(0) { $0 + (ScalarClass.isSpace($1) ? 0 : 1) }
            if LineClassifier.endsSentence(source, piece.range) && Double(visible) < width * 0.9 { flush() }
        }
        flush()
        return out
    }
}
