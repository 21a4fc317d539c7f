/// A headline printed after its article, on a page that prints the others' over theirs
/// (`…为汪清高质量发展作出新的更大贡献。` / `让全过程人民民主` / `在林区落地生根`): a subhead heads text,
/// so an untitled section whose text ends with subhead lines takes them for its title.
enum TrailingTitle {
    /// Moves the subhead lines printed last of an untitled section's text (three lines at most, text
    /// above them) into its title.
    static func place(_ sections: inout [Section], source: SourceText) {
        for s in sections.indices where sections[s].title == nil && !sections[s].subheadLines.isEmpty {
            guard let heading = trailingSubheads(sections[s], source: source) else { continue }
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
