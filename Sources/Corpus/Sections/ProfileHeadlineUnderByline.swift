import Foundation

/// A profile's headline printed right under its byline (`□ 本报通讯员  吉伍依作` / `曲比阿果：` /
/// `做彝绣致富带头人`): an untitled byline's first paragraph, the line or two right below it, that
/// is nothing but a person's name, a colon and what they do (`NAME：做…`), is that section's
/// title, not its text. So is a headline shaped as one printed there, over text (`■ 周 敏（安徽）` /
/// `书画之乡的“民意直通车”`). Runs before reading-order repair, so the repair deals the page with the
/// profile's person known.
enum ProfileHeadlineUnderByline {
    /// The longest such headline, in characters (white space removed).
    static let maxLength = 24

    static func place(_ assembled: inout SectionAssembler.Result, source: SourceText) {
        // Each untitled byline's first unit, found in one pass (a search per section was quadratic
        // on pages of thousands of sections); taken from the last so earlier indices stay valid.
        var firstUnit = [Int: Int]()
        for (u, b) in assembled.bodyUnits.enumerated() where firstUnit[b.section] == nil
            && b.section < assembled.sections.count && assembled.sections[b.section].title == nil
            && assembled.sections[b.section].byline != nil {
            firstUnit[b.section] = u
        }
        for (s, u) in firstUnit.sorted(by: { $0.value > $1.value }) {
            guard let byline = assembled.sections[s].byline else { continue }
            let unit = assembled.bodyUnits[u]
            let lines = unit.unit.pieces.map(\.line)
            guard let first = lines.first, first > byline.line, lines.count <= 2,
                  (byline.line + 1..<first).allSatisfy({ source.line($0).unicodeScalars.allSatisfy(ScalarClass.isSpace) }),
                  isProfileHeadline(unit.text) || isHeadline(u, of: s, in: assembled, byline: byline) else { continue }
            assembled.sections[s].takeTitle(unit.unit.pieces, source: source)
            assembled.sections[s].removeFromText(Set(lines))
            assembled.bodyUnits.remove(at: u)
            // (The headline is a header now: the unit after it follows one.)
            assembled.headerBreaks = Set(assembled.headerBreaks.compactMap { $0 < u ? $0 : $0 > u ? $0 - 1 : nil }).union(u < assembled.bodyUnits.count ? [u] : [])
        }
    }

    /// Whether body unit `u`, section `s`'s first, is a headline printed under its byline rather than
    /// over it (`■ 周 敏（安徽）` / `书画之乡的“民意直通车”` / text): a heading shaped as a title, not a
    /// numbered subhead (`一、…`), the byline a line of its own, text under the heading and another
    /// article's text printed before the byline.
    static func isHeadline(_ u: Int, of s: Int, in assembled: SectionAssembler.Result, byline: Byline) -> Bool {
        let unit = assembled.bodyUnits[u]
        guard unit.unit.kind == .heading, unit.unit.titleShaped, byline.placement == .opening,
              unit.text.count >= 4, unit.text.count <= 30, ReadingOrder.listMarker(unit.text) == nil,
              u + 1 < assembled.bodyUnits.count, assembled.bodyUnits[u + 1].section == s,
              assembled.bodyUnits[u + 1].unit.kind == .paragraph,
              !assembled.sections[s].body.contains(where: { $0.line == byline.line }) else { return false }
        // (Under another article's text: at the page's top, a heading under the first byline is the
        // first subhead of an article whose title another page printed.)
        return assembled.bodyUnits[..<u].contains { $0.unit.kind == .paragraph }
    }

    /// `曲比阿果：做彝绣致富带头人`: a profile's headline naming its person (`SectionSimilarity.headlineSubject`)
    /// before a colon and 做, with no punctuation that ends or splits a sentence.
    static func isProfileHeadline(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count <= maxLength, let colon = text.prefix(5).firstIndex(where: { ScalarClass.fold($0) == ":" }),
              colon + 2 < text.count, text[colon + 1] == "做",
              text[..<colon].allSatisfy(ScalarClass.isHan),
              !text.contains(where: { c in let f = ScalarClass.fold(c); return ScalarClass.isSentenceFinal(f) || f == "," })
        else { return false }
        return SectionSimilarity.headlineSubject(text) != nil
    }
}
