import Foundation

/// On a page printing each title after its article, the layout hands a title to the article whose
/// block it closes, but the reading order may have given the text above it, down to the writer's
/// footer (`…（作者系北川县人大常委会党组书记、主任）` / `让基层立法联系点“联”出民意` / `“接”上地气`), to
/// another article. The title goes with the article that holds that footer, when that article has
/// no title of its own and the title is printed after its holder's byline (a title printed after
/// its article, not over it). Returns the sections whose title went to the footer's holder: their
/// own may be printed after their text in turn (`TrailingTitle`).
enum TitleAfterFooter {
    @discardableResult
    static func place(_ sections: inout [Section], source: SourceText) -> [Int] {
        guard sections.count >= 2 else { return [] }
        var untitled = [Int]()
        for s in sections.indices {
            guard let first = sections[s].titleLines.first, let b = sections[s].byline, b.placement == .opening, b.line < first else { continue }
            var l = first - 1
            while l >= 1 && source.scalars[source.lineRange(l)].allSatisfy(ScalarClass.isSpace) { l -= 1 }
            guard l >= 1 else { continue }
            let printed = Array(source.scalars[source.lineRange(l)].filter { !ScalarClass.isSpace($0) })
            guard let last = printed.last, last == "）" || last == ")" else { continue }
            guard let holder = sections.indices.first(where: { $0 != s && sections[$0].body.contains { $0.line == l } }),
                  sections[holder].title == nil, sections[holder].titleLines.isEmpty,
                  let footer = sections[holder].footer.map({ Array($0.unicodeScalars.filter { !ScalarClass.isSpace($0) }) }),
                  footer.count >= printed.count, footer.suffix(printed.count).elementsEqual(printed) else { continue }
            sections[holder].title = sections[s].title
            sections[holder].titleLines = sections[s].titleLines
            sections[s].title = nil
            sections[s].titleLines = []
            untitled.append(s)
        }
        return untitled
    }
}
