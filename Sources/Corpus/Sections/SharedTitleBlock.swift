import Foundation

/// Two headlines printed as one block between two articles: the first article's, printed after
/// its text, right over the next article's, printed over its byline, with no blank line between
/// (`…形成闭环。` / `（作者单位：…）` / `让代表联络站成为民意“直通车”` / `增强人大监督刚性` / `推动审议
/// 意见落地见效` / `■ 郑淑芬（辽宁）`). The layout gives the whole block to one of the two articles
/// and leaves the other untitled.
///
/// The wording tells the two apart: the block splits where its first lines share more of their
/// wording with the article above than with the one below, and its other lines the reverse, each
/// part clearly (a headline wrapped over lines is about one article: its parts lean the same way).
enum SharedTitleBlock {
    /// Least lead a part's share of one article's wording must have over the other's.
    static let margin = 0.2

    static func split(_ sections: inout [Section], source: SourceText) {
        guard sections.count >= 2 else { return }
        // Each section's opening byline line, read once (the loop changes titles, never bylines):
        // read through `sections[a]` for every pair, each test copied the whole section.
        let openingLine: [Int?] = sections.withUnsafeBufferPointer { p in
            p.map { $0.byline.flatMap { $0.placement == .opening ? $0.line : nil } }
        }
        for a in 0..<(sections.count - 1) {
            let b = a + 1
            guard let bylineA = openingLine[a], let bylineB = openingLine[b], bylineA < bylineB else { continue }
            // The block went to the article above (its title printed after it) or to the one below.
            let aHolds = sections[a].title != nil && sections[b].title == nil
            let bHolds = sections[b].title != nil && sections[a].title == nil
            guard aHolds || bHolds else { continue }
            let lines = aHolds ? sections[a].titleLines : sections[b].titleLines
            guard lines.count >= 2, zip(lines, lines.dropFirst()).allSatisfy({ $1 == $0 + 1 }),
                  lines[0] > bylineA, lines[lines.count - 1] < bylineB,
                  // (Nothing but blank lines between the block and the byline under it; the text
                  // right above it is the upper article's.)
                  ((lines[lines.count - 1] + 1)..<bylineB).allSatisfy({ source.line($0).allSatisfy(\.isWhitespace) }),
                  let above = (1..<lines[0]).reversed().first(where: { !source.line($0).allSatisfy(\.isWhitespace) }),
                  sections[a].body.contains(where: { $0.line == above }),
                  // (A subtitle, `——…`, belongs to the headline over it.)
                  !lines.contains(where: { l in
                      let f = source.line(l).unicodeScalars.first { !ScalarClass.isSpace($0) }.map(ScalarClass.fold)
                      return f == "—" || f == "-"
                  }) else { continue }
            // (Three lines at least, or the upper text closed by its writer's footer right above: a
            // headline of two lines may well repeat words of a short item above it.)
            func opens(_ l: Int) -> Bool { l >= 1 && source.line(l).unicodeScalars.first(where: { !ScalarClass.isSpace($0) }).map(ScalarClass.fold) == "(" }
            let closedAbove = source.line(above).unicodeScalars.last(where: { !ScalarClass.isSpace($0) }).map(ScalarClass.fold) == ")"
                && (opens(above) || opens(above - 1))
            guard lines.count >= 3 || closedAbove else { continue }
            let bodyA = sections[a].body.map { Array(source.scalars[$0.range]) }
            let bodyB = sections[b].body.map { Array(source.scalars[$0.range]) }
            let texts = lines.map { Array(source.line($0).unicodeScalars.filter { !ScalarClass.isSpace($0) }) }
            var best: (k: Int, lead: Double)?
            for k in 1..<lines.count {
                let head = Array(texts[..<k].joined()), tail = Array(texts[k...].joined())
                let headLead = TextOverlap.bigramShare(heading: head, body: bodyA) - TextOverlap.bigramShare(heading: head, body: bodyB)
                let tailLead = TextOverlap.bigramShare(heading: tail, body: bodyB) - TextOverlap.bigramShare(heading: tail, body: bodyA)
                let lead = min(headLead, tailLead)
                if lead >= margin, lead > (best?.lead ?? 0) { best = (k, lead) }
            }
            guard let k = best?.k else { continue }
            func title(_ ls: ArraySlice<Int>) -> String {
                ls.map { source.line($0).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            }
            sections[a].title = title(lines[..<k])
            sections[a].titleLines = Array(lines[..<k])
            sections[b].title = title(lines[k...])
            sections[b].titleLines = Array(lines[k...])
        }
    }
}
