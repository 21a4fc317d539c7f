import Foundation

/// Deals a page of profiles by the persons its paragraphs name. On a page where two or more
/// sections' headlines name distinct persons (`李玉芬：做茶农增收的“领路人”`,
/// `字国华：做山区群众的“代言人”`), the columns are dealt among the profiles and each names its own
/// person throughout: a piece of text (a run of paragraphs the layout alone put together) that
/// names exactly one of those persons is that person's profile's, and one that names no one but
/// speaks of a person as 她 or 他 is the profile of the one person spoken of that way (learnt from
/// the pieces that name one person), when its holder's person is spoken of only the other way.
/// Pieces naming several persons, or none and no pronoun, are left to the other evidence.
struct ProfileDealer {
    /// The persons the page's headlines name, by section.
    let subjects: [Int: [Unicode.Scalar]]
    /// The profiles' sections, ascending.
    let profiles: [Int]
    /// How each person is spoken of in the pieces that name them alone.
    private(set) var spokenOf: [Int: Pronouns] = [:]
    let paras: [[Unicode.Scalar]]

    /// Nil unless two or more of `sections` (by index) have headlines naming distinct persons.
    init?(sections: [Section], among candidates: [Int], paras: [[Unicode.Scalar]]) {
        // (Titles shaped as a profile's first, `NAME：…`, `NAME …`, `…——记…`: most pages have none,
        // and a name is costly to judge.)
        func shaped(_ s: Int) -> Bool {
            guard s < sections.count, let t = sections[s].title else { return false }
            var k = 0
            var dash = false
            for c in t.unicodeScalars {
                if k < 5 && (c == "：" || c == ":" || c == " " || c == "\u{3000}") { return true }
                if c == "记" && dash { return true }
                dash = c == "—" || c == "-"
                k += 1
            }
            return false
        }
        let shapedSections = Set(candidates).filter(shaped)
        guard shapedSections.count >= 2 else { return nil }
        var subjects = [Int: [Unicode.Scalar]]()
        for s in shapedSections.sorted() {
            if let name = SectionSimilarity.titleSubject(sections[s]) { subjects[s] = name }
        }
        guard subjects.count >= 2, Set(subjects.values.map { String(String.UnicodeScalarView($0)) }).count == subjects.count else {
            return nil
        }
        self.subjects = subjects
        self.profiles = subjects.keys.sorted()
        self.paras = paras
    }

    /// A chain's pieces: its runs of hard-joined paragraphs (`ReadingOrder.softLinkedPieces`), each
    /// also parted where a joined paragraph names one profile's person alone and the run before it
    /// named another's alone (`…吉克石一带领村民发展花椒、` | `在布拖特木里镇的彝绣车间，…曲比阿果…`): two
    /// profiles' texts a seam read into one sentence.
    func pieces(of chain: [Int], hard: [Bool]) -> [[Int]] {
        var out = [[Int]]()
        for run in ReadingOrder.softLinkedPieces(chain, hard: hard) {
            var cur = [run[0]]
            var before = named([run[0]])
            for p in run.dropFirst() {
                let after = named([p])
                if after.count == 1, before.count == 1, after != before {
                    out.append(cur)
                    cur = [p]
                    before = after
                } else {
                    cur.append(p)
                    before = Array(Set(before).union(after)).sorted()
                }
            }
            out.append(cur)
        }
        return out
    }

    /// The profiles whose person `piece` names.
    func named(_ piece: [Int]) -> [Int] {
        profiles.filter { s in piece.contains { PersonName.contains(paras[$0], subjects[s]!) } }
    }

    /// The pronouns `piece` speaks of a person with.
    func pronouns(_ piece: [Int]) -> Pronouns {
        piece.reduce(Pronouns()) { $0.union(Pronouns(paras[$1])) }
    }

    /// Learns how the persons are spoken of from `pieces`: each piece that names one person and,
    /// after the name, speaks of someone one way only. (A pronoun before the name refers to someone
    /// else, `在走访中她发现，…` joined by mistake to `…的段国和在山区…`; a piece using both may hold
    /// two persons' text.)
    mutating func learn(_ pieces: [[Int]]) {
        for piece in pieces {
            let names = named(piece)
            guard names.count == 1, let name = subjects[names[0]] else { continue }
            var pronoun = Pronouns()
            var seen = false
            for p in piece {
                let text = paras[p]
                if !seen, let at = PersonName.firstOffset(of: name, in: text) {
                    seen = true
                    pronoun.formUnion(Pronouns(Array(text[at...])))
                } else if seen {
                    pronoun.formUnion(Pronouns(text))
                }
            }
            if pronoun.isSole { spokenOf[names[0], default: []].formUnion(pronoun) }
        }
    }

    /// The profile `piece` belongs to when it is not `holder`'s, from the person it names or the
    /// pronoun it uses (nil: no evidence against the holder). `previousWent` is where the piece
    /// before it in its chain was dealt: a pronoun that fits that profile follows it there. With
    /// `byNameOnly` (a paragraph printed right under its holder's text, which may well speak of
    /// someone else, `…过去他家里穷…` in a woman's profile) the pronoun decides nothing.
    func target(of piece: [Int], names: [Int]? = nil, holder: Int, previousWent: Int?, byNameOnly: Bool = false) -> Int? {
        let names = names ?? named(piece)
        if names.count == 1 { return names[0] != holder ? names[0] : nil }
        guard names.isEmpty, !byNameOnly || previousWent != nil else { return nil }
        let pronoun = pronouns(piece)
        guard pronoun.isSole, let own = spokenOf[holder], own.isSole, own != pronoun else { return nil }
        let spokenSo = profiles.filter { spokenOf[$0] == pronoun }
        if let went = previousWent, spokenSo.contains(went) { return went }
        return spokenSo.count == 1 ? spokenSo[0] : nil
    }
}

/// The third-person pronouns a text speaks of someone with: 她, 他 (not 他们, 其他, 他人, 他乡).
struct Pronouns: OptionSet, Equatable {
    let rawValue: UInt8
    static let she = Pronouns(rawValue: 1)
    static let he = Pronouns(rawValue: 2)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ text: [Unicode.Scalar]) {
        var found: UInt8 = 0
        for (i, c) in text.enumerated() where c == "她" || c == "他" {
            let after = i + 1 < text.count ? text[i + 1] : " "
            if after == "们" || after == "人" || after == "乡" || (i > 0 && text[i - 1] == "其") { continue }
            found |= c == "她" ? 1 : 2
        }
        rawValue = found
    }

    /// One of the two alone.
    var isSole: Bool { self == .she || self == .he }
}
