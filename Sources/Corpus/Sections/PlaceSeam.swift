/// Recognises a column seam inside a place path: the text before it ends with a place and the
/// text after it starts with a place that lies inside the first (`…石嘴山市|平罗县…`).
struct PlaceSeam {
    let gazetteer: Gazetteer?

    /// Divisions named by a place that ends exactly at the end of `tail`.
    func endingPlaces(_ tail: [Unicode.Scalar]) -> [Division] {
        guard let g = gazetteer, tail.count >= 2,
              let m = g.mentions(in: tail).last(where: { $0.range.upperBound == tail.count }) else { return [] }
        return m.candidates.filter { $0.level != .township }
    }

    /// Divisions named by a place that starts exactly at the start of `head`.
    func startingPlaces(_ head: [Unicode.Scalar]) -> [Division] {
        guard let g = gazetteer, head.count >= 2,
              let m = g.mentions(in: head).first(where: { $0.range.lowerBound == 0 }) else { return [] }
        return m.candidates
    }

    /// Whether the text of `piece` names a county (or prefecture) that the rest of section `own`'s
    /// paragraphs name and section `other`'s do not.
    func namesOwnCounty(_ piece: [Int], own: Int, other: Int, owned: [(chain: [Int], section: Int)], paras: [[Unicode.Scalar]]) -> Bool {
        guard let g = gazetteer else { return false }
        var text = [Unicode.Scalar]()
        for p in piece { text += paras[p] }
        let surfaces = Set(g.mentions(in: text).filter { m in m.candidates.contains { $0.level == .county || $0.level == .prefecture } }
            .map { Array($0.surface.unicodeScalars) })
        guard !surfaces.isEmpty else { return false }
        let inPiece = Set(piece)
        func names(_ section: Int, _ surface: [Unicode.Scalar]) -> Bool {
            owned.contains { o in o.section == section && o.chain.contains { p in !inPiece.contains(p) && PersonName.contains(paras[p], surface) } }
        }
        return surfaces.contains { names(own, $0) && !names(other, $0) }
    }

    func continues(_ outer: [Division], _ inner: [Division]) -> Bool {
        guard let g = gazetteer, !outer.isEmpty, !inner.isEmpty else { return false }
        for o in outer {
            for i in inner where i.level > o.level && g.isWithin(i, o) { return true }
        }
        return false
    }
}
