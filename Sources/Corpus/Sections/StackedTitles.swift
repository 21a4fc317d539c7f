import Foundation

/// Headlines printed one under the other above a row of news items that each open with their
/// own inline byline (`共和：“代表夜话”拉近民心` / `贵德县人大开展…` / `同德县人大代表…`, then
/// `本报讯（记者 …）入秋以来，共和县…`, `本报讯（通讯员 …）…贵德县…`, `本报讯（…）…同德县…`): the
/// layout reads the stacked lines as one headline of the first item. When each line names the
/// county that one item's lead names, in order, and no other item's, line `i` is item `i`'s
/// headline.
enum StackedTitles {
    /// Splits every such stacked headline among the untitled sections that follow its section.
    static func split(_ sections: inout [Section], source: SourceText, gazetteer: Gazetteer) {
        var s = 0
        while s < sections.count {
            let lines = sections[s].titleLines
            let k = lines.count
            // (One line per headline, the lines in a row: a headline wrapped over lines names one place.)
            guard k >= 2, s + k <= sections.count, zip(lines, lines.dropFirst()).allSatisfy({ $1 == $0 + 1 }),
                  ((s + 1)..<(s + k)).allSatisfy({ sections[$0].title == nil && sections[$0].byline != nil }),
                  sections[s].byline != nil else { s += 1; continue }
            let titleCodes = lines.map { gazetteer.countyCodes(in: Array(source.line($0).unicodeScalars)).all }
            let leadCodes = (s..<(s + k)).map { j -> Set<String> in
                var text = [Unicode.Scalar]()
                if let b = sections[j].byline { text += source.line(b.line).unicodeScalars }
                for p in sections[j].body.prefix(3) { text += source.scalars[p.range] }
                return gazetteer.countyCodes(in: text).printed
            }
            // (Of two lines, no other item's text at all names line i's county: a two-line headline's
            // second line names the place its own article visits further down, `学习石城县…经验`. Three
            // lines naming three items' counties in order are three headlines, however the items'
            // texts were dealt.)
            let textCodes = k > 2 ? leadCodes : (s..<(s + k)).map { j -> Set<String> in
                var text = [Unicode.Scalar]()
                for p in sections[j].body { text += source.scalars[p.range] }
                return gazetteer.countyCodes(in: text).printed.union(leadCodes[j - s])
            }
            let matches = (0..<k).allSatisfy { i in
                !titleCodes[i].isDisjoint(with: leadCodes[i])
                    && (0..<k).allSatisfy { j in j == i || titleCodes[i].isDisjoint(with: textCodes[j]) }
            }
            // (Two lines may be one headline naming two places, `兴国县人大代表赴…` / `于都县“五型”…`:
            // two are two headlines only when each opens with its county, `共和：…`, `贵德县…`.)
            let opensWithPlace = k > 2 || lines.allSatisfy { l in
                let t = Array(source.line(l).unicodeScalars.drop(while: ScalarClass.isSpace))
                return gazetteer.mentions(in: t).first.map { $0.range.lowerBound == 0 && $0.kind != .township } ?? false
            }
            guard matches && opensWithPlace else { s += 1; continue }
            for i in 0..<k {
                sections[s + i].title = source.line(lines[i]).trimmingCharacters(in: .whitespaces)
                sections[s + i].titleLines = [lines[i]]
            }
            s += k
        }
    }
}
