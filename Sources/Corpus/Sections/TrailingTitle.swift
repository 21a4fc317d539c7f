/// A headline printed after its article, on a page that prints the others' over theirs
/// (`…为汪清高质量发展作出新的更大贡献。` / `让全过程人民民主` / `在林区落地生根`): a subhead heads text,
/// so an untitled section whose text ends with subhead lines takes them for its title.
enum TrailingTitle {
    /// Moves the subhead lines printed last of an untitled section's text (three lines at most, text
    /// above them) into its title.
    static func place(_ sections: inout [Section], source: SourceText) {
        for s in sections.indices where sections[s].title == nil && !sections[s].subheadLines.isEmpty {
            let subheads = Set(sections[s].subheadLines), captions = Set(sections[s].captionLines)
            // The text as printed (in line order: a headline printed after its article is the last
            // text of it on the page, wherever the repair put it), but captions and footers.
            let text = sections[s].body.filter { p in !captions.contains(p.line) && !FooterPlacement.opensBracket(p, source) }.sorted { $0.line < $1.line }
            guard let last = text.last, subheads.contains(last.line) else { continue }
            var k = text.count - 1
            while k > 0 && subheads.contains(text[k - 1].line) { k -= 1 }
            let heading = Array(text[k...])
            guard k > 0, heading.count <= 3 else { continue }
            let lines = Set(heading.map(\.line))
            sections[s].title = SectionAssembler.text(of: heading, source)
            sections[s].titleLines = heading.map(\.line)
            sections[s].body.removeAll { lines.contains($0.line) }
            sections[s].subheadLines.removeAll { lines.contains($0) }
        }
    }
}
