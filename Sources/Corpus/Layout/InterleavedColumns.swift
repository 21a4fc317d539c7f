/// Two narrow columns extracted line by line in turn: a PDF whose two columns sit a little apart in
/// height comes out with one column's line, then the other's, then the first's again
/// (`8月20日，平顺县十七届人` / `8月22日，壶关县人大常委` / `大常委会第十九次会议召开，` / `会就全县…`).
/// Read in file order every line break lands in the other column's text; read two lines apart, the
/// words go on across the breaks (`人|大常委会`, `委|会就`, `候选|项目`).
///
/// A run of paragraph lines with no blank line between them (a one-line byline among them: a column
/// may open with `本报讯（通讯员 NAME）10月9`, the byline and its line's rest one line of that column) is
/// read both ways. Where a stretch of it goes on across the breaks two lines apart clearly more often
/// than across its own breaks, its lines are dealt into two streams, each cut into paragraphs as the
/// classifier cuts a column (a byline kept a byline), and the lines before and after the stretch are
/// cut so too, as paragraphs of their own. The first column's paragraphs come before the second's in
/// the units (no longer in file order there). Pages never extracted so leave every run as it was: their breaks go on with the next
/// line, not the one after.
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
            // A run of paragraphs printed line under line, with no other unit between but a byline
            // of one line (a column may open with `本报讯（通讯员 NAME）…`).
            var end = k
            if units[k].kind == .paragraph || mayBeInRun(units[k]) {
                while end + 1 < units.count, units[end + 1].kind == .paragraph || mayBeInRun(units[end + 1]),
                      units[end + 1].firstLine <= units[end].lastLine + 1 { end += 1 }
            }
            // (A cheap pass first, over the run as it stands: most runs are one column's lines.)
            guard units[k...end].contains(where: { $0.kind == .paragraph }), mayInterleave(units[k...end], source: source) else {
                out.append(contentsOf: units[k...end])
                k = end + 1
                continue
            }
            // The run's lines, one piece each (a byline's line and the text after it on that line
            // are one line of its column).
            var pieces = [LinePiece](), owner = [Int]()
            for u in k...end {
                for piece in units[u].pieces {
                    if let last = pieces.last, last.line == piece.line {
                        pieces[pieces.count - 1] = LinePiece(line: last.line, range: last.range.lowerBound..<piece.range.upperBound)
                    } else {
                        pieces.append(piece)
                        owner.append(u)
                    }
                }
            }
            guard let (p, q) = stretch(pieces, source: source) else {
                out.append(contentsOf: units[k...end])
                k = end + 1
                continue
            }
            let streams = [Array(stride(from: p, through: q, by: 2)), Array(stride(from: p + 1, through: q, by: 2))]
            for part in [Array(0..<p)] + streams + [Array((q + 1)..<pieces.count)] where !part.isEmpty {
                // A byline's line keeps its byline (`本报讯（…）`), its text after it the column's first.
                var text = [LinePiece](), dateline = false
                func flush() {
                    var made = paragraphs(text, source: source, width: width)
                    if dateline && !made.isEmpty { made[0].afterDateline = true }
                    out.append(contentsOf: made)
                    text = []
                    dateline = false
                }
                for i in part {
                    let unit = units[owner[i]]
                    if unit.kind == .byline, let b = unit.byline, b.line == pieces[i].line {
                        flush()
                        out.append(unit)
                        // (The text printed after an inline byline on its line opens the column's text.)
                        let rest = b.range.upperBound..<pieces[i].range.upperBound
                        if rest.upperBound > rest.lowerBound, source.scalars[rest].contains(where: { !ScalarClass.isSpace($0) }) {
                            text.append(LinePiece(line: pieces[i].line, range: rest))
                        }
                        dateline = owner[i] + 1 < units.count && units[owner[i] + 1].afterDateline
                    } else {
                        text.append(pieces[i])
                    }
                }
                flush()
            }
            // (The run's first paragraph may open after a dateline: so does the first one made.)
            if let first = out.firstIndex(where: { $0.pieces.first == units[k].pieces.first }) {
                out[first].afterDateline = out[first].afterDateline || units[k].afterDateline
                out[first].jumpsIn = out[first].jumpsIn || units[k].jumpsIn
            }
            k = end + 1
        }
        return out
    }

    /// Whether a unit other than a paragraph may be a line of a column extracted in turn with
    /// another: a byline of one line (`本报讯（通讯员 孟凡雪）10月9`).
    @inline(__always) static func mayBeInRun(_ unit: LayoutUnit) -> Bool {
        unit.kind == .byline && unit.pieces.count == 1
    }

    /// Whether a run of paragraphs may hold two columns in turn: at least `minLines` lines, one
    /// piece a line in line order (a byline's and the text after it on its line one), whose breaks
    /// go on two lines apart at least `minMargin` times more than with the next line. Counted on the
    /// fly, nothing built.
    static func mayInterleave(_ run: ArraySlice<LayoutUnit>, source: SourceText) -> Bool {
        let words = CommonWords.shared
        var count = 0, across = 0, next = 0, line = 0
        var last2: Unicode.Scalar = " ", last1: Unicode.Scalar = " "
        for u in run {
            for piece in u.pieces {
                // (A byline and the text after it on its line are one line of the column.)
                if count > 0 && piece.line == line { last1 = ends(piece, source).1; continue }
                if count > 0 && piece.line != line + 1 { return false }
                line = piece.line
                let (first, last) = ends(piece, source)
                if count >= 1 && continues(last1, first, words: words) { next += 1 }
                if count >= 2 && continues(last2, first, words: words) { across += 1 }
                last2 = last1
                last1 = last
                count += 1
            }
        }
        return count >= minLines && across >= next + minMargin
    }

    /// A piece's first and last printed scalars, folded (a space for a blank piece).
    @inline(__always) static func ends(_ piece: LinePiece, _ source: SourceText) -> (Unicode.Scalar, Unicode.Scalar) {
        var a = piece.range.lowerBound, b = piece.range.upperBound - 1
        while a <= b && ScalarClass.isSpace(source.scalars[a]) { a += 1 }
        while b >= a && ScalarClass.isSpace(source.scalars[b]) { b -= 1 }
        guard a <= b else { return (" ", " ") }
        return (ScalarClass.fold(source.scalars[a]), ScalarClass.fold(source.scalars[b]))
    }

    /// The stretch `p...q` of `pieces` read best as two columns in turn, if any: the one where the
    /// breaks going on two lines apart outnumber those going on with the next line by the most
    /// (`minMargin` at least). `split` asks it of a run that `mayInterleave` let through.
    static func stretch(_ pieces: [LinePiece], source: SourceText) -> (Int, Int)? {
        let n = pieces.count
        var last = [Unicode.Scalar](), first = [Unicode.Scalar]()
        last.reserveCapacity(n)
        first.reserveCapacity(n)
        for piece in pieces {
            let (a, b) = ends(piece, source)
            first.append(a)
            last.append(b)
        }
        let words = CommonWords.shared
        func goesOn(_ a: Int, _ b: Int) -> Int { continues(last[a], first[b], words: words) ? 1 : 0 }
        // Each break's evidence: `across[i]` whether line i goes on in line i + 2, `next[i]` in i + 1.
        let across = (0..<n).map { i in i + 2 < n ? goesOn(i, i + 2) : 0 }
        let next = (0..<n).map { i in i + 1 < n ? goesOn(i, i + 1) : 0 }
        // Lines p...q in turn score the breaks i → i + 2 inside the stretch (p ≤ i ≤ q − 2) less the
        // breaks i → i + 1 inside it (p ≤ i ≤ q − 1). With running sums `sa` and `sn` (of the first t
        // breaks), score(p, q) = (sa[q − 1] − sn[q]) + (sn[p] − sa[p]): for each end q, the best start
        // is the best of the starts far enough back, kept as q grows. One pass, not one per start.
        var sa = [Int](filled: 0, count: n + 1), sn = [Int](filled: 0, count: n + 1)
        for t in 0..<n {
            sa[t + 1] = sa[t] + across[t]
            sn[t + 1] = sn[t] + next[t]
        }
        var best: (score: Int, p: Int, q: Int)? = nil
        var start: (value: Int, p: Int)? = nil
        for q in (minLines - 1)..<max(minLines - 1, n) {
            // The start q − minLines + 1 becomes possible (the earliest start wins a tie).
            let p = q - minLines + 1
            let value = sn[p] - sa[p]
            if start.map({ value > $0.value }) ?? true { start = (value, p) }
            let score = sa[q - 1] - sn[q] + start!.value
            if score >= minMargin, best.map({ score > $0.score || (score == $0.score && start!.p < $0.p) }) ?? true {
                best = (score, start!.p, q)
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
            guard !current.isEmpty else { return }
            out.append(LineClassifier.paragraphUnit(current, source: source))
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
