/// Writers' footers (`（作者系秦安县人大常委会党组书记、主任）`) back with their articles.
///
/// A footer closes the text printed above it; on a scrambled page that text can be another
/// article's, and the footer then gives that article the wrong office and region. A magazine byline
/// names the writer's province (`■ 刘春燕（江西）`): a footer whose place lies in another province
/// belongs to the one article of the page whose byline names that province and that has no footer
/// of that province yet. Footers with no such contradiction, or with no single such article, stay.
struct FooterPlacement {
    let resolver: RegionResolver

    /// A footer among a section's body pieces.
    struct Footer {
        var piece: LinePiece
        var text: String
        var office: String?
        /// The code of the province the footer's place lies in (nil when none or several).
        var province: String?
    }

    /// Moves footers that contradict their section's province hint to the section they fit.
    func place(_ sections: inout [Section], source: SourceText) {
        let hints = sections.map { s in s.provinceHint.flatMap { resolver.province(named: $0)?.code } }
        guard hints.contains(where: { $0 != nil }) else { return }
        var footers = sections.map { self.footers(in: $0, source: source) }
        guard footers.contains(where: { !$0.isEmpty }) else { return }
        var moved = false
        for s in sections.indices {
            guard let hint = hints[s] else { continue }
            for f in footers[s] {
                guard let p = f.province, p != hint else { continue }
                let targets = sections.indices.filter { t in
                    t != s && hints[t] == p && !footers[t].contains { $0.province == p }
                }
                guard targets.count == 1, let t = targets.first else { continue }
                sections[s].body.removeAll { $0 == f.piece }
                footers[s].removeAll { $0.piece == f.piece }
                sections[t].body.append(f.piece)
                footers[t].append(f)
                moved = true
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

    /// The writers' footers among a section's body pieces, in body order.
    func footers(in section: Section, source: SourceText) -> [Footer] {
        var out = [Footer]()
        let family = AuthorFooterFamily()
        for p in section.body {
            // A footer is a bracketed line: its first printed scalar opens the bracket.
            guard let first = source.scalars[p.range].first(where: { !ScalarClass.isSpace($0) }),
                  ScalarClass.fold(first) == "(" else { continue }
            let line = LineScalars(source: source, line: p.line)
            guard let m = family.recognize(line), m.kind == .footer, let office = m.office else { continue }
            out.append(Footer(piece: p, text: line.text(m.span), office: office, province: province(of: office)))
        }
        return out
    }

    /// The one province the places an office names lie in.
    func province(of office: String) -> String? {
        let g = resolver.gazetteer
        var codes = Set<String>()
        for m in g.mentions(in: RegionResolver.scalars(office)) {
            let ps = Set(m.candidates.filter { $0.level != .township }.compactMap { g.ancestor(of: $0, at: .province)?.code })
            if ps.count == 1 { codes.formUnion(ps) }
        }
        return codes.count == 1 ? codes.first : nil
    }
}
