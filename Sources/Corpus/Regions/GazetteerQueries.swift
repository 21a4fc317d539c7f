/// Questions the byline and section rules ask of a short text, answered from its place mentions.
extension Gazetteer {
    /// The mentions of county-level places printed with their suffix (`金寨县`, `酉阳自治县`, not a
    /// bare stem or a township), in text order.
    public func countyMentions(in text: [Unicode.Scalar]) -> [PlaceMention] {
        mentions(in: text).filter { m in
            !m.isBare && m.kind != .township && m.candidates.contains { $0.level == .county }
        }
    }

    /// The codes of the county-level divisions `text` may name: those printed with their suffix
    /// (`printed`), and all, bare stems too (`all`). One scan of the text.
    public func countyCodes(in text: [Unicode.Scalar]) -> (printed: Set<String>, all: Set<String>) {
        var printed = Set<String>(), all = Set<String>()
        for m in mentions(in: text) where m.kind != .township {
            for d in m.candidates where d.level == .county {
                all.insert(d.code)
                if !m.isBare { printed.insert(d.code) }
            }
        }
        return (printed, all)
    }

    /// True when `text` is place names and nothing else (`湖南新化`, `湖南`, `四川省巴中市`), none of
    /// them a township's, the first a province's when `provinceFirst`.
    public func isPlaceNamesOnly(_ text: [Unicode.Scalar], provinceFirst: Bool) -> Bool {
        let found = mentions(in: text)
        guard let first = found.first, first.range.lowerBound == 0 else { return false }
        if provinceFirst && !first.candidates.contains(where: { $0.level == .province }) { return false }
        var end = 0
        for m in found {
            guard m.range.lowerBound == end, m.kind != .township else { return false }
            end = m.range.upperBound
        }
        return end == text.count
    }

    /// True when `word` is a province's name, whole (`湖南`, `内蒙古自治区`).
    public func isProvinceName(_ word: [Unicode.Scalar]) -> Bool {
        mentions(in: word).contains { m in m.range == 0..<word.count && m.candidates.contains { $0.level == .province } }
    }
}
