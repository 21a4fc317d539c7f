import Foundation

/// A brief's headline the extractor printed inside another article's text: a headline that names a
/// county the article it sits in is not about (`静海区人大审议生态环境保护工作报告` between two halves
/// of a 宝坻 brief), read as that article's subhead, while a brief opened by its writer's credit
/// (`本报讯（通讯员 NAME）日前，静海区人大常委会召开会议，…`) has no headline. The headline titles the
/// one untitled, credited brief whose opening names its county, when it is the only such headline
/// for that brief.
enum DisplacedHeadlines {
    static func place(_ sections: inout [Section], source: SourceText, gazetteer: Gazetteer) {
        // (A brief whose title moved to the brief it names is untitled in its turn: its own headline,
        // held as its subhead, `静海区人大审议…` under `蓟州区人大常委会召开…`, is tried once more.)
        if placeOnce(&sections, source: source, gazetteer: gazetteer) {
            _ = placeOnce(&sections, source: source, gazetteer: gazetteer)
        }
    }

    /// One pass of `place`; whether a title moved off the article that held it.
    private static func placeOnce(_ sections: inout [Section], source: SourceText, gazetteer: Gazetteer) -> Bool {
        guard sections.count >= 2 else { return false }
        // Untitled briefs opened by their writer's credit.
        let briefs = sections.indices.filter { y in
            sections[y].title == nil && sections[y].titleLines.isEmpty && sections[y].byline?.placement == .opening && !sections[y].body.isEmpty
        }
        guard !briefs.isEmpty else { return false }
        func codes(_ text: [Unicode.Scalar]) -> Set<String> { gazetteer.countyCodes(in: text).all }
        /// The opening of a section's text (its first lines), where a brief names its place.
        func opening(_ s: Section) -> [Unicode.Scalar] {
            var t = [Unicode.Scalar]()
            for p in s.body.prefix(3) { t += source.scalars[p.range] }
            return t
        }
        // The counties each brief's opening names: a headline must name one of them. (Read first,
        // once: most pages have no such brief naming a county, and no headline is read then.)
        let briefCodes = briefs.map { codes(opening(sections[$0])) }
        let named = briefCodes.reduce(into: Set<String>()) { $0.formUnion($1) }
        guard !named.isEmpty else { return false }
        // Headlines held as subheads: runs of consecutive subhead lines, one or two lines, each
        // shaped as a headline (no sentence punctuation), naming a county.
        // (Or the title the layout gave an article with a credit of its own whose opening names
        // another county: `蓟州区人大常委会召开…` over `爷说。` titling the 静海 brief below.)
        // Body text lines: a sentence is cut only in text, not at a credit, a caption or a headline.
        // (Flagged when first asked: most pages have no headline to try.)
        var bodyFlags = [Bool]()
        func isBodyLine(_ l: Int) -> Bool {
            if bodyFlags.isEmpty {
                bodyFlags = [Bool](filled: false, count: source.lineCount + 2)
                for t in sections { for p in t.body where p.line < bodyFlags.count { bodyFlags[p.line] = true } }
            }
            return l < bodyFlags.count && bodyFlags[l]
        }
        var headlines = [(holder: Int, lines: [Int], codes: Set<String>, isTitle: Bool, namesHolder: Bool)]()
        for x in sections.indices {
            var runs = [[Int]]()
            for l in sections[x].subheadLines.sorted() {
                if let last = runs.last?.last, last + 1 == l { runs[runs.count - 1].append(l) } else { runs.append([l]) }
            }
            // (Or a text paragraph of one line shaped as a headline, which reading-order repair left
            // alone when the cut text under it went back to its article: `静海区人大审议…` over
            // `度和存在的困难…`.)
            // (Only a line short enough for a headline and ending no sentence is tried: most text
            // lines set apart on a hard-wrapped page are read no further.)
            // (A line held as two pieces is one run.)
            for p in sections[x].body where headlineLength(p.line, source) && setApart(p.line, p.line, source)
                && !sections[x].subheadLines.contains(p.line) && !runs.contains([p.line]) {
                runs.append([p.line])
            }
            let titled = sections[x].byline?.placement == .opening && !sections[x].titleLines.isEmpty
            if titled { runs.append(sections[x].titleLines) }
            // What the holder is about: its title (a subhead's holder), office and opening (read
            // when a headline of it names a brief's county).
            var ownCodes: Set<String>? = nil
            for r in runs where r.count <= 2 && setApart(r, source) && printedInsideASentence(r, source, text: isBodyLine)
                && r.allSatisfy({ LineClassifier.headingShape(LineScalars(source.line($0))) == 2 }) {
                var text = [Unicode.Scalar]()
                for l in r { text += source.scalars[source.lineRange(l)] }
                let c = codes(text)
                guard !c.isDisjoint(with: named) else { continue }
                if ownCodes == nil {
                    var own = [Unicode.Scalar]()
                    if let t = sections[x].title, !titled { own += t.unicodeScalars }
                    if let o = sections[x].office { own += o.unicodeScalars }
                    own += opening(sections[x])
                    ownCodes = codes(own)
                }
                let isTitle = titled && r == sections[x].titleLines
                // (A title moves only off an article that names a county of its own: `近日，县人大常委会…`
                // under `宁城县：…` names none, and is that title's. A subhead naming its holder's
                // county may still be the holder's own title, printed above its credit.)
                guard !(isTitle && ownCodes!.isEmpty) else { continue }
                headlines.append((x, r, c, isTitle, !c.isDisjoint(with: ownCodes!)))
            }
        }
        guard !headlines.isEmpty else { return false }
        // The headlines naming each brief's county.
        var matches = [(headline: Int, brief: Int)]()
        for (k, y) in briefs.enumerated() {
            // (Or the brief's own text took it, printed above its credit.)
            let found = headlines.indices.filter { h in
                let own = headlines[h].holder == y
                return (own ? !headlines[h].isTitle && headlines[h].lines.last! < sections[y].byline!.line : !headlines[h].namesHolder)
                    && !headlines[h].codes.isDisjoint(with: briefCodes[k])
            }
            if found.count == 1 { matches.append((found[0], y)) }
        }
        var titleMoved = false
        for m in matches where matches.filter({ $0.headline == m.headline }).count == 1 {
            let h = headlines[m.headline]
            if h.isTitle {
                titleMoved = true
                sections[m.brief].title = sections[h.holder].title
                sections[m.brief].titleLines = h.lines
                sections[h.holder].title = nil
                sections[h.holder].titleLines = []
                continue
            }
            let lines = Set(h.lines)
            let pieces = sections[h.holder].body.filter { lines.contains($0.line) }
            guard pieces.count == h.lines.count else { continue }
            sections[h.holder].removeFromText(lines)
            sections[m.brief].takeTitle(pieces, source: source)
        }
        return titleMoved
    }

    /// Whether the lines, set apart by blank lines, are printed where a sentence is cut: the text
    /// line (`text` of it true: a body line of the page) above them ends without
    /// sentence-final punctuation (`…居民王大`) or the one below opens mid-sentence (`爷说。`,
    /// `度和存在的困难…`). A subhead of the article it sits in stands between whole sentences.
    /// Whether the lines have a blank line right above and right below them. (A paragraph's first
    /// lines read as a heading, `彭州市人大常委会将推广运行` / `“网上代表之家”作为代表工作的基础` /
    /// `性、突破性工作，…`, run on into the line below.)
    static func setApart(_ lines: [Int], _ source: SourceText) -> Bool {
        guard let first = lines.first, let last = lines.last else { return false }
        return setApart(first, last, source)
    }

    /// `setApart` of the lines `first...last`.
    static func setApart(_ first: Int, _ last: Int, _ source: SourceText) -> Bool {
        guard first > 1, last < source.lineCount else { return false }
        return SectionAssembler.blankLines(source, after: first - 2, before: first) == 1
            && SectionAssembler.blankLines(source, after: last, before: last + 2) == 1
    }

    /// Whether a line is short enough for a headline (`LineClassifier.maxHeading` visible scalars at
    /// most) and holds no sentence-final punctuation: read on the source, before any copy is made.
    static func headlineLength(_ l: Int, _ source: SourceText) -> Bool {
        var visible = 0
        for c in source.scalars[source.lineRange(l)] where !ScalarClass.isSpace(c) {
            visible += 1
            if visible > LineClassifier.maxHeading || ScalarClass.isSentenceFinal(ScalarClass.fold(c)) { return false }
        }
        return visible >= 2
    }

    static func printedInsideASentence(_ lines: [Int], _ source: SourceText, text: (Int) -> Bool) -> Bool {
        func blank(_ l: Int) -> Bool { source.scalars[source.lineRange(l)].allSatisfy(ScalarClass.isSpace) }
        /// The line's first visible scalars, enough to tell how it opens (a whole line of a web
        /// export runs to hundreds).
        func opening(_ l: Int) -> [Unicode.Scalar] {
            var t = [Unicode.Scalar]()
            for c in source.scalars[source.lineRange(l)] where !ScalarClass.isSpace(c) {
                t.append(c)
                if t.count == 40 { break }
            }
            return t
        }
        guard setApart(lines, source), let first = lines.first, let last = lines.last else { return false }
        var above = first - 1
        while above >= 1 && blank(above) { above -= 1 }
        var below = last + 1
        while below <= source.lineCount && blank(below) { below += 1 }
        if above >= 1, text(above), let end = source.scalars[source.lineRange(above)].last(where: { !ScalarClass.isSpace($0) }).map(ScalarClass.fold),
           ScalarClass.isHan(end) || end == "," || end == "、" {
            return true
        }
        if below <= source.lineCount, text(below) {
            let t = opening(below)
            if ReadingOrder.endsCutSentence(t) || SentenceOpening.opensMidClause(t) { return true }
        }
        return false
    }
}
