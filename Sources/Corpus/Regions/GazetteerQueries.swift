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

extension Gazetteer {
    /// A county whose official name is a plain word, printed alone as the name of a congress
    /// (`城区人大常委会党组书记、主任`, `郊区人大代表`): a contraction-like mention of every county so
    /// named, which only a known prefecture settles. A plain word inside a longer word (`市城区人大`,
    /// `老城区人大代表`) is none. (Every such name has two characters: 城区, 郊区, 矿区, 东区, 西区.)
    public func plainWordCongresses(in text: [Unicode.Scalar]) -> [PlaceMention] {
        guard !plainWordCounties.isEmpty, text.count >= 4 else { return [] }
        var out: [PlaceMention] = []
        var i = 0
        while i + 3 < text.count {
            if text[i + 2] == "人" && text[i + 3] == "大" && (i == 0 || !ScalarClass.isHan(text[i - 1])) {
                var name = String.UnicodeScalarView()
                name.append(text[i]); name.append(text[i + 1])
                let surface = String(name)
                if let units = plainWordCounties[surface] {
                    out.append(PlaceMention(range: i..<(i + 2), surface: surface, candidates: units, kind: .contraction, correctedFrom: nil))
                    i += 4
                    continue
                }
            }
            i += 1
        }
        return out
    }
}
