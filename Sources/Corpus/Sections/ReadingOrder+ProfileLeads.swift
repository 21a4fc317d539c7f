import Foundation

extension ReadingOrder {
    /// A profile's lead printed right above its own headline: the last paragraph before a header
    /// whose title names a person (`胡建军：做群众身边的“法律明白人”`), naming that person in its first
    /// sentence or, after a scene, its second (`从执业律师到县人大代表，胡建军已经在…。…`, `五月的秦岭北麓，…一片葱绿。
    /// 县人大代表赵小平正蹲在果树下…`), in a column whose
    /// article otherwise never names them. The extractor read the headline box after the lead; the
    /// paragraph opens the profile, not a continuation of the text above it (which ends there or is
    /// cut and goes on elsewhere). Not a paragraph opening mid-sentence (it must continue some cut),
    /// nor one under a profile of the same person.
    /// Returns each such paragraph with the section it opens.
    static func profileLeadsAboveHeaders(paras: [Para], texts: [[Unicode.Scalar]], fragments: [Int],
                                         sections: [Section]) -> [(paragraph: Int, section: Int)] {
        guard paras.count >= 2 else { return [] }
        var subjects = [[Unicode.Scalar]??](filled: nil, count: sections.count)
        func subject(_ s: Int) -> [Unicode.Scalar]? {
            if let known = subjects[s] { return known }
            let found = SectionSimilarity.titleSubject(sections[s])
            subjects[s] = .some(found)
            return found
        }
        var out = [(paragraph: Int, section: Int)]()
        // Paragraphs per section, counted once (a photo story holds one).
        var paragraphsIn = [Int](filled: 0, count: sections.count)
        for p in paras where p.layoutSection < sections.count { paragraphsIn[p.layoutSection] += 1 }
        for j in 0..<(paras.count - 1) where fragments[j + 1] != fragments[j] && paras[j].isParagraph && !paras[j].owned {
            let a = paras[j].layoutSection
            // The header right below, or the one below a photo story printed between them (a
            // headline, one paragraph and its photographer's credit: `人大代表进茶园` / `近日，…` /
            // `汪卫东　摄`).
            var next = j + 1
            if subject(paras[next].layoutSection) == nil, next + 1 < paras.count, fragments[next + 1] != fragments[next],
               ReadingOrder.isPhotoStory(sections[paras[next].layoutSection]),
               paragraphsIn[paras[next].layoutSection] == 1 {
                next += 1
            }
            let b = paras[next].layoutSection
            guard a != b, let name = subject(b), let titleLine = sections[b].titleLines.first,
                  titleLine > paras[next - 1].unit.lastLine, titleLine < paras[next].unit.firstLine,
                  subject(a) != name,
                  ReadingOrder.leadNamesPerson(texts[j], name),
                  !ReadingOrder.endsCutSentence(texts[j]), !SentenceOpening.opensMidClause(texts[j]) else { continue }
            // (The person is this profile's alone in the column above: an article that names them
            // elsewhere, or in its title, may well speak of them there too.)
            let namedAbove = paras.indices.contains { k in k != j && paras[k].layoutSection == a && PersonName.contains(texts[k], name) }
            if namedAbove || sections[a].title.map({ PersonName.contains(Array($0.unicodeScalars), name) }) == true { continue }
            out.append((j, b))
        }
        return out
    }

    /// Whether a profile's lead names its person in its first sentence or, after a scene, its
    /// second (`五月的秦岭北麓，…一片葱绿。县人大代表赵小平正蹲在果树下…`).
    static func leadNamesPerson(_ text: [Unicode.Scalar], _ name: [Unicode.Scalar]) -> Bool {
        PersonName.contains(firstSentence(text), name) || PersonName.contains(secondSentence(text), name)
    }

    /// A photo story: a headline over a caption closed by its photographer's credit.
    static func isPhotoStory(_ s: Section) -> Bool {
        s.title != nil && s.byline?.role == "photographer" && s.byline?.placement != .opening
    }

    /// A township writer's essay opening printed above its own header (`大湾镇是渝北区北部的农业大镇，…` /
    /// `学习市人代会精神后，…` over `让镇人大工作更接地气` / `渝北大湾镇人大主席 蒲小琳`): of the last
    /// paragraphs before a header whose byline's office names a township (`…大湾镇人大主席`), printed one
    /// under the other in one article's column, the first whose first sentence opens with that
    /// township, when that article's other text, title and office never name it. The opening
    /// paragraph and those under it to the header open the header's article; the first is held as a
    /// header's first paragraph is. Returns the paragraph ranges with the sections they open.
    static func townshipOpeningsAboveHeaders(paras: [Para], texts: [[Unicode.Scalar]], fragments: [Int],
                                             sections: [Section]) -> [(paragraphs: ClosedRange<Int>, section: Int)] {
        guard paras.count >= 2 else { return [] }
        var out = [(paragraphs: ClosedRange<Int>, section: Int)]()
        for j in 0..<(paras.count - 1) where fragments[j + 1] != fragments[j] && paras[j].isParagraph && !paras[j].owned {
            let a = paras[j].layoutSection, b = paras[j + 1].layoutSection
            guard a != b, let town = ReadingOrder.officeTownship(sections[b]),
                  ReadingOrder.officeTownship(sections[a]) != town else { continue }
            // (Up to three paragraphs above the header, in a's column.)
            var k = j
            var found: Int? = nil
            while k >= 0 && j - k < 3 && paras[k].isParagraph && !paras[k].owned && paras[k].layoutSection == a && fragments[k] == fragments[j] {
                if ReadingOrder.opensWithTownship(ReadingOrder.firstSentence(texts[k]), town) { found = k }
                k -= 1
            }
            guard let first = found, !SentenceOpening.opensMidClause(texts[first]) else { continue }
            let name = Array(town.suffix(3))
            let namedElsewhere = paras.indices.contains { q in
                (q < first || q > j) && paras[q].layoutSection == a && PersonName.contains(texts[q], name)
            }
            let inHeader = [sections[a].title, sections[a].office].contains { $0.map { PersonName.contains(Array($0.unicodeScalars), name) } == true }
            if namedElsewhere || inHeader { continue }
            out.append((first...j, b))
        }
        return out
    }

    /// Whether a sentence opens with a township's name, with or without the county before it
    /// (`大湾镇是…` for `渝北大湾镇`): a suffix of three characters or more ending with its 镇/乡.
    static func opensWithTownship(_ sentence: [Unicode.Scalar], _ town: [Unicode.Scalar]) -> Bool {
        guard town.count >= 3 else { return false }
        return (3...town.count).contains { sentence.starts(with: town.suffix($0)) }
    }

    /// The township a byline's office names (`渝北大湾镇人大主席` → 大湾镇), without the county before it
    /// when the gazetteer finds it there (else as printed: `opensWithTownship` reads its suffixes).
    static func officeTownship(_ s: Section) -> [Unicode.Scalar]? {
        guard let place = SectionSimilarity.officePrintedPlace(s), place.count >= 3,
              let last = place.last, last == "镇" || last == "乡" else { return nil }
        let town = Array(place[(SectionSimilarity.countyBeforeTownship(place) ?? 0)...])
        return town.count >= 3 ? town : nil
    }
}
