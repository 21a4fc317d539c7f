/// Writers' footers (`（作者系秦安县人大常委会党组书记、主任）`) back with their articles.
///
/// A footer closes the text printed above it; on a scrambled page that text can be another
/// article's, and the footer then gives that article the wrong office and region. The text right
/// above it, where the repair gave that text to an article without a footer whose text names the
/// footer's county (and the holder's does not), takes it. Two more signs
/// show it: a section holding several footers (one writer signs once: all but the last go to the
/// one footer-less article whose text names their county, when the holder's does not), and a
/// magazine byline naming the writer's province (`■ 刘春燕（江西）`): a footer whose place lies in
/// another province belongs to the one article whose byline names that province and that has no
/// footer of that province yet (of several, the one whose text names the footer's county first), as does
/// a footer under a reporter's byline; and two articles' single
/// footers that each name the county the other's text names change places.
/// Footers with no such sign, or with no single such article, stay.
struct FooterPlacement {
    let resolver: RegionResolver

    /// A footer among a section's body pieces.
    struct Footer {
        var piece: LinePiece
        /// The lines a footer wrapped onto in a narrow column (`任）` under `（作者系…主`), moved with it.
        var rest: [LinePiece] = []
        var text: String
        var office: String?
        /// The code of the province the footer's office names (as a province hint is read: `RegionResolver.province(named:)`).
        var province: String?
    }

    /// Moves footers that contradict their section's province hint to the section they fit, and
    /// the extra footers of a section that holds several (one writer signs once) to the section
    /// whose text names their county.
    func place(_ sections: inout [Section], source: SourceText) {
        let hints = sections.map { s in s.provinceHint.flatMap { resolver.province(named: $0)?.code } }
        // Cheap first: a section's body holds a footer only after a bracketed line.
        guard sections.contains(where: { s in s.body.contains { p in FooterPlacement.opensBracket(p, source) } }) else { return }
        var footers = sections.map { self.footers(in: $0, source: source) }
        guard footers.contains(where: { !$0.isEmpty }) else { return }
        var moved = false
        func move(_ f: Footer, from s: Int, to t: Int) {
            sections[s].body.removeAll { $0 == f.piece || f.rest.contains($0) }
            footers[s].removeAll { $0.piece == f.piece }
            sections[t].body.append(f.piece)
            sections[t].body += f.rest
            footers[t].append(f)
            moved = true
        }
        // The places each section's text names, found once per section (a page may hold thousands
        // of footers, each asking about the same texts).
        var named = [Places?](filled: nil, count: sections.count)
        func places(_ s: Int) -> Places {
            if let p = named[s] { return p }
            let p = placesNamed(in: text(of: sections[s], source: source))
            named[s] = p
            return p
        }
        func names(_ s: Int, _ codes: Set<String>) -> Bool { !places(s).all.isDisjoint(with: codes) }
        func firstNamesCounty(_ s: Int, _ codes: Set<String>) -> Bool { !places(s).firstCounty.isDisjoint(with: codes) }
        // A footer closes the text printed right above it: where the repair gave that text to another
        // article (a paragraph read on from that article's cut, the footer left under the header the
        // layout put it below), the footer goes with it, to an article that has no footer yet.
        var lineOwner = DenseIndexMap(keysBelow: source.lineCount + 1)
        for t in sections.indices { for p in sections[t].body where !FooterPlacement.opensBracket(p, source) { lineOwner[p.line] = t } }
        for s in sections.indices where !footers[s].isEmpty {
            for f in footers[s] {
                var above = f.piece.line - 1
                while above >= 1 && !source.scalars[source.lineRange(above)].contains(where: { !ScalarClass.isSpace($0) }) { above -= 1 }
                guard above >= 1, let t = lineOwner[above], t != s, footers[t].isEmpty else { continue }
                // (When the footer's county says so too: the holder's text never names it, the text's
                // article does.)
                let counties = countyCodes(f.office ?? "")
                if counties.isEmpty {
                    // (A prefecture's office, `黔南州人大常委会副秘书长`: the text's article names that
                    // prefecture and no county, the holder's is a county's, naming one first.)
                    let prefectures = prefectureCodes(f.office ?? "")
                    guard !prefectures.isEmpty, names(t, prefectures), places(t).firstCounty.isEmpty, !places(s).firstCounty.isEmpty else { continue }
                } else {
                    guard !names(s, counties), names(t, counties) else { continue }
                }
                move(f, from: s, to: t)
            }
        }
        // A footer in an article its writer's credit closes (`（华池县人大常委会 马晓东）`): a writer signs
        // once, so the footer, and the text printed between that credit and it, are another article's:
        // the one footer-less article whose text names the footer's county, when the holder's does not.
        // (A writer's credit: a photographer's signs no text.)
        for s in sections.indices where sections[s].byline?.placement == .closing && sections[s].byline?.role == nil && !footers[s].isEmpty {
            guard let credit = sections[s].byline?.line else { continue }
            for f in footers[s] where f.piece.line > credit {
                let counties = countyCodes(f.office ?? "")
                guard !counties.isEmpty, !names(s, counties) else { continue }
                let targets = sections.indices.filter { t in t != s && footers[t].isEmpty && names(t, counties) }
                guard targets.count == 1, let t = targets.first else { continue }
                // (The text between is the holder's text's end in reading order too: its own text printed
                // there on a scrambled page, read before its credit, stays.)
                let rest = sections[s].body.filter { p in p != f.piece && !f.rest.contains(p) }
                let between = Array(rest.reversed().prefix { p in p.line > credit && p.line < f.piece.line }.reversed())
                sections[s].body.removeAll { p in between.contains(p) }
                sections[t].body += between
                named[s] = nil
                named[t] = nil
                move(f, from: s, to: t)
            }
        }
        // Several footers in one section: all but one were printed under other articles' text.
        // The one kept is the last whose county the section's text names (else its last); each
        // other goes to the one footer-less section whose text names its county, when the
        // section holding it does not name that county.
        for s in sections.indices where footers[s].count >= 2 {
            let own = footers[s].lastIndex { f in
                let counties = countyCodes(f.office ?? "")
                return !counties.isEmpty && names(s, counties)
            } ?? footers[s].count - 1
            for (k, f) in footers[s].enumerated() where k != own {
                let counties = countyCodes(f.office ?? "")
                guard !counties.isEmpty, !names(s, counties) else { continue }
                let targets = sections.indices.filter { t in t != s && footers[t].isEmpty && names(t, counties) }
                if targets.count == 1 { move(f, from: s, to: targets[0]) }
            }
        }
        for s in sections.indices {
            guard let hint = hints[s] else { continue }
            for f in footers[s] {
                guard let p = f.province, p != hint else { continue }
                var targets = sections.indices.filter { t in
                    t != s && hints[t] == p && !footers[t].contains { $0.province == p }
                }
                // Of several articles signed in that province, the one whose text names the footer's
                // county first (not one that names it in passing, `赴盘山县学习`).
                if targets.count > 1 {
                    let counties = countyCodes(f.office ?? "")
                    targets = counties.isEmpty ? [] : targets.filter { firstNamesCounty($0, counties) }
                }
                guard targets.count == 1, let t = targets.first else { continue }
                move(f, from: s, to: t)
            }
        }
        // A footer under a reporter's byline (`本刊通讯员 NAME`: a reporter signs no footer) goes to the
        // one article signed with the footer's province (`■ NAME（安徽）`) that has no footer of its own,
        // else to the one footer-less article a writer signed whose text names the footer's county.
        for s in sections.indices where hints[s] == nil && sections[s].byline.map(FooterPlacement.isReporterByline) == true {
            for f in footers[s] {
                if let p = f.province {
                    let targets = sections.indices.filter { t in t != s && hints[t] == p && footers[t].isEmpty }
                    if targets.count == 1 { move(f, from: s, to: targets[0]); continue }
                }
                // Else the one footer-less article signed by a writer (`□ 刘建华`, no reporter's
                // office) whose text names the footer's county, when the holder's does not.
                // (Not a township's footer, `沂水县许家湖镇人大主席团`: its item may name the township only.)
                let office = RegionResolver.scalars(f.office ?? "")
                let counties = countyCodes(f.office ?? "")
                guard !counties.isEmpty, !resolver.gazetteer.mentions(in: office).contains(where: { $0.kind == .township }) else { continue }
                guard !names(s, counties) else { continue }
                let writers = sections.indices.filter { t in
                    t != s && footers[t].isEmpty && sections[t].byline.map { !FooterPlacement.isReporterByline($0) } == true
                        && names(t, counties)
                }
                if writers.count == 1 { move(f, from: s, to: writers[0]) }
            }
        }
        // Two articles holding one footer each, each footer naming the county the other article's text
        // names and its holder's does not (a scrambled page printed each footer under the other's
        // text): the footers change places.
        let single = sections.indices.filter { footers[$0].count == 1 }
        if single.count >= 2 {
            let counties = single.map { countyCodes(footers[$0][0].office ?? "") }
            func belongs(_ k: Int, to t: Int) -> Bool {
                !counties[k].isEmpty && names(t, counties[k]) && !names(single[k], counties[k])
            }
            var swapped = Set<Int>()
            for a in single.indices where !swapped.contains(a) {
                for b in single.indices where b > a && !swapped.contains(b) && belongs(a, to: single[b]) && belongs(b, to: single[a]) {
                    let fa = footers[single[a]][0], fb = footers[single[b]][0]
                    move(fa, from: single[a], to: single[b])
                    move(fb, from: single[b], to: single[a])
                    swapped.formUnion([a, b])
                    break
                }
            }
        }
        guard moved else { return }
        // Each section's footer and footer office: its last footer's (as the assembler sets them).
        for s in sections.indices {
            let fromFooter = sections[s].byline?.office == nil
            if let last = footers[s].last {
                sections[s].footer = last.text
                if fromFooter { sections[s].office = last.office }
            } else if sections[s].footer != nil {
                sections[s].footer = nil
                if fromFooter { sections[s].office = nil }
            }
        }
    }

    /// A byline of a paper's own reporter (`本刊通讯员 NAME`, `记者 NAME`): its office says who wrote the
    /// piece, and the paper's reporters sign no `（作者系…）` footer. (An office byline, `颍州区人大常委会
    /// NAME`, may well have its writer's footer under it.)
    static func isReporterByline(_ b: Byline) -> Bool {
        b.office.map(BylineParts.isReporterOffice) ?? false
    }

    /// Whether a body piece's first printed scalar opens a bracket (as a footer's does).
    static func opensBracket(_ p: LinePiece, _ source: SourceText) -> Bool {
        guard let first = source.scalars[p.range].first(where: { !ScalarClass.isSpace($0) }) else { return false }
        return ScalarClass.fold(first) == "("
    }

    /// A section's title and body as printed, lines run together, bracketed lines (its footers)
    /// left out.
    func text(of section: Section, source: SourceText) -> [Unicode.Scalar] {
        var out = [Unicode.Scalar]()
        for l in section.titleLines { out += source.scalars[source.lineRange(l)] }
        for p in section.body where !FooterPlacement.opensBracket(p, source) { out += source.scalars[p.range] }
        return out
    }

    /// The county-level divisions the places an office names may be.
    func countyCodes(_ office: String) -> Set<String> {
        resolver.gazetteer.countyCodes(in: RegionResolver.scalars(office)).all
    }

    /// The prefectures an office names (`黔南州人大常委会…` → 黔南布依族苗族自治州), when it names no county.
    func prefectureCodes(_ office: String) -> Set<String> {
        var out = Set<String>()
        for m in resolver.gazetteer.mentions(in: RegionResolver.scalars(office)) where m.kind != .township {
            for c in m.candidates where c.level == .prefecture { out.insert(c.code) }
        }
        return out
    }

    /// The places a text names, as codes.
    struct Places {
        /// Every candidate of every mention, and the county of a township that lies in one place
        /// only (`石浦镇` for 象山县): the text names one of the county-level divisions `codes` when
        /// this set meets them.
        var all = Set<String>()
        /// The candidates of the first mention that may be a county-level division.
        var firstCounty = Set<String>()
    }

    /// The places `text` names (one gazetteer scan).
    func placesNamed(in text: [Unicode.Scalar]) -> Places {
        let g = resolver.gazetteer
        var out = Places()
        var sawCounty = false
        for m in g.mentions(in: text) {
            for c in m.candidates { out.all.insert(c.code) }
            if m.kind == .township, m.candidates.count == 1, let c = g.ancestor(of: m.candidates[0], at: .county) { out.all.insert(c.code) }
            if !sawCounty, m.kind != .township, m.candidates.contains(where: { $0.level == .county }) {
                out.firstCounty = Set(m.candidates.map(\.code))
                sawCounty = true
            }
        }
        return out
    }

    /// The line a writer's footer opening at piece `p` reads as, and the pieces it goes on in: wrapped
    /// in a narrow column (no closing bracket on its line, `（作者系玉屏县人大常委会党组` / `书记、主任）`),
    /// its next one or two lines (`following` gives the piece printed on a line, if any) up to the one
    /// closing it, read as one.
    static func footerLine(_ p: LinePiece, following: (Int) -> LinePiece?, _ source: SourceText) -> (line: LineScalars, rest: [LinePiece]) {
        let line = LineScalars(source: source, line: p.line)
        guard !line.folded.contains(")") else { return (line, []) }
        var raw = Array(line.raw)
        var rest = [LinePiece]()
        for k in 1...2 {
            guard let q = following(p.line + k) else { break }
            rest.append(q)
            raw += source.scalars[q.range]
            if source.scalars[q.range].last.map({ ScalarClass.fold($0) == ")" }) == true { break }
        }
        return rest.isEmpty ? (line, []) : (LineScalars(String(String.UnicodeScalarView(raw)), line: p.line), rest)
    }

    /// The writers' footers among a section's body pieces, in body order.
    func footers(in section: Section, source: SourceText) -> [Footer] {
        var out = [Footer]()
        let family = AuthorFooterFamily()
        for p in section.body {
            // A footer is a bracketed line: its first printed scalar opens the bracket.
            guard FooterPlacement.opensBracket(p, source) else { continue }
            let (line, rest) = FooterPlacement.footerLine(p, following: { l in section.body.first(where: { $0.line == l }) }, source)
            guard let m = family.recognize(line), m.kind == .footer, let office = m.office else { continue }
            out.append(Footer(piece: p, rest: rest, text: line.text(m.span), office: office, province: resolver.province(named: office)?.code))
        }
        return out
    }
}
