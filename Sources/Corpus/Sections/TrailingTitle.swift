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
    static func place(_ sections: inout [Section], furniture: inout [Int], source: SourceText) {
        for s in sections.indices where !sections[s].subheadLines.isEmpty {
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
            let lines = Set(heading.map(\.line))
            sections[s].title = SectionAssembler.text(of: heading, source)
            sections[s].titleLines = heading.map(\.line)
            sections[s].body.removeAll { lines.contains($0.line) }
            sections[s].subheadLines.removeAll { lines.contains($0) }
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
