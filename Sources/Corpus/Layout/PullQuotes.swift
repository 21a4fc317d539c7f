/// Pull quotes: a sentence of an article printed again in display type beside it (`“朱鹮要保护好，` /
/// `乡亲们的日子也要过好。”`, sometimes with its speaker under it, `——张秀琴`). Its words are the
/// article's already; as a paragraph of its own it would take a cut sentence's landing, or be one.
///
/// A paragraph of three lines at most between blank lines, wholly inside one quotation (opening with
/// `“`, closing with `”`), whose words are printed again elsewhere in the file, is a caption of the
/// page; so is a speaker's line right under it (`——` and a name).
enum PullQuotes {
    /// Quoted paragraphs searched for a file at most.
    static let maxCandidates = 24
    /// `units` with each pull quote (and its speaker's line) made a caption.
    /// (At most `maxCandidates` paragraphs a file are searched for: each search reads the whole file,
    /// and a page prints a few pull quotes, not hundreds.)
    static func mark(_ units: inout [LayoutUnit], source: SourceText) {
        var flat: [Unicode.Scalar]? = nil
        var lineOf = [Int32]()
        var searched = 0
        for k in units.indices where units[k].kind == .paragraph && units[k].pieces.count <= 3 {
            guard let core = quoted(units[k], source: source), blankAround(units[k], source: source) else { continue }
            searched += 1
            if searched > maxCandidates { return }
            if flat == nil {
                var f = [Unicode.Scalar](), l = [Int32]()
                f.reserveCapacity(source.scalars.count)
                l.reserveCapacity(source.scalars.count)
                for line in 1...max(1, source.lineCount) {
                    for s in source.scalars[source.lineRange(line)] where !ScalarClass.isSpace(s) {
                        f.append(ScalarClass.fold(s))
                        l.append(Int32(line))
                    }
                }
                flat = f
                lineOf = l
            }
            let own = Set(units[k].pieces.map(\.line))
            guard repeatsElsewhere(core, in: flat!, lineOf: lineOf, outside: own) else { continue }
            units[k].kind = .caption
            if k + 1 < units.count, units[k + 1].firstLine == units[k].lastLine + 1, isSpeaker(units[k + 1], source: source) {
                units[k + 1].kind = .caption
            }
        }
    }

    /// The quotation's words (folded, no white space, without the marks around them) of a paragraph
    /// wholly inside one quotation, six to forty of them; nil otherwise.
    static func quoted(_ u: LayoutUnit, source: SourceText) -> [Unicode.Scalar]? {
        // (The marks first, read in place: most short paragraphs stop here, before any allocation.)
        guard let a = u.pieces.first, let b = u.pieces.last,
              source.scalars[a.range].first(where: { !ScalarClass.isSpace($0) }).map(ScalarClass.fold) == "“",
              source.scalars[b.range].last(where: { !ScalarClass.isSpace($0) }).map(ScalarClass.fold) == "”" else { return nil }
        var t = [Unicode.Scalar]()
        for p in u.pieces { for s in source.scalars[p.range] where !ScalarClass.isSpace(s) { t.append(ScalarClass.fold(s)) } }
        guard t.count >= 8, t.count <= 42, t.first == "“", t.last == "”" else { return nil }
        let inner = t[1..<(t.count - 1)]
        // (One quotation: no mark opening or closing another inside.)
        guard !inner.contains("“"), !inner.contains("”") else { return nil }
        return Array(inner)
    }

    /// Whether the lines right above and below the unit are blank (or the file's ends); below, a
    /// speaker's line may stand between.
    static func blankAround(_ u: LayoutUnit, source: SourceText) -> Bool {
        func blank(_ l: Int) -> Bool { l < 1 || l > source.lineCount || source.scalars[source.lineRange(l)].allSatisfy(ScalarClass.isSpace) }
        guard blank(u.firstLine - 1) else { return false }
        if blank(u.lastLine + 1) { return true }
        return blank(u.lastLine + 2) && isSpeakerLine(source.scalars[source.lineRange(u.lastLine + 1)])
    }

    /// A speaker's line: `——` and a name of two to four characters (`——张秀琴`).
    static func isSpeaker(_ u: LayoutUnit, source: SourceText) -> Bool {
        u.pieces.count == 1 && isSpeakerLine(source.scalars[u.pieces[0].range])
    }

    static func isSpeakerLine(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let t = line.filter { !ScalarClass.isSpace($0) }
        guard t.count >= 3, t[0] == "—" || t[0] == "─" else { return false }
        var k = 0
        while k < t.count && (t[k] == "—" || t[k] == "─" || t[k] == "-") { k += 1 }
        guard t.count - k >= 2, t.count - k <= 4 else { return false }
        return PersonName.isPlausible(ArraySlice(t[k...]))
    }

    /// Whether `core` occurs in `flat` starting on a line outside `own`.
    static func repeatsElsewhere(_ core: [Unicode.Scalar], in flat: [Unicode.Scalar], lineOf: [Int32], outside own: Set<Int>) -> Bool {
        guard let c0 = core.first, flat.count >= core.count else { return false }
        var i = 0
        while i + core.count <= flat.count {
            if flat[i] == c0, !own.contains(Int(lineOf[i])) {
                var m = 1
                while m < core.count && flat[i + m] == core[m] { m += 1 }
                if m == core.count { return true }
            }
            i += 1
        }
        return false
    }
}
