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
}
