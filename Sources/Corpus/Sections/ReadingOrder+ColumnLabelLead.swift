extension ReadingOrder {
    /// A column label printed letter-spaced at the head of the page (`盐 城 人 大 · 履 职 论 坛`) over
    /// the page's opening text, that text cut at its end right above a writer's header
    /// (`…必须把党的领导贯穿人` / `让全过程人民民主在建湖落地生根` / `建湖县人大常委会党组书记、主任 陈立新`):
    /// the label heads the page, not a piece of its own. The text is the opening of the articles
    /// printed on the page, above their headers, and is read as the page's text above every header
    /// is: as that header's article's, owned by no header, its cut joined on by the text.
    /// So is a profile's lead under the label, naming the person the header below titles.
    /// (A label over a brief it heads, the brief ending its sentence before the next header, keeps it.)
    /// Returns the paragraphs under the label, the section of the header below them, and whether
    /// they are a whole profile lead (held as that profile's opening, as a lead right above its
    /// headline is).
    static func openingUnderColumnLabel(paras: [Para], sections: [Section], source: SourceText) -> (paragraphs: Range<Int>, section: Int, profileLead: Bool)? {
        guard let first = paras.first, first.owned, first.isParagraph else { return nil }
        let s = first.layoutSection
        let label = sections[s]
        guard label.byline == nil, label.footer == nil, label.titleLines.count == 1,
              LineClassifier.isLetterSpacedLabel(source.scalars[source.lineRange(label.titleLines[0])]) else { return nil }
        // The label is the page's first header.
        let line = label.titleLines[0]
        guard !sections.contains(where: { t in t.titleLines.contains { $0 < line } || (t.byline.map { $0.line < line } ?? false) }) else { return nil }
        guard let next = paras.indices.dropFirst().first(where: { paras[$0].owned || paras[$0].layoutSection != s }),
              paras[next].owned, sections[paras[next].layoutSection].byline?.placement == .opening,
              paras[1..<next].allSatisfy({ $0.isParagraph && $0.layoutSection == s }),
              paras[0..<next].reduce(0, { $0 + $1.text.count { ScalarClass.isHan($0) } }) >= 10 else { return nil }
        let b = paras[next].layoutSection
        // (Text cut inside a sentence, not a stray number under the label, `3`.)
        let cut = paras[next - 1].unit.cutEnd && paras[next - 1].text.last.map { ScalarClass.isHan($0) || $0 == "，" || $0 == "、" || $0 == "," } == true
        // Or a profile's lead naming the person its headline names, in its first sentence or, after
        // a scene, its second (`清晨的无量山云雾缭绕，…。一身彝族服饰的李玉芬穿行…` over `李玉芬：做…`).
        let lead = next <= 3 && SectionSimilarity.titleSubject(sections[b]).map { ReadingOrder.leadNamesPerson(paras[0].text, $0) } == true
        guard cut || lead else { return nil }
        return (0..<next, b, lead && !cut)
    }
}
