/// Photo captions after the reading-order repair: the assembler hands a caption to the section
/// whose layout holds it, and the repair moves paragraphs, not captions.
enum CaptionPlacement {
    /// A photo caption printed between two paragraphs that the repair gave to another article
    /// (`经营等情况。` / `图为人大代表在普者黑景区…` / `视察组建议，…景区…`) goes with them: the nearest
    /// paragraph lines above and below it (within eight lines) are that article's.
    static func moveWithTheirText(_ sections: inout [Section], unitLines: IndexFlags, lineCount: Int) {
        guard sections.count > 1, sections.contains(where: { !$0.captionLines.isEmpty }) else { return }
        var ownerOfLine = [Int: Int]()
        for s in sections.indices { for p in sections[s].body where unitLines.contains(p.line) { ownerOfLine[p.line] = s } }
        func owner(from line: Int, step: Int) -> Int? {
            var l = line + step
            var k = 0
            while k < 8 && l >= 1 && l <= lineCount {
                if let o = ownerOfLine[l] { return o }
                l += step
                k += 1
            }
            return nil
        }
        for s in sections.indices {
            let captions = sections[s].captionLines
            for line in captions where !unitLines.contains(line) {
                guard let above = owner(from: line, step: -1), let below = owner(from: line, step: 1),
                      above == below, above != s else { continue }
                let pieces = sections[s].body.filter { $0.line == line }
                sections[s].body.removeAll { $0.line == line }
                sections[s].captionLines.removeAll { $0 == line }
                sections[above].body += pieces
                sections[above].captionLines.append(line)
            }
        }
    }
}
