/// A headline printed after its article, on a page that prints the others' over theirs
/// (`…为汪清高质量发展作出新的更大贡献。` / `让全过程人民民主` / `在林区落地生根`): a subhead heads text,
/// so an untitled section whose text ends with subhead lines takes them for its title.
enum TrailingTitle {
    /// Moves the subhead lines printed last of an untitled section's text (three lines at most, text
    /// above them) into its title.
    ///
    /// So does a section titled only by a letter-spaced column label over its byline (`履 职 随 笔` /
    /// `□钟卫东`) whose writer's footer is followed by such subhead lines (`（作者系…）` /
    /// `让代表建议“落地有声”`): that label is the page's furniture (`furniture`).
    /// (`only`: these sections alone, when others were placed already.)
    static func place(_ sections: inout [Section], furniture: inout [Int], source: SourceText, only: [Int]? = nil) {
        for s in only ?? Array(sections.indices) where !sections[s].subheadLines.isEmpty {
            var label = false
            if let t = sections[s].title {
                guard LineClassifier.isLetterSpacedLabel(t.unicodeScalars) else { continue }
                label = true
            }
            guard let heading = trailingSubheads(sections[s], source: source) else { continue }
            if label {
                // (Right after the writer's footer that closes the text, wrapped or not: the line
                // before the heading closes a bracket that it or the line above it opens.)
                let before = sections[s].body.filter { $0.line < heading[0].line }.sorted { $0.line < $1.line }.suffix(2)
                guard let last = before.last, source.scalars[last.range].last(where: { !ScalarClass.isSpace($0) }).map(ScalarClass.fold) == ")",
                      before.contains(where: { FooterPlacement.opensBracket($0, source) }) else { continue }
                furniture = (furniture + sections[s].titleLines).sorted()
            }
            sections[s].takeTitle(heading, source: source)
            sections[s].removeFromText(Set(heading.map(\.line)))
        }
    }

    /// A headline printed after its article at the end of another article's text (`…上好日子。` /
    /// two blank lines / `今年暑期，小七孔景区…` / `荔波：景区“停车难”` / `有了新解法`, then the next
    /// headline): the text under the wide gap and over the headline is a piece of its own that the
    /// headline titles, split off the titled article above it.
    ///
    /// Only where the gap above that text holds two blank lines or more, more than any gap inside
    /// it and more than the one between it and the headline (which stands closer to its text
    /// than to anything after it), and the line over the gap ends its sentence.
    static func splitTitledRest(_ sections: inout [Section], source: SourceText) {
        var s = 0
        while s < sections.count {
            defer { s += 1 }
            guard sections[s].title != nil, let heading = trailingSubheads(sections[s], source: source) else { continue }
            let captions = Set(sections[s].captionLines), headingLines = Set(heading.map(\.line))
            let text = sections[s].body.filter { !captions.contains($0.line) && !headingLines.contains($0.line) }
            guard text.count >= 3, let last = text.last, last.line < heading[0].line,
                  SectionAssembler.isBlankBetween(source, after: last.line, before: heading[0].line) else { continue }
            let headGap = heading[0].line - last.line - 1
            // The run of lines printed one under another, in order, over the headline.
            var r = text.count - 1
            var inner = headGap
            while r > 0, text[r - 1].line < text[r].line, text[r].line - text[r - 1].line - 1 <= 1,
                  SectionAssembler.isBlankBetween(source, after: text[r - 1].line, before: text[r].line) {
                inner = max(inner, text[r].line - text[r - 1].line - 1)
                r -= 1
            }
            guard r > 0, text.count - r >= 2, text[r - 1].line < text[r].line else { continue }
            let gap = text[r].line - text[r - 1].line - 1
            guard gap >= 2, gap > inner, SectionAssembler.isBlankBetween(source, after: text[r - 1].line, before: text[r].line),
                  LineClassifier.endsSentence(source, text[r - 1].range) else { continue }
            let moved = Set(text[r...].map(\.line)).union(headingLines)
            var piece = Section()
            piece.takeTitle(heading, source: source)
            piece.body = Array(text[r...])
            piece.subheadLines = sections[s].subheadLines.filter { moved.contains($0) && !headingLines.contains($0) }
            sections[s].removeFromText(moved)
            sections.insert(piece, at: s + 1)
            s += 1
        }
    }

    /// A headline printed after its article whose next article's header was printed higher up the
    /// page (`…再上新台阶。` / `传承“梯田精神” 践行全过程人民民主` / `巴里坤是…`): the repair reads it as
    /// the first subhead of the text under it. An untitled bylined section whose text, as printed,
    /// ends right over such a one-line subhead takes it for its title when the line shares clearly
    /// more of its wording with that text than with the text it heads.
    /// (Not a numbered subhead, `一、…`: a part of the text under it.)
    static func reclaimOpeningSubheads(_ sections: inout [Section], source: SourceText) {
        guard sections.count >= 2 else { return }
        for a in sections.indices where sections[a].title == nil {
            guard let byline = sections[a].byline, byline.placement == .opening else { continue }
            let captions = Set(sections[a].captionLines)
            guard let last = sections[a].body.filter({ !captions.contains($0.line) }).map(\.line).max(), last > byline.line,
                  let h = ((last + 1)..<(last + 3)).first(where: { $0 <= source.lineCount && !source.line($0).allSatisfy(\.isWhitespace) }),
                  let b = sections.indices.first(where: { $0 != a && sections[$0].body.first?.line == h }),
                  sections[b].title != nil, sections[b].subheadLines.contains(h),
                  // (The text it heads stays: a section left with no text was read wrong elsewhere.)
                  sections[b].body.contains(where: { $0.line > h + 1 }),
                  h + 1 <= source.lineCount, source.line(h + 1).allSatisfy(\.isWhitespace) else { continue }
            let line = Array(source.scalars[source.lineRange(h)].filter { !ScalarClass.isSpace($0) })
            guard LineClassifier.enumerationMarkerEnd(ScalarWindow(line.map(ScalarClass.fold))) == 0 else { continue }
            let textA = sections[a].body.filter { !captions.contains($0.line) }.map { Array(source.scalars[$0.range]) }
            let textB = sections[b].body.filter { $0.line != h }.map { Array(source.scalars[$0.range]) }
            let shareA = TextOverlap.bigramShare(heading: line, body: textA)
            guard shareA >= max(0.3, TextOverlap.bigramShare(heading: line, body: textB) + 0.2) else { continue }
            sections[a].takeTitle(sections[b].body.filter { $0.line == h }, source: source)
            sections[b].removeFromText([h])
        }
    }

    /// A headline printed right under the writer's footer that closes an untitled bylined article
    /// (`（作者系太湖县人大常委会研究室主任）` / `让代表建议从“纸面”落到“地面”`), over another article's text:
    /// a magazine prints the title after its article, and no subhead follows the footer that
    /// closes it. The repair keeps the line in the article as a subhead; it is the article's title.
    /// (A line right under the footer with a blank line, or the page's end, under it; not a numbered
    /// subhead.)
    /// (Nor does a column label the layout gave it for a title printed after it, `人 大 随 笔`, the next
    /// article's: the label goes to the page's furniture.)
    static func placeUnderOwnFooter(_ sections: inout [Section], furniture: inout [Int], source: SourceText) {
        for s in sections.indices where sections[s].footer != nil {
            let untitled = sections[s].title == nil && sections[s].titleLines.isEmpty
            let labelled = sections[s].title.map { LineClassifier.isLetterSpacedLabel($0.unicodeScalars) } ?? false
            guard untitled || labelled, let byline = sections[s].byline, byline.placement == .opening else { continue }
            for h in sections[s].subheadLines where h > byline.line && (h + 1 > source.lineCount || source.line(h + 1).allSatisfy(\.isWhitespace)) {
                // The nearest printed line above: the article's own footer, closing its bracket.
                guard let f = stride(from: h - 1, through: max(1, h - 3), by: -1).first(where: { !source.line($0).allSatisfy(\.isWhitespace) }),
                      let footer = sections[s].body.first(where: { $0.line == f }), FooterPlacement.opensBracket(footer, source),
                      source.scalars[footer.range].last(where: { !ScalarClass.isSpace($0) }).map(ScalarClass.fold) == ")" else { continue }
                let line = Array(source.scalars[source.lineRange(h)].filter { !ScalarClass.isSpace($0) }.map(ScalarClass.fold))
                guard LineClassifier.enumerationMarkerEnd(ScalarWindow(line)) == 0 else { continue }
                if labelled { furniture = (furniture + sections[s].titleLines).sorted() }
                sections[s].takeTitle(sections[s].body.filter { $0.line == h }, source: source)
                sections[s].removeFromText([h])
                break
            }
        }
    }

    /// The subhead lines (three at most) printed last of a section's text, with text above them.
    /// The text as printed: in line order (a headline printed after its article is the last text of
    /// it on the page, wherever the repair put it), but captions and footers.
    static func trailingSubheads(_ s: Section, source: SourceText) -> [LinePiece]? {
        guard !s.subheadLines.isEmpty else { return nil }
        let subheads = Set(s.subheadLines), captions = Set(s.captionLines)
        let text = s.body.filter { p in !captions.contains(p.line) && !FooterPlacement.opensBracket(p, source) }.sorted { $0.line < $1.line }
        guard let last = text.last, subheads.contains(last.line) else { return nil }
        var k = text.count - 1
        while k > 0 && subheads.contains(text[k - 1].line) { k -= 1 }
        guard k > 0, text.count - k <= 3 else { return nil }
        return Array(text[k...])
    }
}
