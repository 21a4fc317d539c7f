/// Photo captions after the reading-order repair: the assembler hands a caption to the section
/// whose layout holds it, and the repair moves paragraphs, not captions.
enum CaptionPlacement {
    /// A photo caption printed between two paragraphs that the repair gave to another article
    /// (`经营等情况。` / `图为人大代表在普者黑景区…` / `视察组建议，…景区…`) goes with them: the nearest
    /// paragraph lines above and below it (within eight lines) are that article's.
    static func moveWithTheirText(_ sections: inout [Section], unitLines: IndexFlags, lineCount: Int) {
        guard sections.count > 1, sections.contains(where: { !$0.captionLines.isEmpty }) else { return }
        var ownerOfLine = DenseIndexMap(keysBelow: lineCount + 1)
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

    /// A photo credit printed inside a caption (`图为专题询问会议现场。　范子豪 摄`) opens a section of its
    /// own while the caption is still under it; once the caption went to the article whose text is
    /// around it, that section holds nothing but the credit. The credit then goes with its caption
    /// (right after the caption's text, as the assembler files a caption's credit) and the empty
    /// section is dropped.
    static func foldEmptyPhotoCredits(_ sections: inout [Section]) {
        guard sections.count > 1 else { return }
        var drop = [Int]()
        for s in sections.indices {
            guard let credit = sections[s].byline, credit.role == "photographer",
                  sections[s].title == nil, sections[s].titleLines.isEmpty, sections[s].body.isEmpty,
                  sections[s].footer == nil else { continue }
            guard let owner = sections.indices.first(where: { $0 != s && sections[$0].captionLines.contains(credit.line) }),
                  let last = sections[owner].body.lastIndex(where: { $0.line == credit.line }) else { continue }
            sections[owner].body.insert(LinePiece(line: credit.line, range: credit.range), at: last + 1)
            drop.append(s)
        }
        for s in drop.reversed() { sections.remove(at: s) }
    }
}
