import Foundation

/// A page that prints every headline after its article (`…扎下根来。` / `琼中：山区代表联络站开进黎村苗寨`
/// / `本报讯（…）…保亭县…` / … / `定安县人大代表票决产生十件民生实事项目` at the page's foot): the layout
/// reads each headline as the next article's, the first article gets a column label or nothing,
/// and the last headline is left at the end of the last article's text.
///
/// The page shows it when the headlines name places: at least two of them name a county the
/// article above names and the article below does not, and none names a county only the
/// article below names. Then each headline moves up to the article above, the last article takes
/// the subhead lines its text ends with, and the first article's letter-spaced label
/// (`市 县 人 大`) is the page's furniture.
enum ShiftedTitles {
    static func place(_ doc: inout Document, source: SourceText, gazetteer: Gazetteer) {
        let sections = doc.sections
        let n = sections.count
        guard n >= 2, sections.allSatisfy({ $0.byline != nil }) else { return }
        let bylines = sections.map { $0.byline!.line }
        guard zip(bylines, bylines.dropFirst()).allSatisfy({ $0 < $1 }) else { return }
        // Each later headline printed between the byline above and its own.
        for k in 1..<n {
            let t = sections[k].titleLines
            guard !t.isEmpty, t.allSatisfy({ $0 > bylines[k - 1] && $0 < bylines[k] }) else { return }
        }
        // The first article has no headline, or a letter-spaced label for one.
        if let t = sections[0].title, !LineClassifier.isLetterSpaced(t.unicodeScalars) { return }
        guard let trailing = TrailingTitle.trailingSubheads(sections[n - 1], source: source) else { return }
        let textCodes = sections.map { s -> Set<String> in
            var text = [Unicode.Scalar]()
            for p in s.body { text += source.scalars[p.range] }
            return gazetteer.countyCodes(in: text).printed
        }
        func codes(_ lines: [Int]) -> Set<String> {
            var text = [Unicode.Scalar]()
            for l in lines { text += source.line(l).unicodeScalars }
            return gazetteer.countyCodes(in: text).all
        }
        var back = 0
        for k in 1..<n {
            let c = codes(sections[k].titleLines)
            let above = !c.isDisjoint(with: textCodes[k - 1]), below = !c.isDisjoint(with: textCodes[k])
            if below && !above { return }
            if above && !below { back += 1 }
        }
        if !codes(trailing.map(\.line)).isDisjoint(with: textCodes[n - 1]) { back += 1 }
        guard back >= 2 else { return }
        var out = sections
        for k in 1..<n {
            out[k - 1].title = sections[k].title
            out[k - 1].titleLines = sections[k].titleLines
        }
        out[n - 1].takeTitle(trailing, source: source)
        out[n - 1].removeFromText(Set(trailing.map(\.line)))
        doc.furnitureLines = (doc.furnitureLines + sections[0].titleLines).sorted()
        doc.sections = out
    }
}
